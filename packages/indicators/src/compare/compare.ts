import type { LocalizedText } from '@spbe-kit/models';
import { MethodologyMismatchError } from '../errors/methodology-mismatch-error.js';
import { rationalFrom } from '../exact/exact-input.js';
import { Rational } from '../exact/rational.js';
import type { IndexResult, PartialIndexResult } from '../compute/index-result.js';
import { readCompleteResult } from '../compute/read-result.js';
import type { MethodologyRef } from '../methodology/methodology-table.js';

/**
 * A value in two results and the change between them (`null` where a result does not know it).
 *
 * @example
 * ```ts
 * import { compare, computeIndex } from '@spbe-kit/indicators';
 * const a = computeIndex({ methodology: 'spbe-2020', domainScores: { 1: 3, 2: 3, 3: 3, 4: 3 } });
 * const b = computeIndex({ methodology: 'spbe-2020', domainScores: { 1: 3, 2: 3, 3: 3, 4: 4 } });
 * compare(a, b).index; // { previous: 3, current: 3.455, delta: 0.455, deltaExact: '0.455', deltaDisplay: '+0.46', … }
 * ```
 */
export interface Delta {
  /** Value in the previous result. */
  readonly previous: number | null;
  /** Value in the current result. */
  readonly current: number | null;
  /** current − previous (closest double), or `null`. */
  readonly delta: number | null;
  /** current − previous, exact, or `null`. */
  readonly deltaExact: string | null;
}

/**
 * The change of one indicator, aspect or domain.
 *
 * @example
 * ```ts
 * import { compare, computeIndex } from '@spbe-kit/indicators';
 * const a = computeIndex({ methodology: 'spbe-2020', domainScores: { 1: 3, 2: 3, 3: 3, 4: 3 } });
 * const b = computeIndex({ methodology: 'spbe-2020', domainScores: { 1: 3, 2: 3, 3: 3, 4: 4 } });
 * compare(a, b).domains.map((domain) => [domain.number, domain.deltaExact]); // [[1, '0'], [2, '0'], [3, '0'], [4, '1']]
 * ```
 */
export interface PartDelta extends Delta {
  /** Indicator number, or aspect / domain id. */
  readonly number: number;
  /** Official name and English translation. */
  readonly name: LocalizedText;
}

/**
 * What {@link compare} returns.
 *
 * @example
 * ```ts
 * import { compare, computeIndex, type Comparison } from '@spbe-kit/indicators';
 * const a = computeIndex({ methodology: 'spbe-2020', domainScores: { 1: 3, 2: 3, 3: 3, 4: 3 } });
 * const b = computeIndex({ methodology: 'spbe-2020', domainScores: { 1: 3, 2: 3, 3: 3, 4: 4 } });
 * const change: Comparison = compare(a, b);
 * change.domains[3]?.deltaExact; // '1'
 * ```
 */
export interface Comparison {
  /** Methodology id (both results must share it). */
  readonly methodology: string;
  /** The index change. */
  readonly index: IndexDelta;
  /** The predikat change. */
  readonly predicate: PredicateChange;
  /** Per domain. */
  readonly domains: readonly PartDelta[];
  /** Per aspect. */
  readonly aspects: readonly PartDelta[];
  /** Per indicator. */
  readonly indicators: readonly PartDelta[];
}

/**
 * The index change between two results.
 *
 * @example
 * ```ts
 * import { compare, computeIndex } from '@spbe-kit/indicators';
 * const a = computeIndex({ methodology: 'spbe-2020', domainScores: { 1: 3, 2: 3, 3: 3, 4: 3 } });
 * const b = computeIndex({ methodology: 'spbe-2020', domainScores: { 1: 3, 2: 3, 3: 3, 4: 4 } });
 * compare(b, a).index.deltaDisplay; // '-0.46'
 * ```
 */
export interface IndexDelta extends Delta {
  /** current − previous, signed and rounded half away from zero to two decimals (`'+0.12'`, `'-0.05'`). */
  readonly deltaDisplay: string;
  /** The previous index as shown. */
  readonly previousDisplay: string;
  /** The current index as shown. */
  readonly currentDisplay: string;
}

/**
 * The predikat change between two results.
 *
 * @example
 * ```ts
 * import { compare, computeIndex } from '@spbe-kit/indicators';
 * const a = computeIndex({ methodology: 'spbe-2020', domainScores: { 1: 3, 2: 3, 3: 3, 4: 3 } });
 * const b = computeIndex({ methodology: 'spbe-2020', domainScores: { 1: 4, 2: 4, 3: 4, 4: 4 } });
 * compare(a, b).predicate; // { previous: 'Baik', current: 'Sangat Baik', change: 'up', bands: 1 }
 * ```
 */
export interface PredicateChange {
  /** Previous predikat. */
  readonly previous: string;
  /** Current predikat. */
  readonly current: string;
  /** Direction of the change. */
  readonly change: 'up' | 'down' | 'same';
  /** Bands moved up (negative: down). */
  readonly bands: number;
}

