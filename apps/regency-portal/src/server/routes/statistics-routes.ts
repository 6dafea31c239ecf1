import { lookupBpsCode } from '@spbe-kit/models';
import { z } from 'zod';
import { agencyParams } from '../assessments/assessment-schemas.js';
import { ApiError } from '../http/api-error.js';
import { defineRoute } from '../http/route.js';
import { loadAgency } from './agency-data.js';

/** BPS population variable in the dynamic tables of a province domain. */
const populationVariable = 1001;

export const populationRoute = defineRoute({
  id: 'statistics.population',
  method: 'get',
  path: '/api/agencies/{agencyId}/statistics/population',
  summary: 'Official population statistics of the regency from the BPS WebAPI, with attribution',
  tag: 'statistics',
  access: { kind: 'permission', permission: 'statistics:read', ownAgency: true },
  params: agencyParams,
  response: z.object({
    bpsDomain: z.string(),
    title: z.string(),
    unit: z.string().nullable(),
    rows: z.array(
      z.object({
        year: z.string(),
        male: z.number().nullable(),
        female: z.number().nullable(),
        total: z.number().nullable(),
      }),
    ),
    attribution: z.object({ id: z.string(), en: z.string() }),
    lastUpdate: z.string().nullable(),
  }),
  async handler({ services, params }) {
    const bps = services.interop.bps;
    if (!bps) {
      throw new ApiError(503, 'statistics.not_configured', {
        id: 'Sambungan ke BPS WebAPI belum diatur (BPS_URL, BPS_API_KEY).',
        en: 'The BPS WebAPI connection is not configured (BPS_URL, BPS_API_KEY).',
      });
    }
    const agency = await loadAgency(services.db, params.agencyId);
    // BPS codes are a different system from Kemendagri codes: bridge them with the models' table, never by stripping dots.
    const bridged = lookupBpsCode(agency.regionCode);
    if (!bridged.found)
      throw new ApiError(404, 'statistics.no_bps_code', {
        id: 'Kode BPS wilayah ini tidak diketahui.',
        en: 'No BPS code is known for this region.',
      });
    const provinceDomain = `${bridged.code.slice(0, 2)}00`;
    const table = await bps.dynamicTable({ domain: provinceDomain as never, var: populationVariable });
    if (!table)
      throw new ApiError(404, 'statistics.unavailable', {
        id: 'BPS belum menyediakan data ini.',
        en: 'BPS has no data for this yet.',
      });
    const mine = table.rows.filter((row) => String(row.vervar.id) === bridged.code);
    const years = [...new Set(mine.map((row) => String(row.tahun.label)))].sort();
    const valueOf = (year: string, sex: string) => {
      const value = mine.find(
        (row) => String(row.tahun.label) === year && row.turvar.label.toLowerCase() === sex,
      )?.value;
      return typeof value === 'number' ? value : value === null || value === undefined ? null : Number(value);
    };
    return {
      bpsDomain: bridged.code,
      title: mine[0]?.var.label ?? 'Jumlah Penduduk',
      unit: mine[0]?.var.unit ?? null,
      rows: years.map((year) => ({
        year,
        male: valueOf(year, 'laki-laki'),
        female: valueOf(year, 'perempuan'),
        total: valueOf(year, 'laki-laki + perempuan'),
      })),
      attribution: table.attribution,
      lastUpdate: table.lastUpdate ?? null,
    };
  },
});
