import { SpbeError, type IssuePath } from '../errors/spbe-error.js';
import type { LocalizedText } from '../errors/locale.js';

const marker = Symbol.for('spbe-kit.error.SatuDataError');

/**
 * The codes of {@link SatuDataError}.
 */
export type SatuDataErrorCode = 'satu_data.illegal_transition' | 'satu_data.invalid_statistical_code';

/**
 * Thrown for Satu Data rules: an illegal publication-workflow transition
 * (`satu_data.illegal_transition`) or a malformed Kode Standar Data Statistik Nasional
 * (`satu_data.invalid_statistical_code`).
 *
 * @example
 * ```ts
 * import { SatuDataError, transition } from '@spbe-kit/models';
 * try {
 *   transition({ status: 'draft' }, { type: 'publish' });
 * } catch (error) {
 *   if (SatuDataError.isInstance(error)) console.log(error.code); // 'satu_data.illegal_transition'
 * }
 * ```
 */
export class SatuDataError extends SpbeError {
  private readonly [marker] = true;

  /** Whether `value` is a {@link SatuDataError}, from this copy of the package or any other (see `SpbeError.isInstance`). */
  static override isInstance(this: void, value: unknown): value is SatuDataError {
    return SpbeError.hasMarker(value, marker);
  }

  declare readonly code: SatuDataErrorCode;

  constructor(code: SatuDataErrorCode, messages: LocalizedText, path: IssuePath = []) {
    super(code, messages, { path });
  }
}
