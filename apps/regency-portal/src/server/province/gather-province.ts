import type { PortalClient } from './portal-client.js';

/** One regency's line in the province view. */
export interface ProvinceRow {
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

/** The province view: one row per regency/city, the distribution by predikat, and each one's trend. */
export interface ProvinceOverview {
  province: string;
  rows: ProvinceRow[];
  distribution: { predicate: string; count: number }[];
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
  const members = await options.membersFrom.GET('/api/public/v1/provinces/{regionCode}/members', { params: { path: { regionCode: options.province } } });
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
        const { data, error } = await client.GET('/api/public/v1/regions/{regionCode}/index-summary', { params: { path: { regionCode: member.regionCode } } });
        if (!data) return { row: { ...base, error: error?.error.message ?? 'unavailable' }, points: [] };
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
            // Only comparable within one methodology.
            change: latest && previous && latest.methodology === previous.methodology ? Math.round((latest.index - previous.index) * 100) / 100 : null,
            isSample: results.some((result) => result.isSample),
          },
          points: results.map((result) => ({ year: result.year, index: result.index })),
        };
      } catch (failure) {
        return { row: { ...base, error: failure instanceof Error ? failure.message : String(failure) }, points: [] };
      }
    }),
  );
  const counts = new Map<string, number>();
  for (const { row } of gathered) if (row.predicate) counts.set(row.predicate, (counts.get(row.predicate) ?? 0) + 1);
  const order = ['Memuaskan', 'Sangat Baik', 'Baik', 'Cukup', 'Kurang'];
  return {
    province: options.province,
    rows: gathered.map(({ row }) => row),
    distribution: order.map((predicate) => ({ predicate, count: counts.get(predicate) ?? 0 })),
    trend: gathered.map(({ row, points }) => ({ regionCode: row.regionCode, points })),
  };
}
