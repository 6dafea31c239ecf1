import { auditCodeSchema } from '@spbe-kit/models';
import { formatProofBundle } from './bundle.js';
import type { JsonValue } from './canonical-json.js';
import { formatCheckpoint } from './checkpoint.js';
import { createLogCheckpoints } from './log-checkpoints.js';
import type { LogContext } from './log-context.js';
import { createLogEntries } from './log-entries.js';
import { checkIndex, createRecordPreparer, logError } from './log-input.js';
import { createLogProofs } from './log-proofs.js';
import { startCheckpointSchedule, type RunningSchedule } from './log-schedule.js';
import type { AppendReceipt, AuditLog, AuditLogOptions, CheckpointSchedule, CheckpointTimer } from './log-types.js';
import { createLogVerify } from './log-verify.js';
import { verifyInclusion, type TreeIndex } from './merkle.js';
import { Mutex } from './mutex.js';
import type { NoteSigner } from './note.js';
import { pseudonymize } from './pseudonym.js';
import { sha256 } from './sha256.js';
import type { StoreTransaction } from './store.js';

export type {
  AuditPrivacyOptions,
  AuditLogOptions,
  AppendReceipt,
  SignedCheckpoint,
  InclusionProof,
  ConsistencyProof,
  AuditEntry,
  AuditQuery,
  VerifyReport,
  VerifyFailureReason,
  CheckpointSchedule,
  CheckpointTimer,
  AuditLog,
} from './log-types.js';

/** The log's shared context; throws `log.no_key` / `log.key_mismatch` for a bad key setup. */
function contextOf(options: AuditLogOptions): LogContext {
  const { store, signer, origin } = options;
  const givenKey = signer?.verifierKey ?? options.verifierKey;
  if (givenKey === undefined) {
    throw logError(
      'log.no_key',
      {
        id: 'Berikan signer, atau verifierKey untuk membuka log hanya-baca',
        en: 'Give a signer, or a verifierKey to open the log read-only',
      },
      ['signer'],
    );
  }
  if (signer && options.verifierKey !== undefined && options.verifierKey !== signer.verifierKey) {
    throw logError(
      'log.key_mismatch',
      { id: 'verifierKey tidak cocok dengan signer', en: 'verifierKey does not match the signer' },
      ['verifierKey'],
    );
  }
  formatCheckpoint({ origin, size: 0n, root: new Uint8Array(32) }); // validates the origin early
  return {
    store,
    origin,
    verifierKey: givenKey,
    hasher: options.hasher ?? sha256,
    requireSigner(operation: string): NoteSigner {
      if (signer) return signer;
      throw logError(
        'log.read_only',
        {
          id: `Log dibuka hanya-baca (tanpa signer): ${operation} tidak diizinkan`,
          en: `The log was opened read-only (no signer): ${operation} is not allowed`,
        },
        ['signer'],
      );
    },
  };
}

/**
 * Creates a tamper-evident audit log over a store: events become leaves of an RFC 6962 Merkle tree,
 * checkpoints are C2SP signed notes, and personal data stays out of the leaves (subjects as keyed
 * pseudonyms, erasable details beside the tree).
 *
 * @example
 * ```ts
 * import { createAuditLog, createNoteSigner } from '@spbe-kit/audit';
 * import { createFileStore, nodeSha256 } from '@spbe-kit/audit/file';
 *
 * const log = createAuditLog({
 *   store: await createFileStore({ directory: '/var/lib/simpeg/audit', durability: 'batch' }),
 *   signer: await createNoteSigner(process.env.AUDIT_SIGNER_KEY!),
 *   origin: 'audit.balikpapan.go.id/simpeg',
 *   privacy: { pseudonymKey: Buffer.from(process.env.AUDIT_PSEUDONYM_KEY!, 'base64') },
 *   hasher: nodeSha256,
 * });
 * await log.append({
 *   timestamp: new Date().toISOString(), category: 'authentication', action: 'login',
 *   actor: { type: 'user', pseudonym: log.pseudonymize('198507012010011001') }, outcome: 'success',
 * });
 * ```
 */
