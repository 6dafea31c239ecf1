import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeIndex } from './compute-index.js';
import { computeIndexes } from './compute-indexes.js';
import { parseExactText } from '../exact/exact-input.js';
import { Rational } from '../exact/rational.js';
import { pemdi2026 } from '../methodologies/pemdi-2026.js';
import { spbe2020 } from '../methodologies/spbe-2020.js';
import { levelsArbitrary } from '../__fixtures__/random-levels.js';
import type { IndicatorDefinition, MethodologyTable } from '../methodology/methodology-table.js';
import type { PartialIndexResult } from './index-result.js';

const tables: MethodologyTable[] = [spbe2020, pemdi2026];
const exact = (value: number): Rational => parseExactText(String(value), false) ?? Rational.of(-1n);

/** Σ weight × value / Σ weight over `indicators`, in exact arithmetic, missing values taken as `fill`. */
function weightedMean(
  indicators: readonly IndicatorDefinition[],
  levels: Readonly<Record<number, number>>,
  fill?: number,
): Rational | undefined {
  let sum = Rational.ZERO;
  let weights = Rational.ZERO;
  for (const indicator of indicators) {
    const value = levels[indicator.number] ?? fill;
    if (value === undefined) return undefined;
    sum = sum.add(exact(indicator.weight).multiply(exact(value)));
    weights = weights.add(exact(indicator.weight));
  }
  return sum.divide(weights);
}

/** The result computed again from the table with BigInt rationals, independently of the engine. */
function expectMatchesTable(table: MethodologyTable, levels: Record<number, number>, result: PartialIndexResult): void {
  const missing = table.indicators.filter((indicator) => levels[indicator.number] === undefined);
  expect(result.indicators.map((indicator) => indicator.number)).toEqual(
    table.indicators.filter((indicator) => levels[indicator.number] !== undefined).map((indicator) => indicator.number),
  );
  for (const entry of result.indicators) expect(entry.value).toBe(levels[entry.number]);
  for (const [position, aspect] of table.aspects.entries()) {
    const mean = weightedMean(
      table.indicators.filter((indicator) => indicator.aspect === aspect.number),
      levels,
    );
    expect(result.aspects[position]?.id).toBe(aspect.number);
    expect(result.aspects[position]?.exact).toBe(mean?.toExactString() ?? null);
  }
  for (const [position, domain] of (table.domains ?? []).entries()) {
    const aspects = new Set(table.aspects.filter((aspect) => aspect.domain === domain.number).map((a) => a.number));
    const mean = weightedMean(
      table.indicators.filter((indicator) => aspects.has(indicator.aspect)),
      levels,
    );
    expect(result.domains[position]?.exact).toBe(mean?.toExactString() ?? null);
  }
  if (result.complete) {
    const index = weightedMean(table.indicators, levels)!;
    expect(missing).toEqual([]);
    expect(result.indexExact).toBe(index.toExactString());
    expect(result.indexDisplay).toBe(index.toFixed(2));
    expect(result.index).toBe(index.toNumber());
  } else {
    expect(result.missing.indicators).toEqual(missing.map((indicator) => indicator.number));
    expect(result.range.minExact).toBe(weightedMean(table.indicators, levels, 1)?.toExactString());
    expect(result.range.maxExact).toBe(weightedMean(table.indicators, levels, 5)?.toExactString());
  }
}

describe.each(tables)('$id: full results of a batch', (table) => {
  const methodology = table.id as 'spbe-2020' | 'pemdi-2026';
  // Complete level maps, or partial ones with any subset of indicators left out.
  const levelsWithGaps = fc
    .tuple(levelsArbitrary(table), fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }))
    .map(
      ([levels, gaps]) =>
        Object.fromEntries(Object.entries(levels).filter((_, position) => !gaps[position])) as Record<number, number>,
    );
  const levelMaps = fc.oneof(levelsArbitrary(table), levelsWithGaps);

  it('every part of every result is the exact value the table defines, in a batch as alone', () => {
    fc.assert(
      fc.property(fc.array(levelMaps, { minLength: 1, maxLength: 6 }), (batch) => {
        const inputs = batch.map((levels) => ({ methodology, levels, partial: true }));
        const results = computeIndexes(inputs);
        expect(results).toHaveLength(batch.length);
        results.forEach((result, position) => {
          expectMatchesTable(table, batch[position]!, result);
          expect(result).toEqual(computeIndex(inputs[position]!));
        });
        // Results share their frozen entries; computing again gives equal results.
        expect(computeIndexes(inputs)).toEqual(results);
        for (const result of results) {
          for (const entry of [...result.indicators, ...result.aspects, ...result.domains])
            expect(Object.isFrozen(entry)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});
