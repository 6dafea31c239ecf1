import type { Sha256 } from './sha256.js';
import type { NodeKey } from './tree.js';

/**
 * The fields of an entry a store indexes for {@link AuditLog.query}, derived from the event by the log.
 *
 * @example
 * ```ts
 * import type { EntryKeys } from '@spbe-kit/audit';
 * const keys: EntryKeys = { timeMs: Date.parse('2026-11-28T01:00:00Z'), action: 'login', subjects: [] };
 * ```
 */
export interface EntryKeys {
  /** Event time in milliseconds since the epoch (UTC). */
  readonly timeMs: number;
  readonly actor?: string;
  readonly action: string;
  readonly resourceType?: string;
  readonly resourceId?: string;
  /** Pseudonyms of the personal-data subjects. */
  readonly subjects: readonly string[];
}

/**
 * One entry handed to {@link AuditStore.append}.
 *
 * @example
 * ```ts
 * import { hashLeaf, type AppendRecord } from '@spbe-kit/audit';
 * const leafData = new TextEncoder().encode('{"v":1}');
 * const record: AppendRecord = { leafData, leafHash: hashLeaf(leafData), keys: { timeMs: 0, action: 'login', subjects: [] } };
 * ```
 */
export interface AppendRecord {
  /** The canonical leaf data (what the tree commits to). */
  readonly leafData: Uint8Array;
  /** `hashLeaf(leafData)`. */
  readonly leafHash: Uint8Array;
  /** Erasable details kept beside the tree (the leaf commits to their hash). */
  readonly details?: Uint8Array;
  readonly keys: EntryKeys;
}

/**
 * An entry as a store returns it.
 *
 * @example
 * ```ts
 * import type { StoredEntry } from '@spbe-kit/audit';
 * const entry: StoredEntry = { index: 0, leafData: new Uint8Array(), hasDetails: false };
 * ```
 */
export interface StoredEntry {
  /** The position the store says this entry has (checked against where it was read from). */
  readonly index: number;
  readonly leafData: Uint8Array;
  /** Whether details are still stored (false when there were none or they were erased). */
  readonly hasDetails: boolean;
}

/**
 * A signed checkpoint the log issued, kept by the store.
 *
 * @example
 * ```ts
 * import type { StoredCheckpoint } from '@spbe-kit/audit';
 * const stored: StoredCheckpoint = { size: 10, note: 'origin\n10\n…\n\n— origin …\n' };
 * ```
 */
export interface StoredCheckpoint {
  readonly size: number;
  readonly note: string;
}

/**
 * A filter for {@link AuditStore.query}; all given fields must match.
 *
 * @example
 * ```ts
 * import type { StoreQuery } from '@spbe-kit/audit';
 * const query: StoreQuery = { subject: 'ps_abc…', limit: 50 };
 * ```
 */
export interface StoreQuery {
  readonly actor?: string;
  readonly subject?: string;
  readonly action?: string;
  readonly resourceType?: string;
  readonly resourceId?: string;
  /** Inclusive lower bound of `timeMs`. */
  readonly fromMs?: number;
  /** Exclusive upper bound of `timeMs`. */
  readonly toMs?: number;
  /** Only indices greater than this (pagination). */
  readonly afterIndex?: number;
  /** At most this many indices, in ascending order. */
  readonly limit: number;
}

/**
 * A database transaction of the caller's, as {@link AuditLog.appendIn} takes it: anything with a
 * parameterised `query` (a `pg` client inside `BEGIN`/`COMMIT`, a PGlite `tx`, a `PostgresDriver`
 * transaction client).
 *
 * @example
 * ```ts
 * import type { StoreTransaction } from '@spbe-kit/audit';
 * await db.transaction(async (tx: StoreTransaction) => {
 *   await tx.query('UPDATE inventory SET name = $1 WHERE id = $2', ['SIMPEG', 7]);
 *   await log.appendIn(tx, event);
 * });
 * ```
 */
export interface StoreTransaction {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * Where an audit log keeps its entries, tree nodes, erasable details and signed checkpoints. The
 * memory store (`@spbe-kit/audit/testing`), the file store (`@spbe-kit/audit/file`) and the
 * PostgreSQL store (`@spbe-kit/audit/postgres`) implement it, and all pass the same conformance
 * suite (`runStoreConformanceSuite` in `@spbe-kit/audit/testing`), which your own store can run too.
 *
 * Rules: `append` is atomic (all records or none), serialised against every other writer of the same
 * log (also across processes where the store supports that), computes the new nodes with
 * {@link extendTree} from the current frontier, and resolves only once the records are durable.
 *
 * @example
 * ```ts
 * import { createMemoryStore } from '@spbe-kit/audit/testing';
 * import type { AuditStore } from '@spbe-kit/audit';
 * const store: AuditStore = createMemoryStore();
 * ```
 */
export interface AuditStore {
  /** Appends records at the end of the tree; resolves with the index of the first one once durable. */
  append(records: readonly AppendRecord[], hasher: Sha256): Promise<number>;
  /** The number of durable entries. */
  size(): Promise<number>;
  /** Entries `[start, end)`, in order. */
  readEntries(start: number, end: number): Promise<StoredEntry[]>;
  /** The stored hashes of nodes `[start, end)` at one level (level 0: leaf hashes). */
  readNodes(level: number, start: number, end: number): Promise<Uint8Array[]>;
  /** The stored hashes of the given nodes, in the same order. */
  getNodes(keys: readonly NodeKey[]): Promise<Uint8Array[]>;
  /** The erasable details of an entry, if still stored. */
  readDetails(index: number): Promise<Uint8Array | undefined>;
  /** Deletes the details of an entry for good. */
  eraseDetails(index: number): Promise<void>;
  /** Indices of matching entries, ascending. */
  query(query: StoreQuery): Promise<number[]>;
  /** Keeps a signed checkpoint. */
  addCheckpoint(checkpoint: StoredCheckpoint): Promise<void>;
  /** The most recent signed checkpoint, if any. */
  latestCheckpoint(): Promise<StoredCheckpoint | undefined>;
  /** Every signed checkpoint kept, oldest first. */
  checkpoints(): Promise<StoredCheckpoint[]>;
  /**
   * Optional: the entries at the given indices (ascending), in one read; a missing one has index -1.
   * Without it the log reads each run of consecutive indices with `readEntries`.
   */
  readEntriesAt?(indices: readonly number[]): Promise<StoredEntry[]>;
  /**
   * Optional: the number of durable entries and the stored hashes of the given nodes, read together
   * (one query on PostgreSQL). Proofs and roots at a given tree size use it to save a round trip;
   * without it the log calls `size` and then `getNodes`.
   */
  getNodesWithSize?(keys: readonly NodeKey[]): Promise<{ readonly size: number; readonly hashes: Uint8Array[] }>;
  /** Optional: the details of the given entries in one read (`undefined` where none are stored). */
  readDetailsAt?(indices: readonly number[]): Promise<(Uint8Array | undefined)[]>;
  /**
   * Optional: appends inside the caller's transaction (same rules as `append`, durable when the
   * caller commits); the PostgreSQL store implements it.
   */
  appendIn?(transaction: StoreTransaction, records: readonly AppendRecord[], hasher: Sha256): Promise<number>;
  /** Releases files, connections or locks. */
  close(): Promise<void>;
}
