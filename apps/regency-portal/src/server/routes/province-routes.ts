import { z } from 'zod';
import { agencyParams } from '../assessments/assessment-schemas.js';
import { defineRoute } from '../http/route.js';
import { gatherProvince } from '../province/gather-province.js';
import { createPortalClient } from '../province/portal-client.js';

const rowSchema = z.object({
  regionCode: z.string(),
  name: z.string(),
  source: z.string(),
  year: z.number().int().nullable(),
  methodology: z.string().nullable(),
  index: z.number().nullable(),
  indexDisplay: z.string().nullable(),
  predicate: z.string().nullable(),
  previousIndex: z.number().nullable(),
  change: z.number().nullable(),
  isSample: z.boolean(),
  error: z.string().nullable(),
});

export const provinceOverviewRoute = defineRoute({
  id: 'province.overview',
  method: 'get',
  path: '/api/agencies/{agencyId}/province-overview',
  summary:
    "Province coordinator: every regency/city's index, predikat and change, gathered from each deployment's public API",
  tag: 'province',
  access: { kind: 'permission', permission: 'province:read', ownAgency: true },
  params: agencyParams,
  response: z.object({
    province: z.string(),
    rows: z.array(rowSchema),
    distribution: z.array(z.object({ predicate: z.string(), count: z.number().int() })),
    statistics: z.array(
      z.object({
        methodology: z.string(),
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
  }),
  async handler({ services, params }) {
    const self = services.publicBaseUrl();
    const sources = services.config.provinceMemberUrls;
    const own = createPortalClient(self);
    return gatherProvince({
      province: params.agencyId,
      membersFrom: own,
      clientFor: (regionCode) => {
        const source = sources[regionCode] ?? self;
        return { client: source === self ? own : createPortalClient(source), source };
      },
    });
  },
});
