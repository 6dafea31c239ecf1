import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compare } from './compare.js';
import { computeIndex } from '../compute/compute-index.js';
import { IndicatorsError } from '../errors/indicators-error.js';
import { MethodologyMismatchError } from '../errors/methodology-mismatch-error.js';
import { uniformLevels } from '../__fixtures__/levels.js';

describe('compare', () => {
  it('gives exact year-over-year deltas per indicator, aspect and domain and the predikat change', () => {
    const previous = computeIndex({ methodology: 'spbe-2020', levels: uniformLevels(47, 2) });
    const current = computeIndex({ methodology: 'spbe-2020', levels: { ...uniformLevels(47, 2), 42: 5, 1: 1 } });
    const change = compare(previous, current);
    expect(change.index).toMatchObject({
      previous: 2,
      current: 2.077,
      deltaExact: '0.077',
      deltaDisplay: '+0.08',
      previousDisplay: '2.00',
      currentDisplay: '2.08',
    });
    expect(change.predicate).toEqual({ previous: 'Cukup', current: 'Cukup', change: 'same', bands: 0 });
    expect(change.indicators.find((part) => part.number === 42)).toMatchObject({
      previous: 2,
      current: 5,
      delta: 3,
      deltaExact: '3',
    });
    expect(change.indicators.find((part) => part.number === 1)?.deltaExact).toBe('-1');
    expect(change.aspects.find((part) => part.number === 1)?.deltaExact).toBe('-0.1');
    expect(change.aspects.find((part) => part.number === 8)?.deltaExact).toBe('0.5');
    // Domain 4: (45.5 × 2 + 3 × 3) / 45.5 − 2 = 9 / 45.5
    expect(change.domains.find((part) => part.number === 4)?.deltaExact).toBe('18/91');
  });

  it('compares results from domain scores and reports the bands moved', () => {
    const y2023 = computeIndex({ methodology: 'spbe-2020', domainScores: { 1: 2, 2: 2, 3: 1.5, 4: 3 } });
    const y2024 = computeIndex({ methodology: 'spbe-2020', domainScores: { 1: 3.7, 2: 3.4, 3: 3.0, 4: 3.2 } });
    const change = compare(y2023, y2024);
    expect(change.index.deltaExact).toBe('0.9095');
    expect(change.index.deltaDisplay).toBe('+0.91');
    expect(change.predicate).toEqual({ previous: 'Cukup', current: 'Baik', change: 'up', bands: 1 });
    expect(change.indicators).toEqual([]);
    expect(compare(y2024, y2023).index.deltaDisplay).toBe('-0.91');
    expect(compare(y2024, y2023).predicate.change).toBe('down');
  });

  it('refuses results of different methodologies', () => {
    const spbe = computeIndex({ methodology: 'spbe-2020', levels: uniformLevels(47, 2) });
    const pemdi = computeIndex({ methodology: 'pemdi-2026', levels: uniformLevels(20, 2) });
    expect(() => compare(spbe, pemdi)).toThrow(expect.toSatisfy(MethodologyMismatchError.isInstance));
  });

  it('hostile input only ever produces the package typed error', () => {
    const valid = computeIndex({ methodology: 'pemdi-2026', levels: uniformLevels(20, 2) });
    fc.assert(
      fc.property(fc.anything(), (other) => {
        try {
          compare(valid, other as never);
        } catch (error) {
          expect(error).toSatisfy(IndicatorsError.isInstance);
        }
      }),
      { numRuns: 200 },
    );
  });
});
