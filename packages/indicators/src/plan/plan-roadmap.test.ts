import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallMethodology } from '../__fixtures__/small-methodology.js';
import { computeIndex } from '../compute/compute-index.js';
import { IndexInputError } from '../errors/index-input-error.js';
import { Rational } from '../exact/rational.js';
import { parseExactText } from '../exact/exact-input.js';
import type { MethodologyTable } from '../methodology/methodology-table.js';
import { planImprovements } from './plan-improvements.js';
import { planRoadmap } from './plan-roadmap.js';

const r = (value: number | string): Rational => parseExactText(String(value), true) ?? Rational.of(-99n);

/** Exhaustive search with a per-indicator limit: every indicator rises by 0…limit levels (within 5). */
function exhaustiveWithLimit(
  table: MethodologyTable,
  levels: Record<number, number>,
  costs: Record<number, number>,
  limit: number,
  target: Rational,
): number | undefined {
  let best: number | undefined;
  const visit = (position: number, sum: Rational, cost: number): void => {
    const indicator = table.indicators[position];
    if (!indicator) {
      if (sum.divide(Rational.of(100n)).compare(target) >= 0 && (best === undefined || cost < best)) best = cost;
      return;
    }
    const value = levels[indicator.number] ?? 1;
    for (let raise = 0; raise <= limit && value + raise <= 5; raise++)
      visit(
        position + 1,
        sum.add(r(indicator.weight).multiply(r(value + raise))),
        cost + raise * (costs[indicator.number] ?? 1),
      );
  };
  visit(0, Rational.ZERO, 0);
  return best;
}

const weightsArbitrary = fc
  .uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 2, maxLength: 4 })
  .map((cuts) =>
    [0, ...cuts.sort((a, b) => a - b), 100].flatMap((cut, position, all) =>
      position === 0 ? [] : [cut - (all[position - 1] ?? 0)],
    ),
  );

const scenario = fc.record({
  weights: weightsArbitrary,
  values: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 5, maxLength: 5 }),
  costs: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 5, maxLength: 5 }),
  limit: fc.integer({ min: 1, max: 3 }),
  target: fc.integer({ min: 100, max: 500 }),
});

function setUp({ weights, values, costs }: { weights: number[]; values: number[]; costs: number[] }) {
  const table = smallMethodology(weights);
  const levels: Record<number, number> = {};
  const costMap: Record<number, number> = {};
  table.indicators.forEach((indicator, position) => {
    levels[indicator.number] = values[position] ?? 1;
    costMap[indicator.number] = costs[position] ?? 1;
  });
  return { table, levels, costs: costMap };
}

describe('planImprovements with maxRaisePerIndicator', () => {
  it('is still minimum-cost (against exhaustive search) and never raises an indicator more than the limit', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const { table, levels, costs } = setUp(input);
        const target = Rational.of(BigInt(input.target), 100n);
        const expected = exhaustiveWithLimit(table, levels, costs, input.limit, target);
        const plan = planImprovements({
          current: { methodology: table, levels },
          target: { index: target.toExactString() },
          costs,
          maxRaisePerIndicator: input.limit,
        });
        if (expected === undefined) {
          expect(plan.reachable).toBe(false);
          return;
        }
        expect(plan.reachable).toBe(true);
        if (!plan.reachable) return;
        expect(plan.cost).toBe(expected);
        for (const raise of plan.steps) expect(raise.to - raise.from).toBeLessThanOrEqual(input.limit);
        expect(
          r(computeIndex({ methodology: table, levels: plan.levels }).indexExact).compare(target),
        ).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 250 },
    );
  });

  it('no longer asks a regency to raise indicators from 3 to 5 in one year', () => {
    const levels = Object.fromEntries(Array.from({ length: 47 }, (_, i) => [i + 1, 3]));
    const free = planImprovements({ current: { methodology: 'spbe-2020', levels }, target: 'Memuaskan' });
    expect(free.reachable && free.steps.some((raise) => raise.to - raise.from > 1)).toBe(true);
    const paced = planImprovements({
      current: { methodology: 'spbe-2020', levels },
      target: 'Sangat Baik',
      maxRaisePerIndicator: 1,
    });
    expect(paced.reachable).toBe(true);
    if (paced.reachable) expect(paced.steps.every((raise) => raise.to - raise.from === 1)).toBe(true);
    const tooFar = planImprovements({
      current: { methodology: 'spbe-2020', levels },
      target: 'Memuaskan',
      maxRaisePerIndicator: 1,
    });
    expect(tooFar.reachable).toBe(false);
  });

  it('rejects a bad limit with IndexInputError', () => {
    for (const bad of [0, -1, 1.5, 'x', 5])
      expect(() =>
        planImprovements({
          current: {
            methodology: 'spbe-2020',
            levels: Object.fromEntries(Array.from({ length: 47 }, (_, i) => [i + 1, 2])),
          },
          target: 'Baik',
          maxRaisePerIndicator: bad,
        }),
      ).toThrow(IndexInputError);
  });
});

