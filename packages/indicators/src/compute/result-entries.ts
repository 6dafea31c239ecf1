import { displayText, exactText } from '../exact/exact-units.js';
import type { CompiledMethodology } from '../methodology/compiled-methodology.js';
import type { AspectResult, DomainResult, IndicatorResult, MaybeIncomplete } from './index-result.js';

/**
 * The parts of a full result computed from levels. Entries are immutable and depend only on
 * (indicator, value), (aspect or domain, sum) or the index numerator, so they are shared between
 * results: a national batch then holds a few hundred entry objects and index texts instead of
 * millions, and each result keeps only its own arrays (sized exactly, never grown). Entries are frozen.
 */
interface ResultCaches {
  readonly indicators: (IndicatorResult | undefined)[];
  readonly aspects: Map<number, AspectResult>[];
  readonly domains: Map<number, DomainResult>[];
  readonly incompleteAspects: (MaybeIncomplete<AspectResult> | undefined)[];
  readonly incompleteDomains: (MaybeIncomplete<DomainResult> | undefined)[];
  readonly indexTexts: Map<number, IndexTexts>;
}

/** The exact and display texts of an index (see `IndexResult.indexExact` and `indexDisplay`). */
interface IndexTexts {
  readonly exact: string;
  readonly display: string;
}

/** Levels are 1–5, so (position, level) fits in a stride of 6. */
const CACHE_STRIDE = 6;
/** Entries kept per aspect or domain (decimal methodologies have too many sums to keep them all). */
const CACHE_LIMIT = 4096;
/** Index texts kept per methodology (spbe-2020 has 8,001 possible index numerators). */
const TEXT_CACHE_LIMIT = 16_384;
const resultCaches = new WeakMap<CompiledMethodology, ResultCaches>();

function cachesOf(methodology: CompiledMethodology): ResultCaches {
  let caches = resultCaches.get(methodology);
  if (!caches) {
    caches = {
      indicators: [],
      aspects: methodology.aspects.map(() => new Map<number, AspectResult>()),
      domains: methodology.domains.map(() => new Map<number, DomainResult>()),
      incompleteAspects: [],
      incompleteDomains: [],
      indexTexts: new Map<number, IndexTexts>(),
    };
    resultCaches.set(methodology, caches);
  }
  return caches;
}

/** The exact and display texts of the index numerator / indexDenominator, shared between results. */
export function indexTexts(methodology: CompiledMethodology, numerator: number): IndexTexts {
  const cache = cachesOf(methodology).indexTexts;
  let texts = cache.get(numerator);
  if (texts === undefined) {
    const denominator = methodology.indexDenominator;
    texts = Object.freeze({ exact: exactText(numerator, denominator), display: displayText(numerator, denominator) });
    if (cache.size < TEXT_CACHE_LIMIT) cache.set(numerator, texts);
  }
  return texts;
}

/** The indicator entries of the values given (`units`: -1 where missing; `present` of them are given). */
export function indicatorEntries(
  methodology: CompiledMethodology,
  units: readonly number[],
  present: number,
): IndicatorResult[] {
  const definitions = methodology.indicators;
  const cache = cachesOf(methodology).indicators;
  const indicators = new Array<IndicatorResult>(present);
  let next = 0;
  for (let position = 0; position < definitions.length; position++) {
    const value = units[position]!;
    if (value < 0) continue;
    const key = position * CACHE_STRIDE + value;
    let entry = methodology.integer ? cache[key] : undefined;
    if (entry === undefined) {
      const indicator = definitions[position]!;
      entry = Object.freeze({
        number: indicator.number,
        name: indicator.definition.name,
        weight: indicator.definition.weight,
        value: value / methodology.valueScale,
        contribution: (indicator.weightUnits * value) / methodology.indexDenominator,
        aspect: methodology.aspects[indicator.aspectPosition]!.number,
      });
      if (methodology.integer) cache[key] = entry;
    }
    indicators[next++] = entry;
  }
  return indicators;
}

/**
 * Σ weightUnits × value of the indicators at `positions`, or -1 when one of them is missing.
 */
function sumOf(methodology: CompiledMethodology, units: readonly number[], positions: readonly number[]): number {
  let sum = 0;
  for (const position of positions) {
    const value = units[position]!;
    if (value < 0) return -1;
    sum += methodology.indicators[position]!.weightUnits * value;
  }
  return sum;
}

/** The aspect entries; the numbers of incomplete aspects are added to `missing`. */
export function aspectEntries(
  methodology: CompiledMethodology,
  units: readonly number[],
  missing: number[],
): MaybeIncomplete<AspectResult>[] {
  const definitions = methodology.aspects;
  const caches = cachesOf(methodology);
  const aspects = new Array<MaybeIncomplete<AspectResult>>(definitions.length);
  for (let aspectPosition = 0; aspectPosition < definitions.length; aspectPosition++) {
    const aspect = definitions[aspectPosition]!;
    const domain = aspect.domainPosition < 0 ? null : methodology.domains[aspect.domainPosition]!.number;
    const sum = sumOf(methodology, units, aspect.indicatorPositions);
    if (sum < 0) {
      missing.push(aspect.number);
      aspects[aspectPosition] = caches.incompleteAspects[aspectPosition] ??= Object.freeze({
        id: aspect.number,
        name: aspect.definition.name,
        weight: aspect.definition.weight,
        index: null,
        exact: null,
        domain,
      });
      continue;
    }
    const cache = caches.aspects[aspectPosition]!;
    let entry = cache.get(sum);
    if (entry === undefined) {
      const aspectDenominator = aspect.weightUnits * methodology.valueScale;
      entry = Object.freeze({
        id: aspect.number,
        name: aspect.definition.name,
        weight: aspect.definition.weight,
        index: sum / aspectDenominator,
        exact: exactText(sum, aspectDenominator),
        domain,
      });
      if (cache.size < CACHE_LIMIT) cache.set(sum, entry);
    }
    aspects[aspectPosition] = entry;
  }
  return aspects;
}

/** The domain entries; the numbers of incomplete domains are added to `missing`. */
export function domainEntries(
  methodology: CompiledMethodology,
  units: readonly number[],
  missing: number[],
): MaybeIncomplete<DomainResult>[] {
  const definitions = methodology.domains;
  const caches = cachesOf(methodology);
  const domains = new Array<MaybeIncomplete<DomainResult>>(definitions.length);
  for (let domainPosition = 0; domainPosition < definitions.length; domainPosition++) {
    const domain = definitions[domainPosition]!;
    const sum = sumOf(methodology, units, domain.indicatorPositions);
    if (sum < 0) {
      missing.push(domain.number);
      domains[domainPosition] = caches.incompleteDomains[domainPosition] ??= Object.freeze({
        id: domain.number,
        name: domain.definition.name,
        weight: domain.definition.weight,
        index: null,
        exact: null,
      });
      continue;
    }
    const cache = caches.domains[domainPosition]!;
    let entry = cache.get(sum);
    if (entry === undefined) {
      const domainDenominator = domain.weightUnits * methodology.valueScale;
      entry = Object.freeze({
        id: domain.number,
        name: domain.definition.name,
        weight: domain.definition.weight,
        index: sum / domainDenominator,
        exact: exactText(sum, domainDenominator),
      });
      if (cache.size < CACHE_LIMIT) cache.set(sum, entry);
    }
    domains[domainPosition] = entry;
  }
  return domains;
}
