import type { AuditLog } from '@spbe-kit/audit';
import type { AuditEventCategory } from '@spbe-kit/models';
import type { SessionUser } from '../auth/sessions.js';

/** What a route tells the audit trail about one action. */
export interface AuditRecordInput {
  actor: SessionUser | null;
  /** Pseudonym for an actor that is not signed in yet (e.g. a failed login), from the username. */
  actorHint?: string;
  /** The agency of the account a not-signed-in actor tried (so that agency's audit page shows the attempt). */
  actorAgency?: string;
  category: AuditEventCategory;
  action: string;
  outcome: 'success' | 'failure' | 'denied' | 'error';
  resource?: { type: string; id?: string };
  /** NIPs (personal data) processed by the action: logged only as keyed pseudonyms. */
  subjectNips?: string[];
  purpose?: string;
  reason?: string;
  sourceAddress?: string;
  correlationId?: string;
}

/**
 * The portal's view of `@spbe-kit/audit`: turns an action into an audit event with pseudonymised actor and
 * subjects, and appends it before the response is sent (the log resolves once the event is durable).
 */
export class PortalAudit {
  constructor(readonly log: AuditLog) {}

  /** The keyed pseudonym of a person (the actor's user id, or a NIP for data subjects). */
  pseudonymOf(identifier: string): string {
    return this.log.pseudonymize(identifier);
  }

  /** Appends one event; returns its index in the log. */
  async record(input: AuditRecordInput): Promise<number> {
    const actor = input.actor
      ? {
          type: 'user' as const,
          pseudonym: this.pseudonymOf(`user:${input.actor.id}`),
          agency: input.actor.agencyId,
          role: input.actor.role,
        }
      : input.actorHint
        ? {
            type: 'anonymous' as const,
            pseudonym: this.pseudonymOf(`login:${input.actorHint}`),
            ...(input.actorAgency ? { agency: input.actorAgency } : {}),
          }
        : { type: 'anonymous' as const };
    const subjects = (input.subjectNips ?? []).map((nip) => ({
      pseudonym: this.pseudonymOf(nip),
      category: 'employee' as const,
    }));
    const receipt = await this.log.append({
      timestamp: new Date().toISOString(),
      category: input.category,
      action: input.action,
      actor,
      outcome: input.outcome,
      ...(input.resource ? { resource: input.resource } : {}),
      ...(input.reason ? { reason: input.reason } : {}),
      ...(input.sourceAddress ? { source: { address: input.sourceAddress } } : {}),
      ...(input.correlationId ? { correlationId: input.correlationId } : {}),
      ...(subjects.length > 0 ? { subjects, purpose: input.purpose ?? 'service.administration' } : {}),
    });
    return receipt.index;
  }
}
