import { compare, computeIndex, computeIndexes, summarize } from '@spbe-kit/indicators';
import type { PortalClient } from './portal-client.js';

/** One regency's line in the province view. */
interface ProvinceRow {
  regionCode: string;
  name: string;
  source: string;
  year: number | null;
  methodology: string | null;
  index: number | null;
  indexDisplay: string | null;
  predicate: string | null;
  previousIndex: number | null;
  change: number | null;
  isSample: boolean;
  error: string | null;
}

/** Statistics of the latest results under one methodology (`summarize` of `@spbe-kit/indicators`). */
interface ProvinceStatistics {
  methodology: string;
  count: number;
  mean: string | null;
  median: string | null;
  min: string | null;
  max: string | null;
  ranking: { regionCode: string; rank: number }[];
}

/** The province view: one row per regency/city, the distribution by predikat, and each one's trend. */
export interface ProvinceOverview {
  province: string;
  rows: ProvinceRow[];
  distribution: { predicate: string; count: number }[];
  statistics: ProvinceStatistics[];
  trend: { regionCode: string; points: { year: number; index: number }[] }[];
}

/**
 * Gathers the province view from each regency's public API (`public.index-summary`), the way a province
 * gathers separate regency deployments: the members list comes from `membersFrom`, each regency from the
 * deployment `sourceOf(regionCode)` names. A deployment that fails shows as an error row, never as missing.
 */
export async function gatherProvince(options: {
  province: string;
  membersFrom: PortalClient;
  clientFor: (regionCode: string) => { client: PortalClient; source: string };
}): Promise<ProvinceOverview> {
  const members = await options.membersFrom.GET('/api/public/v1/provinces/{regionCode}/members', {
    params: { path: { regionCode: options.province } },
  });
  const list = members.data?.members ?? [];
  const gathered = await Promise.all(
    list.map(async (member) => {
      const { client, source } = options.clientFor(member.regionCode);
      const base: ProvinceRow = {
        regionCode: member.regionCode,
        name: member.name,
        source,
        year: null,
        methodology: null,
        index: null,
        indexDisplay: null,
        predicate: null,
        previousIndex: null,
        change: null,
        isSample: false,
        error: null,
      };
      try {
        const { data, error } = await client.GET('/api/public/v1/regions/{regionCode}/index-summary', {
          params: { path: { regionCode: member.regionCode } },
        });
        if (!data)
          return { row: { ...base, error: error?.error.message ?? 'unavailable' }, points: [], latest: undefined };
        const results = data.results;
        const latest = results.at(-1);
        const previous = results.at(-2);
        return {
          row: {
            ...base,
            year: latest?.year ?? null,
            methodology: latest?.methodology ?? null,
            index: latest?.index ?? null,
            indexDisplay: latest?.indexDisplay ?? null,
            predicate: latest?.predicate ?? null,
            previousIndex: previous?.index ?? null,
            // Only comparable within one methodology; exact, from the aspect scores (`compare`).
            change:
              latest && previous && latest.methodology === previous.methodology
                ? compare(
                    computeIndex({ methodology: previous.methodology, aspectScores: previous.aspectScoresExact }),
                    computeIndex({ methodology: latest.methodology, aspectScores: latest.aspectScoresExact }),
                  ).index.delta
                : null,
            isSample: results.some((result) => result.isSample),
          },
          points: results.map((result) => ({ year: result.year, index: result.index })),
          latest,
        };
      } catch (failure) {
        return {
          row: { ...base, error: failure instanceof Error ? failure.message : String(failure) },
          points: [],
          latest: undefined,
        };
      }
    }),
  );
  // The province's statistics come from the calculator: each regency's latest result is recomputed from its exact
  // aspect scores and summarised per methodology (mean, median, range, ranking with ties, count per predikat).
  const statistics: ProvinceStatistics[] = [];
  const counts = new Map<string, number>();
  const methodologies = [...new Set(gathered.flatMap(({ latest }) => (latest ? [latest.methodology] : [])))];
  for (const methodology of methodologies) {
    const members = gathered.filter(({ latest }) => latest?.methodology === methodology);
    const summary = summarize(
      computeIndexes(members.map(({ latest }) => ({ methodology, aspectScores: latest!.aspectScoresExact }))),
    );
    for (const predicate of summary.predicates)
      counts.set(predicate.predicate, (counts.get(predicate.predicate) ?? 0) + predicate.count);
    statistics.push({
      methodology,
      count: summary.count,
      mean: summary.index?.mean.display ?? null,
      median: summary.index?.median.display ?? null,
      min: summary.index?.min.display ?? null,
      max: summary.index?.max.display ?? null,
      ranking: summary.ranking.map((entry) => ({
        regionCode: members[entry.position]!.row.regionCode,
        rank: entry.rank,
      })),
    });
  }
  const order = ['Memuaskan', 'Sangat Baik', 'Baik', 'Cukup', 'Kurang'];
  return {
    province: options.province,
    rows: gathered.map(({ row }) => row),
    distribution: order.map((predicate) => ({ predicate, count: counts.get(predicate) ?? 0 })),
    statistics,
    trend: gathered.map(({ row, points }) => ({ regionCode: row.regionCode, points })),
  };
}
