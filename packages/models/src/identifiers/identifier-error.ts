import type { LocalizedText } from '../errors/locale.js';
import { SpbeError, type IssuePath } from '../errors/spbe-error.js';

const marker = Symbol.for('spbe-kit.error.IdentifierError');

/**
 * Every stable code an {@link IdentifierError} can carry. The prefix names the identifier
 * (`region-code`, `bps-code`, `bridge`, `nik`, `nip`, `pseudonym`); the rest names the problem.
 *
 * @example
 * ```ts
 * import { safeParseNip, type IdentifierErrorCode } from '@spbe-kit/models';
 * const result = safeParseNip('19860926 201505 3 001');
 * const code: IdentifierErrorCode | undefined = result.success ? undefined : result.error.code; // 'nip.invalid_sex'
 * ```
 */
export type IdentifierErrorCode =
  | 'region_code.invalid_type'
  | 'region_code.invalid_format'
  | 'region_code.undotted'
  | 'region_code.wrong_level'
  | 'bps_code.invalid_type'
  | 'bps_code.invalid_format'
  | 'bridge.unknown_code'
  | 'nik.invalid_type'
  | 'nik.invalid_format'
  | 'nik.invalid_province'
  | 'nik.invalid_birth_date'
  | 'nik.invalid_serial'
  | 'nik.invalid_mask_options'
  | 'nip.invalid_type'
  | 'nip.invalid_format'
  | 'nip.invalid_birth_date'
  | 'nip.invalid_appointment'
  | 'nip.appointment_before_birth'
  | 'nip.invalid_sex'
  | 'nip.invalid_serial'
  | 'nip.invalid_mask_options'
  | 'pseudonym.invalid_key'
  | 'pseudonym.crypto_unavailable';

/**
 * Thrown by the identifier functions (`parseRegionCode`, `parseNik`, `parseNip`,
 * `toKemendagriCode`, ...) when an input is not a valid identifier. `code` says exactly what is
 * wrong; the message, in Bahasa Indonesia and English, never repeats the input, because a NIK or
 * NIP is personal data that must not end up in logs.
 *
 * @example
 * ```ts
 * import { IdentifierError, parseNik } from '@spbe-kit/models';
 * try {
 *   parseNik('6471010000000000');
 * } catch (error) {
 *   if (IdentifierError.isInstance(error)) console.log(error.code); // 'nik.invalid_birth_date'
 * }
 * ```
 */
export class IdentifierError extends SpbeError {
  private readonly [marker] = true;

  /** Whether `value` is an {@link IdentifierError}, from this copy of the package or any other (see `SpbeError.isInstance`). */
  static override isInstance(this: void, value: unknown): value is IdentifierError {
    return SpbeError.hasMarker(value, marker);
  }

  /** What is wrong with the identifier. */
  declare readonly code: IdentifierErrorCode;

  constructor(
    code: IdentifierErrorCode,
    messages: LocalizedText,
    options: { readonly path?: IssuePath; readonly cause?: unknown } = {},
  ) {
    super(code, messages, options);
  }
}
