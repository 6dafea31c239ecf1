import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planImprovements, planWith, type ImprovementPlan } from './plan-improvements.js';
import { computeIndex } from '../compute/compute-index.js';
import { IndicatorsError } from '../errors/indicators-error.js';
import { IndexInputError } from '../errors/index-input-error.js';
import { parseExactText } from '../exact/exact-input.js';
import { Rational } from '../exact/rational.js';
import { smallMethodology } from '../__fixtures__/small-methodology.js';
import { uniformLevels } from '../__fixtures__/levels.js';
import { levelsArbitrary } from '../__fixtures__/random-levels.js';
import { spbe2020 } from '../methodologies/spbe-2020.js';
import { pemdi2026 } from '../methodologies/pemdi-2026.js';
import type { MethodologyTable } from '../methodology/methodology-table.js';

const r = (value: number | string): Rational => parseExactText(String(value), true) ?? Rational.of(-99n);

/** Exhaustive search: every combination of step counts; the least cost that reaches the target (undefined: unreachable). */
function exhaustiveMinimumCost(
  table: MethodologyTable,
  levels: Record<number, number>,
  costs: Record<number, number>,
  ceilings: Record<number, number>,
  fixed: number[],
  step: Rational,
  target: Rational,
): number | undefined {
  const options = table.indicators.map((indicator) => {
    const value = r(levels[indicator.number] ?? 1);
    const ceiling = fixed.includes(indicator.number) ? value : r(ceilings[indicator.number] ?? 5);
    const choices: { value: Rational; steps: number }[] = [{ value, steps: 0 }];
    let current = value;
    while (current.compare(ceiling) < 0) {
      const next = current.add(step);
      current = next.compare(ceiling) > 0 ? ceiling : next;
      choices.push({ value: current, steps: choices.length });
    }
    return { weight: r(indicator.weight), cost: costs[indicator.number] ?? 1, choices };
  });
  let best: number | undefined;
  const visit = (position: number, sum: Rational, cost: number): void => {
    if (best !== undefined && cost >= best && cost > 0) return;
    const option = options[position];
    if (!option) {
      if (sum.divide(Rational.of(100n)).compare(target) >= 0 && (best === undefined || cost < best)) best = cost;
      return;
    }
    for (const choice of option.choices)
      visit(position + 1, sum.add(option.weight.multiply(choice.value)), cost + choice.steps * option.cost);
  };
  visit(0, Rational.ZERO, 0);
  return best;
}

function checkPlan(
  plan: ImprovementPlan,
  table: MethodologyTable,
  levels: Record<number, number>,
  target: Rational,
  expected: number | undefined,
): void {
  if (expected === undefined) {
    expect(plan.reachable).toBe(false);
    return;
  }
  expect(plan.reachable).toBe(true);
  if (!plan.reachable) return;
  expect(plan.cost).toBe(expected);
  // The plan is real: recomputing from its levels reaches the target, and only listed indicators moved.
  const after = computeIndex({ methodology: table, levels: plan.levels });
  expect(r(after.indexExact).compare(target)).toBeGreaterThanOrEqual(0);
  expect(after.indexExact).toBe(plan.after.indexExact);
  for (const indicator of table.indicators) {
    const moved = plan.steps.find((raise) => raise.number === indicator.number);
    expect(plan.levels[indicator.number]).toBe(moved ? moved.to : levels[indicator.number]);
  }
}

const weightsArbitrary = fc
  .uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 2, maxLength: 4 })
  .map((cuts) =>
    [0, ...cuts.sort((a, b) => a - b), 100].flatMap((cut, position, all) =>
      position === 0 ? [] : [cut - (all[position - 1] ?? 0)],
    ),
  );