describe('planRoadmap', () => {
  it('a final target: least total cost over all schedules, at most the limit per indicator per year', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 1, max: 3 }), (input, years) => {
        const { table, levels, costs } = setUp(input);
        const target = Rational.of(BigInt(input.target), 100n);
        const expected = exhaustiveWithLimit(table, levels, costs, input.limit * years, target);
        const roadmap = planRoadmap({
          current: { methodology: table, levels },
          target: { index: target.toExactString() },
          costs,
          years,
          maxRaisePerIndicator: input.limit,
        });
        if (expected === undefined) {
          expect(roadmap.reachable).toBe(false);
          return;
        }
        expect(roadmap.reachable).toBe(true);
        if (!roadmap.reachable) return;
        expect(roadmap.cost).toBe(expected);
        expect(roadmap.years).toHaveLength(years);
        let previous = levels;
        for (const year of roadmap.years) {
          for (const indicator of table.indicators) {
            const rise = (year.levels[indicator.number] ?? 0) - (previous[indicator.number] ?? 0);
            expect(rise).toBeGreaterThanOrEqual(0);
            expect(rise).toBeLessThanOrEqual(input.limit);
          }
          expect(year.after.indexExact).toBe(computeIndex({ methodology: table, levels: year.levels }).indexExact);
          previous = year.levels;
        }
        expect(roadmap.years[years - 1]!.after.indexExact).toBe(roadmap.after.indexExact);
        expect(r(roadmap.after.indexExact).compare(target)).toBeGreaterThanOrEqual(0);
        expect(roadmap.years.reduce((sum, year) => sum + year.cost, 0)).toBeCloseTo(roadmap.cost, 9);
      }),
      { numRuns: 200 },
    );
  });

  it('one target per year: each year reaches its own target', () => {
    const levels = Object.fromEntries(Array.from({ length: 47 }, (_, i) => [i + 1, 2]));
    const roadmap = planRoadmap({
      current: { methodology: 'spbe-2020', levels },
      years: 3,
      targets: ['Baik', { index: '3' }, 'Sangat Baik'],
    });
    expect(roadmap.reachable).toBe(true);
    if (!roadmap.reachable) return;
    expect(roadmap.years.map((year) => year.after.predicate)).toEqual(['Baik', 'Baik', 'Sangat Baik']);
    expect(roadmap.years.map((year) => year.target?.indexExact)).toEqual(['2.6', '3', '3.5']);
    expect(roadmap.before.indexExact).toBe('2');
  });

  it('says which year cannot be reached', () => {
    const levels = Object.fromEntries(Array.from({ length: 47 }, (_, i) => [i + 1, 1]));
    const roadmap = planRoadmap({
      current: { methodology: 'spbe-2020', levels },
      years: 2,
      targets: ['Cukup', 'Memuaskan'],
    });
    expect(roadmap).toMatchObject({ reachable: false, year: 2 });
  });

  it('spreads a three-year plan: no year raises an indicator twice', () => {
    const levels = Object.fromEntries(Array.from({ length: 47 }, (_, i) => [i + 1, 3]));
    const roadmap = planRoadmap({ current: { methodology: 'spbe-2020', levels }, years: 3, target: 'Memuaskan' });
    expect(roadmap.reachable).toBe(true);
    if (!roadmap.reachable) return;
    for (const year of roadmap.years) for (const raise of year.steps) expect(raise.to - raise.from).toBe(1);
    expect(roadmap.after.predicate).toBe('Memuaskan');
  });

  it('throws only IndexInputError on hostile options', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (years, target, maxRaise) => {
        try {
          planRoadmap({
            current: {
              methodology: 'pemdi-2026',
              levels: Object.fromEntries(Array.from({ length: 20 }, (_, i) => [i + 1, 2])),
            },
            years: years as number,
            target: target as string,
            maxRaisePerIndicator: maxRaise as number,
          });
        } catch (error) {
          expect(error).toBeInstanceOf(IndexInputError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
