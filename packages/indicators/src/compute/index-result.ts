import type { LocalizedText } from '@spbe-kit/models';
import type { MethodologyRef } from '../methodology/methodology-table.js';

/**
 * A value given to the calculator. A number means the decimal its shortest text shows (`1.26` is
 * exactly 1.26); text may be a decimal (`'3.4985'`, or `'3,4985'` with a decimal comma). Indicator
 * values accept at most six decimals; aspect and domain scores accept any decimal and also a
 * fraction (`'7/3'`), which is how results write non-terminating exact scores.
 *
 * @example
 * ```ts
 * import type { IndexValue } from '@spbe-kit/indicators';
 * const values: IndexValue[] = [3, 1.26, '2,5', '7/3'];
 * ```
 */
export type IndexValue = number | string;

/**
 * Values keyed by indicator, aspect or domain number: an object (keys numbers or numeric strings) or a Map.
 *
 * @example
 * ```ts
 * import type { IndexValues } from '@spbe-kit/indicators';
 * const levels: IndexValues = { 1: 3, '2': 4 };
 * const same: IndexValues = new Map([[1, 3], [2, 4]]);
 * ```
 */
export type IndexValues = Readonly<Record<number | string, IndexValue>> | ReadonlyMap<number | string, IndexValue>;

/**
 * What the index was computed from.
 *
 * @example
 * ```ts
 * import { computeIndex, type IndexSource } from '@spbe-kit/indicators';
 * const source: IndexSource = computeIndex({ methodology: 'spbe-2020', domainScores: { 1: 3, 2: 3, 3: 3, 4: 3 } }).source; // 'domainScores'
 * ```
 */
export type IndexSource = 'levels' | 'aspectScores' | 'domainScores';

/**
 * Input of {@link computeIndex}: a methodology and exactly one of `levels`, `aspectScores` or
 * `domainScores`.
 *
 * @example
 * ```ts
 * import { computeIndex, type IndexInput } from '@spbe-kit/indicators';
 * const input: IndexInput = { methodology: 'spbe-2020', domainScores: { 1: 3.7, 2: 3.4, 3: 3, 4: 3.2 } };
 * computeIndex(input).indexDisplay; // '3.28'
 * ```
 */
export interface IndexInput {
  /** `'spbe-2020'`, `'pemdi-2026'` or a methodology table. */
  readonly methodology: MethodologyRef;
  /** Indicator number → value (level 1–5; decimals for decimal methodologies). */
  readonly levels?: IndexValues;
  /** Aspect number → aspect index. */
  readonly aspectScores?: IndexValues;
  /** Domain number → domain index (methodologies with domains only). */
  readonly domainScores?: IndexValues;
  /**
   * Accept missing entries: the result then says which parts are incomplete (`complete: false`,
   * `missing`, `range`) instead of treating a gap as level 1. Default `false`: every entry is required.
   */
  readonly partial?: boolean;
  /**
   * Keys that are not numbers of the methodology: `'reject'` (default) reports each one;
   * `'ignore'` skips them (faster for large trusted batches).
   */
  readonly unknownKeys?: 'reject' | 'ignore';
}

/**
 * One domain of a result. Names are `LocalizedText` everywhere (`name.id` official, `name.en` translation).
 *
 * @example
 * ```ts
 * import { computeIndex } from '@spbe-kit/indicators';
 * const result = computeIndex({ methodology: 'spbe-2020', aspectScores: { 1: 3, 2: 3, 3: 4, 4: 3, 5: 3, 6: 3, 7: 3, 8: 3 } });
 * result.domains[1]?.exact; // '3.4' (the regulation's example: 85 / 25)
 * ```
 */
export interface DomainResult {
  /** Domain number. */
  readonly id: number;
  /** Official name and English translation. */
  readonly name: LocalizedText;
  /** Weight (percent of the index). */
  readonly weight: number;
  /** Domain index: the double closest to the exact value. */
  readonly index: number;
  /** The exact domain index: `'3.4'`, or a fraction such as `'10/3'` when the decimal does not terminate. */
  readonly exact: string;
}

/**
 * One aspect of a result.
 *
 * @example
 * ```ts
 * import { computeIndex } from '@spbe-kit/indicators';
 * const result = computeIndex({ methodology: 'spbe-2020', aspectScores: { 1: 3, 2: 3, 3: 4, 4: 3, 5: 3, 6: 3, 7: 3, 8: 3 } });
 * result.aspects[2]; // { id: 3, name: { id: 'Teknologi Informasi dan Komunikasi', … }, weight: 10, index: 4, exact: '4', domain: 2 }
 * ```
 */
