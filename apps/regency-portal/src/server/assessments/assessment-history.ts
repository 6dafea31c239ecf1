import { computeIndex, indexHistory } from '@spbe-kit/indicators';
import { z } from 'zod';
import { methodologyIds } from './assessment-schemas.js';
import { valuesOf, type AssessmentRow, type EntryRow } from './assessment-store.js';

/** One methodology's years: spbe-2020 and pemdi-2026 are never one series (different indicators and bands). */
export const historySeriesSchema = z.object({
  methodology: z.enum(methodologyIds),
  from: z.number().int(),
  to: z.number().int(),
  points: z.array(
    z.object({
      year: z.number().int(),
      index: z.number(),
      indexDisplay: z.string(),
      predicate: z.string(),
      /** Change since the previous year of the same series, `null` for its first year. */
      delta: z.number().nullable(),
      /** Which values the year's result uses: the assessor's once verified, the self-assessment before. */
      basis: z.enum(['assessor', 'self']),
      isSample: z.boolean(),
    }),
  ),
});

/** The history of an agency as the dashboard shows it. */
export type HistorySeriesDto = z.input<typeof historySeriesSchema>;

/**
 * The agency's index over the years with `indexHistory` of `@spbe-kit/indicators`: one series per methodology,
 * each year's result from the assessor's values once verified (else the self-assessment), years without a
 * complete result left out, the change from one year to the next computed exactly.
 */
export function agencyHistory(
  rows: readonly AssessmentRow[],
  values: ReadonlyMap<string, readonly EntryRow[]>,
): HistorySeriesDto[] {
  const years = rows.map((row) => {
    const basis = row.status === 'verified' || row.status === 'locked' ? ('assessor' as const) : ('self' as const);
    const result = computeIndex({
      methodology: row.methodology,
      levels: valuesOf(values.get(row.id) ?? [], basis),
      partial: true,
    });
    return { row, basis, result };
  });
  const complete = years.filter((year) => year.result.complete);
  const history = indexHistory(complete.map(({ row, result }) => ({ year: row.year, result })));
  return history.series.map((series) => ({
    methodology: series.methodology as HistorySeriesDto['methodology'],
    from: series.from,
    to: series.to,
    points: series.points.map((point) => {
      const { row, basis } = complete[point.position]!;
      return {
        year: point.year,
        index: point.index!,
        indexDisplay: point.indexDisplay!,
        predicate: point.predicate!,
        delta: point.delta,
        basis,
        isSample: row.is_sample,
      };
    }),
  }));
}
