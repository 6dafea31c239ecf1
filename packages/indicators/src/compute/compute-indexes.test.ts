import { describe, expect, it } from 'vitest';
import { computeIndexes } from './compute-indexes.js';
import { computeIndex } from './compute-index.js';
import { explain } from '../explain/explain.js';
import { compare } from '../compare/compare.js';
import { summarize } from '../summarize/summarize.js';
import { planImprovements } from '../plan/plan-improvements.js';
import { predicateOf } from './predicate-of.js';
import { IndexInputError } from '../errors/index-input-error.js';
import { MethodologyError } from '../errors/methodology-error.js';
import { uniformLevels } from '../__fixtures__/levels.js';
import { smallMethodology } from '../__fixtures__/small-methodology.js';
import type { IndexInput, IndexResult } from './index-result.js';

describe('computeIndexes', () => {
  it('computes arrays and iterables in order, full or summary', () => {
    function* inputs(): Generator<IndexInput> {
      yield { methodology: 'spbe-2020', levels: uniformLevels(47, 3) };
      yield { methodology: 'pemdi-2026', levels: uniformLevels(20, 4) };
      yield { methodology: 'spbe-2020', domainScores: { 1: 3.7, 2: 3.4, 3: 3, 4: 3.2 } };
    }
    expect(computeIndexes(inputs(), { mode: 'summary' })).toEqual([
      { index: 3, predicate: 'Baik' },
      { index: 4, predicate: 'Memuaskan' },
      { index: 3.282, predicate: 'Baik' },
    ]);
    expect(computeIndexes([...inputs()]).map((result) => (result as IndexResult).indexDisplay)).toEqual([
      '3.00',
      '4.00',
      '3.28',
    ]);
  });

  it('reports every problem of every input, with the input position first in the path', () => {
    const levels = uniformLevels(47, 3);
    try {
      computeIndexes([
        { methodology: 'spbe-2020', levels },
        { methodology: 'spbe-2020', levels: { ...levels, 5: 0 } },
        { methodology: 'spbe-2020', levels: { ...levels, 9: 'x' as unknown as number, 60: 1 } },
      ]);
      expect.unreachable();
    } catch (error) {
      expect(error).toSatisfy(IndexInputError.isInstance);
      expect((error as IndexInputError).issues.map((issue) => issue.path)).toEqual([
        [1, 'levels', 5],
        [2, 'levels', 9],
        [2, 'levels', 60],
      ]);
    }
  });

  it("ignores unknown keys only when asked ('ignore') and still checks every value", () => {
    const inputs = [{ methodology: 'spbe-2020' as const, levels: { ...uniformLevels(47, 3), 99: 3 } }];
    expect(() => computeIndexes(inputs)).toThrow(expect.toSatisfy(IndexInputError.isInstance));
    expect(computeIndexes(inputs, { mode: 'summary', unknownKeys: 'ignore' })).toEqual([
      { index: 3, predicate: 'Baik' },
    ]);
    expect(() =>
      computeIndexes([{ methodology: 'spbe-2020', levels: { ...uniformLevels(47, 3), 3: 6 } }], {
        unknownKeys: 'ignore',
      }),
    ).toThrow(expect.toSatisfy(IndexInputError.isInstance));
    expect(() => computeIndexes(inputs, { mode: 'fast' as 'full' })).toThrow(
      expect.toSatisfy(IndexInputError.isInstance),
    );
    expect(() => computeIndexes(42 as never)).toThrow(expect.toSatisfy(IndexInputError.isInstance));
  });
});

describe('a user-defined methodology works everywhere a built-in id does', () => {
  const table = smallMethodology([10, 20, 30, 40], 'decimal');

  it('computes, explains, plans, compares, summarizes and classifies', () => {
    const before = computeIndex({ methodology: table, levels: { 1: 1, 2: 2, 3: 2.5, 4: 3 } });
    expect(before).toMatchObject({ methodology: 'kota-2026', indexExact: '2.45', predicate: 'Kurang' });
    expect(before.domains).toEqual([]);
    expect(explain(before).next?.predicate).toBe('Baik');
    // 2.45 → 2.50 needs Σ weight × raise ≥ 5: three steps of 0.05 on the weight-40 indicator (2 each).
    const plan = planImprovements({ current: before, target: 'Baik', step: 0.05 });
    expect(plan).toMatchObject({ reachable: true, cost: 3, levels: { 1: 1, 2: 2, 3: 2.5, 4: 3.15 } });
    const after = computeIndexes([{ methodology: table, levels: { 1: 1, 2: 2, 3: 2.5, 4: 3.15 } }])[0];
    expect(after?.predicate).toBe('Baik');
    if (!after) return;
    expect(compare(before, after).predicate.change).toBe('up');
    expect(summarize([before, after]).ranking.map((entry) => entry.position)).toEqual([1, 0]);
    expect(predicateOf('2.5', table).predicate).toBe('Baik');
  });

  it('an invalid table is refused with every problem', () => {
    expect(() => computeIndex({ methodology: { ...table, aspects: [] }, levels: {} })).toThrow(
      expect.toSatisfy(MethodologyError.isInstance),
    );
  });
});
