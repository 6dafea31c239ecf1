import { SpbeError, type IssuePath } from '../errors/spbe-error.js';
import type { LocalizedText } from '../errors/locale.js';

const marker = Symbol.for('spbe-kit.error.ArchitectureCodeError');

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
 *   if (ArchitectureCodeError.isInstance(error)) console.log(error.format('en'));
 * }
 * ```
 */
export class ArchitectureCodeError extends SpbeError {
  private readonly [marker] = true;

  /** Whether `value` is an {@link ArchitectureCodeError}, from this copy of the package or any other (see `SpbeError.isInstance`). */
  static override isInstance(this: void, value: unknown): value is ArchitectureCodeError {
    return SpbeError.hasMarker(value, marker);
  }

  constructor(
    code: 'architecture.invalid_code' | 'architecture.invalid_reference',
    messages: LocalizedText,
    path: IssuePath = [],
  ) {
    super(code, messages, { path });
  }
}
