import { Mutex } from '../mutex.js';
import type { Sha256 } from '../sha256.js';
import { matchesQuery } from '../store-helpers.js';
import type { AppendRecord, AuditStore, EntryKeys, StoredCheckpoint, StoredEntry, StoreQuery } from '../store.js';
import { extendTree, type NodeKey } from '../tree.js';

/**
 * An in-memory {@link AuditStore} with direct access to its contents, so tests can tamper with it.
 *
 * @example
 * ```ts
 * import { createMemoryStore } from '@spbe-kit/audit/testing';
 * const store = createMemoryStore();
 * store.entries.length; // 0
 * ```
 */
export interface MemoryStore extends AuditStore {
  /** Entries by index (mutable for tamper tests). */
  readonly entries: { index: number; leafData: Uint8Array; keys: EntryKeys }[];
  /** Node hashes by level, then index (level 0: leaf hashes). */
  readonly levels: Uint8Array[][];
  /** Erasable details by index. */
  readonly details: Map<number, Uint8Array>;
  /** Signed checkpoints, oldest first. */
  readonly signedCheckpoints: StoredCheckpoint[];
}

/**
 * An audit store that keeps everything in memory: for tests, demos and browsers. Nothing survives
 * a restart. Passes the shared store conformance suite.
 *
 * @example
 * ```ts
 * import { createAuditLog, createNoteSigner, generateNoteKey } from '@spbe-kit/audit';
 * import { createMemoryStore } from '@spbe-kit/audit/testing';
 * const { signerKey } = await generateNoteKey('audit.example.go.id');
 * const log = createAuditLog({ store: createMemoryStore(), signer: await createNoteSigner(signerKey), origin: 'audit.example.go.id/test' });
 * ```
 */
export function createMemoryStore(): MemoryStore {
  const entries: MemoryStore['entries'] = [];
  const levels: Uint8Array[][] = [[]];
  const details = new Map<number, Uint8Array>();
  const signedCheckpoints: StoredCheckpoint[] = [];
  const lock = new Mutex();
  let frontier: Uint8Array[] = [];

  return {
    entries,
    levels,
    details,
    signedCheckpoints,
    append(records: readonly AppendRecord[], hasher: Sha256): Promise<number> {
      return lock.run(() => {
        const first = entries.length;
        const result = extendTree(
          frontier,
          first,
          records.map((record) => record.leafHash),
          hasher,
        );
        records.forEach((record, i) => {
          entries.push({ index: first + i, leafData: record.leafData, keys: record.keys });
          if (record.details) details.set(first + i, record.details);
        });
        for (const node of result.nodes) (levels[node.level] ??= [])[node.index] = node.hash;
        frontier = result.frontier;
        return first;
      });
    },
    size: () => Promise.resolve(entries.length),
    readEntries(start: number, end: number): Promise<StoredEntry[]> {
      return Promise.resolve(
        entries
          .slice(start, end)
          .map((entry, i) => ({ index: entry.index, leafData: entry.leafData, hasDetails: details.has(start + i) })),
      );
    },
    readNodes: (level: number, start: number, end: number) => Promise.resolve((levels[level] ?? []).slice(start, end)),
    getNodes: (keys: readonly NodeKey[]) =>
      Promise.resolve(keys.map((key) => levels[key.level]?.[key.index] ?? new Uint8Array())),
    readDetails: (index: number) => Promise.resolve(details.get(index)),
    eraseDetails(index: number): Promise<void> {
      details.delete(index);
      return Promise.resolve();
    },
    query(query: StoreQuery): Promise<number[]> {
      const out: number[] = [];
      for (let i = (query.afterIndex ?? -1) + 1; i < entries.length && out.length < query.limit; i++) {
        if (matchesQuery(entries[i]!.keys, query)) out.push(i);
      }
      return Promise.resolve(out);
    },
    addCheckpoint(checkpoint: StoredCheckpoint): Promise<void> {
      signedCheckpoints.push(checkpoint);
      return Promise.resolve();
    },
    latestCheckpoint: () => Promise.resolve(signedCheckpoints[signedCheckpoints.length - 1]),
    checkpoints: () => Promise.resolve([...signedCheckpoints]),
    close: () => Promise.resolve(),
  };
}
