import type { AuditLog, AuditStore, JsonValue, StoreTransaction } from '@spbe-kit/audit';
import type { AuditEventCategory } from '@spbe-kit/models';
import type { SessionUser } from '../auth/sessions.js';
import type { SqlDriver, SqlExecutor } from '../db/driver.js';

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
  /** Citizens processed by the action, already as keyed pseudonyms of their NIK (never the NIK itself). */
  subjectPseudonyms?: string[];
  /** For a change: what it changed, personal data already pseudonymised (erasable details of the entry). */
  change?: { before: Record<string, JsonValue>; after: Record<string, JsonValue> };
  purpose?: string;
  reason?: string;
  sourceAddress?: string;
  correlationId?: string;
}

/** The portal's executor as the audit store's transaction (`query` returning `{ rows }`). */
function asStoreTransaction(tx: SqlExecutor): StoreTransaction {
  return { query: async (sql, params) => ({ rows: await tx.query(sql, params) }) };
}

/**
 * The portal's view of `@spbe-kit/audit`: turns an action into an audit event with pseudonymised actor and
 * subjects, and appends it before the response is sent: changes together with their event in one transaction
 * ({@link PortalAudit.change}), everything else on its own (the log resolves once the event is durable).
 */
export class PortalAudit {
  constructor(
    readonly log: AuditLog,
    /** The log's store, for the list of every signed checkpoint (consistency proofs between two of them). */
    readonly store?: AuditStore,
  ) {}

  /** Every signed checkpoint kept, oldest first. */
  async checkpoints(): Promise<{ size: number; note: string }[]> {
    if (!this.store) return [];
    return (await this.store.checkpoints()).map((stored) => ({ size: Number(stored.size), note: stored.note }));
  }

  /**
   * The latest signed checkpoint, signed anew when the log has grown since (a reader never sees a stale one).
   * `undefined` while the log is empty.
   */
  async freshCheckpoint(): Promise<{ size: number; note: string; root: Uint8Array } | undefined> {
    const size = await this.log.size();
    if (size === 0) return undefined;
    const latest = await this.log.latestCheckpoint();
    const signed = latest && Number(latest.checkpoint.size) >= size ? latest : await this.log.checkpoint();
    return { size: Number(signed.checkpoint.size), note: signed.note, root: signed.checkpoint.root };
  }

  /** The keyed pseudonym of a person (the actor's user id, or a NIP for data subjects). */
  pseudonymOf(identifier: string): string {
    return this.log.pseudonymize(identifier);
  }

  /** The audit event of an action, with pseudonymised actor and subjects. */
  private eventOf(input: AuditRecordInput): Record<string, unknown> {
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
    const subjects = [
      ...(input.subjectNips ?? []).map((nip) => ({ pseudonym: this.pseudonymOf(nip), category: 'employee' as const })),
      ...(input.subjectPseudonyms ?? []).map((pseudonym) => ({ pseudonym, category: 'citizen' as const })),
    ];
    return {
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
    };
  }

  /** Appends one event on its own (an action that changes nothing: a read, a refused sign-in); returns its index. */
  async record(input: AuditRecordInput): Promise<number> {
    return (await this.log.append(this.eventOf(input), this.optionsOf(input))).index;
  }

  private optionsOf(input: AuditRecordInput): { details?: JsonValue } {
    return input.change ? { details: { change: input.change } } : {};
  }

  /** Appends one event inside the caller's transaction: it commits or rolls back with the change it describes. */
  async recordIn(tx: SqlExecutor, input: AuditRecordInput): Promise<number> {
    return (await this.log.appendIn(asStoreTransaction(tx), this.eventOf(input), this.optionsOf(input))).index;
  }

  /**
   * Runs a change and records its audit event in one database transaction, so a crash can never leave a
   * saved change without its audit entry (or an entry for a change that was rolled back).
   */
  async change<T>(
    db: SqlDriver,
    work: (tx: SqlExecutor) => Promise<T>,
    input: AuditRecordInput | ((result: T) => AuditRecordInput),
  ): Promise<T> {
    return db.transaction(async (tx) => {
      const result = await work(tx);
      await this.recordIn(tx, typeof input === 'function' ? input(result) : input);
      return result;
    });
  }
}
