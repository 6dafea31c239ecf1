import type { IssuePath } from '@spbe-kit/models';
import type { IndexInputIssue } from '../errors/index-input-error.js';
import { displayText, exactText } from '../exact/exact-units.js';
import type { CompiledMethodology } from '../methodology/compiled-methodology.js';
import { bandOfUnits } from './classify.js';
import type {
  AspectResult,
  DomainResult,
  IncompleteIndexResult,
  IndexResult,
  IndexSummary,
  IndicatorResult,
  MaybeIncomplete,
} from './index-result.js';
import { valueIssue } from './input-issues.js';
import { readLevelUnits } from './read-value.js';
import { attachMethodology } from './result-methodology.js';
import { containerOf, keyCount, reportUnknownKeys, valueAt, type Container } from './value-container.js';

/**
 * Result entries are immutable and depend only on (indicator, value) or (aspect/domain, sum), so
 * they are shared between results: a national batch then holds a few hundred entry objects instead
 * of millions, which is what makes full results fast. Entries are frozen.
 */
interface ResultCaches {
  readonly indicators: (IndicatorResult | undefined)[];
  readonly aspects: Map<number, AspectResult>[];
  readonly domains: Map<number, DomainResult>[];
}

/** Levels are 1–5, so (position, level) fits in a stride of 6. */
const CACHE_STRIDE = 6;
/** Entries kept per aspect or domain (decimal methodologies have too many sums to keep them all). */
const CACHE_LIMIT = 4096;
const resultCaches = new WeakMap<CompiledMethodology, ResultCaches>();

function cachesOf(methodology: CompiledMethodology): ResultCaches {
  let caches = resultCaches.get(methodology);
  if (!caches) {
    caches = {
      indicators: [],
      aspects: methodology.aspects.map(() => new Map<number, AspectResult>()),
      domains: methodology.domains.map(() => new Map<number, DomainResult>()),
    };
    resultCaches.set(methodology, caches);
  }
  return caches;
}

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
  const valueScale = methodology.valueScale;
  const denominator = methodology.indexDenominator;
  const indicatorDefinitions = methodology.indicators;
  const aspectDefinitions = methodology.aspects;
  const caches = cachesOf(methodology);
  const indicators: IndicatorResult[] = [];
  for (let position = 0; position < indicatorDefinitions.length; position++) {
    const value = units[position]!;
    if (value < 0) continue;
    const key = position * CACHE_STRIDE + value;
    let entry = methodology.integer ? caches.indicators[key] : undefined;
    if (entry === undefined) {
      const indicator = indicatorDefinitions[position]!;
      entry = Object.freeze({
        number: indicator.number,
        name: indicator.definition.name,
        weight: indicator.definition.weight,
        value: value / valueScale,
        contribution: (indicator.weightUnits * value) / denominator,
        aspect: aspectDefinitions[indicator.aspectPosition]!.number,
      });
      if (methodology.integer) caches.indicators[key] = entry;
    }
    indicators.push(entry);
  }
  const aspects: MaybeIncomplete<AspectResult>[] = [];
  const missingAspects: number[] = [];
  for (let aspectPosition = 0; aspectPosition < aspectDefinitions.length; aspectPosition++) {
    const aspect = aspectDefinitions[aspectPosition]!;
    let sum = 0;
    let complete = true;
    for (const position of aspect.indicatorPositions) {
      const value = units[position]!;
      if (value < 0) complete = false;
      else sum += indicatorDefinitions[position]!.weightUnits * value;
    }
    if (!complete) {
      missingAspects.push(aspect.number);
      aspects.push(
        Object.freeze({
          id: aspect.number,
          name: aspect.definition.name,
          weight: aspect.definition.weight,
          index: null,
          exact: null,
          domain: aspect.domainPosition < 0 ? null : methodology.domains[aspect.domainPosition]!.number,
        }),
      );
      continue;
    }
    const cache = caches.aspects[aspectPosition]!;
    let entry = cache.get(sum);
    if (entry === undefined) {
      const aspectDenominator = aspect.weightUnits * valueScale;
      entry = Object.freeze({
        id: aspect.number,
        name: aspect.definition.name,
        weight: aspect.definition.weight,
        index: sum / aspectDenominator,
        exact: exactText(sum, aspectDenominator),
        domain: aspect.domainPosition < 0 ? null : methodology.domains[aspect.domainPosition]!.number,
      });
      if (cache.size < CACHE_LIMIT) cache.set(sum, entry);
    }
    aspects.push(entry);
  }
  const domains: MaybeIncomplete<DomainResult>[] = [];
  const missingDomains: number[] = [];
  for (let domainPosition = 0; domainPosition < methodology.domains.length; domainPosition++) {
    const domain = methodology.domains[domainPosition]!;
    let sum = 0;
    let complete = true;
    for (const position of domain.indicatorPositions) {
      const value = units[position]!;
      if (value < 0) complete = false;
      else sum += indicatorDefinitions[position]!.weightUnits * value;
    }
    if (!complete) {
      missingDomains.push(domain.number);
      domains.push(
        Object.freeze({
          id: domain.number,
          name: domain.definition.name,
          weight: domain.definition.weight,
          index: null,
          exact: null,
        }),
      );
      continue;
    }
    const cache = caches.domains[domainPosition]!;
    let entry = cache.get(sum);
    if (entry === undefined) {
      const domainDenominator = domain.weightUnits * valueScale;
      entry = Object.freeze({
        id: domain.number,
        name: domain.definition.name,
        weight: domain.definition.weight,
        index: sum / domainDenominator,
        exact: exactText(sum, domainDenominator),
      });
      if (cache.size < CACHE_LIMIT) cache.set(sum, entry);
    }
    domains.push(entry);
  }
  if (read.missing === 0) {
    const result: IndexResult = {
      methodology: methodology.id,
      source: 'levels',
      complete: true,
      index: numerator / denominator,
      indexExact: exactText(numerator, denominator),
      indexDisplay: displayText(numerator, denominator),
      predicate: methodology.bandPredicates[bandOfUnits(methodology, numerator)]!,
      domains: domains as DomainResult[],
      aspects: aspects as AspectResult[],
      indicators,
    };
    return attachMethodology(result, methodology);
  }
  let missingWeightUnits = 0;
  const missingIndicators: number[] = [];
  indicatorDefinitions.forEach((indicator, position) => {
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
