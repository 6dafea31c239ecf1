import { SpbeError } from '@spbe-kit/models';
import { IndexInputError, type IndexInputIssue } from '../errors/index-input-error.js';
import { computeInto, MethodologyMemo, unreadable } from './compute-index.js';
import type { IndexInput, IndexResult, IndexSummary, PartialIndexResult } from './index-result.js';
import { shapeIssue } from './input-issues.js';

/**
 * Options of {@link computeIndexes}.
 *
 * @example
 * ```ts
 * import { computeIndexes, type ComputeIndexesOptions } from '@spbe-kit/indicators';
 * const options: ComputeIndexesOptions = { mode: 'summary', unknownKeys: 'ignore' };
 * computeIndexes([], options); // []
 * ```
 */
export interface ComputeIndexesOptions {
  /**
   * `'full'` (default): a full result per input, as {@link computeIndex}. `'summary'`: only
   * `{ index, predicate }` per input, much faster for dashboards; `partial` is ignored (every entry is required).
   */
  readonly mode?: 'full' | 'summary';
  /**
   * What to do with keys that are not numbers of the methodology, for inputs that do not say it
   * themselves: `'reject'` (default) reports them; `'ignore'` skips the check, which saves counting
   * every input's keys (the values of every known number are still checked, and a missing one is
   * still reported).
   */
  readonly unknownKeys?: 'reject' | 'ignore';
}

/**
 * Computes many indices at once — a province or the national set — in input order. Inputs naming
 * the same methodology share its validation; the summary mode returns only index and predikat.
 * Every problem of every input is reported in one {@link IndexInputError}, with the input's position
 * first in each path (`[12, 'levels', 7]`).
 *
 * @example
 * ```ts
 * import { computeIndexes } from '@spbe-kit/indicators';
 * const inputs = [{ methodology: 'spbe-2020' as const, domainScores: { 1: 3.7, 2: 3.4, 3: 3, 4: 3.2 } }];
 * computeIndexes(inputs, { mode: 'summary' }); // [{ index: 3.282, predicate: 'Baik' }]
 * computeIndexes(inputs)[0]?.indexDisplay;    // '3.28'
 * ```
 */
export function computeIndexes(
  inputs: Iterable<IndexInput>,
  options: ComputeIndexesOptions & { readonly mode: 'summary' },
): IndexSummary[];
export function computeIndexes(
  inputs: Iterable<IndexInput & { readonly partial?: false }>,
  options?: ComputeIndexesOptions & { readonly mode?: 'full' },
): IndexResult[];
export function computeIndexes(
  inputs: Iterable<IndexInput>,
  options?: ComputeIndexesOptions & { readonly mode?: 'full' },
): PartialIndexResult[];
export function computeIndexes(
  inputs: Iterable<IndexInput>,
  options?: ComputeIndexesOptions,
): (PartialIndexResult | IndexSummary)[];
export function computeIndexes(
  inputs: Iterable<IndexInput>,
  options: ComputeIndexesOptions = {},
): (PartialIndexResult | IndexSummary)[] {
  const issues: IndexInputIssue[] = [];
  const out: (PartialIndexResult | IndexSummary)[] = [];
  let position = 0;
  try {
    const mode = (options as { mode?: unknown } | null | undefined)?.mode;
    if (mode !== undefined && mode !== 'full' && mode !== 'summary') {
      throw new IndexInputError([
        shapeIssue(
          ['mode'],
          { id: "mode harus 'full' atau 'summary'", en: "mode must be 'full' or 'summary'" },
          mode,
          'indicators.invalid_option',
        ),
      ]);
    }
    const summary = mode === 'summary';
    const unknownKeys = (options as { unknownKeys?: unknown }).unknownKeys as 'reject' | 'ignore' | undefined;
    if (unknownKeys !== undefined && unknownKeys !== 'reject' && unknownKeys !== 'ignore') {
      throw new IndexInputError([
        shapeIssue(
          ['unknownKeys'],
          { id: "unknownKeys harus 'reject' atau 'ignore'", en: "unknownKeys must be 'reject' or 'ignore'" },
          unknownKeys,
          'indicators.invalid_option',
        ),
      ]);
    }
    if (
      typeof inputs !== 'object' ||
      inputs === null ||
      typeof (inputs as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function'
    ) {
      throw new IndexInputError([
        shapeIssue(
          [],
          { id: 'Masukan harus berupa array atau iterable', en: 'The inputs must be an array or an iterable' },
          inputs,
        ),
      ]);
    }
    const memo = new MethodologyMemo();
    // One scratch array for the indicator values of every input of this batch (results never keep it).
    const scratch: number[] = [];
    for (const input of inputs) {
      const result = computeInto(input, [position], issues, memo, summary, unknownKeys ?? 'reject', scratch);
      if (result) out.push(result);
      position++;
    }
  } catch (error) {
    if (SpbeError.isInstance(error)) throw error;
    throw unreadable([position], error);
  }
  if (issues.length > 0) throw new IndexInputError(issues);
  return out;
}
