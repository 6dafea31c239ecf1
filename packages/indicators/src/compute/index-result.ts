import type { LocalizedText } from '@spbe-kit/models';
import type { MethodologyRef } from '../methodology/methodology-table.js';

/**
 * A value given to the calculator. A number means the decimal its shortest text shows (`1.26` is
 * exactly 1.26); text may be a decimal (`'3.4985'`, or `'3,4985'` with a decimal comma). Indicator
 * values accept at most six decimals; aspect and domain scores accept any decimal and also a
 * fraction (`'7/3'`), which is how results write non-terminating exact scores.
 */
export type IndexValue = number | string;

/** Values keyed by indicator, aspect or domain number: an object (keys numbers or numeric strings) or a Map. */
export type IndexValues = Readonly<Record<number | string, IndexValue>> | ReadonlyMap<number | string, IndexValue>;

/** What the index was computed from. */
export type IndexSource = 'levels' | 'aspectScores' | 'domainScores';

/**
 * Input of {@link computeIndex}: a methodology and exactly one of `levels`, `aspectScores` or
 * `domainScores`.
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

/** One domain of a result. Names are {@link LocalizedText} everywhere (`name.id` official, `name.en` translation). */
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

/** One aspect of a result. */
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

/** One indicator of a result. */
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

/** A domain or aspect whose index cannot be known because some of its parts are missing. */
export type MaybeIncomplete<T extends { index: number; exact: string }> = Omit<T, 'index' | 'exact'> & {
  readonly index: number | null;
  readonly exact: string | null;
};

/** The lowest and highest index the missing parts allow (each missing part at 1, then at 5). */
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

/** Result of {@link computeIndex} with `partial: true` when entries are missing. */
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
  readonly missing: { readonly indicators: readonly number[]; readonly aspects: readonly number[]; readonly domains: readonly number[] };
  /** Domains; `index: null` for incomplete ones. */
  readonly domains: readonly MaybeIncomplete<DomainResult>[];
  /** Aspects; `index: null` for incomplete ones. */
  readonly aspects: readonly MaybeIncomplete<AspectResult>[];
  /** The indicators given. */
  readonly indicators: readonly IndicatorResult[];
}

/** What {@link computeIndex} returns with `partial: true`. */
export type PartialIndexResult = IndexResult | IncompleteIndexResult;

/** What the summary mode of {@link computeIndexes} returns per input: only the index and the predikat. */
export interface IndexSummary {
  /** The index: the double closest to the exact value. */
  readonly index: number;
  /** The official predikat decided on the exact value. */
  readonly predicate: string;
}