export interface AspectResult {
  /** Aspect number. */
  readonly id: number;
  /** Official name and English translation. */
  readonly name: LocalizedText;
  /** Weight (percent of the index). */
  readonly weight: number;
  /** Aspect index: the double closest to the exact value. */
  readonly index: number;
  /** The exact aspect index (decimal, or a fraction such as `'7/3'`). */
  readonly exact: string;
  /** The domain it belongs to, or `null` when the methodology has no domains. */
  readonly domain: number | null;
}

/**
 * One indicator of a result.
 *
 * @example
 * ```ts
 * import { computeIndex } from '@spbe-kit/indicators';
 * const levels = Object.fromEntries(Array.from({ length: 47 }, (_, i) => [i + 1, 4]));
 * computeIndex({ methodology: 'spbe-2020', levels }).indicators[0]; // { number: 1, name: {…}, weight: 1.3, value: 4, contribution: 0.052, aspect: 1 }
 * ```
 */
export interface IndicatorResult {
  /** Indicator number. */
  readonly number: number;
  /** Official name and English translation. */
  readonly name: LocalizedText;
  /** Weight (percent of the index). */
  readonly weight: number;
  /** The value given (level). */
  readonly value: number;
  /** Index points it contributes: weight × value / 100. */
  readonly contribution: number;
  /** The aspect it belongs to. */
  readonly aspect: number;
}

/**
 * Result of {@link computeIndex}. Only the levels the input can know are filled: from `levels`
 * everything; from `aspectScores` the aspects and domains; from `domainScores` only the domains.
 *
 * @example
 * ```ts
 * import { computeIndex, type IndexResult } from '@spbe-kit/indicators';
 * const result: IndexResult = computeIndex({ methodology: 'spbe-2020', domainScores: { 1: 3.7, 2: 3.4, 3: 3, 4: 3.2 } });
 * [result.index, result.indexExact, result.indexDisplay, result.predicate]; // [3.282, '3.282', '3.28', 'Baik']
 * ```
 */
export interface IndexResult {
  /** Methodology id. */
  readonly methodology: string;
  /** What the index was computed from. */
  readonly source: IndexSource;
  /** Always `true` here; see {@link IncompleteIndexResult}. */
  readonly complete: true;
  /** The index: the double closest to the exact value. */
  readonly index: number;
  /** The exact index as a decimal (or fraction) text, e.g. `'3.4985'`. */
  readonly indexExact: string;
  /** Rounded half-up to two decimals from the exact value, e.g. `'3.50'`. */
  readonly indexDisplay: string;
  /** The official predikat decided on the exact value, e.g. `'Baik'`. */
  readonly predicate: string;
  /** Domains (empty for methodologies without domains or when unknown). */
  readonly domains: readonly DomainResult[];
  /** Aspects (empty when computed from domain scores). */
  readonly aspects: readonly AspectResult[];
  /** Indicators (empty unless computed from levels). */
  readonly indicators: readonly IndicatorResult[];
}

/**
 * The index fields of a domain or aspect that may be unknown because some of its parts are missing.
 *
 * @example
 * ```ts
 * import { computeIndex } from '@spbe-kit/indicators';
 * const result = computeIndex({ methodology: 'pemdi-2026', levels: { 1: 2 }, partial: true });
 * result.aspects[0]?.index; // null: indicator 2 of aspect 1 is missing
 * ```
 */
export interface UnknownWhenIncomplete {
  /** The index, or `null` when some of its parts are missing. */
  readonly index: number | null;
  /** The exact index, or `null` when some of its parts are missing. */
  readonly exact: string | null;
}

/**
 * Anything with an index and its exact value (a domain or aspect result).
 *
 * @example
 * ```ts
 * import type { IndexedPart } from '@spbe-kit/indicators';
 * const part: IndexedPart = { index: 7 / 3, exact: '7/3' };
 * ```
 */
export interface IndexedPart {
  /** The index (closest double). */
  readonly index: number;
  /** The exact index. */
  readonly exact: string;
}

/**
 * A domain or aspect whose index cannot be known when some of its parts are missing.
 *
 * @example
 * ```ts
 * import type { AspectResult, MaybeIncomplete } from '@spbe-kit/indicators';
 * const show = (aspect: MaybeIncomplete<AspectResult>) => aspect.exact ?? 'incomplete';
 * ```
 */