describe('planImprovements — optimal against exhaustive search', () => {
  it('integer levels: random small methodologies, costs, ceilings, fixed indicators and targets', () => {
    fc.assert(
      fc.property(
        weightsArbitrary,
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 5, maxLength: 5 }),
        fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 5, maxLength: 5 }),
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 5, maxLength: 5 }),
        fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
        fc.integer({ min: 100, max: 500 }),
        fc.constantFrom(1, 2),
        (weights, values, costValues, ceilingValues, fixedFlags, targetHundredths, step) => {
          const table = smallMethodology(weights);
          const levels: Record<number, number> = {};
          const costs: Record<number, number> = {};
          const ceilings: Record<number, number> = {};
          const fixed: number[] = [];
          table.indicators.forEach((indicator, position) => {
            levels[indicator.number] = values[position] ?? 1;
            costs[indicator.number] = costValues[position] ?? 1;
            ceilings[indicator.number] = ceilingValues[position] ?? 5;
            if (fixedFlags[position]) fixed.push(indicator.number);
          });
          const target = Rational.of(BigInt(targetHundredths), 100n);
          const expected = exhaustiveMinimumCost(
            table,
            levels,
            costs,
            ceilings,
            fixed,
            Rational.of(BigInt(step)),
            target,
          );
          const options = {
            current: { methodology: table, levels },
            target: { index: target.toExactString() },
            costs,
            ceilings,
            fixed,
            step,
          };
          checkPlan(planImprovements(options), table, levels, target, expected);
          checkPlan(planWith(options, 'by-gain'), table, levels, target, expected);
        },
      ),
      { numRuns: 250 },
    );
  });

  it('decimal values with a configurable step stop at the ceiling', () => {
    fc.assert(
      fc.property(
        weightsArbitrary,
        fc.array(fc.integer({ min: 100, max: 500 }), { minLength: 5, maxLength: 5 }),
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 5, maxLength: 5 }),
        fc.integer({ min: 100, max: 500 }),
        fc.constantFrom(0.5, 0.75, 1, 1.25),
        (weights, hundredths, costValues, targetHundredths, step) => {
          const table = smallMethodology(weights, 'decimal');
          const levels: Record<number, number> = {};
          const costs: Record<number, number> = {};
          table.indicators.forEach((indicator, position) => {
            levels[indicator.number] = (hundredths[position] ?? 100) / 100;
            costs[indicator.number] = costValues[position] ?? 1;
          });
          const target = Rational.of(BigInt(targetHundredths), 100n);
          const expected = exhaustiveMinimumCost(table, levels, costs, {}, [], r(step), target);
          const options = {
            current: { methodology: table, levels },
            target: { index: targetHundredths / 100 },
            costs,
            step,
          };
          checkPlan(planImprovements(options), table, levels, target, expected);
          checkPlan(planWith(options, 'by-gain'), table, levels, target, expected);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('planImprovements — two independent methods agree on full methodologies', () => {
  it.each([spbe2020, pemdi2026])('$id: DP over cost and DP over gain find the same minimum cost', (table) => {
    fc.assert(
      fc.property(
        levelsArbitrary(table),
        fc.constantFrom(...table.bands.map((band) => band.predicate)),
        fc.array(fc.integer({ min: 1, max: 3 }), {
          minLength: table.indicators.length,
          maxLength: table.indicators.length,
        }),
        (levels, predicate, costList) => {
          const costs = Object.fromEntries(
            table.indicators.map((indicator, position) => [indicator.number, costList[position] ?? 1]),
          );
          const current = { methodology: table.id as 'spbe-2020', levels };
          const byCost = planWith({ current, target: predicate, costs }, 'by-cost');
          const byGain = planWith({ current, target: predicate, costs }, 'by-gain');
          expect(byCost.reachable).toBe(byGain.reachable);
          if (byCost.reachable && byGain.reachable) {
            expect(byCost.cost).toBe(byGain.cost);
            expect(
              byCost.after.predicate === predicate ||
                byCost.alreadyMet ||
                r(byCost.after.indexExact).compare(r(byCost.target.indexExact)) >= 0,
            ).toBe(true);
            expect(r(byGain.after.indexExact).compare(r(byGain.target.indexExact))).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('planImprovements — behaviour', () => {
  it('raises a full spbe-2020 assessment two predikat bands (Cukup → Sangat Baik) at least cost', () => {
    const plan = planImprovements({
      current: { methodology: 'spbe-2020', levels: uniformLevels(47, 2) },
      target: 'Sangat Baik',
    });
    expect(plan.reachable).toBe(true);
    if (!plan.reachable) return;
    expect(plan.before.predicate).toBe('Cukup');
    expect(plan.after.predicate).toBe('Sangat Baik');
    // From 2.00 to 3.50 needs Σ weight × steps ≥ 150 at one unit per step. The heaviest steps:
    // 6 × 3 steps of 3.00 (54) + 10 × 3 steps of 2.75 (82.5) + 6 steps of 2.50 (15) = 151.5 in 54 steps;
    // 53 steps give at most 54 + 82.5 + 12.5 = 149 < 150.
    expect(plan.cost).toBe(54);
    expect(plan.after.indexExact).toBe('3.515');
    expect(plan.steps.every((raise) => raise.to <= 5 && raise.from === 2)).toBe(true);
  });

  it('says clearly when a target is unreachable', () => {
    const fixed = spbe2020.indicators.map((indicator) => indicator.number).filter((number) => number !== 47);
    const plan = planImprovements({
      current: { methodology: 'spbe-2020', levels: uniformLevels(47, 2) },
      target: 'Baik',
      fixed,
    });
    expect(plan.reachable).toBe(false);
    if (plan.reachable) return;
    expect(plan.best.indexExact).toBe('2.09');
    expect(plan.shortfallExact).toBe('0.51');
    expect(plan.reason.en).toMatch(/cannot be reached/);
    expect(plan.reason.id).toMatch(/tidak dapat dicapai/);
  });

  it('returns an empty plan when the target is already met', () => {
    const plan = planImprovements({
      current: computeIndex({ methodology: 'spbe-2020', levels: uniformLevels(47, 4) }),
      target: { index: 3.5 },
    });
    expect(plan).toMatchObject({ reachable: true, alreadyMet: true, cost: 0, steps: [] });
  });

  it('rejects bad options with typed errors listing every problem', () => {
    try {
      planImprovements({
        current: { methodology: 'spbe-2020', levels: uniformLevels(47, 2) },
        target: 'Luar Biasa',
        costs: { 99: 1, 2: -1 },
        ceilings: { 3: 6 },
        fixed: [48],
        step: 0.5,
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toSatisfy(IndexInputError.isInstance);
      expect((error as IndexInputError).issues.map((issue) => issue.path.join('.'))).toEqual([
        'target.predicate',
        'costs.2',
        'costs.99',
        'ceilings.3',
        'fixed',
        'step',
      ]);
    }
  });

  it('needs indicator values', () => {
    const fromDomains = computeIndex({ methodology: 'spbe-2020', domainScores: { 1: 3, 2: 3, 3: 3, 4: 3 } });
    expect(() => planImprovements({ current: fromDomains, target: 'Baik' })).toThrow(/levels/);
  });

  it('hostile options only ever produce the package typed error', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (target, costs, step) => {
        try {
          planImprovements({
            current: { methodology: 'pemdi-2026', levels: uniformLevels(20, 2) },
            target,
            costs,
            step,
          } as never);
        } catch (error) {
          expect(error).toSatisfy(IndicatorsError.isInstance);
        }
        try {
          planImprovements(target as never);
        } catch (error) {
          expect(error).toSatisfy(IndicatorsError.isInstance);
        }
      }),
      { numRuns: 200 },
    );
  });
});
