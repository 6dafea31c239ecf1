import type { LocalizedText } from '../../errors/locale.js';
import { SpbeError } from '../../errors/spbe-error.js';

const marker = Symbol.for('spbe-kit.error.WilayahError');

/**
 * Stable codes of {@link WilayahError}.
 *
 * @example
 * ```ts
 * import { getWilayah, WilayahError, type WilayahErrorCode } from '@spbe-kit/models/wilayah';
 * try {
 *   getWilayah().getOrThrow('64.73');
 * } catch (error) {
 *   if (WilayahError.isInstance(error)) {
 *     const code: WilayahErrorCode = error.code; // 'wilayah.unknown_code'
 *   }
 * }
 * ```
 */
export type WilayahErrorCode = 'wilayah.data_unreadable' | 'wilayah.invalid_data' | 'wilayah.unknown_code';

/**
 * Thrown by `@spbe-kit/models/wilayah` when the region data cannot be read or parsed, or when
 * `getOrThrow` is asked for a code that is not in the list.
 *
 * @example
 * ```ts
 * import { getWilayah, WilayahError } from '@spbe-kit/models/wilayah';
 * try {
 *   getWilayah().getOrThrow('64.99');
 * } catch (error) {
 *   if (WilayahError.isInstance(error)) console.log(error.code); // 'wilayah.unknown_code'
 * }
 * ```
 */
export class WilayahError extends SpbeError {
  private readonly [marker] = true;

  /** Whether `value` is a {@link WilayahError}, from this copy of the package or any other (see `SpbeError.isInstance`). */
  static override isInstance(this: void, value: unknown): value is WilayahError {
    return SpbeError.hasMarker(value, marker);
  }

  /** What went wrong. */
  declare readonly code: WilayahErrorCode;

  constructor(code: WilayahErrorCode, messages: LocalizedText, options: { readonly cause?: unknown } = {}) {
    super(code, messages, options);
  }
}
