import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeIndexes } from './compute-indexes.js';
import { IndexInputError } from '../errors/index-input-error.js';
import { pemdi2026 } from '../methodologies/pemdi-2026.js';
import { spbe2020 } from '../methodologies/spbe-2020.js';
import { levelsArbitrary } from '../__fixtures__/random-levels.js';
import type { MethodologyTable } from '../methodology/methodology-table.js';

const tables: MethodologyTable[] = [spbe2020, pemdi2026];

/** The issues of a failing call, or undefined when it succeeds. */
function issuesOf(run: () => unknown): IndexInputError['issues'] | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    expect(error).toSatisfy(IndexInputError.isInstance);
    return (error as IndexInputError).issues;
  }
}

describe.each(tables)('$id: unknown keys', (table) => {
  const methodology = table.id as 'spbe-2020' | 'pemdi-2026';
  const known = new Set(table.indicators.map((indicator) => String(indicator.number)));
  // Keys that are not indicator numbers: other numbers, numbers written differently, any text.
  const extraKey = fc
    .oneof(
      fc.integer({ min: 0, max: 100_000 }).map(String),
      fc.integer({ min: 1, max: 99 }).map((number) => `0${number}`),
      fc.string({ maxLength: 12 }),
    )
    .filter((key) => !known.has(key) && key !== '__proto__');

  it('every extra own enumerable key is reported once; with ignore the result is the same as without it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(levelsArbitrary(table), fc.uniqueArray(extraKey, { maxLength: 4 })), {
          minLength: 1,
          maxLength: 5,
        }),
        (batch) => {
          const clean = batch.map(([levels]) => ({ methodology, levels }));
          const withExtra = batch.map(([levels, keys]) => ({
            methodology,
            levels: { ...levels, ...Object.fromEntries(keys.map((key) => [key, 3])) },
          }));
          const issues = issuesOf(() => computeIndexes(withExtra));
          const expected = batch.flatMap(([, keys], position) =>
            keys.map((key) => ({ position, key })).sort((a, b) => Number(a.key < b.key) - Number(a.key > b.key)),
          );
          if (expected.length === 0) {
            expect(issues).toBeUndefined();
          } else {
            expect(issues).toHaveLength(expected.length);
            for (const issue of issues ?? []) {
              expect(['indicators.unknown_number', 'indicators.invalid_key']).toContain(issue.code);
              expect(issue.path.slice(0, 2)).toEqual([issue.path[0], 'levels']);
              expect(issue.message.id.length).toBeGreaterThan(0);
              expect(issue.message.en.length).toBeGreaterThan(0);
            }
            const reported = (issues ?? []).map((issue) => `${String(issue.path[0])}:${String(issue.path[2])}`).sort();
            expect(reported).toEqual(expected.map(({ position, key }) => `${position}:${key}`).sort());
          }
          for (const mode of ['full', 'summary'] as const) {
            expect(computeIndexes(withExtra, { mode, unknownKeys: 'ignore' })).toEqual(computeIndexes(clean, { mode }));
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('symbol keys, non-enumerable keys and inherited keys are not keys of the levels', () => {
    fc.assert(
      fc.property(levelsArbitrary(table), fc.string({ maxLength: 8 }), (levels, name) => {
        const withHidden: Record<PropertyKey, unknown> = Object.create({ 999: 3, inherited: 3 }) as Record<
          PropertyKey,
          unknown
        >;
        Object.assign(withHidden, levels);
        withHidden[Symbol(name)] = 3;
        Object.defineProperty(withHidden, `hidden ${name}`, { value: 3, enumerable: false });
        expect(computeIndexes([{ methodology, levels: withHidden as Record<number, number> }])).toEqual(
          computeIndexes([{ methodology, levels }]),
        );
      }),
      { numRuns: 50 },
    );
  });

  it('an unknown key behind a getter is reported as unknown, even when the getter throws', () => {
    fc.assert(
      fc.property(levelsArbitrary(table), extraKey, fc.boolean(), (levels, key, throws) => {
        const withGetter = { ...levels };
        Object.defineProperty(withGetter, key, {
          enumerable: true,
          get() {
            if (throws) throw new RangeError('refused');
            return 3;
          },
        });
        const issues = issuesOf(() => computeIndexes([{ methodology, levels: withGetter }]));
        expect(issues?.map((issue) => issue.path)).toEqual([
          [0, 'levels', /^(?:0|[1-9]\d*)$/.test(key) ? Number(key) : key],
        ]);
        expect(['indicators.unknown_number', 'indicators.invalid_key']).toContain(issues?.[0]?.code);
      }),
      { numRuns: 50 },
    );
  });

  it('Map levels: extra entries are reported, numbers given twice (number and text) too', () => {
    fc.assert(
      fc.property(
        levelsArbitrary(table),
        fc.uniqueArray(extraKey, { maxLength: 3 }),
        fc.boolean(),
        (levels, keys, twice) => {
          const map = new Map<number | string, number>(
            Object.entries(levels).map(([key, value]) => [Number(key), value]),
          );
          for (const key of keys) map.set(key, 3);
          const first = table.indicators[0]!.number;
          if (twice) map.set(String(first), 3);
          const issues = issuesOf(() => computeIndexes([{ methodology, levels: map }]));
          expect(issues?.length ?? 0).toBe(keys.length + (twice ? 1 : 0));
          expect(computeIndexes([{ methodology, levels: map }], { unknownKeys: 'ignore' })).toEqual(
            computeIndexes([{ methodology, levels }]),
          );
        },
      ),
      { numRuns: 50 },
    );
  });
});
