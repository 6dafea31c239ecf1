import type { LocalizedText } from '@spbe-kit/models';
import { SpbeError } from '@spbe-kit/models';
import { IndexInputError } from '../errors/index-input-error.js';
import { MethodologyMismatchError } from '../errors/methodology-mismatch-error.js';
import { rationalFrom } from '../exact/exact-input.js';
import { Rational } from '../exact/rational.js';
import type { IndexResult, PartialIndexResult } from '../compute/index-result.js';
import { shapeIssue } from '../compute/input-issues.js';
import { readResult } from '../compute/read-result.js';
import { unreadable } from '../compute/compute-index.js';
import type { CompiledMethodology } from '../methodology/compiled-methodology.js';
import type { MethodologyRef } from '../methodology/methodology-table.js';
import { resolveMethodology } from '../methodology/resolve-methodology.js';
import { quantile } from './quantile.js';

/**
 * A statistic: closest double, exact value, and rounded half-up to two decimals.
 *
 * @example
 * ```ts
 * import { computeIndexes, summarize, type Statistic } from '@spbe-kit/indicators';
 * const results = computeIndexes([{ methodology: 'spbe-2020' as const, domainScores: { 1: '3.4985', 2: '3.4985', 3: '3.4985', 4: '3.4985' } }]);
 * const mean: Statistic | undefined = summarize(results).index?.mean; // { value: 3.4985, exact: '3.4985', display: '3.50' }
 * ```
 */
export interface Statistic {
  /** The value (closest double). */
  readonly value: number;
  /** The exact value (decimal or fraction text). */
  readonly exact: string;
  /** Rounded half-up to two decimals. */
  readonly display: string;
}

/**
 * Index statistics over the complete results.
 *
 * @example
 * ```ts
 * import { computeIndexes, summarize } from '@spbe-kit/indicators';
 * const results = computeIndexes([1, 2, 3, 4].map((score) => ({ methodology: 'spbe-2020' as const, domainScores: { 1: score, 2: score, 3: score, 4: score } })));
 * summarize(results).index?.q1.exact; // '1.75'
 * ```
 */
export interface IndexStatistics {
  /** Arithmetic mean. */
  readonly mean: Statistic;
  /** Median (= second quartile). */
  readonly median: Statistic;
  /** First quartile (type 7, see `quartileMethod`). */
  readonly q1: Statistic;
  /** Third quartile (type 7). */
  readonly q3: Statistic;
  /** Lowest index. */
  readonly min: Statistic;
  /** Highest index. */
  readonly max: Statistic;
  /** Positions (in the input) of the results with the lowest index. */
  readonly minPositions: readonly number[];
  /** Positions of the results with the highest index. */
  readonly maxPositions: readonly number[];
}

/**
 * The mean of one domain or aspect over the results that know it.
 *
 * @example
 * ```ts
 * import { computeIndexes, summarize } from '@spbe-kit/indicators';
 * const results = computeIndexes([2, 4].map((score) => ({ methodology: 'spbe-2020' as const, domainScores: { 1: score, 2: score, 3: score, 4: score } })));
 * summarize(results).domains[0]; // { id: 1, name: {…}, count: 2, mean: { value: 3, exact: '3', display: '3.00' } }
 * ```
 */
export interface PartMean {
  /** Domain or aspect number. */
  readonly id: number;
  /** Official name and English translation. */
  readonly name: LocalizedText;
  /** How many results know it. */
  readonly count: number;
  /** Its mean, or `null` when no result knows it. */
  readonly mean: Statistic | null;
}

/**
 * One entry of the ranking.
 *
 * @example
 * ```ts
 * import { computeIndexes, summarize } from '@spbe-kit/indicators';
 * const results = computeIndexes([3, 4, 3].map((score) => ({ methodology: 'spbe-2020' as const, domainScores: { 1: score, 2: score, 3: score, 4: score } })));
 * summarize(results).ranking.map((entry) => [entry.position, entry.rank]); // [[1, 1], [0, 2], [2, 2]]
 * ```
 */
export interface RankingEntry {
  /** Rank: equal exact indices share a rank, the next rank skips ("1, 2, 2, 4"). */
  readonly rank: number;
  /** Position of the result in the input. */
  readonly position: number;
  /** The index. */
  readonly index: number;
  /** The index as shown. */
  readonly indexDisplay: string;
  /** The predikat. */
  readonly predicate: string;
}

