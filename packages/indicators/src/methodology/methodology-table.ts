import type { LocalizedText } from '@spbe-kit/models';

/**
 * The official predikat labels of both built-in methodologies, best first. A user-defined
 * methodology may use its own labels; results then carry those strings.
 */
export type OfficialPredicate = 'Memuaskan' | 'Sangat Baik' | 'Baik' | 'Cukup' | 'Kurang';

/**
 * Ids of the built-in methodologies.
 *
 * @example
 * ```ts
 * import { getMethodology, type BuiltInMethodologyId } from '@spbe-kit/indicators';
 * const id: BuiltInMethodologyId = 'pemdi-2026';
 * getMethodology(id).indicators.length; // 20
 * ```
 */
export type BuiltInMethodologyId = 'spbe-2020' | 'pemdi-2026';

/**
 * One level of a level scale (tingkat kematangan).
 *
 * @example
 * ```ts
 * import type { LevelDefinition } from '@spbe-kit/indicators';
 * const level: LevelDefinition = { level: 1, name: { id: 'Rintisan', en: 'Initial' } };
 * ```
 */
export interface LevelDefinition {
  /** The level number, 1–5. */
  readonly level: number;
  /** Official (Indonesian) name with its English translation, e.g. `{ id: 'Rintisan', en: 'Initial' }`. */
  readonly name: LocalizedText;
  /** What the level means, in both languages. */
  readonly description?: LocalizedText;
}

/**
 * A named scale of levels shared by a group of indicators, e.g. "process capability".
 *
 * @example
 * ```ts
 * import { spbe2020 } from '@spbe-kit/indicators';
 * spbe2020.scales[1]?.levels[2]?.name.id; // 'Transaksi'
 * ```
 */
export interface LevelScale {
  /** Scale id referenced by indicators, e.g. `'process-capability'`. */
  readonly id: string;
  /** Scale name in both languages. */
  readonly name: LocalizedText;
  /** The five levels, 1 to 5. */
  readonly levels: readonly LevelDefinition[];
}

/**
 * A domain (only in methodologies that have domains, such as PermenPANRB 59/2020).
 *
 * @example
 * ```ts
 * import type { DomainDefinition } from '@spbe-kit/indicators';
 * const domain: DomainDefinition = { number: 1, name: { id: 'Kebijakan Internal SPBE', en: 'SPBE internal policy' }, weight: 13 };
 * ```
 */
export interface DomainDefinition {
  /** Domain number, unique, a positive integer. */
  readonly number: number;
  /** Official name and English translation. */
  readonly name: LocalizedText;
  /** Percent of the whole index; equals the sum of its aspects' weights. */
  readonly weight: number;
}

/**
 * An aspect: a group of indicators.
 *
 * @example
 * ```ts
 * import type { AspectDefinition } from '@spbe-kit/indicators';
 * const aspect: AspectDefinition = { number: 1, name: { id: 'Tata Kelola', en: 'Governance' }, weight: 40 };
 * ```
 */
export interface AspectDefinition {
  /** Aspect number, unique, a positive integer. */
  readonly number: number;
  /** Official name and English translation. */
  readonly name: LocalizedText;
  /** Percent of the whole index; equals the sum of its indicators' weights. */
  readonly weight: number;
  /** The domain it belongs to, when the methodology has domains. */
  readonly domain?: number;
}

/**
 * An indicator: the unit an assessor gives a value.
 *
 * @example
 * ```ts
 * import type { IndicatorDefinition } from '@spbe-kit/indicators';
 * const indicator: IndicatorDefinition = { number: 1, name: { id: 'Indikator 1', en: 'Indicator 1' }, weight: 20, aspect: 1, scale: 'maturity' };
 * ```
 */
export interface IndicatorDefinition {
  /** Indicator number, unique, a positive integer. */
  readonly number: number;
  /** Official name and English translation. */
  readonly name: LocalizedText;
  /** Percent of the whole index. */
  readonly weight: number;
  /** The aspect it belongs to. */
  readonly aspect: number;
  /** Id of the {@link LevelScale} its levels are named by. */
  readonly scale: string;
  /** The record must name the sector the agency chose (59/2020 indicators 45–47). */
  readonly sectorChosenByAgency?: boolean;
  /** Fed by another national index ("dinilai dari indeks lain"); names that index. */
  readonly externalIndex?: LocalizedText;
}

/**
 * A predikat band: index values from `from` (inclusive) to `to` (exclusive; inclusive for the band
 * that ends at 5). Bands together cover [1, 5] without gaps or overlaps.
 *
 * @example
 * ```ts
 * import { pemdi2026 } from '@spbe-kit/indicators';
 * const band = pemdi2026.bands.find((entry) => entry.predicate === 'Baik');
 * [band?.from, band?.to, band?.level?.name.en]; // [2.5, 3.5, 'Developing']
 * ```
 */
