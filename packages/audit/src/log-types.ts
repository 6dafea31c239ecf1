import type { AuditEvent, LocalizedText } from '@spbe-kit/models';
import type { JsonValue } from './canonical-json.js';
import type { Checkpoint } from './checkpoint.js';
import type { TreeIndex } from './merkle.js';
import type { NoteSigner } from './note.js';
import type { Sha256 } from './sha256.js';
import type { AuditStore, StoreTransaction } from './store.js';

/**
 * Privacy settings of a log (UU 27/2022 PDP).
 *
 * @example
 * ```ts
 * import type { AuditPrivacyOptions } from '@spbe-kit/audit';
 * const privacy: AuditPrivacyOptions = { pseudonymKey: keyFromSecretStore, maxDetailsBytes: 16_384 };
 * ```
 */
export interface AuditPrivacyOptions {
  /** HMAC key (≥ 32 bytes) for subject pseudonyms; keep it in a secret store, never in the log. */
  readonly pseudonymKey?: Uint8Array;
  /** Largest accepted details object, in bytes of canonical JSON (default 65,536). */
  readonly maxDetailsBytes?: number;
}

/**
 * Options of {@link createAuditLog}.
 *
 * @example
 * ```ts
 * import { createAuditLog, createNoteSigner } from '@spbe-kit/audit';
 * import { createMemoryStore } from '@spbe-kit/audit/testing';
 * const log = createAuditLog({ store: createMemoryStore(), signer: await createNoteSigner(signerKey), origin: 'audit.example.go.id/app' });
 * ```
 */
export interface AuditLogOptions {
  readonly store: AuditStore;
  /**
   * Signs checkpoints; its name is usually the origin's host. Leave it out and give
   * {@link AuditLogOptions.verifierKey} instead to open the log read-only, as an auditor does:
   * reading, querying, proving and verifying work; appending, erasing and signing a new
   * checkpoint throw `log.read_only`.
   */
  readonly signer?: NoteSigner;
  /** The log's public verifier key (`name+keyid+base64`), for a read-only log without a signer. */
  readonly verifierKey?: string;
  /** The log's unique identity, first line of every checkpoint (e.g. `audit.balikpapan.go.id/simpeg`). */
  readonly origin: string;
  readonly privacy?: AuditPrivacyOptions;
  /** SHA-256 used for the tree (default: pure JavaScript; pass `nodeSha256` from `@spbe-kit/audit/file` in Node for speed). */
  readonly hasher?: Sha256;
  /** Clock for events the log writes itself (erasures). */
  readonly now?: () => Date;
}

/**
 * What `append` returns once the event is durable.
 *
 * @example
 * ```ts
 * const { index, leafHash } = await log.append(event);
 * ```
 */
export interface AppendReceipt {
  readonly index: number;
  readonly leafHash: Uint8Array;
}

/**
 * A signed checkpoint and its parsed content.
 *
 * @example
 * ```ts
 * const { note, checkpoint } = await log.checkpoint();
 * ```
 */
export interface SignedCheckpoint {
  /** The signed note text to publish or hand to witnesses. */
  readonly note: string;
  readonly checkpoint: Checkpoint;
}

/**
 * An inclusion proof as the log produces it; pass it to `verifyInclusion`.
 *
 * @example
 * ```ts
 * import { verifyInclusion } from '@spbe-kit/audit';
 * verifyInclusion(await log.proveInclusion(3));
 * ```
 */
export interface InclusionProof {
  readonly leafIndex: number;
  readonly treeSize: number;
  readonly leafHash: Uint8Array;
  readonly proof: Uint8Array[];
  readonly root: Uint8Array;
}

/**
 * A consistency proof as the log produces it; pass it to `verifyConsistency`.
 *
 * @example
 * ```ts
 * import { verifyConsistency } from '@spbe-kit/audit';
 * verifyConsistency(await log.proveConsistency(10, 20));
 * ```
 */