/**
 * How many results have one predikat.
 *
 * @example
 * ```ts
 * import { computeIndexes, summarize } from '@spbe-kit/indicators';
 * const results = computeIndexes([{ methodology: 'spbe-2020' as const, domainScores: { 1: 3, 2: 3, 3: 3, 4: 3 } }]);
 * summarize(results).predicates.find((entry) => entry.predicate === 'Baik')?.count; // 1
 * ```
 */
export interface PredicateCount {
  /** The predikat label. */
  readonly predicate: string;
  /** The label in both languages. */
  readonly label: LocalizedText;
  /** Number of complete results with it. */
  readonly count: number;
}

/**
 * What {@link summarize} returns.
 *
 * @example
 * ```ts
 * import { computeIndexes, summarize, type Summary } from '@spbe-kit/indicators';
 * const results = computeIndexes([{ methodology: 'spbe-2020' as const, domainScores: { 1: 3, 2: 3, 3: 3, 4: 3 } }]);
 * const summary: Summary = summarize(results);
 * summary.count; // 1
 * ```
 */
export interface Summary {
  /** Methodology id. */
  readonly methodology: string;
  /** Number of results given. */
  readonly count: number;
  /** Positions of incomplete results, which are left out of every statistic. */
  readonly incompletePositions: readonly number[];
  /** Count per predikat, best first, every predikat listed. */
  readonly predicates: readonly PredicateCount[];
  /** Index statistics, or `null` when there is no complete result. */
  readonly index: IndexStatistics | null;
  /** How quartiles and the median are computed. */
  readonly quartileMethod: string;
  /** Mean per domain. */
  readonly domains: readonly PartMean[];
  /** Mean per aspect. */
  readonly aspects: readonly PartMean[];
  /** Complete results from the highest exact index down; ties share a rank and keep input order. */
  readonly ranking: readonly RankingEntry[];
}

/**
 * Options of {@link summarize}.
 *
 * @example
 * ```ts
 * import { summarize, type SummarizeOptions } from '@spbe-kit/indicators';
 * const options: SummarizeOptions = { methodology: 'pemdi-2026' };
 * summarize([], options).count; // 0
 * ```
 */
export interface SummarizeOptions {
  /** The methodology table, when the results are a user-defined methodology's results read back from JSON. */
  readonly methodology?: MethodologyRef;
}

/**
 * The quartile method, stated in every summary.
 *
 * @example
 * ```ts
 * import { QUARTILE_METHOD } from '@spbe-kit/indicators';
 * console.log(QUARTILE_METHOD); // show it under a dashboard's quartile chart
 * ```
 */
export const QUARTILE_METHOD =
  'Linear interpolation between order statistics (Hyndman & Fan type 7; Excel QUARTILE.INC, R and NumPy defaults), computed exactly';

function statistic(value: Rational): Statistic {
  return { value: value.toNumber(), exact: value.toExactString(), display: value.toFixed(2) };
}

function mean(values: readonly Rational[]): Rational {
  return values.reduce((sum, value) => sum.add(value), Rational.ZERO).divide(Rational.of(BigInt(values.length)));
}

/**
 * Dashboard statistics over many results of one methodology: count per predikat, mean, median,
 * quartiles (type 7, see {@link QUARTILE_METHOD}), min/max, per-domain and per-aspect means, and a
 * ranking with ties (equal exact indices share a rank). Everything is computed exactly; incomplete
 * results are counted and left out.
 *
 * @example
 * ```ts
 * import { computeIndexes, summarize } from '@spbe-kit/indicators';
 * const results = computeIndexes([
 *   { methodology: 'spbe-2020', domainScores: { 1: 3.7, 2: 3.4, 3: 3, 4: 3.2 } },
 *   { methodology: 'spbe-2020', domainScores: { 1: 2, 2: 2, 3: 1.5, 4: 3 } },
 * ]);
 * const summary = summarize(results);
 * summary.index?.median.display; // '2.83'
 * summary.ranking.map((entry) => entry.position); // [0, 1]
 * ```
 */