export interface PredicateBand {
  /** The official label, e.g. `'Sangat Baik'`. */
  readonly predicate: string;
  /** The label in both languages, e.g. `{ id: 'Sangat Baik', en: 'Very good' }`. */
  readonly label: LocalizedText;
  /** Lower bound, inclusive. */
  readonly from: number;
  /** Upper bound, exclusive (inclusive when it is 5). */
  readonly to: number;
  /** The maturity level the band also names (PermenPANRB 8/2026: 1 Merintis … 5 Unggul). */
  readonly level?: LevelDefinition;
}

/**
 * Where a methodology comes from.
 *
 * @example
 * ```ts
 * import { spbe2020 } from '@spbe-kit/indicators';
 * spbe2020.regulation.revokedBy; // 'PermenPANRB No. 8 Tahun 2026'
 * [spbe2020.regulation.date, spbe2020.regulation.dateKind, spbe2020.regulation.inForceFrom]; // ['2020-09-02', 'set', '2021-01-01']
 * ```
 */
export interface RegulationReference {
  /** Short citation, e.g. `'PermenPANRB No. 59 Tahun 2020'`. */
  readonly reference: string;
  /** Title in both languages. */
  readonly title: LocalizedText;
  /**
   * A date of the regulation (ISO 8601, `YYYY-MM-DD`): the day it was set (ditetapkan) or promulgated
   * (diundangkan), as `dateKind` says. Not the day it took effect: see `inForceFrom`.
   */
  readonly date: string;
  /** Which date `date` is: `set` (ditetapkan) or `promulgated` (diundangkan). Unknown when absent. */
  readonly dateKind?: 'set' | 'promulgated';
  /** The day it was set (ditetapkan), when `date` is the promulgation date and both are known. */
  readonly setOn?: string;
  /** The day it took effect (mulai berlaku), when known and different from `date`. */
  readonly inForceFrom?: string;
  /** First evaluation year it applies to, if known. */
  readonly firstEvaluationYear?: number;
  /** Last evaluation year it applies to, when revoked. */
  readonly lastEvaluationYear?: number;
  /** The regulation that revoked it, when revoked. */
  readonly revokedBy?: string;
}

/**
 * A methodology as plain data: hierarchy, weights, names, level scales, predikat bands, value domain,
 * regulation reference and caveats about the source. One engine reads every table; adding a
 * methodology (a future regulation or an agency's own internal assessment) is adding a table, checked
 * by {@link validateMethodology}. Values lie in [1, 5].
 *
 * @example
 * ```ts
 * import { getMethodology, type MethodologyTable } from '@spbe-kit/indicators';
 * const spbe: MethodologyTable = getMethodology('spbe-2020');
 * spbe.indicators.length; // 47
 * ```
 */
export interface MethodologyTable {
  /** Stable id, e.g. `'spbe-2020'`. */
  readonly id: string;
  /** Version of the table data (a transcription correction bumps it). */
  readonly version: string;
  /** Name in both languages. */
  readonly name: LocalizedText;
  /** The regulation it implements. */
  readonly regulation: RegulationReference;
  /** `'integer'`: whole levels 1–5; `'decimal'`: any value in [1, 5] (at most six decimals). */
  readonly valueDomain: 'integer' | 'decimal';
  /** Level scales referenced by the indicators. */
  readonly scales: readonly LevelScale[];
  /** Domains, when the methodology has them (omit or leave empty otherwise). */
  readonly domains?: readonly DomainDefinition[];
  /** Aspects. */
  readonly aspects: readonly AspectDefinition[];
  /** Indicators. */
  readonly indicators: readonly IndicatorDefinition[];
  /** Predikat bands, any order. */
  readonly bands: readonly PredicateBand[];
  /** Caveats about the source of the data, in both languages (e.g. "transcribed, not from the official text"). */
  readonly caveats: readonly LocalizedText[];
}

/**
 * A built-in methodology id or a methodology table; accepted by every function of the package.
 *
 * @example
 * ```ts
 * import { computeIndex, type MethodologyRef } from '@spbe-kit/indicators';
 * const methodology: MethodologyRef = 'spbe-2020'; // or a MethodologyTable
 * computeIndex({ methodology, domainScores: { 1: 3, 2: 3, 3: 3, 4: 3 } }).predicate; // 'Baik'
 * ```
 */
export type MethodologyRef = BuiltInMethodologyId | MethodologyTable;
