import { z } from 'zod';
import { agencyParams } from '../assessments/assessment-schemas.js';
import { ApiError } from '../http/api-error.js';
import { defineRoute } from '../http/route.js';

const agendaItemSchema = z.object({
  id: z.number().int(),
  tanggal: z.iso.date(),
  waktu: z.string().max(20),
  kegiatan: z.string().max(500),
  lokasi: z.string().max(500),
  pejabat: z.string().max(200).optional(),
});

export const provinceAgendaRoute = defineRoute({
  id: 'splp.province-agenda',
  method: 'get',
  path: '/api/agencies/{agencyId}/province-agenda',
  summary:
    "The province's agenda (e.g. SPBE coordination meetings), read from the province's API through the SPLP gateway",
  tag: 'statistics',
  access: { kind: 'permission', permission: 'statistics:read', ownAgency: true },
  params: agencyParams,
  response: z.object({ source: z.string(), items: z.array(agendaItemSchema) }),
  async handler({ services }) {
    const splp = services.interop.splp;
    if (!splp) {
      throw new ApiError(503, 'splp.not_configured', {
        id: 'Sambungan ke SPLP belum diatur (SPLP_URL, SPLP_CONSUMER_KEY, SPLP_CONSUMER_SECRET).',
        en: 'The SPLP connection is not configured (SPLP_URL, SPLP_CONSUMER_KEY, SPLP_CONSUMER_SECRET).',
      });
    }
    const agenda = splp.api({ context: 'agenda', version: '1.0' });
    // The provider's answer is outside data: validate it before showing it.
    const body = z.object({ data: z.array(agendaItemSchema) }).parse(await agenda.get('/api/agenda'));
    return { source: `${agenda.baseUrl}/api/agenda`, items: body.data };
  },
});
