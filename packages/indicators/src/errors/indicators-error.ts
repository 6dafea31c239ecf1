import { SpbeError, type LocalizedText, type SpbeErrorOptions, type SpbeIssue } from '@spbe-kit/models';

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
 *   if (error instanceof IndicatorsError) console.log(error.code, error.format('en'));
 * }
 * ```
 */
export class IndicatorsError extends SpbeError {
  constructor(code: string, messages: LocalizedText, options: SpbeErrorOptions = {}) {
    super(code, messages, options);
  }
}

/** Joins several issues into one summary message ("3 masalah" / "3 problems"), or uses the only one. */
export function summaryOf(issues: readonly SpbeIssue[], what: LocalizedText): LocalizedText {
  const [first] = issues;
  if (issues.length === 1 && first) return first.message;
  return { id: `${what.id} (${issues.length} masalah)`, en: `${what.en} (${issues.length} problems)` };
}
