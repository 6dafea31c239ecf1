import type { AuditEntry } from '@spbe-kit/audit';
import { z } from 'zod';
import { agencyParams } from '../assessments/assessment-schemas.js';
import { actionLabel, outcomeLabel, purposeLabel, reasonLabel } from '../audit/audit-labels.js';
import { apiErrors } from '../http/api-error.js';
import { defineRoute } from '../http/route.js';
import { checkpointRoutes } from './audit-checkpoint-routes.js';

const labelSchema = z.object({ id: z.string(), en: z.string() });

const eventSchema = z.object({
  index: z.number().int(),
  timestamp: z.string(),
  category: z.string(),
  action: z.string(),
  outcome: z.string(),
  reason: z.string().nullable(),
  sourceAddress: z.string().nullable(),
  actorRole: z.string().nullable(),
  actorPseudonym: z.string().nullable(),
  resource: z.string().nullable(),
  purpose: z.string().nullable(),
  subjects: z.number().int(),
  leafHash: z.string(),
  actionLabel: labelSchema,
  outcomeLabel: labelSchema,
  purposeLabel: labelSchema.nullable(),
  reasonLabel: labelSchema.nullable(),
  /** What a change changed (personal data as keyed pseudonyms); null for other events or once erased. */
  change: z.object({ before: z.record(z.string(), z.unknown()), after: z.record(z.string(), z.unknown()) }).nullable(),
});

const toEvent = (entry: AuditEntry): z.input<typeof eventSchema> => ({
  index: entry.index,
  timestamp: entry.event.timestamp,
  category: entry.event.category,
  action: entry.event.action,
  outcome: entry.event.outcome,
  reason: entry.event.reason ?? null,
  sourceAddress: entry.event.source?.address ?? null,
  actorRole: entry.event.actor.role ?? null,
  actorPseudonym: entry.event.actor.pseudonym ?? null,
  resource: entry.event.resource
    ? `${entry.event.resource.type}${entry.event.resource.id ? `:${entry.event.resource.id}` : ''}`
    : null,
  purpose: entry.event.purpose ?? null,
  subjects: entry.event.subjects?.length ?? 0,
  leafHash: Buffer.from(entry.leafHash).toString('hex'),
  actionLabel: actionLabel(entry.event.action),
  outcomeLabel: outcomeLabel(entry.event.outcome),
  purposeLabel: purposeLabel(entry.event.purpose),
  reasonLabel: reasonLabel(entry.event.reason),
  change: changeOf(entry.details),
});

/** The before/after a change recorded in its erasable details, when it is there. */
function changeOf(details: unknown): { before: Record<string, unknown>; after: Record<string, unknown> } | null {
  if (!details || typeof details !== 'object' || !('change' in details)) return null;
  const change = details.change;
  if (!change || typeof change !== 'object') return null;
  const { before, after } = change as { before?: unknown; after?: unknown };
  const isRecord = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
  return isRecord(before) && isRecord(after) ? { before, after } : null;
}

const auditEventsRoute = defineRoute({
  id: 'audit.events',
  method: 'get',
  path: '/api/agencies/{agencyId}/audit/events',
  summary: "The newest audit events of the agency's users (pseudonymised)",
  tag: 'audit',
  access: { kind: 'permission', permission: 'audit:read', ownAgency: true },
  params: agencyParams,
  query: z.object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    /** `sign-in`: only sign-in events (successful, failed and throttled), the security stream. */
    stream: z.enum(['all', 'sign-in']).default('all'),
    /** An action code or its prefix (`dataset.` matches every dataset action). */
    action: z
      .string()
      .regex(/^[a-z0-9._-]{1,64}$/)
      .optional(),
    outcome: z.enum(['success', 'failure', 'denied', 'error']).optional(),
    /** An actor's pseudonym, as the list shows it. */
    actor: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,128}$/)
      .optional(),
    /** An account of the agency (its id, as the user list shows it): its events, without knowing its pseudonym. */
    actorUser: z.uuid().optional(),
    /** Dates (YYYY-MM-DD, UTC) from and to, both included. */
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
  }),
  response: z.object({ size: z.number().int(), events: z.array(eventSchema) }),
  async handler({ services, params, query, user }) {
    const log = services.audit.log;
    const size = await log.size();
    const events: z.input<typeof eventSchema>[] = [];
    const actorPseudonym = query.actorUser ? services.audit.pseudonymOf(`user:${query.actorUser}`) : undefined;
    const matches = (entry: AuditEntry) => {
      const { event } = entry;
      // The log is shared by the deployment: each agency sees its own users' events, and sign-in attempts on
      // names that match no account (they belong to no agency, and show password spraying).
      const unattributedSignIn =
        event.category === 'authentication' && event.actor.type === 'anonymous' && event.actor.agency === undefined;
      if (event.actor.agency !== params.agencyId && !unattributedSignIn) return false;
      if (query.stream === 'sign-in' && event.category !== 'authentication') return false;
      if (query.action && !(event.action === query.action || event.action.startsWith(query.action))) return false;
      if (query.outcome && event.outcome !== query.outcome) return false;
      if (query.actor && event.actor.pseudonym !== query.actor) return false;
      if (actorPseudonym && event.actor.pseudonym !== actorPseudonym) return false;
      const day = new Date(event.timestamp).toISOString().slice(0, 10);
      if (query.from && day < query.from) return false;
      if (query.to && day > query.to) return false;
      return true;
    };
    // Walk back from the newest entry (at most the newest 5,000).
    for (let index = size - 1; index >= 0 && events.length < query.limit && size - index <= 5000; index--) {
      const entry = await log.get(index);
      if (matches(entry)) events.push(toEvent(entry));
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
    // Re-signed here when the log has grown since the last checkpoint: the page never shows a stale tree head.
    const signed = await services.audit.freshCheckpoint();
    return {
      ok: report.ok,
      size: report.size,
      firstBadIndex: report.ok ? null : report.firstBadIndex,
      reason: report.ok ? null : report.reason,
      origin: log.origin,
      verifierKey: log.verifierKey,
      checkpoint: signed
        ? { size: signed.size, rootHash: Buffer.from(signed.root).toString('base64'), note: signed.note }
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
    // The processing officers' network addresses are not part of the data subject's answer.
    // …nor what other data the change touched.
    return {
      hasNip: true,
      events: entries.reverse().map((entry) => ({ ...toEvent(entry), sourceAddress: null, change: null })),
    };
  },
});

/** Every audit route. */
export const auditRoutes = [
  auditEventsRoute,
  auditIntegrityRoute,
  auditBundleRoute,
  myDataProcessingRoute,
  ...checkpointRoutes,
];