/**
 * Options of {@link compare}.
 *
 * @example
 * ```ts
 * import { compare, type CompareOptions, type IndexResult, type MethodologyTable } from '@spbe-kit/indicators';
 * declare const table: MethodologyTable, lastYear: IndexResult, thisYear: IndexResult; // read back from JSON
 * const options: CompareOptions = { methodology: table };
 * compare(lastYear, thisYear, options);
 * ```
 */
export interface CompareOptions {
  /** The methodology table, when the results are a user-defined methodology's results read back from JSON. */
  readonly methodology?: MethodologyRef;
}

function deltaOf(
  previous: string | null | undefined,
  current: string | null | undefined,
  previousNumber: number | null,
  currentNumber: number | null,
): Delta {
  const before = previous === null || previous === undefined ? undefined : rationalFrom(previous, true);
  const after = current === null || current === undefined ? undefined : rationalFrom(current, true);
  const difference = before && after ? after.subtract(before) : undefined;
  return {
    previous: before ? previousNumber : null,
    current: after ? currentNumber : null,
    delta: difference ? difference.toNumber() : null,
    deltaExact: difference ? difference.toExactString() : null,
  };
}

function byNumber<T>(items: readonly T[], key: (item: T) => number): Map<number, T> {
  return new Map(items.map((item) => [key(item), item]));
}

/**
 * Year-over-year comparison of two results of the same methodology: exact deltas of the index and of
 * every indicator, aspect and domain both results know, and the predikat change.
 *
 * @example
 * ```ts
 * import { computeIndex, compare } from '@spbe-kit/indicators';
 * const y2023 = computeIndex({ methodology: 'spbe-2020', domainScores: { 1: 2.9, 2: 2.3, 3: 1.7, 4: 3.5 } });
 * const y2024 = computeIndex({ methodology: 'spbe-2020', domainScores: { 1: 3.7, 2: 3.4, 3: 3.0, 4: 3.2 } });
 * const change = compare(y2023, y2024);
 * change.index.deltaDisplay; // '+0.46'
 * change.predicate;          // { previous: 'Cukup', current: 'Baik', change: 'up', bands: 1 }
 * ```
 */
export function compare(
  previous: IndexResult | PartialIndexResult,
  current: IndexResult | PartialIndexResult,
  options: CompareOptions = {},
): Comparison {
  const before = readCompleteResult(previous, ['previous'], options.methodology);
  const after = readCompleteResult(current, ['current'], options.methodology);
  if (before.methodology.id !== after.methodology.id)
    throw new MethodologyMismatchError(before.methodology.id, after.methodology.id, ['current', 'methodology']);
  const methodology = after.methodology;
  const parts = <T extends { readonly index: number; readonly exact: string; readonly name: LocalizedText }>(
    previousItems: readonly T[],
    currentItems: readonly T[],
    definitions: readonly { number: number; definition: { name: LocalizedText } }[],
    key: (item: T) => number,
  ): PartDelta[] => {
    const previousBy = byNumber(previousItems, key);
    const currentBy = byNumber(currentItems, key);
    return definitions
      .filter((definition) => previousBy.has(definition.number) || currentBy.has(definition.number))
      .map((definition) => {
        const was = previousBy.get(definition.number);
        const now = currentBy.get(definition.number);
        return {
          number: definition.number,
          name: definition.definition.name,
          ...deltaOf(was?.exact, now?.exact, was?.index ?? null, now?.index ?? null),
        };
      });
  };
  const asPart = (indicator: { number: number; value: number; name: LocalizedText }) => ({
    index: indicator.value,
    exact: String(indicator.value),
    name: indicator.name,
    number: indicator.number,
  });
  const index = deltaOf(before.result.indexExact, after.result.indexExact, before.result.index, after.result.index);
  const difference = (rationalFrom(after.result.indexExact, true) ?? Rational.ZERO).subtract(
    rationalFrom(before.result.indexExact, true) ?? Rational.ZERO,
  );
  const rank = (predicate: string): number => methodology.bandPredicates.indexOf(predicate);
  const bands = rank(before.result.predicate) - rank(after.result.predicate);
  const rounded = difference.toFixed(2);
  return {
    methodology: methodology.id,
    index: {
      ...index,
      deltaDisplay: rounded.startsWith('-') || rounded === '0.00' ? rounded : `+${rounded}`,
      previousDisplay: before.result.indexDisplay,
      currentDisplay: after.result.indexDisplay,
    },
    predicate: {
      previous: before.result.predicate,
      current: after.result.predicate,
      change: bands > 0 ? 'up' : bands < 0 ? 'down' : 'same',
      bands,
    },
    domains: parts(before.result.domains, after.result.domains, methodology.domains, (domain) => domain.id),
    aspects: parts(before.result.aspects, after.result.aspects, methodology.aspects, (aspect) => aspect.id),
    indicators: parts(
      before.result.indicators.map(asPart),
      after.result.indicators.map(asPart),
      methodology.indicators,
      (indicator) => indicator.number,
    ),
  };
}