export function summarize(
  results: Iterable<IndexResult | PartialIndexResult>,
  options: SummarizeOptions = {},
): Summary {
  let position = 0;
  try {
    if (
      typeof results !== 'object' ||
      (results as unknown) === null ||
      typeof (results as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function'
    ) {
      throw new IndexInputError([
        shapeIssue(
          [],
          { id: 'Hasil harus berupa array atau iterable', en: 'The results must be an array or an iterable' },
          results,
        ),
      ]);
    }
    let methodology: CompiledMethodology | undefined;
    const complete: { position: number; result: IndexResult; index: Rational }[] = [];
    const incompletePositions: number[] = [];
    for (const value of results) {
      const read = readResult(value, [position], options.methodology);
      if (methodology && read.methodology.id !== methodology.id)
        throw new MethodologyMismatchError(methodology.id, read.methodology.id, [position, 'methodology']);
      methodology ??= read.methodology;
      if (read.result.complete)
        complete.push({
          position,
          result: read.result,
          index: rationalFrom(read.result.indexExact, true) ?? Rational.ZERO,
        });
      else incompletePositions.push(position);
      position++;
    }
    if (!methodology) {
      const fallback = options.methodology;
      if (fallback === undefined) {
        throw new IndexInputError([
          shapeIssue(
            [],
            { id: 'Tidak ada hasil untuk diringkas', en: 'There are no results to summarize' },
            undefined,
            'indicators.missing',
          ),
        ]);
      }
      methodology = resolveMethodology(fallback);
    }
    const compiled = methodology;
    const counts = new Map(compiled.bandPredicates.map((predicate) => [predicate, 0]));
    for (const entry of complete) counts.set(entry.result.predicate, (counts.get(entry.result.predicate) ?? 0) + 1);
    const sorted = complete.map((entry) => entry.index).sort((a, b) => a.compare(b));
    let index: IndexStatistics | null = null;
    const lowest = sorted[0];
    const highest = sorted[sorted.length - 1];
    if (lowest && highest) {
      index = {
        mean: statistic(mean(sorted)),
        median: statistic(quantile(sorted, Rational.of(1n, 2n))),
        q1: statistic(quantile(sorted, Rational.of(1n, 4n))),
        q3: statistic(quantile(sorted, Rational.of(3n, 4n))),
        min: statistic(lowest),
        max: statistic(highest),
        minPositions: complete.filter((entry) => entry.index.equals(lowest)).map((entry) => entry.position),
        maxPositions: complete.filter((entry) => entry.index.equals(highest)).map((entry) => entry.position),
      };
    }
    const partMeans = (kind: 'domains' | 'aspects'): PartMean[] =>
      (kind === 'domains' ? compiled.domains : compiled.aspects).map((part) => {
        const values: Rational[] = [];
        for (const entry of complete) {
          const found = entry.result[kind].find((item) => item.id === part.number);
          const exact = found ? rationalFrom(found.exact, true) : undefined;
          if (exact) values.push(exact);
        }
        return {
          id: part.number,
          name: part.definition.name,
          count: values.length,
          mean: values.length > 0 ? statistic(mean(values)) : null,
        };
      });
    const ranked = [...complete].sort((a, b) => b.index.compare(a.index) || a.position - b.position);
    const ranking: RankingEntry[] = [];
    ranked.forEach((entry, order) => {
      const previous = ranked[order - 1];
      const rank = previous && previous.index.equals(entry.index) ? (ranking[order - 1]?.rank ?? order + 1) : order + 1;
      ranking.push({
        rank,
        position: entry.position,
        index: entry.result.index,
        indexDisplay: entry.result.indexDisplay,
        predicate: entry.result.predicate,
      });
    });
    return {
      methodology: compiled.id,
      count: position,
      incompletePositions,
      predicates: compiled.bands.map((band) => ({
        predicate: band.band.predicate,
        label: band.band.label,
        count: counts.get(band.band.predicate) ?? 0,
      })),
      index,
      quartileMethod: QUARTILE_METHOD,
      domains: partMeans('domains'),
      aspects: partMeans('aspects'),
      ranking,
    };
  } catch (error) {
    if (SpbeError.isInstance(error)) throw error;
    throw unreadable([position], error);
  }
}
