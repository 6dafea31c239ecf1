import type { LocalizedText } from '@spbe-kit/models';
import { bytesEqual } from './bytes.js';
import type { Checkpoint } from './checkpoint.js';
import { decodeLeaf } from './leaf.js';
import type { LogCheckpoints } from './log-checkpoints.js';
import type { LogContext } from './log-context.js';
import { claimedIdentity, identityMismatch, isForeign } from './log-identity.js';
import { checkIndex, logError } from './log-input.js';
import type { LogProofs } from './log-proofs.js';
import type { VerifyFailureReason, VerifyReport } from './log-types.js';
import type { AuditStore, StoredEntry } from './store.js';
import { hashChildren, hashLeaf } from './merkle.js';
import { frontierKeys } from './tree.js';

/**
 * Entries per chunk. Larger chunks (16,384) cost more CPU time on the file and PostgreSQL stores
 * (more garbage surviving, buffers beyond the cache) and saved no waiting: the next chunk is read
 * while one is hashed, so a database's round trips overlap the hashing anyway.
 */
const VERIFY_CHUNK = 4096;

/** A failure found at `firstBadIndex`: what `verify` returns instead of throwing. */
interface Finding {
  readonly firstBadIndex: number;
  readonly reason: VerifyFailureReason;
  readonly message: LocalizedText;
}

const finding = (firstBadIndex: number, reason: VerifyFailureReason, message: LocalizedText): Finding => ({
  firstBadIndex,
  reason,
  message,
});

/**
 * Step 1 of verify: every stored checkpoint is signed by this log and sizes never decrease. When
 * every checkpoint claims another origin or key, the caller asked about the wrong log: that is a
 * thrown `audit.log_identity_mismatch`, not a tamper finding.
 */
async function checkStoredCheckpoints(
  context: LogContext,
  checkpoints: LogCheckpoints,
  size: number,
): Promise<Checkpoint[] | Finding> {
  const stored = await context.store.checkpoints();
  const identities = stored.map((item) => claimedIdentity(item.note));
  if (
    stored.length > 0 &&
    identities.every((identity) => identity !== undefined && isForeign(identity, context.origin, context.verifierKey))
  ) {
    throw identityMismatch(identities[identities.length - 1]!, context.origin, context.verifierKey);
  }
  const verified: Checkpoint[] = [];
  for (const item of stored) {
    let parsed: Checkpoint;
    try {
      parsed = await checkpoints.trusted(item);
    } catch {
      return finding(Math.min(item.size, size), 'checkpoint_untrusted', {
        id: 'Checkpoint tersimpan tidak sah',
        en: 'A stored checkpoint does not verify',
      });
    }
    if (parsed.size !== BigInt(item.size))
      return finding(Math.min(item.size, size), 'checkpoint_untrusted', {
        id: 'Ukuran checkpoint tersimpan tidak cocok',
        en: 'Stored checkpoint size does not match',
      });
    const previous = verified[verified.length - 1];
    if (previous && parsed.size < previous.size)
      return finding(Number(parsed.size), 'checkpoint_order', {
        id: 'Checkpoint tidak berurutan',
        en: 'Checkpoints are out of order',
      });
    verified.push(parsed);
  }
  return verified;
}

/** What verify reads for one chunk `[start, end)`: entries, leaf hashes and the nodes the chunk completes. */
interface ChunkData {
  readonly entries: StoredEntry[];
  readonly storedLeaves: Uint8Array[];
  /** Stored nodes by level (1…), from index `floor(start / 2^level)`. */
  readonly storedNodes: Map<number, Uint8Array[]>;
}

/**
 * Reads one chunk: every store call of the chunk at once (entries, leaf hashes, and each level's
 * completed nodes, `[floor(start / 2^level), floor(end / 2^level))`), so a database store answers
 * them together. The returned promise is marked handled: verify may stop before awaiting it.
 */
function readChunk(store: AuditStore, start: number, end: number): Promise<ChunkData> {
  const levels: number[] = [];
  for (let level = 1; Math.floor(end / 2 ** level) > Math.floor(start / 2 ** level); level++) levels.push(level);
  const read = Promise.all([
    store.readEntries(start, end),
    store.readNodes(0, start, end),
    Promise.all(
      levels.map((level) => store.readNodes(level, Math.floor(start / 2 ** level), Math.floor(end / 2 ** level))),
    ),
  ]).then(([entries, storedLeaves, nodes]) => ({
    entries,
    storedLeaves,
    storedNodes: new Map(levels.map((level, i) => [level, nodes[i]!])),
  }));
  read.catch(() => undefined);
  return read;
}

