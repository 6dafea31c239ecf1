import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { summarize, QUARTILE_METHOD } from './summarize.js';
import { quantile } from './quantile.js';
import { computeIndex } from '../compute/compute-index.js';
import { computeIndexes } from '../compute/compute-indexes.js';
import { IndicatorsError } from '../errors/indicators-error.js';
import { MethodologyMismatchError } from '../errors/methodology-mismatch-error.js';
import { Rational } from '../exact/rational.js';
import { uniformLevels } from '../__fixtures__/levels.js';

const byDomains = (...scores: number[][]) =>
  computeIndexes(
    scores.map(([a = 1, b = 1, c = 1, d = 1]) => ({
      methodology: 'spbe-2020' as const,
      domainScores: { 1: a, 2: b, 3: c, 4: d },
    })),
  );

describe('quantile (type 7)', () => {
  it('matches the textbook values of Excel QUARTILE.INC / NumPy', () => {
    const values = [1, 2, 3, 4].map((value) => Rational.of(BigInt(value)));
    expect(quantile(values, Rational.of(1n, 4n)).toExactString()).toBe('1.75');
    expect(quantile(values, Rational.of(1n, 2n)).toExactString()).toBe('2.5');
    expect(quantile(values, Rational.of(3n, 4n)).toExactString()).toBe('3.25');
    expect(quantile([Rational.of(7n)], Rational.of(1n, 4n)).toExactString()).toBe('7');
  });
});

describe('summarize', () => {
  it('counts per predikat and gives exact statistics, per-domain means and a ranking with ties', () => {
    const results = byDomains([3, 3, 3, 3], [4, 4, 4, 4], [3, 3, 3, 3], [2, 2, 2, 2], [4.5, 4.5, 4.5, 4.5]);
    const summary = summarize(results);
    expect(summary.count).toBe(5);
    expect(summary.predicates.map((entry) => [entry.predicate, entry.count])).toEqual([
      ['Memuaskan', 1],
      ['Sangat Baik', 1],
      ['Baik', 2],
      ['Cukup', 1],
      ['Kurang', 0],
    ]);
    expect(summary.index?.mean.exact).toBe('3.3');
    expect(summary.index?.median.exact).toBe('3');
    expect(summary.index?.q1.exact).toBe('3');
    expect(summary.index?.q3.exact).toBe('4');
    expect(summary.index?.min).toEqual({ value: 2, exact: '2', display: '2.00' });
    expect(summary.index?.maxPositions).toEqual([4]);
    expect(summary.quartileMethod).toBe(QUARTILE_METHOD);
    expect(summary.domains.map((domain) => domain.mean?.exact)).toEqual(['3.3', '3.3', '3.3', '3.3']);
    expect(summary.aspects.every((aspect) => aspect.count === 0 && aspect.mean === null)).toBe(true);
    expect(summary.ranking.map((entry) => [entry.rank, entry.position])).toEqual([
      [1, 4],
      [2, 1],
      [3, 0],
      [3, 2],
      [5, 3],
    ]);
  });

  it('ranks on the exact value: 3.4985 and 3.50 look equal but are not tied', () => {
    const results = computeIndexes([
      { methodology: 'spbe-2020', domainScores: { 1: '3.4985', 2: '3.4985', 3: '3.4985', 4: '3.4985' } },
      { methodology: 'spbe-2020', domainScores: { 1: 3.5, 2: 3.5, 3: 3.5, 4: 3.5 } },
    ]);
    const summary = summarize(results);
    expect(summary.ranking.map((entry) => [entry.rank, entry.indexDisplay, entry.predicate])).toEqual([
      [1, '3.50', 'Sangat Baik'],
      [2, '3.50', 'Baik'],
    ]);
  });

  it('leaves incomplete results out and counts them', () => {
    const levels = uniformLevels(20, 3);
    delete levels[20];
    const results = [
      computeIndex({ methodology: 'pemdi-2026', levels, partial: true }),
      computeIndex({ methodology: 'pemdi-2026', levels: uniformLevels(20, 2) }),
    ];
    const summary = summarize(results);
    expect(summary.incompletePositions).toEqual([0]);
    expect(summary.index?.mean.exact).toBe('2');
    expect(summary.aspects.find((aspect) => aspect.id === 1)?.count).toBe(1);
  });

  it('refuses mixed methodologies and empty input without a methodology', () => {
    const spbe = computeIndex({ methodology: 'spbe-2020', levels: uniformLevels(47, 2) });
    const pemdi = computeIndex({ methodology: 'pemdi-2026', levels: uniformLevels(20, 2) });
    expect(() => summarize([spbe, pemdi])).toThrow(expect.toSatisfy(MethodologyMismatchError.isInstance));
    expect(() => summarize([])).toThrow(expect.toSatisfy(IndicatorsError.isInstance));
    expect(summarize([], { methodology: 'pemdi-2026' }).index).toBeNull();
  });

  it('the mean lies between min and max and the quartiles are ordered', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 100, max: 500 }), fc.integer({ min: 100, max: 500 })), {
          minLength: 1,
          maxLength: 12,
        }),
        (pairs) => {
          const summary = summarize(byDomains(...pairs.map(([a, b]) => [a / 100, b / 100, a / 100, b / 100])));
          const stats = summary.index;
          expect(stats).not.toBeNull();
          if (!stats) return;
          const order = [stats.min, stats.q1, stats.median, stats.q3, stats.max].map((stat) => stat.value);
          expect([...order].sort((a, b) => a - b)).toEqual(order);
          expect(stats.mean.value).toBeGreaterThanOrEqual(stats.min.value);
          expect(stats.mean.value).toBeLessThanOrEqual(stats.max.value);
          expect(summary.predicates.reduce((sum, entry) => sum + entry.count, 0)).toBe(pairs.length);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('hostile input only ever produces the package typed error', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        for (const input of [value, [value]]) {
          try {
            summarize(input as never);
          } catch (error) {
            expect(error).toSatisfy(IndicatorsError.isInstance);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
