import type { Rational } from '../exact/rational.js';
import type {
  AspectDefinition,
  DomainDefinition,
  IndicatorDefinition,
  MethodologyTable,
  PredicateBand,
} from './methodology-table.js';

/** Scale of decimal indicator values: six decimals are accepted exactly. */
export const DECIMAL_VALUE_SCALE = 1_000_000;

/** A predikat band with its lower bound as an exact rational and as a threshold in index units. */
export interface CompiledBand {
  readonly band: PredicateBand;
  /** Position in best-first order (0 = best band). */
  readonly rank: number;
  readonly from: Rational;
  readonly to: Rational;
  /** Smallest index numerator (in units of 1 / indexDenominator) that is in this band. */
  readonly fromUnits: number;
}

/** An indicator with its position and integer weight. */
export interface CompiledIndicator {
  readonly definition: IndicatorDefinition;
  readonly number: number;
  readonly weightUnits: number;
  readonly weight: Rational;
  readonly aspectPosition: number;
}

/** An aspect with its position, integer weight and the positions of its indicators. */
export interface CompiledAspect {
  readonly definition: AspectDefinition;
  readonly number: number;
  readonly weightUnits: number;
  readonly weight: Rational;
  readonly domainPosition: number;
  readonly indicatorPositions: readonly number[];
}

/** A domain with its integer weight and the positions of its aspects and indicators. */
export interface CompiledDomain {
  readonly definition: DomainDefinition;
  readonly number: number;
  readonly weightUnits: number;
  readonly weight: Rational;
  readonly aspectPositions: readonly number[];
  readonly indicatorPositions: readonly number[];
}

/**
 * A validated methodology prepared for the engine: numbers sorted, weights as integers of
 * 1 / weightScale, band thresholds in index units. All integer quantities stay below 2^53.
 */
export interface CompiledMethodology {
  readonly table: MethodologyTable;
  readonly id: string;
  readonly integer: boolean;
  /** Values are integers of 1 / valueScale (1 for integer methodologies, 10^6 for decimal ones). */
  readonly valueScale: number;
  /** Weights are integers of 1 / weightScale (a power of ten). */
  readonly weightScale: number;
  /** 100 × weightScale: the sum of all weight units. */
  readonly totalWeightUnits: number;
  /** totalWeightUnits × valueScale: index = Σ weightUnits × valueUnits / indexDenominator. */
  readonly indexDenominator: number;
  readonly indicators: readonly CompiledIndicator[];
  readonly aspects: readonly CompiledAspect[];
  readonly domains: readonly CompiledDomain[];
  readonly indicatorPosition: ReadonlyMap<number, number>;
  readonly aspectPosition: ReadonlyMap<number, number>;
  readonly domainPosition: ReadonlyMap<number, number>;
  /** Bands best first (highest lower bound first). */
  readonly bands: readonly CompiledBand[];
  /** Lower bounds of the bands best first, in index units (parallel to `bands`). */
  readonly bandThresholds: readonly number[];
  /** Predikat labels best first (parallel to `bands`). */
  readonly bandPredicates: readonly string[];
}
