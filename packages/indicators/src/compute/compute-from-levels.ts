import type { IssuePath } from '@spbe-kit/models';
import type { IndexInputIssue } from '../errors/index-input-error.js';
import { exactText } from '../exact/exact-units.js';
import type { CompiledMethodology } from '../methodology/compiled-methodology.js';
import { bandOfUnits } from './classify.js';
import type { AspectResult, DomainResult, IncompleteIndexResult, IndexResult, IndexSummary } from './index-result.js';
import { valueIssue } from './input-issues.js';
import { readLevelUnits } from './read-value.js';
import { aspectEntries, domainEntries, indexTexts, indicatorEntries } from './result-entries.js';
import { attachMethodology } from './result-methodology.js';
import { containerOf, keyCount, reportUnknownKeys, valueAt, type Container } from './value-container.js';

/** Indicator values in units of 1 / valueScale (-1 where missing), and the index numerator of the given ones. */
interface LevelUnits {
  readonly units: number[];
  readonly numerator: number;
  readonly missing: number;
}

/**
 * Reads and checks every indicator value. Collects issues (missing, unknown, invalid) into `issues`;
 * returns undefined when there were any.
 */
export function readLevels(
  methodology: CompiledMethodology,
  levels: unknown,
  partial: boolean,
  inputPath: IssuePath,
  issues: IndexInputIssue[],
  checkKeys: boolean,
  scratch?: number[],
): LevelUnits | undefined {
  const before = issues.length;
  // Paths are built only when there is an issue: valid input allocates none.
  const container: Container | undefined = containerOf(levels, inputPath, issues);
  if (!container) return undefined;
  const indicators = methodology.indicators;
  const count = indicators.length;
  // Batches pass a reused scratch array: results copy what they need from it.
  const units = scratch ?? new Array<number>(count);
  let numerator = 0;
  let present = 0;
  let missing = 0;
  for (let position = 0; position < count; position++) {
    const indicator = indicators[position]!;
    const raw = valueAt(container, indicator.number);
    if (raw === undefined) {
      units[position] = -1;
      missing++;
      if (!partial)
        issues.push(valueIssue('indicator', indicator.number, 'missing', [...inputPath, 'levels', indicator.number]));
      continue;
    }
    present++;
    const value = readLevelUnits(methodology, raw, indicator.number, inputPath, issues);
    units[position] = value;
    numerator += indicator.weightUnits * value;
  }
  if (checkKeys && keyCount(container) !== present) {
    reportUnknownKeys(
      container,
      methodology.indicatorPosition,
      'indicator',
      methodology.id,
      [...inputPath, 'levels'],
      issues,
    );
  }
  return issues.length > before ? undefined : { units, numerator, missing };
}

/** Summary mode: index and predikat only, from levels that were read already. */
export function summaryFromUnits(methodology: CompiledMethodology, numerator: number): IndexSummary {
  return {
    index: numerator / methodology.indexDenominator,
    predicate: methodology.bandPredicates[bandOfUnits(methodology, numerator)] as string,
  };
}

/** The full result from levels that were read already. */
export function resultFromLevels(
  methodology: CompiledMethodology,
  read: LevelUnits,
): IndexResult | IncompleteIndexResult {
  const { units, numerator } = read;
  const denominator = methodology.indexDenominator;
  const indicators = indicatorEntries(methodology, units, methodology.indicators.length - read.missing);
  if (read.missing === 0) {
    // Every indicator is given, so every aspect and domain is complete: nothing is added to `missing`.
    const complete: number[] = [];
    const texts = indexTexts(methodology, numerator);
    const result: IndexResult = {
      methodology: methodology.id,
      source: 'levels',
      complete: true,
      index: numerator / denominator,
      indexExact: texts.exact,
      indexDisplay: texts.display,
      predicate: methodology.bandPredicates[bandOfUnits(methodology, numerator)]!,
      domains: domainEntries(methodology, units, complete) as DomainResult[],
      aspects: aspectEntries(methodology, units, complete) as AspectResult[],
      indicators,
    };
    return attachMethodology(result, methodology);
  }
  const missingAspects: number[] = [];
  const missingDomains: number[] = [];
  const aspects = aspectEntries(methodology, units, missingAspects);
  const domains = domainEntries(methodology, units, missingDomains);
  const valueScale = methodology.valueScale;
  let missingWeightUnits = 0;
  const missingIndicators: number[] = [];
  methodology.indicators.forEach((indicator, position) => {
    if (units[position]! < 0) {
      missingWeightUnits += indicator.weightUnits;
      missingIndicators.push(indicator.number);
    }
  });
  const low = numerator + missingWeightUnits * valueScale;
  const high = numerator + missingWeightUnits * valueScale * 5;
  const result: IncompleteIndexResult = {
    methodology: methodology.id,
    source: 'levels',
    complete: false,
    index: null,
    indexExact: null,
    indexDisplay: null,
    predicate: null,
    range: {
      min: low / denominator,
      minExact: exactText(low, denominator),
      minPredicate: methodology.bandPredicates[bandOfUnits(methodology, low)]!,
      max: high / denominator,
      maxExact: exactText(high, denominator),
      maxPredicate: methodology.bandPredicates[bandOfUnits(methodology, high)]!,
    },
    missing: { indicators: missingIndicators, aspects: missingAspects, domains: missingDomains },
    domains,
    aspects,
    indicators,
  };
  return attachMethodology(result, methodology);
}
