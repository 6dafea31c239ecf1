import { SpbeError, type LocalizedText, type SpbeErrorOptions, type SpbeIssue } from '@spbe-kit/models';
import type { IndicatorsErrorCode } from './error-codes.js';

const marker = Symbol.for('spbe-kit.error.IndicatorsError');

/**
 * Base of every error `@spbe-kit/indicators` throws; catch it to handle any of them.
 * Like every spbe-kit error it has a stable `code`, messages in Indonesian and English, a `path` and `issues`.
 *
 * @example
 * ```ts
 * import { computeIndex, IndicatorsError } from '@spbe-kit/indicators';
 * try {
 *   computeIndex({ methodology: 'spbe-2020', levels: {} });
 * } catch (error) {
 *   if (IndicatorsError.isInstance(error)) console.log(error.code, error.format('en'));
 * }
 * ```
 */
export class IndicatorsError extends SpbeError {
  private readonly [marker] = true;

  /** Whether `value` is an {@link IndicatorsError}, from this copy of the package or any other (see `SpbeError.isInstance`). */
  static override isInstance(this: void, value: unknown): value is IndicatorsError {
    return SpbeError.hasMarker(value, marker);
  }

  /** What went wrong; see {@link IndicatorsErrorCode}. */
  declare readonly code: IndicatorsErrorCode;

  constructor(code: IndicatorsErrorCode, messages: LocalizedText, options: SpbeErrorOptions = {}) {
    super(code, messages, options);
  }
}

/** Joins several issues into one summary message ("3 masalah" / "3 problems"), or uses the only one. */
export function summaryOf(issues: readonly SpbeIssue[], what: LocalizedText): LocalizedText {
  const [first] = issues;
  if (issues.length === 1 && first) return first.message;
  return { id: `${what.id} (${issues.length} masalah)`, en: `${what.en} (${issues.length} problems)` };
}
