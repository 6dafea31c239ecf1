import { SpbeError, type IssuePath } from '../errors/spbe-error.js';
import type { LocalizedText } from '../errors/locale.js';

/**
 * The codes of {@link SatuDataError}.
 *
 * @example
 * ```ts
 * import type { SatuDataErrorCode } from '@spbe-kit/models';
 * const code: SatuDataErrorCode = 'satu_data.illegal_transition';
 * ```
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
 *   if (error instanceof SatuDataError) console.log(error.code); // 'satu_data.illegal_transition'
 * }
 * ```
 */
export class SatuDataError extends SpbeError {
  declare readonly code: SatuDataErrorCode;

  constructor(code: SatuDataErrorCode, messages: LocalizedText, path: IssuePath = []) {
    super(code, messages, { path });
  }
}