/** The details of the entries that have them, in one store call when the store allows it. */
async function chunkDetails(store: AuditStore, indices: readonly number[]): Promise<(Uint8Array | undefined)[]> {
  if (indices.length === 0) return [];
  if (store.readDetailsAt) return store.readDetailsAt(indices);
  return Promise.all(indices.map((index) => store.readDetails(index)));
}

/** Step 2a: entries of one chunk sit at their position, hash to their stored leaf and match their details. */
async function checkChunkLeaves(
  context: LogContext,
  start: number,
  end: number,
  { entries, storedLeaves }: ChunkData,
): Promise<Uint8Array[] | Finding> {
  const { hasher } = context;
  const available = Math.min(entries.length, storedLeaves.length);
  const computedLeaves: Uint8Array[] = new Array<Uint8Array>(available);
  const withDetails: number[] = [];
  let bad: Finding | undefined;
  for (let i = 0; i < available; i++) {
    const entry = entries[i]!;
    const index = start + i;
    if (entry.index !== index) {
      bad = finding(index, 'entry_position', {
        id: `Entri di posisi ${index} menyebut indeks ${entry.index}`,
        en: `The entry at position ${index} names index ${entry.index}`,
      });
      break;
    }
    const leafHash = hashLeaf(entry.leafData, hasher);
    if (!bytesEqual(leafHash, storedLeaves[i]!)) {
      bad = finding(index, 'leaf_hash_mismatch', {
        id: `Hash daun ${index} tidak cocok dengan datanya`,
        en: `The leaf hash of entry ${index} does not match its data`,
      });
      break;
    }
    computedLeaves[i] = leafHash;
    if (entry.hasDetails) withDetails.push(i);
  }
  // Details are read for the whole chunk at once; an earlier bad details blob comes first.
  const badDetails = await checkChunkDetails(context, start, entries, withDetails);
  if (badDetails ?? bad) return (badDetails ?? bad)!;
  if (available !== end - start) {
    return finding(start + available, 'entries_missing', {
      id: 'Entri atau hash daun hilang dari penyimpanan',
      en: 'Entries or leaf hashes are missing from the store',
    });
  }
  return computedLeaves;
}

/** Step 2a (details): each stored details blob hashes to the commitment in its leaf. */
async function checkChunkDetails(
  context: LogContext,
  start: number,
  entries: readonly StoredEntry[],
  withDetails: readonly number[],
): Promise<Finding | undefined> {
  const blobs = await chunkDetails(
    context.store,
    withDetails.map((i) => start + i),
  );
  for (let k = 0; k < withDetails.length; k++) {
    const index = start + withDetails[k]!;
    let commitment: Uint8Array | undefined;
    try {
      commitment = decodeLeaf(entries[withDetails[k]!]!.leafData).detailsCommitment;
    } catch {
      return finding(index, 'leaf_invalid', {
        id: `Data daun ${index} tidak valid`,
        en: `The leaf data of entry ${index} is invalid`,
      });
    }
    const blob = blobs[k];
    if (!commitment || !blob || !bytesEqual(context.hasher(blob), commitment)) {
      return finding(index, 'details_mismatch', {
        id: `Detail entri ${index} tidak cocok dengan komitmennya`,
        en: `The details of entry ${index} do not match their commitment`,
      });
    }
  }
  return undefined;
}

