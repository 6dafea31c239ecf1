import { randomUUID } from 'node:crypto';
import { nikInputSchema } from '@spbe-kit/models';
import { z } from 'zod';
import { agencyParams } from '../assessments/assessment-schemas.js';
import type { SessionUser } from '../auth/sessions.js';
import { answerCsv, processingOf, processingSchema } from '../data-requests/processing-answer.js';
import { apiErrors } from '../http/api-error.js';
import { defineRoute } from '../http/route.js';
import type { PortalServices } from '../services.js';

/** How the officer checked the citizen's identity before answering (UU PDP Pasal 32: the subject's own data). */
const identityChecks = ['ktp-el-reader', 'ktp-el-seen', 'dukcapil-verification', 'power-of-attorney'] as const;

const requestSchema = z.object({
  id: z.string(),
  requestNumber: z.string(),
  identityCheck: z.enum(identityChecks),
  receivedOn: z.string(),
  answeredAt: z.string().nullable(),
});

interface RequestRow {
  id: string;
  request_number: string;
  identity_check: (typeof identityChecks)[number];
  received_on: string | Date;
  answered_at: string | Date | null;
  subject_pseudonym: string | null;
}

const isoDay = (value: string | Date) =>
  value instanceof Date ? value.toISOString().slice(0, 10) : value.slice(0, 10);
const isoTime = (value: string | Date | null) => (value === null ? null : new Date(value).toISOString());

const toDto = (row: RequestRow): z.input<typeof requestSchema> => ({
  id: row.id,
  requestNumber: row.request_number,
  identityCheck: row.identity_check,
  receivedOn: isoDay(row.received_on),
  answeredAt: isoTime(row.answered_at),
});

const requestParams = agencyParams.extend({ requestId: z.uuid() });
const access = { kind: 'permission', permission: 'data-requests:handle', ownAgency: true } as const;
const selectRequest =
  'SELECT id, request_number, identity_check, received_on, answered_at, subject_pseudonym FROM data_subject_requests';

async function loadRequest(services: PortalServices, agencyId: string, requestId: string): Promise<RequestRow> {
  const [row] = await services.db.query<RequestRow>(`${selectRequest} WHERE id = $1 AND agency_id = $2`, [
    requestId,
    agencyId,
  ]);
  if (!row) throw apiErrors.notFound({ id: 'Permintaan subjek data', en: 'Data subject request' });
  return row;
}

/** The audit event of one processing step of a request: the request number and the citizen's pseudonym. */
const requestEvent = (user: SessionUser | null, action: string, requestNumber: string, pseudonym?: string) => ({
  actor: user,
  category: 'personal-data' as const,
  action,
  outcome: 'success' as const,
  resource: { type: 'data-request', id: requestNumber },
  ...(pseudonym ? { subjectPseudonyms: [pseudonym], purpose: 'pdp.subject-access' } : {}),
});

const listRequestsRoute = defineRoute({
  id: 'data-requests.list',
  method: 'get',
  path: '/api/agencies/{agencyId}/data-requests',
  summary: "Citizens' requests under UU PDP recorded by the agency (no NIK: none is stored)",
  tag: 'data-requests',
  access,
  params: agencyParams,
  response: z.object({ requests: z.array(requestSchema) }),
  async handler({ services, params }) {
    const rows = await services.db.query<RequestRow>(
      `${selectRequest} WHERE agency_id = $1 ORDER BY created_at DESC LIMIT 200`,
      [params.agencyId],
    );
    return { requests: rows.map(toDto) };
  },
});

