import { compare, computeIndex, computeIndexes, summarize } from '@spbe-kit/indicators';
import type { MethodologyId } from '../assessments/assessment-schemas.js';
import type { GatheredMember, GatheredProvince, MemberResult } from './gather-province.js';

/** Whether a regency has a verified result in the chosen column. */
export type RowStatus = 'verified' | 'not-submitted' | 'error';

/** One regency's line in the province view, for one year and one methodology. */
interface ProvinceRow {
  regionCode: string;
  name: string;
  source: string;
  status: RowStatus;
  year: number | null;
  methodology: string | null;
  index: number | null;
  indexDisplay: string | null;
  predicate: string | null;
  previousYear: number | null;
  previousIndex: number | null;
  change: number | null;
  isSample: boolean;
  error: string | null;
  /** Every verified result of the regency (for the drill-down), oldest first. */
  history: Omit<MemberResult, 'aspectScoresExact' | 'isSample'>[];
}

/** Statistics of one column (`summarize` of `@spbe-kit/indicators`). */
interface ProvinceStatistics {
  methodology: string;
  year: number;
  count: number;
  mean: string | null;
  median: string | null;
  min: string | null;
  max: string | null;
  ranking: { regionCode: string; rank: number }[];
}

/** The province view of one column: a year under one methodology, never mixing methodologies. */
export interface ProvinceView {
  province: string;
  selected: { year: number | null; methodology: MethodologyId | null };
  /** The (year, methodology) pairs with at least one verified result, newest first. */
  columns: { year: number; methodology: MethodologyId; count: number }[];
  rows: ProvinceRow[];
  distribution: { predicate: string; count: number }[];
  statistics: ProvinceStatistics[];
  /** Each regency's index over the years, under the chosen methodology only. */
  trend: { regionCode: string; points: { year: number; index: number }[] }[];
}

const predicateOrder = ['Memuaskan', 'Sangat Baik', 'Baik', 'Cukup', 'Kurang'];

/** The columns with results, newest year first; within a year the methodology with the most results first. */
function columnsOf(members: readonly GatheredMember[]): ProvinceView['columns'] {
  const counts = new Map<string, { year: number; methodology: MethodologyId; count: number }>();
  for (const member of members)
    for (const result of member.results) {
      const key = `${result.year}|${result.methodology}`;
      const entry = counts.get(key) ?? { year: result.year, methodology: result.methodology, count: 0 };
      entry.count += 1;
      counts.set(key, entry);
    }
  return [...counts.values()].sort(
    (a, b) => b.year - a.year || b.count - a.count || b.methodology.localeCompare(a.methodology),
  );
}

/** The column asked for, completed from the data: the latest year of a methodology, the main methodology of a year. */
function resolveSelection(
  columns: ProvinceView['columns'],
  asked: { year?: number | undefined; methodology?: MethodologyId | undefined },
): ProvinceView['selected'] {
  const match = columns.find(
    (column) =>
      (asked.year === undefined || column.year === asked.year) &&
      (asked.methodology === undefined || column.methodology === asked.methodology),
  );
  return {
    year: asked.year ?? match?.year ?? null,
    methodology: asked.methodology ?? match?.methodology ?? null,
  };
}

function rowOf(member: GatheredMember, selected: ProvinceView['selected']): ProvinceRow {
  const current = member.results.find(
    (result) => result.year === selected.year && result.methodology === selected.methodology,
  );
  // The change is measured against the latest earlier year under the same methodology, exactly (`compare`).
  const previous = member.results
    .filter((result) => result.methodology === selected.methodology && result.year < (selected.year ?? 0))
    .at(-1);
  const change =
    current && previous
      ? compare(
          computeIndex({ methodology: previous.methodology, aspectScores: previous.aspectScoresExact }),
          computeIndex({ methodology: current.methodology, aspectScores: current.aspectScoresExact }),
        ).index.delta
      : null;
  return {
    regionCode: member.regionCode,
    name: member.name,
    source: member.source,
    status: member.error ? 'error' : current ? 'verified' : 'not-submitted',
    year: current?.year ?? null,
    methodology: current?.methodology ?? null,
    index: current?.index ?? null,
    indexDisplay: current?.indexDisplay ?? null,
    predicate: current?.predicate ?? null,
    previousYear: previous?.year ?? null,
    previousIndex: previous?.index ?? null,
    change,
    isSample: member.results.some((result) => result.isSample),
    error: member.error,
    history: member.results.map(({ aspectScoresExact: _exact, isSample: _sample, ...result }) => result),
  };
}

/**
 * The province view of one column. The statistics come from the calculator: each regency's result is recomputed
 * from its exact aspect scores and summarised (mean, median, range, ranking with ties, count per predikat).
 */
export function provinceView(
  gathered: GatheredProvince,
  asked: { year?: number | undefined; methodology?: MethodologyId | undefined },
): ProvinceView {
  const columns = columnsOf(gathered.members);
  const selected = resolveSelection(columns, asked);
  const rows = gathered.members.map((member) => rowOf(member, selected));
  const inColumn = gathered.members.flatMap((member) => {
    const result = member.results.find(
      (candidate) => candidate.year === selected.year && candidate.methodology === selected.methodology,
    );
    return result ? [{ member, result }] : [];
  });
  const statistics: ProvinceStatistics[] = [];
  const counts = new Map<string, number>();
  if (inColumn.length > 0 && selected.methodology && selected.year) {
    const methodology = selected.methodology;
    const summary = summarize(
      computeIndexes(inColumn.map(({ result }) => ({ methodology, aspectScores: result.aspectScoresExact }))),
    );
    for (const predicate of summary.predicates) counts.set(predicate.predicate, predicate.count);
    statistics.push({
      methodology,
      year: selected.year,
      count: summary.count,
      mean: summary.index?.mean.display ?? null,
      median: summary.index?.median.display ?? null,
      min: summary.index?.min.display ?? null,
      max: summary.index?.max.display ?? null,
      ranking: summary.ranking.map((entry) => ({
        regionCode: inColumn[entry.position]!.member.regionCode,
        rank: entry.rank,
      })),
    });
  }
  return {
    province: gathered.province,
    selected,
    columns,
    rows,
    distribution: predicateOrder.map((predicate) => ({ predicate, count: counts.get(predicate) ?? 0 })),
    statistics,
    trend: gathered.members.map((member) => ({
      regionCode: member.regionCode,
      points: member.results
        .filter((result) => result.methodology === selected.methodology)
        .map((result) => ({ year: result.year, index: result.index })),
    })),
  };
}