export type MaybeIncomplete<T extends IndexedPart> = Omit<T, 'index' | 'exact'> & UnknownWhenIncomplete;

/**
 * What a partial input lacks.
 *
 * @example
 * ```ts
 * import { computeIndex } from '@spbe-kit/indicators';
 * const result = computeIndex({ methodology: 'pemdi-2026', levels: { 1: 2, 2: 2 }, partial: true });
 * if (!result.complete) result.missing.aspects; // [2, 3, 4, 5, 6, 7]
 * ```
 */
export interface MissingParts {
  /** Indicators not given (from levels). */
  readonly indicators: readonly number[];
  /** Aspects not given, or incomplete because an indicator is missing. */
  readonly aspects: readonly number[];
  /** Domains not given, or incomplete because an indicator or aspect is missing. */
  readonly domains: readonly number[];
}

/**
 * The lowest and highest index the missing parts allow (each missing part at 1, then at 5).
 *
 * @example
 * ```ts
 * import { computeIndex } from '@spbe-kit/indicators';
 * const result = computeIndex({ methodology: 'spbe-2020', domainScores: { 1: 4, 2: 4, 3: 4 }, partial: true });
 * if (!result.complete) result.range; // { min: 2.635, …, max: 4.455, … } (domain 4 at 1, then at 5)
 * ```
 */
export interface IndexRange {
  /** Lowest possible index. */
  readonly min: number;
  /** Lowest possible index, exact. */
  readonly minExact: string;
  /** Predikat of the lowest possible index. */
  readonly minPredicate: string;
  /** Highest possible index. */
  readonly max: number;
  /** Highest possible index, exact. */
  readonly maxExact: string;
  /** Predikat of the highest possible index. */
  readonly maxPredicate: string;
}

/**
 * Result of {@link computeIndex} with `partial: true` when entries are missing.
 *
 * @example
 * ```ts
 * import { computeIndex } from '@spbe-kit/indicators';
 * const result = computeIndex({ methodology: 'pemdi-2026', levels: { 1: 2, 2: 3 }, partial: true });
 * if (!result.complete) console.log(result.missing.indicators, result.range.minPredicate, result.range.maxPredicate);
 * ```
 */
export interface IncompleteIndexResult {
  /** Methodology id. */
  readonly methodology: string;
  /** What the index was computed from. */
  readonly source: IndexSource;
  /** `false`: some entries were missing. */
  readonly complete: false;
  /** Unknown while entries are missing. */
  readonly index: null;
  /** Unknown while entries are missing. */
  readonly indexExact: null;
  /** Unknown while entries are missing. */
  readonly indexDisplay: null;
  /** Unknown while entries are missing; see `range`. */
  readonly predicate: null;
  /** The index range the missing entries allow. */
  readonly range: IndexRange;
  /** What is missing: the indicators (or aspects / domains) not given and the aspects and domains that are therefore incomplete. */
  readonly missing: MissingParts;
  /** Domains; `index: null` for incomplete ones. */
  readonly domains: readonly MaybeIncomplete<DomainResult>[];
  /** Aspects; `index: null` for incomplete ones. */
  readonly aspects: readonly MaybeIncomplete<AspectResult>[];
  /** The indicators given. */
  readonly indicators: readonly IndicatorResult[];
}

/**
 * What {@link computeIndex} returns with `partial: true`.
 *
 * @example
 * ```ts
 * import { computeIndex, type PartialIndexResult } from '@spbe-kit/indicators';
 * const result: PartialIndexResult = computeIndex({ methodology: 'pemdi-2026', levels: { 1: 2 }, partial: true });
 * result.complete ? result.predicate : result.range.maxPredicate;
 * ```
 */
export type PartialIndexResult = IndexResult | IncompleteIndexResult;

/**
 * What the summary mode of {@link computeIndexes} returns per input: only the index and the predikat.
 *
 * @example
 * ```ts
 * import { computeIndexes, type IndexSummary } from '@spbe-kit/indicators';
 * const [summary]: IndexSummary[] = computeIndexes([{ methodology: 'spbe-2020', domainScores: { 1: 3, 2: 3, 3: 3, 4: 3 } }], { mode: 'summary' });
 * summary; // { index: 3, predicate: 'Baik' }
 * ```
 */
export interface IndexSummary {
  /** The index: the double closest to the exact value. */
  readonly index: number;
  /** The official predikat decided on the exact value. */
  readonly predicate: string;
}