export interface ConsistencyProof {
  readonly size1: number;
  readonly size2: number;
  readonly proof: Uint8Array[];
  readonly root1: Uint8Array;
  readonly root2: Uint8Array;
}

/**
 * One entry of the log as `get` and `query` return it.
 *
 * @example
 * ```ts
 * const entry = await log.get(0);
 * entry.event.action; entry.erased;
 * ```
 */
export interface AuditEntry {
  readonly index: number;
  readonly event: AuditEvent;
  readonly leafHash: Uint8Array;
  /** The erasable details, when the entry has them and they were not erased. */
  readonly details?: JsonValue;
  /** True when the entry had details that were erased. */
  readonly erased: boolean;
}

/**
 * A filter for `query`. All given fields must match; results come oldest first.
 *
 * @example
 * ```ts
 * const page = await log.query({ subjectPseudonym: log.pseudonymize('6471010101900001'), limit: 50 });
 * ```
 */
export interface AuditQuery {
  /** Pseudonym of the actor. */
  readonly actor?: string;
  /** Pseudonym of a personal-data subject: "who processed my data" (UU PDP Pasal 32). */
  readonly subjectPseudonym?: string;
  readonly action?: string;
  readonly resource?: { readonly type?: string; readonly id?: string };
  /** Events at or after this time. */
  readonly from?: Date | string;
  /** Events before this time. */
  readonly to?: Date | string;
  /** 1–1000, default 100. */
  readonly limit?: number;
  /** `nextCursor` of the previous page. */
  readonly cursor?: string;
}

/**
 * Why `verify` found a log bad, at its `firstBadIndex`:
 *
 * - `checkpoint_untrusted`: a stored checkpoint is not signed by this log's key, or its size does not match;
 * - `checkpoint_order`: stored checkpoints are not in increasing size;
 * - `checkpoint_mismatch`: a stored checkpoint's root differs from the tree recomputed from the entries;
 * - `entry_position`: an entry is stored at another index than the one it claims;
 * - `leaf_invalid`: an entry cannot be decoded;
 * - `leaf_hash_mismatch`: an entry does not hash to its stored leaf hash;
 * - `details_mismatch`: erasable details do not match the commitment in their entry;
 * - `node_mismatch`: a stored tree node differs from the one recomputed from the leaves;
 * - `entries_missing`: entries or leaf hashes are missing from the store.
 */
export type VerifyFailureReason =
  | 'checkpoint_untrusted'
  | 'checkpoint_order'
  | 'checkpoint_mismatch'
  | 'entry_position'
  | 'leaf_invalid'
  | 'leaf_hash_mismatch'
  | 'details_mismatch'
  | 'node_mismatch'
  | 'entries_missing';

/**
 * The result of `verify`: either everything recomputed and matched, or the first bad index and why.
 *
 * @example
 * ```ts
 * const report = await log.verify();
 * if (!report.ok) console.log(report.firstBadIndex, report.reason);
 * ```
 */
export type VerifyReport =
  | { readonly ok: true; readonly size: number; readonly checkpointsChecked: number }
  | {
      readonly ok: false;
      readonly size: number;
      readonly firstBadIndex: number;
      readonly reason: VerifyFailureReason;
      readonly message: LocalizedText;
    };

/**
 * When {@link AuditLog.checkpointEvery} signs a checkpoint. At least one of the two is required.
 *
 * @example
 * ```ts
 * import type { CheckpointSchedule } from '@spbe-kit/audit';
 * const schedule: CheckpointSchedule = { entries: 1000, seconds: 60, onError: (error) => console.error(error) };
 * ```
 */
export interface CheckpointSchedule {
  /** Sign once this many events were appended through this log since the last checkpoint (1–10,000,000). */
  readonly entries?: number;
  /** Sign every this many seconds when the tree has grown (1–86,400). */
  readonly seconds?: number;
  /** Called when signing fails (the schedule keeps running); the library never prints. */
  readonly onError?: (error: unknown) => void;
}

