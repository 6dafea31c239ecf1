import { computeIndex, getMethodology, IndexInputError, type PartialIndexResult } from '@spbe-kit/indicators';
import { ApiError } from '../http/api-error.js';
import type { MethodologyId } from './assessment-schemas.js';

/** Values by indicator number (strings as stored: exact decimals). */
export type ValueMap = Record<number, string>;

/** A computed result as the API returns it. */
export interface ResultDto {
  complete: boolean;
  index: number | null;
  indexDisplay: string | null;
  predicate: string | null;
  filled: number;
  total: number;
  range: { min: number; max: number; minPredicate: string; maxPredicate: string } | null;
  domains: { id: number; name: { id: string; en: string }; weight: number; index: number | null }[];
  aspects: {
    id: number;
    name: { id: string; en: string };
    weight: number;
    index: number | null;
    exact: string | null;
    domain: number | null;
  }[];
}

/**
 * Computes the index of a (possibly partial) set of values with `@spbe-kit/indicators`: exact predikat,
 * the domain and aspect breakdown, and the range still reachable while values are missing.
 */
export function computeResult(methodology: MethodologyId, values: ValueMap): ResultDto {
  const table = getMethodology(methodology);
  const filled = Object.keys(values).length;
  const result: PartialIndexResult = computeIndex({ methodology, levels: values, partial: true });
  return {
    complete: result.complete,
    index: result.index,
    indexDisplay: result.indexDisplay,
    predicate: result.predicate,
    filled,
    total: table.indicators.length,
    range: result.complete
      ? null
      : {
          min: result.range.min,
          max: result.range.max,
          minPredicate: result.range.minPredicate,
          maxPredicate: result.range.maxPredicate,
        },
    domains: result.domains.map((domain) => ({
      id: domain.id,
      name: domain.name,
      weight: domain.weight,
      index: domain.index,
    })),
    aspects: result.aspects.map((aspect) => ({
      id: aspect.id,
      name: aspect.name,
      weight: aspect.weight,
      index: aspect.index,
      exact: aspect.exact,
      domain: aspect.domain,
    })),
  };
}

/**
 * Checks one indicator value against the methodology (integer levels for spbe-2020, decimals in [1, 5] for
 * pemdi-2026) by asking the calculator; answers 400 with its bilingual issue otherwise.
 */
export function assertValidValue(methodology: MethodologyId, indicator: number, value: string): void {
  const table = getMethodology(methodology);
  if (!table.indicators.some((definition) => definition.number === indicator)) {
    throw new ApiError(404, 'assessment.unknown_indicator', {
      id: `Indikator ${indicator} tidak ada dalam metodologi ${methodology}.`,
      en: `Indicator ${indicator} is not part of methodology ${methodology}.`,
    });
  }
  try {
    computeIndex({ methodology, levels: { [indicator]: value }, partial: true });
  } catch (error) {
    if (IndexInputError.isInstance(error)) {
      throw new ApiError(400, 'assessment.invalid_value', error.messages, error.issues);
    }
    throw error;
  }
}