/** Step 2b: recomputes the nodes the chunk completes (updating `stack`) and compares them with the stored ones. */
function checkChunkNodes(
  context: LogContext,
  start: number,
  from: number,
  leaves: readonly Uint8Array[],
  stack: Uint8Array[],
  storedByLevel: ReadonlyMap<number, readonly Uint8Array[]>,
): Finding | undefined {
  const completed = new Map<number, Uint8Array[]>();
  for (let i = 0; i < leaves.length; i++) {
    let hash = leaves[i]!;
    let position = start + i;
    let level = 0;
    while (position % 2 === 1) {
      hash = hashChildren(stack.pop()!, hash, context.hasher);
      level++;
      position = (position - 1) / 2;
      let list = completed.get(level);
      if (!list) completed.set(level, (list = []));
      list.push(hash);
    }
    stack.push(hash);
  }
  let firstBad: { index: number; level: number } | undefined;
  for (const [level, hashes] of completed) {
    const low = Math.floor(start / 2 ** level);
    const storedNodes = storedByLevel.get(level) ?? [];
    for (let j = 0; j < hashes.length; j++) {
      const node = storedNodes[j];
      if (!node || !bytesEqual(node, hashes[j]!)) {
        const leafIndex = (low + j) * 2 ** level;
        if (!firstBad || leafIndex < firstBad.index) firstBad = { index: Math.max(leafIndex, from), level };
        break;
      }
    }
  }
  return firstBad
    ? finding(firstBad.index, 'node_mismatch', {
        id: `Simpul pohon tingkat ${firstBad.level} di atas entri ${firstBad.index} tidak cocok`,
        en: `The level-${firstBad.level} tree node over entry ${firstBad.index} does not match`,
      })
    : undefined;
}

/** Step 3: the root at every checkpoint size inside the range equals the signed root. */
async function checkCheckpointRoots(
  proofs: LogProofs,
  checkpoints: readonly Checkpoint[],
  from: number,
  to: number,
): Promise<number | Finding> {
  let checked = 0;
  let previousSize = 0;
  for (const item of checkpoints) {
    const size = Number(item.size);
    if (size > to || size < from) continue;
    if (!bytesEqual(await proofs.rootAt(size), item.root)) {
      return finding(Math.max(previousSize, from), 'checkpoint_mismatch', {
        id: `Akar pohon pada ukuran ${size} berbeda dari checkpoint yang ditandatangani`,
        en: `The tree root at size ${size} differs from the signed checkpoint`,
      });
    }
    previousSize = size;
    checked++;
  }
  return checked;
}

const isFinding = (value: unknown): value is Finding =>
  typeof value === 'object' && value !== null && 'reason' in value && 'firstBadIndex' in value;

/** `verify` of a log (ADR 0047): recomputes everything in the range and names the first bad index. */
export function createLogVerify(
  context: LogContext,
  proofs: LogProofs,
  checkpoints: LogCheckpoints,
): (range?: { readonly from?: number; readonly to?: number }) => Promise<VerifyReport> {
  return async (range = {}) => {
    const size = await context.store.size();
    const from = range.from === undefined ? 0 : checkIndex(range.from, 'from');
    const to = range.to === undefined ? size : checkIndex(range.to, 'to');
    if (from > to || to > size)
      throw logError(
        'log.invalid_range',
        { id: `Rentang ${from}–${to} di luar log (${size})`, en: `Range ${from}–${to} is outside the log (${size})` },
        ['to'],
      );
    const failed = (result: Finding): VerifyReport => ({ ok: false, size, ...result });

    const verified = await checkStoredCheckpoints(context, checkpoints, size);
    if (isFinding(verified)) return failed(verified);
    const stack = from === 0 ? [] : await proofs.nodes(frontierKeys(from));
    // The next chunk is read while this one is hashed.
    let next = from < to ? readChunk(context.store, from, Math.min(to, from + VERIFY_CHUNK)) : undefined;
    for (let start = from; start < to; start += VERIFY_CHUNK) {
      const end = Math.min(to, start + VERIFY_CHUNK);
      const data = await next!;
      next = end < to ? readChunk(context.store, end, Math.min(to, end + VERIFY_CHUNK)) : undefined;
      const leaves = await checkChunkLeaves(context, start, end, data);
      if (isFinding(leaves)) return failed(leaves);
      const bad = checkChunkNodes(context, start, from, leaves, stack, data.storedNodes);
      if (bad) return failed(bad);
    }
    const latest = verified[verified.length - 1];
    if (latest && latest.size > BigInt(size)) {
      return failed(
        finding(size, 'entries_missing', {
          id: `Log hanya ${size} entri, checkpoint menyebut ${latest.size}`,
          en: `The log holds ${size} entries but a checkpoint covers ${latest.size}`,
        }),
      );
    }
    const checked = await checkCheckpointRoots(proofs, verified, from, to);
    if (isFinding(checked)) return failed(checked);
    return { ok: true, size, checkpointsChecked: checked };
  };
}
