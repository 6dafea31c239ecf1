import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeIndex } from './compute-index.js';
import { computeIndexes } from './compute-indexes.js';
import { predicateOf } from './predicate-of.js';
import { IndicatorsError } from '../errors/indicators-error.js';
import { parseExactText } from '../exact/exact-input.js';
import { Rational } from '../exact/rational.js';
import { pemdi2026 } from '../methodologies/pemdi-2026.js';
import { spbe2020 } from '../methodologies/spbe-2020.js';
import { levelsArbitrary } from '../__fixtures__/random-levels.js';
import type { MethodologyTable } from '../methodology/methodology-table.js';

const exact = (text: string | null): Rational => parseExactText(text ?? 'x', true) ?? Rational.of(-1n);
const tables: MethodologyTable[] = [spbe2020, pemdi2026];

describe.each(tables)('$id properties', (table) => {
  const methodology = table.id as 'spbe-2020' | 'pemdi-2026';

  it('every index lies in [1, 5]', () => {
    fc.assert(
      fc.property(levelsArbitrary(table), (levels) => {
        const result = computeIndex({ methodology, levels });
        const value = exact(result.indexExact);
        expect(value.compare(Rational.ONE)).toBeGreaterThanOrEqual(0);
        expect(value.compare(Rational.of(5n))).toBeLessThanOrEqual(0);
        expect(result.index).toBe(value.toNumber());
        expect(result.indexDisplay).toBe(value.toFixed(2));
      }),
      { numRuns: 200 },
    );
  });

  it('raising any indicator never lowers the index', () => {
    fc.assert(
      fc.property(
        levelsArbitrary(table),
        fc.nat(table.indicators.length - 1),
        fc.integer({ min: 1, max: 400 }),
        (levels, position, hundredths) => {
          const number = table.indicators[position]?.number ?? 1;
          const current = levels[number] ?? 1;
          const step = table.valueDomain === 'integer' ? 1 : hundredths / 100;
          const raised = Math.min(5, Number((current + step).toFixed(6)));
          const before = computeIndex({ methodology, levels });
          const after = computeIndex({ methodology, levels: { ...levels, [number]: raised } });
          expect(exact(after.indexExact).compare(exact(before.indexExact))).toBeGreaterThanOrEqual(0);
          const bandRank = (predicate: string): number => table.bands.findIndex((band) => band.predicate === predicate);
          expect(bandRank(after.predicate)).toBeLessThanOrEqual(bandRank(before.predicate));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the index from levels equals the index from the derived aspect scores and domain scores', () => {
    fc.assert(
      fc.property(levelsArbitrary(table), (levels) => {
        const fromLevels = computeIndex({ methodology, levels });
        const aspectScores = Object.fromEntries(fromLevels.aspects.map((aspect) => [aspect.id, aspect.exact]));
        const fromAspects = computeIndex({ methodology, aspectScores });
        expect(fromAspects.indexExact).toBe(fromLevels.indexExact);
        expect(fromAspects.predicate).toBe(fromLevels.predicate);
        expect(fromAspects.domains).toEqual(fromLevels.domains);
        if (fromLevels.domains.length > 0) {
          const domainScores = Object.fromEntries(fromLevels.domains.map((domain) => [domain.id, domain.exact]));
          const fromDomains = computeIndex({ methodology, domainScores });
          expect(fromDomains.indexExact).toBe(fromLevels.indexExact);
          expect(fromDomains.indexDisplay).toBe(fromLevels.indexDisplay);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('summary mode agrees with full results', () => {
    fc.assert(
      fc.property(fc.array(levelsArbitrary(table), { maxLength: 8 }), (batch) => {
        const inputs = batch.map((levels) => ({ methodology, levels }));
        const full = computeIndexes(inputs);
        const summary = computeIndexes(inputs, { mode: 'summary' });
        expect(summary).toEqual(full.map((result) => ({ index: result.index, predicate: result.predicate })));
      }),
      { numRuns: 50 },
    );
  });

  it('every band boundary classifies into the upper band, the exact value just below into the lower band', () => {
    const bands = [...table.bands].sort((a, b) => a.from - b.from);
    for (let position = 1; position < bands.length; position++) {
      const lower = bands[position - 1]!;
      const upper = bands[position]!;
      expect(predicateOf(String(upper.from), methodology).predicate).toBe(upper.predicate);
      for (let places = 2; places <= 18; places++) {
        const below = Rational.of(BigInt(Math.round(upper.from * 100)), 100n).subtract(
          Rational.of(1n, 10n ** BigInt(places)),
        );
        expect(predicateOf(below.toExactString(), methodology).predicate).toBe(lower.predicate);
      }
    }
  });

  it('hostile input only ever produces the package typed error', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (levels, other) => {
        for (const input of [
          levels,
          { methodology, levels },
          { methodology, aspectScores: levels },
          { methodology: other, levels },
          { methodology, levels, partial: other },
        ]) {
          try {
            computeIndex(input as never);
          } catch (error) {
            expect(error).toSatisfy(IndicatorsError.isInstance);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('hostile values inside a level map produce issues naming the indicator', () => {
    fc.assert(
      fc.property(
        levelsArbitrary(table),
        fc.nat(table.indicators.length - 1),
        fc.anything(),
        (levels, position, value) => {
          const number = table.indicators[position]?.number ?? 1;
          try {
            computeIndex({ methodology, levels: { ...levels, [number]: value as number } });
          } catch (error) {
            expect(error).toSatisfy(IndicatorsError.isInstance);
            expect((error as IndicatorsError).issues.some((issue) => issue.path.includes(number))).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

/** Finds levels (1–5) of spbe-2020 whose index numerator, in units of 0.05 / 100, is exactly `target`. */
function spbeLevelsFor(target: number): Record<number, number> | undefined {
  const units = spbe2020.indicators.map((indicator) => Math.round(indicator.weight * 20));
  const reachable: (Int8Array | undefined)[] = [];
  let current = new Set<number>([0]);
  for (const [position, weight] of units.entries()) {
    const choice = new Int8Array(target + 1).fill(0);
    const next = new Set<number>();
    for (const sum of current) {
      for (let level = 1; level <= 5; level++) {
        const total = sum + weight * level;
        if (total <= target && !next.has(total)) {
          next.add(total);
          choice[total] = level;
        }
      }
    }
    reachable[position] = choice;
    current = next;
  }
  if (!current.has(target)) return undefined;
  const levels: Record<number, number> = {};
  let rest = target;
  for (let position = units.length - 1; position >= 0; position--) {
    const level = reachable[position]?.[rest] ?? 0;
    levels[position + 1] = level;
    rest -= (units[position] ?? 0) * level;
  }
  return levels;
}

describe('boundaries reached from levels with the smallest possible step', () => {
  it('spbe-2020: the index moves in steps of 0.0005; each boundary and the step below it classify correctly', () => {
    for (const [bound, upper, lower] of [
      [1.8, 'Cukup', 'Kurang'],
      [2.6, 'Baik', 'Cukup'],
      [3.5, 'Sangat Baik', 'Baik'],
      [4.2, 'Memuaskan', 'Sangat Baik'],
    ] as const) {
      const atBound = spbeLevelsFor(Math.round(bound * 2000));
      const below = spbeLevelsFor(Math.round(bound * 2000) - 1);
      expect(atBound && below).toBeTruthy();
      const resultAt = computeIndex({ methodology: 'spbe-2020', levels: atBound ?? {} });
      const resultBelow = computeIndex({ methodology: 'spbe-2020', levels: below ?? {} });
      expect(resultAt.indexExact).toBe(String(bound));
      expect(resultAt.predicate).toBe(upper);
      expect(exact(resultAt.indexExact).subtract(exact(resultBelow.indexExact)).toExactString()).toBe('0.0005');
      expect(resultBelow.predicate).toBe(lower);
    }
  });

  it('pemdi-2026: the index moves in steps of 0.00000001; each boundary and the step below it classify correctly', () => {
    for (const [bound, upper, lower] of [
      [1.5, 'Cukup', 'Kurang'],
      [2.5, 'Baik', 'Cukup'],
      [3.5, 'Sangat Baik', 'Baik'],
      [4, 'Memuaskan', 'Sangat Baik'],
    ] as const) {
      const levels: Record<number, number> = {};
      for (let number = 1; number <= 20; number++) levels[number] = bound;
      const resultAt = computeIndex({ methodology: 'pemdi-2026', levels });
      expect(resultAt.indexExact).toBe(String(bound));
      expect(resultAt.predicate).toBe(upper);
      // weight 4 × (−0.000001) + weight 3 × (+0.000001) = −0.000001 → index −0.00000001
      const below = computeIndex({
        methodology: 'pemdi-2026',
        levels: { ...levels, 16: Number((bound - 0.000001).toFixed(6)), 18: Number((bound + 0.000001).toFixed(6)) },
      });
      expect(exact(resultAt.indexExact).subtract(exact(below.indexExact)).toExactString()).toBe('0.00000001');
      expect(below.predicate).toBe(lower);
      expect(below.indexDisplay).toBe(resultAt.indexDisplay);
    }
  });
});
