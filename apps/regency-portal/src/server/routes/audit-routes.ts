import type { AuditEntry } from '@spbe-kit/audit';
import { z } from 'zod';
import { agencyParams } from '../assessments/assessment-schemas.js';
import { apiErrors } from '../http/api-error.js';
import { defineRoute } from '../http/route.js';

const eventSchema = z.object({
  index: z.number().int(),
  timestamp: z.string(),
  category: z.string(),
  action: z.string(),
  outcome: z.string(),
  actorRole: z.string().nullable(),
  actorPseudonym: z.string().nullable(),
  resource: z.string().nullable(),
  purpose: z.string().nullable(),
  subjects: z.number().int(),
  leafHash: z.string(),
});

const toEvent = (entry: AuditEntry): z.input<typeof eventSchema> => ({
  index: entry.index,
  timestamp: entry.event.timestamp,
  category: entry.event.category,
  action: entry.event.action,
  outcome: entry.event.outcome,
  actorRole: entry.event.actor.role ?? null,
  actorPseudonym: entry.event.actor.pseudonym ?? null,
  resource: entry.event.resource
    ? `${entry.event.resource.type}${entry.event.resource.id ? `:${entry.event.resource.id}` : ''}`
    : null,
  purpose: entry.event.purpose ?? null,
  subjects: entry.event.subjects?.length ?? 0,
  leafHash: Buffer.from(entry.leafHash).toString('hex'),
});

const auditEventsRoute = defineRoute({
  id: 'audit.events',
  method: 'get',
  path: '/api/agencies/{agencyId}/audit/events',
  summary: "The newest audit events of the agency's users (pseudonymised)",
  tag: 'audit',
  access: { kind: 'permission', permission: 'audit:read', ownAgency: true },
  params: agencyParams,
  query: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }),
  response: z.object({ size: z.number().int(), events: z.array(eventSchema) }),
  async handler({ services, params, query, user }) {
    const log = services.audit.log;
    const size = await log.size();
    const events: z.input<typeof eventSchema>[] = [];
    // Walk back from the newest entry; the log is shared by the deployment, each agency sees its own users' events.
    for (let index = size - 1; index >= 0 && events.length < query.limit && size - index <= 5000; index--) {
      const entry = await log.get(index);
      if (entry.event.actor.agency === params.agencyId) events.push(toEvent(entry));
    }
    await services.audit.record({
      actor: user,
      category: 'access',
      action: 'audit.trail.read',
      outcome: 'success',
      resource: { type: 'audit-log' },
    });
    return { size, events };
  },
});

const auditIntegrityRoute = defineRoute({
  id: 'audit.integrity',
  method: 'get',
  path: '/api/agencies/{agencyId}/audit/integrity',
  summary: 'Live integrity check: recompute the Merkle tree and checkpoints; the latest signed checkpoint',
  tag: 'audit',
  access: { kind: 'permission', permission: 'audit:read', ownAgency: true },
  params: agencyParams,
  response: z.object({
    ok: z.boolean(),
    size: z.number().int(),
    firstBadIndex: z.number().int().nullable(),
    reason: z.string().nullable(),
    origin: z.string(),
    verifierKey: z.string(),
    checkpoint: z.object({ size: z.number().int(), rootHash: z.string(), note: z.string() }).nullable(),
  }),
  async handler({ services }) {
    const log = services.audit.log;
    const report = await log.verify();
    const signed = (await log.latestCheckpoint()) ?? ((await log.size()) > 0 ? await log.checkpoint() : undefined);
    return {
      ok: report.ok,
      size: report.size,
      firstBadIndex: report.ok ? null : report.firstBadIndex,
      reason: report.ok ? null : report.reason,
      origin: log.origin,
      verifierKey: log.verifierKey,
      checkpoint: signed
        ? {
            size: Number(signed.checkpoint.size),
            rootHash: Buffer.from(signed.checkpoint.root).toString('base64'),
            note: signed.note,
          }
        : null,
    };
  },
});

const auditBundleRoute = defineRoute({
  id: 'audit.bundle',
  method: 'get',
  path: '/api/agencies/{agencyId}/audit/events/{index}/bundle',
  summary:
    'Download the proof bundle (C2SP tlog-proof) of one event, verifiable offline with `spbe audit verify-bundle`',
  tag: 'audit',
  access: { kind: 'permission', permission: 'audit:read', ownAgency: true },
  params: agencyParams.extend({ index: z.coerce.number().int().min(0) }),
  binary: { contentType: 'text/plain' },
  async handler({ services, params }) {
    const log = services.audit.log;
    if (params.index >= (await log.size())) throw apiErrors.notFound({ id: 'Peristiwa audit', en: 'Audit event' });
    const entry = await log.get(params.index);
    if (entry.event.actor.agency !== params.agencyId)
      throw apiErrors.notFound({ id: 'Peristiwa audit', en: 'Audit event' });
    const bundle = await log.exportBundle(params.index);
    return new Response(bundle, {
      headers: {
        'Content-Type': 'text/plain; charset=utf-8',
        'Content-Disposition': `attachment; filename="audit-proof-${params.index}.txt"`,
      },
    });
  },
});

const myDataProcessingRoute = defineRoute({
  id: 'me.personal-data-processing',
  method: 'get',
  path: '/api/me/personal-data-processing',
  summary: 'Who processed my personal data (UU PDP Pasal 32): events whose subject is my NIP',
  tag: 'audit',
  access: { kind: 'session' },
  response: z.object({ hasNip: z.boolean(), events: z.array(eventSchema) }),
  async handler({ services, user }) {
    if (!user?.nip) return { hasNip: false, events: [] };
    const log = services.audit.log;
    const subjectPseudonym = services.audit.pseudonymOf(user.nip);
    const entries: AuditEntry[] = [];
    let cursor: string | undefined;
    do {
      const page = await log.query({ subjectPseudonym, limit: 500, ...(cursor ? { cursor } : {}) });
      entries.push(...page.entries);
      cursor = page.nextCursor;
    } while (cursor && entries.length < 5000);
    return { hasNip: true, events: entries.reverse().map(toEvent) };
  },
});

/** Every audit route. */
export const auditRoutes = [auditEventsRoute, auditIntegrityRoute, auditBundleRoute, myDataProcessingRoute];
