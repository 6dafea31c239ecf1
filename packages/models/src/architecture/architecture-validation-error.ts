import { getLocale, type Locale } from '../errors/locale.js';
import { SpbeError, type SpbeIssue } from '../errors/spbe-error.js';

const marker = Symbol.for('spbe-kit.error.ArchitectureValidationError');

/**
 * Thrown by `assertValidArchitecture` with every problem found (`issues`), each with its path
 * and message in Bahasa Indonesia and English. `code` is `'architecture.invalid'`.
 *
 * @example
 * ```ts
 * import { ArchitectureValidationError, assertValidArchitecture } from '@spbe-kit/models';
 * try {
 *   assertValidArchitecture({});
 * } catch (error) {
 *   if (ArchitectureValidationError.isInstance(error)) console.log(error.issues.map((issue) => issue.code));
 * }
 * ```
 */
export class ArchitectureValidationError extends SpbeError {
  private readonly [marker] = true;

  /** Whether `value` is an {@link ArchitectureValidationError}, from this copy of the package or any other (see `SpbeError.isInstance`). */
  static override isInstance(this: void, value: unknown): value is ArchitectureValidationError {
    return SpbeError.hasMarker(value, marker);
  }

  constructor(issues: readonly SpbeIssue[], options: { readonly locale?: Locale } = {}) {
    const count = issues.length;
    super(
      'architecture.invalid',
      { id: `Arsitektur tidak valid (${count} masalah)`, en: `Invalid architecture (${count} problems)` },
      { issues },
    );
    this.message = this.format(options.locale ?? getLocale());
  }
}