export function createAuditLog(options: AuditLogOptions): AuditLog {
  const context = contextOf(options);
  const { store, hasher } = context;
  const now = options.now ?? (() => new Date());
  const prepare = createRecordPreparer(hasher, options.privacy?.maxDetailsBytes ?? 65_536);
  const proofs = createLogProofs(context);
  const checkpoints = createLogCheckpoints(context, proofs);
  const entries = createLogEntries(context);
  const verify = createLogVerify(context, proofs, checkpoints);
  // One signing at a time in this process, so stored checkpoints never go back in size.
  const signing = new Mutex();
  const checkpoint = () => signing.run(() => checkpoints.checkpoint());
  const schedules = new Set<RunningSchedule>();
  const appended = (count: number) => schedules.forEach((schedule) => schedule.appended(count));

  async function append(event: unknown, appendOptions: { readonly details?: JsonValue } = {}): Promise<AppendReceipt> {
    context.requireSigner('append');
    const record = prepare(event, appendOptions.details, []);
    const index = await store.append([record], hasher);
    appended(1);
    return { index, leafHash: record.leafHash };
  }

  async function appendIn(
    transaction: StoreTransaction,
    event: unknown,
    appendOptions: { readonly details?: JsonValue } = {},
  ): Promise<AppendReceipt> {
    context.requireSigner('appendIn');
    if (!store.appendIn) {
      throw logError(
        'log.transactions_unsupported',
        {
          id: 'Penyimpanan ini tidak dapat menulis di dalam transaksi pemanggil (gunakan penyimpanan PostgreSQL)',
          en: "This store cannot write inside the caller's transaction (use the PostgreSQL store)",
        },
        ['store'],
      );
    }
    const record = prepare(event, appendOptions.details, []);
    const index = await store.appendIn(transaction, [record], hasher);
    appended(1);
    return { index, leafHash: record.leafHash };
  }

  async function appendBatch(
    events: readonly unknown[],
    batchOptions: { readonly details?: readonly (JsonValue | undefined)[] } = {},
  ): Promise<AppendReceipt[]> {
    context.requireSigner('appendBatch');
    if (!Array.isArray(events) || events.length === 0 || events.length > 10_000) {
      throw logError(
        'log.invalid_batch',
        { id: 'Batch harus berisi 1–10.000 peristiwa', en: 'A batch must hold 1–10,000 events' },
        ['events'],
      );
    }
    const records = events.map((event, i) => prepare(event, batchOptions.details?.[i], [i]));
    const first = await store.append(records, hasher);
    appended(records.length);
    return records.map((record, i) => ({ index: first + i, leafHash: record.leafHash }));
  }

  async function exportBundle(indexInput: TreeIndex): Promise<string> {
    const index = checkIndex(indexInput, 'index');
    let signed = await checkpoints.latestCheckpoint();
    if (!signed || signed.checkpoint.size <= BigInt(index)) signed = await checkpoint();
    const proof = await proofs.proveInclusion(index, signed.checkpoint.size);
    verifyInclusion({ ...proof, root: signed.checkpoint.root });
    const [entry] = await store.readEntries(index, index + 1);
    if (!entry)
      throw logError('store.missing_entry', { id: `Entri ${index} tidak ada`, en: `Entry ${index} is missing` }, [
        'index',
      ]);
    return formatProofBundle({ index, proof: proof.proof, note: signed.note, leafData: entry.leafData });
  }

  async function erase(indexInput: TreeIndex, reason: string): Promise<AppendReceipt> {
    context.requireSigner('erase');
    const index = checkIndex(indexInput, 'index');
    if (!auditCodeSchema.safeParse(reason).success) {
      throw logError(
        'log.invalid_reason',
        {
          id: 'Alasan harus kode (mis. "retention.expired"), bukan teks bebas',
          en: 'The reason must be a code (e.g. "retention.expired"), not free text',
        },
        ['reason'],
      );
    }
    const entry = await entries.get(index);
    if (entry.details === undefined) {
      throw logError(
        'log.nothing_to_erase',
        { id: `Entri ${index} tidak memiliki detail untuk dihapus`, en: `Entry ${index} has no details to erase` },
        ['index'],
      );
    }
    // Log the erasure first: a crash in between leaves the details (erase again), never an unrecorded deletion.
    const receipt = await append({
      timestamp: now().toISOString(),
      category: 'audit',
      action: 'audit.details.erase',
      actor: { type: 'system' },
      resource: { type: 'audit.entry', id: String(index) },
      outcome: 'success',
      reason,
    });
    await store.eraseDetails(index);
    return receipt;
  }

  function checkpointEvery(schedule: CheckpointSchedule): CheckpointTimer {
    context.requireSigner('checkpointEvery');
    const running = startCheckpointSchedule({ size: () => store.size(), checkpoint }, schedule);
    schedules.add(running);
    return {
      flush: () => running.timer.flush(),
      stop: async () => {
        schedules.delete(running);
        await running.timer.stop();
      },
    };
  }

  return {
    origin: context.origin,
    verifierKey: context.verifierKey,
    append,
    appendIn,
    appendBatch,
    size: () => store.size(),
    checkpoint,
    checkpointEvery,
    latestCheckpoint: checkpoints.latestCheckpoint,
    proveInclusion: proofs.proveInclusion,
    proveConsistency: proofs.proveConsistency,
    rootAt: proofs.rootAt,
    get: entries.get,
    query: entries.query,
    verify,
    exportBundle,
    erase,
    pseudonymize(identifier: string): string {
      const key = options.privacy?.pseudonymKey;
      if (!key)
        throw logError(
          'log.no_pseudonym_key',
          { id: 'privacy.pseudonymKey belum diatur', en: 'privacy.pseudonymKey is not set' },
          ['privacy', 'pseudonymKey'],
        );
      return pseudonymize(key, identifier);
    },
    async close(): Promise<void> {
      await Promise.all([...schedules].map((schedule) => schedule.timer.stop()));
      schedules.clear();
      await store.close();
    },
  };
}
