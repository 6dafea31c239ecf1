import { methodologyLabels, predikatLabels } from '@spbe-kit/models';
import { z } from 'zod';
import { agencyParams, methodologyIds } from '../assessments/assessment-schemas.js';
import { defineRoute } from '../http/route.js';
import { gatherProvince } from '../province/gather-province.js';
import { createPortalClient } from '../province/portal-client.js';
import { ProvinceCache } from '../province/province-cache.js';
import type { ProvinceView, RowStatus } from '../province/province-view.js';
import type { PortalServices } from '../services.js';
import { writeCsv, type SheetCell } from '../spreadsheets/csv-writer.js';
import { writeXlsx } from '../spreadsheets/xlsx-writer.js';

const rowSchema = z.object({
  regionCode: z.string(),
  name: z.string(),
  source: z.string(),
  status: z.enum(['verified', 'not-submitted', 'error']),
  year: z.number().int().nullable(),
  methodology: z.string().nullable(),
  index: z.number().nullable(),
  indexDisplay: z.string().nullable(),
  predicate: z.string().nullable(),
  previousYear: z.number().int().nullable(),
  previousIndex: z.number().nullable(),
  change: z.number().nullable(),
  isSample: z.boolean(),
  error: z.string().nullable(),
  history: z.array(
    z.object({
      year: z.number().int(),
      methodology: z.string(),
      index: z.number(),
      indexDisplay: z.string(),
      predicate: z.string(),
      aspectScores: z.record(z.string(), z.number()),
    }),
  ),
});

const overviewSchema = z.object({
  province: z.string(),
  selected: z.object({ year: z.number().int().nullable(), methodology: z.string().nullable() }),
  columns: z.array(z.object({ year: z.number().int(), methodology: z.string(), count: z.number().int() })),
  rows: z.array(rowSchema),
  distribution: z.array(z.object({ predicate: z.string(), count: z.number().int() })),
  statistics: z.array(
    z.object({
      methodology: z.string(),
      year: z.number().int(),
      count: z.number().int(),
      mean: z.string().nullable(),
      median: z.string().nullable(),
      min: z.string().nullable(),
      max: z.string().nullable(),
      ranking: z.array(z.object({ regionCode: z.string(), rank: z.number().int() })),
    }),
  ),
  trend: z.array(
    z.object({ regionCode: z.string(), points: z.array(z.object({ year: z.number().int(), index: z.number() })) }),
  ),
});

/** One column of the province: a year under one methodology (spbe-2020 and pemdi-2026 are never mixed). */
const columnQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  methodology: z.enum(methodologyIds).optional(),
});

/** The JSON text of each cached view, made once. */
const serialized = new WeakMap<ProvinceView, string>();

/** One cache per running portal (its services), so test portals never share results. */
const caches = new WeakMap<PortalServices, ProvinceCache>();

/** The province view of a column, gathered from each deployment's public API and cached (ADR 0076). */
function overviewOf(services: PortalServices, province: string, query: z.output<typeof columnQuery>) {
  let cache = caches.get(services);
  if (!cache) caches.set(services, (cache = new ProvinceCache()));
  return cache.view(services.db, province, query, async () => {
    const self = services.publicBaseUrl();
    const sources = services.config.provinceMemberUrls;
    const own = createPortalClient(self);
    const gathered = await gatherProvince({
      province,
      membersFrom: own,
      clientFor: (regionCode) => {
        const source = sources[regionCode] ?? self;
        return { client: source === self ? own : createPortalClient(source), source };
      },
    });
    return { gathered, hasRemote: gathered.members.some((member) => member.source !== self) };
  });
}

export const provinceOverviewRoute = defineRoute({
  id: 'province.overview',
  method: 'get',
  path: '/api/agencies/{agencyId}/province-overview',
  summary:
    "Province coordinator: every regency/city's verified index in one year under one methodology (by default the latest), which have none yet, each one's history, statistics and distribution; gathered from each deployment's public API and cached",
  tag: 'province',
  access: { kind: 'permission', permission: 'province:read', ownAgency: true },
  params: agencyParams,
  query: columnQuery,
  response: overviewSchema,
  async handler({ services, params, query }) {
    // A cached view is sent as the JSON text made when it was first sent (the same view for every coordinator).
    const view = await overviewOf(services, params.agencyId, query);
    let body = serialized.get(view);
    if (body === undefined) serialized.set(view, (body = JSON.stringify(view)));
    return new Response(body, { headers: { 'Content-Type': 'application/json' } });
  },
});

const statusLabels: Record<RowStatus, string> = {
  verified: 'Terverifikasi',
  'not-submitted': 'Belum ada hasil terverifikasi',
  error: 'Gagal dihubungi',
};

/** The column as a sheet in Indonesian: names and labels, never codes; numbers rounded as the portal shows them. */
function provinceSheet(view: ProvinceView): SheetCell[][] {
  const decimal = (value: number | null, display: string | null) =>
    value === null ? null : Number(display ?? value.toFixed(2));
  const methodologyName = (id: string | null) =>
    id ? (methodologyLabels[id as keyof typeof methodologyLabels]?.id ?? id) : null;
  return [
    ['Kode wilayah', 'Kabupaten/kota', 'Tahun', 'Metodologi', 'Indeks', 'Predikat', 'Perubahan', 'Status'],
    ...view.rows.map((row) => [
      row.regionCode,
      row.name,
      view.selected.year,
      methodologyName(view.selected.methodology),
      decimal(row.index, row.indexDisplay),
      row.predicate ? (predikatLabels[row.predicate as keyof typeof predikatLabels]?.id ?? row.predicate) : null,
      decimal(row.change, row.change === null ? null : row.change.toFixed(2)),
      statusLabels[row.status],
    ]),
  ];
}

export const provinceExportRoute = defineRoute({
  id: 'province.export',
  method: 'get',
  path: '/api/agencies/{agencyId}/province-overview/export',
  summary:
    'Province coordinator: the chosen column (year and methodology) as CSV (semicolons, decimal commas) or xlsx (numbers), with the regencies that have no verified result; text cells starting with = + - @ are neutralised',
  tag: 'province',
  access: { kind: 'permission', permission: 'province:read', ownAgency: true },
  params: agencyParams,
  query: columnQuery.extend({ format: z.enum(['csv', 'xlsx']).default('csv') }),
  binary: { contentType: 'text/csv' },
  async handler({ services, params, query }) {
    const view = await overviewOf(services, params.agencyId, query);
    const rows = provinceSheet(view);
    const name = `provinsi-${params.agencyId}-${view.selected.year ?? 'semua'}-${view.selected.methodology ?? ''}`;
    const body =
      query.format === 'csv' ? writeCsv(rows, { decimalComma: true }) : new Uint8Array(writeXlsx('Provinsi', rows));
    return new Response(body, {
      headers: {
        'Content-Type':
          query.format === 'csv'
            ? 'text/csv; charset=utf-8'
            : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="${name}.${query.format}"`,
      },
    });
  },
});
