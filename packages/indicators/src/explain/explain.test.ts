import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { explain } from './explain.js';
import { computeIndex } from '../compute/compute-index.js';
import { IndicatorsError } from '../errors/indicators-error.js';
import { uniformLevels } from '../__fixtures__/levels.js';
import { smallMethodology } from '../__fixtures__/small-methodology.js';

describe('explain', () => {
  it('explains a result from levels per indicator, exactly', () => {
    const result = computeIndex({ methodology: 'spbe-2020', levels: { ...uniformLevels(47, 3), 42: 1, 1: 5 } });
    const explanation = explain(result);
    expect(explanation.parts).toBe('indicators');
    expect(explanation.contributions).toHaveLength(47);
    const indicator42 = explanation.contributions.find((part) => part.number === 42);
    expect(indicator42).toMatchObject({
      weight: 3,
      value: 1,
      contribution: 0.03,
      gainPerStep: 0.03,
      gainPerStepExact: '0.03',
      heldBack: 0.12,
      heldBackExact: '0.12',
    });
    expect(explanation.contributions.find((part) => part.number === 1)).toMatchObject({ gainPerStep: 0, heldBack: 0 });
    // Indicator 42 (weight 3, level 1) holds back most; ties among the rest are broken by number.
    expect(explanation.holdingBack.map((part) => part.number)).toEqual([42, 43, 44, 45, 46]);
    // 3 + (3 × (1 − 3) + 1.3 × (5 − 3)) / 100 = 2.966
    expect(explanation.indexExact).toBe('2.966');
    expect(explanation.next).toEqual({
      predicate: 'Sangat Baik',
      threshold: 3.5,
      distance: 0.534,
      distanceExact: '0.534',
    });
  });

  it('explains a result from domain scores per domain, and the distance to the next predikat', () => {
    const explanation = explain(
      computeIndex({ methodology: 'spbe-2020', domainScores: { 1: 3.7, 2: 3.4, 3: 3, 4: 3.2 } }),
      { top: 2 },
    );
    expect(explanation.parts).toBe('domains');
    expect(explanation.next).toEqual({
      predicate: 'Sangat Baik',
      threshold: 3.5,
      distance: 0.218,
      distanceExact: '0.218',
    });
    expect(explanation.holdingBack.map((part) => [part.number, part.heldBackExact])).toEqual([
      [4, '0.819'],
      [2, '0.4'],
    ]);
  });

  it('has no next predikat at the top band and a configurable step', () => {
    const explanation = explain(
      computeIndex({ methodology: 'pemdi-2026', levels: { ...uniformLevels(20, 5), 20: 4.9 } }),
      { step: '0.5' },
    );
    expect(explanation.predicate).toBe('Memuaskan');
    expect(explanation.next).toBeNull();
    expect(explanation.contributions.find((part) => part.number === 20)?.gainPerStepExact).toBe('0.015');
  });

  it('works on a result read back from JSON, also for a user-defined methodology', () => {
    const table = smallMethodology([10, 20, 30, 40]);
    const result = computeIndex({ methodology: table, levels: { 1: 1, 2: 2, 3: 3, 4: 4 } });
    expect(explain(result).indexExact).toBe('3');
    const parsed = JSON.parse(JSON.stringify(result)) as typeof result;
    expect(() => explain(parsed)).toThrow(expect.toSatisfy(IndicatorsError.isInstance));
    // Held back: 10 × 4, 20 × 3, 30 × 2, 40 × 1 → indicators 2 and 3 tie at 0.6; the lower number first.
    expect(explain(parsed, { methodology: table }).holdingBack.map((part) => part.number)).toEqual([2, 3, 1, 4]);
    const builtIn = JSON.parse(
      JSON.stringify(computeIndex({ methodology: 'spbe-2020', levels: uniformLevels(47, 2) })),
    ) as typeof result;
    expect(explain(builtIn).predicate).toBe('Cukup');
  });

  it('recomputes instead of trusting a tampered result', () => {
    const result = computeIndex({ methodology: 'spbe-2020', levels: uniformLevels(47, 2) });
    const tampered = { ...JSON.parse(JSON.stringify(result)), index: 4.9, predicate: 'Memuaskan' } as typeof result;
    expect(explain(tampered).predicate).toBe('Cukup');
  });

  it('hostile input only ever produces the package typed error', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (result, step) => {
        for (const call of [
          () => explain(result as never),
          () => explain({ methodology: 'spbe-2020', source: 'levels', indicators: result } as never, { step } as never),
        ]) {
          try {
            call();
          } catch (error) {
            expect(error).toSatisfy(IndicatorsError.isInstance);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
