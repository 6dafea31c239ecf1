import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeIndex } from '../compute/compute-index.js';
import { HistoryError } from '../errors/history-error.js';
import { IndicatorsError } from '../errors/indicators-error.js';
import { indexHistory, type HistoryEntry } from './index-history.js';

const spbe = (score: number) =>
  computeIndex({ methodology: 'spbe-2020', domainScores: { 1: score, 2: score, 3: score, 4: score } });
const pemdi = (level: number) =>
  computeIndex({
    methodology: 'pemdi-2026',
    levels: Object.fromEntries(Array.from({ length: 20 }, (_, position) => [position + 1, level])),
  });

function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new TypeError('expected an error');
}

describe('indexHistory', () => {
  it('sorts each series by year with exact changes, and keeps spbe-2020 and pemdi-2026 apart', () => {
    const history = indexHistory([
      { year: 2026, result: pemdi(2) },
      { year: 2024, result: spbe(3) },
      { year: 2023, result: spbe(2.5) },
      { year: 2025, result: spbe(3.2) },
      { year: 2027, result: pemdi(2.5) },
    ]);
    expect(history.series.map((series) => [series.methodology, series.from, series.to])).toEqual([
      ['spbe-2020', 2023, 2025],
      ['pemdi-2026', 2026, 2027],
    ]);
    expect(history.series[0]!.points.map((point) => [point.year, point.indexDisplay, point.deltaExact])).toEqual([
      [2023, '2.50', null],
      [2024, '3.00', '0.5'],
      [2025, '3.20', '0.2'],
    ]);
    expect(history.series[1]!.points.map((point) => [point.year, point.predicate, point.deltaExact])).toEqual([
      [2026, 'Cukup', null],
      [2027, 'Baik', '0.5'],
    ]);
  });

  it('keeps an incomplete year as a point without index, and no change across it', () => {
    const partial = computeIndex({ methodology: 'spbe-2020', partial: true, domainScores: { 1: 3 } });
    const history = indexHistory([
      { year: 2023, result: spbe(2) },
      { year: 2024, result: partial },
      { year: 2025, result: spbe(3) },
    ]);
    expect(history.series[0]!.points.map((point) => [point.complete, point.indexExact, point.deltaExact])).toEqual([
      [true, '2', null],
      [false, null, null],
      [true, '3', null],
    ]);
  });

  it('rejects a year given twice for one methodology, naming both entries in both languages', () => {
    const error = thrown(() =>
      indexHistory([
        { year: 2024, result: spbe(3) },
        { year: 2025, result: spbe(3) },
        { year: 2024, result: spbe(2) },
      ]),
    );
    expect(HistoryError.isInstance(error)).toBe(true);
    const history = error as HistoryError;
    expect(history.code).toBe('indicators.history_duplicate_year');
    expect(history.path).toEqual([2, 'year']);
    expect(history.format('id')).toContain('entri 1 dan 3');
    expect(history.format('en')).toContain('entries 1 and 3');
  });

  it('accepts the same year under two methodologies (two series)', () => {
    const history = indexHistory([
      { year: 2026, result: spbe(3) },
      { year: 2026, result: pemdi(3) },
    ]);
    expect(history.series.map((series) => series.methodology)).toEqual(['pemdi-2026', 'spbe-2020']);
  });

  it('rejects bad years and entries with typed errors', () => {
    for (const [entries, code] of [
      [[{ year: 2024.5, result: spbe(3) }], 'indicators.history_invalid_year'],
      [[{ year: '2024', result: spbe(3) }], 'indicators.history_invalid_year'],
      [[{ year: 0, result: spbe(3) }], 'indicators.history_invalid_year'],
      [[null], 'indicators.history_invalid_entry'],
      ['2024', 'indicators.history_invalid_entry'],
    ] as const) {
      const error = thrown(() => indexHistory(entries as unknown as HistoryEntry[]));
      expect(HistoryError.isInstance(error)).toBe(true);
      expect((error as HistoryError).code).toBe(code);
    }
  });

  it('recomputes each result: a result with a forged index is rejected or corrected, never trusted', () => {
    const forged = { ...spbe(2), index: 4.9, indexExact: '4.9', indexDisplay: '4.90', predicate: 'Memuaskan' };
    const history = indexHistory([{ year: 2024, result: forged }]);
    expect(history.series[0]!.points[0]!.indexExact).toBe('2');
  });
});

const entryArbitrary = fc.record({
  year: fc.integer({ min: 2018, max: 2040 }),
  methodology: fc.constantFrom('spbe-2020', 'pemdi-2026'),
  score: fc.integer({ min: 10, max: 50 }).map((tenths) => tenths / 10),
});

describe('indexHistory properties', () => {
  it('never mixes methodologies, sorts by year, and rejects exactly the histories with a repeated year', () => {
    fc.assert(
      fc.property(fc.array(entryArbitrary, { maxLength: 12 }), (raw) => {
        const entries = raw.map((entry) => ({
          year: entry.year,
          result: entry.methodology === 'spbe-2020' ? spbe(entry.score) : pemdi(entry.score),
        }));
        const keys = raw.map((entry) => `${entry.methodology}:${entry.year}`);
        const repeated = new Set(keys).size !== keys.length;
        let history;
        try {
          history = indexHistory(entries);
        } catch (error) {
          expect(HistoryError.isInstance(error) && error.code === 'indicators.history_duplicate_year').toBe(true);
          expect(repeated).toBe(true);
          return;
        }
        expect(repeated).toBe(false);
        expect(history.series.reduce((count, series) => count + series.points.length, 0)).toBe(entries.length);
        for (const series of history.series) {
          for (const point of series.points)
            expect(entries[point.position]!.result.methodology).toBe(series.methodology);
          const years = series.points.map((point) => point.year);
          expect(years).toEqual([...years].sort((a, b) => a - b));
          expect(new Set(years).size).toBe(years.length);
        }
        expect(new Set(history.series.map((series) => series.methodology)).size).toBe(history.series.length);
      }),
    );
  });

  it('hostile entries give a typed error or a history, never a crash', () => {
    fc.assert(
      fc.property(fc.array(fc.anything(), { maxLength: 5 }), (entries) => {
        try {
          indexHistory(entries as HistoryEntry[]);
        } catch (error) {
          expect(IndicatorsError.isInstance(error)).toBe(true);
        }
      }),
    );
  });
});
