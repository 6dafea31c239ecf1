import { HistoryError } from '../errors/history-error.js';
import { rationalFrom } from '../exact/exact-input.js';
import type { Rational } from '../exact/rational.js';
import type { IndexResult, PartialIndexResult } from '../compute/index-result.js';
import { readResult } from '../compute/read-result.js';
import type { MethodologyRef } from '../methodology/methodology-table.js';

/**
 * One year of an agency's history: the evaluation year and that year's index result.
 *
 * @example
 * ```ts
 * import { computeIndex, type HistoryEntry } from '@spbe-kit/indicators';
 * const entry: HistoryEntry = { year: 2024, result: computeIndex({ methodology: 'spbe-2020', domainScores: { 1: 3, 2: 3, 3: 3, 4: 3 } }) };
 * ```
 */
export interface HistoryEntry {
  /** The evaluation year, a whole number from 1 to 9999. */
  readonly year: number;
  /** The result of that year (recomputed from what it carries; a stored index is never trusted). */
  readonly result: IndexResult | PartialIndexResult;
}

/**
 * One year of a series: the index and predikat (`null` while the result is incomplete) and the exact
 * change since the previous year of the same series when both are complete.
 *
 * @example
 * ```ts
 * import { computeIndex, indexHistory, type HistoryPoint } from '@spbe-kit/indicators';
 * const result = computeIndex({ methodology: 'spbe-2020', domainScores: { 1: 3, 2: 3, 3: 3, 4: 3 } });
 * const point: HistoryPoint | undefined = indexHistory([{ year: 2024, result }]).series[0]?.points[0];
 * point?.indexDisplay; // '3.00'
 * ```
 */
export interface HistoryPoint {
  readonly year: number;
  /** Position of the entry in the input. */
  readonly position: number;
  readonly complete: boolean;
  /** The index (closest double), `null` when incomplete. */
  readonly index: number | null;
  /** The exact index, `null` when incomplete. */
  readonly indexExact: string | null;
  /** The index rounded half-up to two decimals, `null` when incomplete. */
  readonly indexDisplay: string | null;
  /** The predikat, `null` when incomplete. */
  readonly predicate: string | null;
  /** Index change since the previous year of this series (closest double), `null` for the first or an incomplete year. */
  readonly delta: number | null;
  /** The same change, exact. */
  readonly deltaExact: string | null;
}

/**
 * The years of one methodology, oldest first. Two methodologies are never one series: their indices
 * are measured on different indicators and bands.
 *
 * @example
 * ```ts
 * import { computeIndex, indexHistory, type HistorySeries } from '@spbe-kit/indicators';
 * const result = computeIndex({ methodology: 'spbe-2020', domainScores: { 1: 3, 2: 3, 3: 3, 4: 3 } });
 * const series: HistorySeries | undefined = indexHistory([{ year: 2024, result }]).series[0];
 * series?.methodology; // 'spbe-2020'
 * ```
 */
export interface HistorySeries {
  /** Methodology id shared by every point. */
  readonly methodology: string;
  /** First and last year. */
  readonly from: number;
  readonly to: number;
  /** One point a year, sorted by year. */
  readonly points: readonly HistoryPoint[];
}

/**
 * What {@link indexHistory} returns: one series per methodology, the series that starts first first
 * (ties by methodology id).
 *
 * @example
 * ```ts
 * import { indexHistory, type IndexHistory } from '@spbe-kit/indicators';
 * const history: IndexHistory = indexHistory([]); // { series: [] }
 * ```
 */
export interface IndexHistory {
  readonly series: readonly HistorySeries[];
}

/**
 * Options of {@link indexHistory}.
 *
 * @example
 * ```ts
 * import type { IndexHistoryOptions, MethodologyTable } from '@spbe-kit/indicators';
 * declare const table: MethodologyTable;
 * const options: IndexHistoryOptions = { methodology: table };
 * ```
 */
export interface IndexHistoryOptions {
  /** The methodology table, for results of a user-defined methodology read back from JSON. */
  readonly methodology?: MethodologyRef;
}

interface Checked {
  readonly year: number;
  readonly position: number;
  readonly result: PartialIndexResult;
}

