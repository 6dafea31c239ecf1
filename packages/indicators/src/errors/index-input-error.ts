import type { SpbeIssue } from '@spbe-kit/models';
import type { IndexInputIssueCode } from './error-codes.js';
import { IndicatorsError, summaryOf } from './indicators-error.js';

const marker = Symbol.for('spbe-kit.error.IndexInputError');

/**
 * One problem in an index input: which part (indicator, aspect, domain) and number, the value received and why.
 *
 * @example
 * ```ts
 * import { computeIndex, IndexInputError, type IndexInputIssue } from '@spbe-kit/indicators';
 * try {
 *   computeIndex({ methodology: 'pemdi-2026', levels: { 1: 9 } });
 * } catch (error) {
 *   if (IndexInputError.isInstance(error)) error.issues.map((issue: IndexInputIssue) => [issue.number, issue.code]);
 * }
 * ```
 */
export interface IndexInputIssue extends SpbeIssue {
  /** What is wrong; see {@link IndexInputIssueCode}. */
  readonly code: IndexInputIssueCode;
  /** The kind of entry the problem is about, when it is about one. */
  readonly part?: 'indicator' | 'aspect' | 'domain';
  /** The indicator, aspect or domain number, when known. */
  readonly number?: number;
  /** A short, safe rendering of the value received (e.g. `'7'`, `'"abc"'`, `'object'`), when there was one. */
  readonly received?: string;
}

/**
 * An input to `computeIndex`, `computeIndexes`, `explain`, `planImprovements`, `compare` or
 * `summarize` is not valid. `issues` lists **every** problem: the indicator (or aspect / domain)
 * number, the value received and the reason (`code`), with messages in Indonesian and English and
 * the path into the input. Code: `'indicators.input_invalid'`.
 *
 * Issue codes: `indicators.missing`, `indicators.unknown_number`, `indicators.not_a_number`,
 * `indicators.out_of_range`, `indicators.not_integer`, `indicators.too_precise`,
 * `indicators.invalid_key`, `indicators.invalid_shape`, `indicators.invalid_option`,
 * `indicators.requires_levels`, `indicators.incomplete`, `indicators.unreadable`.
 *
 * @example
 * ```ts
 * import { computeIndex, IndexInputError } from '@spbe-kit/indicators';
 * try {
 *   computeIndex({ methodology: 'spbe-2020', levels: { 1: 7 } });
 * } catch (error) {
 *   if (IndexInputError.isInstance(error)) {
 *     error.issues.map((issue) => `${issue.part} ${issue.number}: ${issue.code}`);
 *     // ['indicator 1: indicators.out_of_range', 'indicator 2: indicators.missing', ...]
 *   }
 * }
 * ```
 */
export class IndexInputError extends IndicatorsError {
  private readonly [marker] = true;

  /** Whether `value` is an {@link IndexInputError}, from this copy of the package or any other (see `SpbeError.isInstance`). */
  static override isInstance(this: void, value: unknown): value is IndexInputError {
    return IndicatorsError.hasMarker(value, marker);
  }

  declare readonly issues: readonly IndexInputIssue[];

  constructor(issues: readonly IndexInputIssue[], options: { readonly cause?: unknown } = {}) {
    const first = issues[0];
    super(
      'indicators.input_invalid',
      summaryOf(issues, { id: 'Masukan indeks tidak valid', en: 'Invalid index input' }),
      {
        issues,
        path: issues.length === 1 && first ? first.path : [],
        cause: options.cause,
      },
    );
    this.message = this.format();
  }
}
