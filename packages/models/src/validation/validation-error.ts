import { getLocale, type Locale } from '../errors/locale.js';
import { SpbeError, type SpbeIssue } from '../errors/spbe-error.js';

const marker = Symbol.for('spbe-kit.error.ValidationError');

/**
 * Thrown when an input does not match a schema. `issues` lists every problem,
 * each with the path of the offending field and its message in Bahasa Indonesia
 * and English.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { ValidationError, parseWith } from '@spbe-kit/models';
 * try {
 *   parseWith(z.string().length(16), "123");
 * } catch (error) {
 *   if (ValidationError.isInstance(error)) console.log(error.issues[0]?.message.en);
 * }
 * ```
 */
export class ValidationError extends SpbeError {
  private readonly [marker] = true;

  /** Whether `value` is a {@link ValidationError}, from this copy of the package or any other (see `SpbeError.isInstance`). */
  static override isInstance(this: void, value: unknown): value is ValidationError {
    return SpbeError.hasMarker(value, marker);
  }

  constructor(issues: readonly SpbeIssue[], options: { readonly cause?: unknown; readonly locale?: Locale } = {}) {
    const count = issues.length;
    super(
      'validation',
      count === 1 && issues[0]
        ? issues[0].message
        : { id: `Data tidak valid (${count} masalah)`, en: `Invalid data (${count} problems)` },
      { issues, path: count === 1 && issues[0] ? issues[0].path : [], cause: options.cause },
    );
    // The message names every problem, so a log line or a CLI report is complete on its own.
    this.message = this.format(options.locale ?? getLocale());
  }
}
