import { SpbeError, type IssuePath } from '../errors/spbe-error.js';
import type { LocalizedText } from '../errors/locale.js';

/**
 * Thrown when a text is not a reference-architecture code (`RAB.01.01`, `RAD.10`, …) or a reference
 * model definition is inconsistent. `code` is `'architecture.invalid_code'` or `'architecture.invalid_reference'`.
 *
 * @example
 * ```ts
 * import { ArchitectureCodeError, parseArchitectureCode } from '@spbe-kit/models';
 * try {
 *   parseArchitectureCode('RAX.01');
 * } catch (error) {
 *   if (error instanceof ArchitectureCodeError) console.log(error.format('en'));
 * }
 * ```
 */
export class ArchitectureCodeError extends SpbeError {
  constructor(
    code: 'architecture.invalid_code' | 'architecture.invalid_reference',
    messages: LocalizedText,
    path: IssuePath = [],
  ) {
    super(code, messages, { path });
  }
}
