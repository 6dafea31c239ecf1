import { describe, expect, it } from 'vitest';
import {
  compare,
  computeIndex,
  computeIndexes,
  explain,
  getMethodology,
  methodologyShape,
  planImprovements,
  predicateOf,
  summarize,
  validateMethodology,
} from './index.js';

// The README's examples, so the documentation cannot drift from the code.
describe('README examples', () => {
  it('computeIndex: the regulation example', () => {
    const result = computeIndex({ methodology: 'spbe-2020', domainScores: { 1: 3.7, 2: 3.4, 3: 3.0, 4: 3.2 } });
    expect([result.indexExact, result.indexDisplay, result.predicate]).toEqual(['3.282', '3.28', 'Baik']);
  });

  it('explain', () => {
    const levels = Object.fromEntries(Array.from({ length: 47 }, (_, i) => [i + 1, i === 41 ? 1 : 3]));
    const { next, holdingBack } = explain(computeIndex({ methodology: 'spbe-2020', levels }));
    expect(next).toEqual({ predicate: 'Sangat Baik', threshold: 3.5, distance: 0.56, distanceExact: '0.56' });
    expect(holdingBack.map((part) => part.number)).toEqual([42, 43, 44, 45, 46]);
  });

  it('planImprovements', () => {
    const levels = Object.fromEntries(Array.from({ length: 47 }, (_, i) => [i + 1, 3]));
    const result = computeIndex({ methodology: 'spbe-2020', levels });
    const plan = planImprovements({ current: result, target: 'Sangat Baik', costs: { 42: 3 }, fixed: [45, 46, 47] });
    expect(plan.reachable).toBe(true);
    if (plan.reachable) {
      expect(plan.after.predicate).toBe('Sangat Baik');
      expect(plan.steps.some((raise) => [45, 46, 47].includes(raise.number))).toBe(false);
    }
  });

  it('compare and summarize', () => {
    const y2023 = computeIndex({ methodology: 'spbe-2020', domainScores: { 1: 2, 2: 2, 3: 1.5, 4: 3 } });
    const y2024 = computeIndex({ methodology: 'spbe-2020', domainScores: { 1: 3.7, 2: 3.4, 3: 3.0, 4: 3.2 } });
    const change = compare(y2023, y2024);
    expect(change.index.deltaDisplay).toBe('+0.91');
    expect(change.predicate).toEqual({ previous: 'Cukup', current: 'Baik', change: 'up', bands: 1 });
    expect(summarize([y2024, y2023]).index?.median.display).toBe('2.83');
  });

  it('computeIndexes summary mode', () => {
    expect(
      computeIndexes([{ methodology: 'spbe-2020', domainScores: { 1: 3.7, 2: 3.4, 3: 3, 4: 3.2 } }], {
        mode: 'summary',
      }),
    ).toEqual([{ index: 3.282, predicate: 'Baik' }]);
  });

  it('predicateOf, your own methodology, methodologyShape', () => {
    expect(predicateOf('3.4985', 'spbe-2020').predicate).toBe('Baik');
    expect(predicateOf(3.5, 'spbe-2020').predicate).toBe('Sangat Baik');
    expect(predicateOf(4, 'pemdi-2026').level?.name).toEqual({ id: 'Unggul', en: 'Leading' });
    const internal = validateMethodology({ ...getMethodology('pemdi-2026'), id: 'kota-balikpapan-2026', version: '1' });
    const levels = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [i + 1, 2.5]));
    expect(computeIndex({ methodology: internal, levels })).toMatchObject({
      methodology: 'kota-balikpapan-2026',
      indexExact: '2.5',
      predicate: 'Baik',
    });
    expect(methodologyShape('pemdi-2026').externalIndexIndicatorNumbers).toEqual([5, 6, 7, 18]);
  });
});