function checkedEntry(entry: unknown, position: number, options: IndexHistoryOptions): Checked {
  if (typeof entry !== 'object' || entry === null)
    throw new HistoryError(
      'indicators.history_invalid_entry',
      {
        id: `Entri riwayat ${position + 1} harus berupa objek { year, result }`,
        en: `History entry ${position + 1} must be an object { year, result }`,
      },
      [position],
    );
  const { year, result } = entry as { year?: unknown; result?: unknown };
  if (typeof year !== 'number' || !Number.isSafeInteger(year) || year < 1 || year > 9999)
    throw new HistoryError(
      'indicators.history_invalid_year',
      {
        id: `Tahun entri riwayat ${position + 1} harus bilangan bulat 1–9999`,
        en: `The year of history entry ${position + 1} must be a whole number 1–9999`,
      },
      [position, 'year'],
    );
  return { year, position, result: readResult(result, [position, 'result'], options.methodology).result };
}

function exactIndex(result: PartialIndexResult): Rational | undefined {
  return result.complete ? rationalFrom(result.indexExact, true) : undefined;
}

function pointsOf(entries: readonly Checked[]): HistoryPoint[] {
  let before: Rational | undefined;
  return entries.map(({ year, position, result }) => {
    const now = exactIndex(result);
    const difference = before && now ? now.subtract(before) : undefined;
    before = now;
    return {
      year,
      position,
      complete: result.complete,
      index: result.complete ? result.index : null,
      indexExact: result.complete ? result.indexExact : null,
      indexDisplay: result.complete ? result.indexDisplay : null,
      predicate: result.complete ? result.predicate : null,
      delta: difference ? difference.toNumber() : null,
      deltaExact: difference ? difference.toExactString() : null,
    };
  });
}

function duplicateYear(methodology: string, first: Checked, second: Checked): HistoryError {
  return new HistoryError(
    'indicators.history_duplicate_year',
    {
      id: `Tahun ${second.year} (${methodology}) muncul dua kali: entri ${first.position + 1} dan ${second.position + 1}`,
      en: `Year ${second.year} (${methodology}) is given twice: entries ${first.position + 1} and ${second.position + 1}`,
    },
    [second.position, 'year'],
  );
}

/**
 * One agency's index over the years, kept per methodology: spbe-2020 years and pemdi-2026 years
 * become two series, never one line, because the two regulations measure different indicators on
 * different bands. Each series is sorted by year with the exact change from one year to the next;
 * a year given twice for the same methodology is an error (a {@link HistoryError} naming both
 * entries). Every result is recomputed from the values it carries, as {@link compare} does.
 *
 * @throws {HistoryError} an entry that is not an object, a bad year, or a year given twice.
 * @example
 * ```ts
 * import { computeIndex, indexHistory } from '@spbe-kit/indicators';
 * const spbe = (score: number) => computeIndex({ methodology: 'spbe-2020', domainScores: { 1: score, 2: score, 3: score, 4: score } });
 * const history = indexHistory([
 *   { year: 2024, result: spbe(3) },
 *   { year: 2023, result: spbe(2.5) },
 * ]);
 * history.series[0]?.points.map((point) => [point.year, point.deltaExact]); // [[2023, null], [2024, '0.5']]
 * ```
 */
export function indexHistory(entries: readonly HistoryEntry[], options: IndexHistoryOptions = {}): IndexHistory {
  if (!Array.isArray(entries))
    throw new HistoryError(
      'indicators.history_invalid_entry',
      { id: 'Riwayat harus berupa array', en: 'A history must be an array' },
      [],
    );
  const byMethodology = new Map<string, Checked[]>();
  (entries as readonly unknown[]).forEach((entry, position) => {
    const checked = checkedEntry(entry, position, options);
    const list = byMethodology.get(checked.result.methodology) ?? [];
    list.push(checked);
    byMethodology.set(checked.result.methodology, list);
  });
  const series: HistorySeries[] = [];
  for (const [methodology, list] of byMethodology) {
    const sorted = [...list].sort((a, b) => a.year - b.year || a.position - b.position);
    sorted.forEach((entry, position) => {
      const previous = sorted[position - 1];
      if (previous?.year === entry.year) throw duplicateYear(methodology, previous, entry);
    });
    series.push({ methodology, from: sorted[0]!.year, to: sorted.at(-1)!.year, points: pointsOf(sorted) });
  }
  series.sort(
    (a, b) => a.from - b.from || (a.methodology < b.methodology ? -1 : a.methodology > b.methodology ? 1 : 0),
  );
  return { series };
}