/**
 * A running {@link AuditLog.checkpointEvery} schedule.
 *
 * @example
 * ```ts
 * const timer = log.checkpointEvery({ entries: 1000, seconds: 60 });
 * await timer.stop();
 * ```
 */
export interface CheckpointTimer {
  /** Signs now if the tree has grown since the last checkpoint; resolves when done. */
  flush(): Promise<void>;
  /** Stops the schedule and waits for a signing in progress. */
  stop(): Promise<void>;
}

/**
 * A tamper-evident audit log. Create one with {@link createAuditLog}.
 *
 * @example
 * ```ts
 * const { index } = await log.append(event);
 * const { note } = await log.checkpoint();
 * ```
 */
export interface AuditLog {
  readonly origin: string;
  /** The public key to publish so anyone can verify checkpoints and bundles. */
  readonly verifierKey: string;
  /** Validates and appends one event (with optional erasable details); resolves once durable. */
  append(event: unknown, options?: { readonly details?: JsonValue }): Promise<AppendReceipt>;
  /**
   * Appends one event inside the caller's own database transaction, so the business write and its
   * audit entry commit (or roll back) together. The store must support it (the PostgreSQL store
   * does, on a server and on PGlite); the receipt is valid once the caller's transaction commits.
   * The transaction holds the log's append lock until it ends: keep it short.
   */
  appendIn(
    transaction: StoreTransaction,
    event: unknown,
    options?: { readonly details?: JsonValue },
  ): Promise<AppendReceipt>;
  /**
   * Signs checkpoints without a person: whenever `entries` events were appended through this log
   * since the last checkpoint, and every `seconds` when the tree has grown. Call `stop()` before
   * closing the log.
   */
  checkpointEvery(schedule: CheckpointSchedule): CheckpointTimer;
  /** Validates every event first, then appends them atomically; resolves once durable. */
  appendBatch(
    events: readonly unknown[],
    options?: { readonly details?: readonly (JsonValue | undefined)[] },
  ): Promise<AppendReceipt[]>;
  /** The number of entries. */
  size(): Promise<number>;
  /** Signs a checkpoint of the current tree; refuses if it would be inconsistent with the last one signed. */
  checkpoint(): Promise<SignedCheckpoint>;
  /** The latest signed checkpoint, if any. */
  latestCheckpoint(): Promise<SignedCheckpoint | undefined>;
  /** An inclusion proof for `index` in the tree of `treeSize` entries (default: the current size). */
  proveInclusion(index: TreeIndex, treeSize?: TreeIndex): Promise<InclusionProof>;
  /** A consistency proof between two tree sizes. */
  proveConsistency(size1: TreeIndex, size2: TreeIndex): Promise<ConsistencyProof>;
  /** The root hash of the tree of `treeSize` entries (default: the current size). */
  rootAt(treeSize?: TreeIndex): Promise<Uint8Array>;
  /** One entry. */
  get(index: TreeIndex): Promise<AuditEntry>;
  /** Entries matching a filter, a page at a time. */
  query(query?: AuditQuery): Promise<{ entries: AuditEntry[]; nextCursor?: string }>;
  /** Recomputes leaves, nodes and checkpoint roots; names the first bad index and why. */
  verify(range?: { readonly from?: number; readonly to?: number }): Promise<VerifyReport>;
  /** A C2SP tlog-proof@v1 bundle for one entry, verifiable offline with `verifyProofBundle`. */
  exportBundle(index: TreeIndex): Promise<string>;
  /** Deletes the details of an entry (end of retention); logs the erasure; the tree still verifies. */
  erase(index: TreeIndex, reason: string): Promise<AppendReceipt>;
  /** The keyed pseudonym of a subject identifier (needs `privacy.pseudonymKey`). */
  pseudonymize(identifier: string): string;
  /** Closes the store. */
  close(): Promise<void>;
}