const createRequestRoute = defineRoute({
  id: 'data-requests.create',
  method: 'post',
  path: '/api/agencies/{agencyId}/data-requests',
  summary: "Record a citizen's request (request number, how the identity was checked) before any lookup",
  tag: 'data-requests',
  access,
  params: agencyParams,
  body: z.object({
    requestNumber: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9][A-Za-z0-9./-]{0,63}$/),
    identityCheck: z.enum(identityChecks),
    receivedOn: z.iso.date(),
  }),
  status: 201,
  response: requestSchema,
  async handler({ services, params, body, user }) {
    const [taken] = await services.db.query(
      'SELECT 1 FROM data_subject_requests WHERE agency_id = $1 AND request_number = $2',
      [params.agencyId, body.requestNumber],
    );
    if (taken)
      throw apiErrors.conflict('data_request.number_taken', {
        id: `Nomor permintaan ${body.requestNumber} sudah tercatat.`,
        en: `Request number ${body.requestNumber} is already recorded.`,
      });
    const id = randomUUID();
    await services.audit.change(
      services.db,
      (tx) =>
        tx.query(
          `INSERT INTO data_subject_requests (id, agency_id, request_number, identity_check, received_on, recorded_by)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [id, params.agencyId, body.requestNumber, body.identityCheck, body.receivedOn, user!.id],
        ),
      requestEvent(user, 'data-request.create', body.requestNumber),
    );
    return { ...body, id, answeredAt: null };
  },
});

const lookupRoute = defineRoute({
  id: 'data-requests.lookup',
  method: 'post',
  path: '/api/agencies/{agencyId}/data-requests/{requestId}/lookup',
  summary:
    "Answer a recorded request: the citizen's NIK is pseudonymised on arrival (never stored or logged); every lookup is audited with the request number",
  tag: 'data-requests',
  access,
  params: requestParams,
  body: z.object({ nik: nikInputSchema }),
  response: z.object({ request: requestSchema, processing: z.array(processingSchema) }),
  async handler({ services, params, body, user }) {
    const request = await loadRequest(services, params.agencyId, params.requestId);
    // From here on only the keyed pseudonym exists; the NIK is not kept in any variable that outlives this line.
    const pseudonym = services.audit.pseudonymOf(String(body.nik));
    if (request.subject_pseudonym && request.subject_pseudonym !== pseudonym)
      throw apiErrors.conflict('data_request.other_subject', {
        id: 'NIK ini bukan NIK yang sudah ditelusuri untuk permintaan ini: catat permintaan baru.',
        en: 'This NIK is not the one already looked up for this request: record a new request.',
      });
    const processing = await processingOf(services, pseudonym);
    const [updated] = await services.audit.change(
      services.db,
      (tx) =>
        tx.query<RequestRow>(
          `UPDATE data_subject_requests SET subject_pseudonym = $1, answered_at = now() WHERE id = $2
           RETURNING id, request_number, identity_check, received_on, answered_at, subject_pseudonym`,
          [pseudonym, request.id],
        ),
      requestEvent(user, 'data-request.lookup', request.request_number, pseudonym),
    );
    return { request: toDto(updated!), processing };
  },
});

const exportRoute = defineRoute({
  id: 'data-requests.export',
  method: 'get',
  path: '/api/agencies/{agencyId}/data-requests/{requestId}/answer',
  summary: 'Download the answer of a looked-up request as CSV or JSON (audited with the request number)',
  tag: 'data-requests',
  access,
  params: requestParams,
  query: z.object({ format: z.enum(['csv', 'json']).default('csv') }),
  binary: { contentType: 'text/csv' },
  async handler({ services, params, query, user }) {
    const request = await loadRequest(services, params.agencyId, params.requestId);
    if (!request.subject_pseudonym)
      throw apiErrors.conflict('data_request.not_looked_up', {
        id: 'Telusuri NIK permintaan ini terlebih dahulu.',
        en: 'Look up the NIK of this request first.',
      });
    const processing = await processingOf(services, request.subject_pseudonym);
    await services.audit.record(
      requestEvent(user, 'data-request.export', request.request_number, request.subject_pseudonym),
    );
    const fileName = `jawaban-${request.request_number.replace(/[^A-Za-z0-9-]/g, '_')}.${query.format}`;
    const content =
      query.format === 'csv'
        ? answerCsv(request.request_number, processing)
        : JSON.stringify({ requestNumber: request.request_number, processing }, null, 2);
    return new Response(content, {
      headers: {
        'Content-Type': query.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="${fileName}"`,
      },
    });
  },
});

/** Citizens' "who processed my data" requests (UU PDP), for the data protection officer. */
export const dataRequestRoutes = [listRequestsRoute, createRequestRoute, lookupRoute, exportRoute];
