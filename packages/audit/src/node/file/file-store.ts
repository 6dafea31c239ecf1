import {
  closeSync,
  fdatasync,
  fstatSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  fsyncSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { AuditLogError, asStoreError } from '../../errors.js';
import { keysOf } from '../../leaf.js';
import type { AuditEvent } from '@spbe-kit/models';
import type { Sha256 } from '../../sha256.js';
import { Mutex } from '../../mutex.js';
import { matchesQuery } from '../../store-helpers.js';
import type { AppendRecord, AuditStore, EntryKeys, StoredCheckpoint, StoredEntry, StoreQuery } from '../../store.js';
import { extendTree, frontierKeys, type NodeKey, type TreeNode } from '../../tree.js';
import { nodeSha256 } from './node-sha256.js';
import {
  CHECKPOINT_MAGIC,
  DETAILS_MAGIC,
  ENTRY_MAGIC,
  HEADER_BYTES,
  encodeRecord,
  parseRecord,
  recordBytes,
} from './record-format.js';

const datasync = promisify(fdatasync);
const HASH = 32;
const SEGMENT_SHIFT = 2 ** 40;
/** Derived files (offsets, nodes) are made durable at least every this many entries; recovery rebuilds the rest. */
const STATE_INTERVAL = 65_536;

/**
 * Options of {@link createFileStore}.
 *
 * @example
 * ```ts
 * import type { FileStoreOptions } from '@spbe-kit/audit/file';
 * const options: FileStoreOptions = { directory: '/var/lib/app/audit', durability: 'batch', maxBatchDelayMs: 2 };
 * ```
 */
export interface FileStoreOptions {
  /** The directory holding the log (created if missing). One writing process at a time. */
  readonly directory: string;
  /**
   * `'append'`: every `append` call is written and `fdatasync`ed on its own. `'batch'` (default):
   * group commit — calls that arrive while a flush is running (or within `maxBatchDelayMs`) share
   * one `fdatasync`. Either way a call resolves only after its records are durable.
   */
  readonly durability?: 'append' | 'batch';
  /** Longest time (0–100 ms, default 0) a batch waits for more appends before it is written. */
  readonly maxBatchDelayMs?: number;
  /** Most records written by one flush (default 10,000). */
  readonly maxBatchRecords?: number;
  /** Size at which a new segment file is started (default 256 MiB). */
  readonly segmentBytes?: number;
  /** SHA-256 used to rebuild nodes during recovery (default `nodeSha256`). */
  readonly hasher?: Sha256;
}

/**
 * What recovery did when the store was opened.
 *
 * @example
 * ```ts
 * const store = await createFileStore({ directory });
 * store.recovery.truncatedBytes; // bytes of a torn tail that were cut off
 * ```
 */
export interface FileStoreRecovery {
  /** Bytes of torn (incomplete or corrupt) records cut from the end of the entry segment. */
  readonly truncatedBytes: number;
  /** Entries whose tree nodes and offsets were rebuilt from the segment. */
  readonly rebuiltEntries: number;
}

/**
 * A file-backed {@link AuditStore}.
 *
 * @example
 * ```ts
 * import { createFileStore } from '@spbe-kit/audit/file';
 * const store = await createFileStore({ directory: './audit-data' });
 * store.directory;
 * ```
 */
export interface FileStore extends AuditStore {
  readonly directory: string;
  readonly recovery: FileStoreRecovery;
}

interface Pending {
  readonly records: readonly AppendRecord[];
  readonly hasher: Sha256;
  resolve(first: number): void;
  reject(error: unknown): void;
}

function storeError(code: string, id: string, en: string): AuditLogError {
  return new AuditLogError(code, { id, en });
}

function readAt(fd: number, length: number, position: number): Buffer {
  const buffer = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const read = readSync(fd, buffer, done, length - done, position + done);
    if (read === 0) break;
    done += read;
  }
  return done === length ? buffer : buffer.subarray(0, done);
}

function writeAt(fd: number, data: Uint8Array, position: number): void {
  let done = 0;
  while (done < data.length) done += writeSync(fd, data, done, data.length - done, position + done);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Opens (or creates) an audit store in a directory of append-only segment files:
 *
 * - `entries-NNNNNN.seg`: the events (leaf data), each record framed with length and CRC-32;
 * - `nodes-LL.bin`: the tree's node hashes per level (32 bytes each), so a proof reads O(log n) hashes;
 * - `offsets.bin`: where each entry starts; `details.log`: erasable details; `checkpoints.log`: signed checkpoints.
 *
 * An append resolves only after its records are `fdatasync`ed (per call, or per group commit with
 * `durability: 'batch'`). On open, recovery cuts a torn tail left by a crash and rebuilds derived
 * files from the segments, so no acknowledged event is ever lost. Node.js only; one writing process.
 *
 * @example
 * ```ts
 * import { createAuditLog, createNoteSigner } from '@spbe-kit/audit';
 * import { createFileStore, nodeSha256 } from '@spbe-kit/audit/file';
 * const store = await createFileStore({ directory: '/var/lib/simpeg/audit', durability: 'batch' });
 * const log = createAuditLog({ store, signer, origin: 'audit.balikpapan.go.id/simpeg', hasher: nodeSha256 });
 * ```
 */
export async function createFileStore(options: FileStoreOptions): Promise<FileStore> {
  await Promise.resolve();
  try {
    return openFileStore(options);
  } catch (error) {
    throw asStoreError(error, 'store.open_failed');
  }
}

function openFileStore(options: FileStoreOptions): FileStore {
  const directory = options.directory;
  const durability = options.durability ?? 'batch';
  const maxBatchDelayMs = Math.min(Math.max(options.maxBatchDelayMs ?? 0, 0), 100);
  const maxBatchRecords = options.maxBatchRecords ?? 10_000;
  const segmentBytes = options.segmentBytes ?? 256 * 1024 * 1024;
  const recoveryHasher = options.hasher ?? nodeSha256;
  mkdirSync(directory, { recursive: true });

  // One writing process: a lock file naming the owner; a dead owner's lock is taken over.
  const lockPath = join(directory, 'lock');
  try {
    const owner = Number(readFileSync(lockPath, 'utf8'));
    if (Number.isSafeInteger(owner) && owner !== process.pid && isAlive(owner)) {
      throw storeError(
        'store.locked',
        `Direktori log dipakai proses ${owner}`,
        `The log directory is in use by process ${owner}`,
      );
    }
  } catch (error) {
    if (AuditLogError.isInstance(error)) throw error;
  }
  writeFileSync(lockPath, String(process.pid));

  const open = (name: string) => openSync(join(directory, name), 'a+');
  // 'a+' appends on write() without a position; every write here passes a position, so open 'r+' after creating.
  const openRw = (name: string) => {
    closeSync(open(name));
    return openSync(join(directory, name), 'r+');
  };
  const segmentName = (n: number) => `entries-${String(n).padStart(6, '0')}.seg`;
  const levelName = (level: number) => `nodes-${String(level).padStart(2, '0')}.bin`;

  const segments: { fd: number; size: number }[] = [];
  const existingSegments = readdirSync(directory)
    .filter((name) => /^entries-\d{6}\.seg$/.test(name))
    .sort();
  existingSegments.forEach((name, i) => {
    if (name !== segmentName(i)) throw storeError('store.corrupt', 'Berkas segmen hilang', 'A segment file is missing');
    const fd = openRw(name);
    segments.push({ fd, size: fstatSync(fd).size });
  });
  if (segments.length === 0) {
    const fd = openRw(segmentName(0));
    segments.push({ fd, size: 0 });
  }
  const offsetsFd = openRw('offsets.bin');
  const stateFd = openRw('state.bin');
  const levelFds: number[] = [];
  const levelFd = (level: number): number => (levelFds[level] ??= openRw(levelName(level)));
  for (let level = 0; ; level++) {
    if (!readdirSync(directory).includes(levelName(level))) break;
    levelFd(level);
  }
  levelFd(0);

  // ---- Recovery ----
  const stateBuffer = readAt(stateFd, 8, 0);
  let trusted = stateBuffer.length === 8 ? Number(stateBuffer.readBigUInt64LE(0)) : 0;
  trusted = Math.min(trusted, Math.floor(fstatSync(offsetsFd).size / 8));
  levelFds.forEach((fd, level) => {
    const count = Math.floor(fstatSync(fd).size / HASH);
    trusted = Math.min(trusted, (count + 1) * 2 ** level - 1);
  });
  const offsetOf = (index: number): { segment: number; offset: number } => {
    const position = Number(readAt(offsetsFd, 8, index * 8).readBigUInt64LE(0));
    return { segment: Math.floor(position / SEGMENT_SHIFT), offset: position % SEGMENT_SHIFT };
  };
  let scanSegment = 0;
  let scanOffset = 0;
  if (trusted > 0) {
    const last = offsetOf(trusted - 1);
    const segment = segments[last.segment];
    const head = segment ? readAt(segment.fd, HEADER_BYTES, last.offset) : Buffer.alloc(0);
    const length = head.length === HEADER_BYTES ? head.readUInt32LE(4) : 0;
    const record = segment
      ? parseRecord(ENTRY_MAGIC, readAt(segment.fd, recordBytes(length), last.offset), 0)
      : undefined;
    if (!record || !record.intact || record.index !== trusted - 1) {
      // Inside the durable region: never "repair" (that would hide tampering); refuse instead.
      throw storeError(
        'store.corrupt',
        `Entri ${trusted - 1} rusak di dalam bagian yang sudah tahan lama`,
        `Entry ${trusted - 1} is damaged inside the durable region`,
      );
    }
    scanSegment = last.segment;
    scanOffset = last.offset + record.size;
  }
  // Scan forward for entries written after the last durable state, then cut the torn tail.
  const rebuilt: { leafData: Buffer; segment: number; offset: number }[] = [];
  let truncatedBytes = 0;
  for (let s = scanSegment; s < segments.length; s++) {
    const segment = segments[s]!;
    let offset = s === scanSegment ? scanOffset : 0;
    const data = readAt(segment.fd, segment.size - offset, offset);
    let at = 0;
    let broken = false;
    while (at < data.length) {
      const record = parseRecord(ENTRY_MAGIC, data, at);
      if (!record || !record.intact || record.index !== trusted + rebuilt.length) {
        broken = true;
        break;
      }
      rebuilt.push({ leafData: Buffer.from(record.payload), segment: s, offset: offset + at });
      at += record.size;
    }
    if (broken || at < data.length) {
      truncatedBytes += data.length - at;
      offset += at;
      ftruncateSync(segment.fd, offset);
      segment.size = offset;
      // Later segments can only hold torn data.
      for (let later = segments.length - 1; later > s; later--) {
        truncatedBytes += segments[later]!.size;
        closeSync(segments[later]!.fd);
        unlinkSync(join(directory, segmentName(later)));
        segments.pop();
      }
      break;
    }
  }
  ftruncateSync(offsetsFd, trusted * 8);
  levelFds.forEach((fd, level) => ftruncateSync(fd, Math.floor(trusted / 2 ** level) * HASH));
  const frontierAt = (count: number): Uint8Array[] =>
    frontierKeys(count).map((key) => readAt(levelFd(key.level), HASH, key.index * HASH));
  let size = trusted;
  let frontier = frontierAt(trusted);

  function writeNodes(nodes: readonly TreeNode[]): void {
    // Nodes of one level produced by one batch have consecutive indices: one write per level.
    const byLevel = new Map<number, TreeNode[]>();
    for (const node of nodes) {
      let list = byLevel.get(node.level);
      if (!list) byLevel.set(node.level, (list = []));
      list.push(node);
    }
    for (const [level, list] of byLevel) {
      const buffer = Buffer.allocUnsafe(list.length * HASH);
      list.forEach((node, i) => buffer.set(node.hash, i * HASH));
      writeAt(levelFd(level), buffer, list[0]!.index * HASH);
    }
  }

  function writeOffsets(first: number, positions: readonly number[]): void {
    const buffer = Buffer.allocUnsafe(positions.length * 8);
    positions.forEach((position, i) => buffer.writeBigUInt64LE(BigInt(position), i * 8));
    writeAt(offsetsFd, buffer, first * 8);
  }

  let stateCount = trusted;
  function persistState(): void {
    for (const fd of levelFds) if (fd !== undefined) fsyncSync(fd);
    fsyncSync(offsetsFd);
    const buffer = Buffer.alloc(8);
    buffer.writeBigUInt64LE(BigInt(size));
    writeAt(stateFd, buffer, 0);
    fsyncSync(stateFd);
    stateCount = size;
  }

  if (rebuilt.length > 0) {
    const result = extendTree(
      frontier,
      size,
      rebuilt.map((entry) => recoveryHasher(Buffer.concat([Buffer.from([0]), entry.leafData]))),
      recoveryHasher,
    );
    writeNodes(result.nodes);
    writeOffsets(
      size,
      rebuilt.map((entry) => entry.segment * SEGMENT_SHIFT + entry.offset),
    );
    frontier = result.frontier;
    size += rebuilt.length;
  }
  if (rebuilt.length > 0 || truncatedBytes > 0 || stateCount !== size) persistState();
  const recovery: FileStoreRecovery = { truncatedBytes, rebuiltEntries: rebuilt.length };

  // Details and checkpoints: scan, keep intact records, cut a torn tail.
  function scanLog(
    name: string,
    magic: number,
    keep: (record: NonNullable<ReturnType<typeof parseRecord>>, offset: number) => boolean,
  ): { fd: number; size: number } {
    const fd = openRw(name);
    const data = readAt(fd, fstatSync(fd).size, 0);
    let at = 0;
    while (at < data.length) {
      const record = parseRecord(magic, data, at);
      if (!record || !record.intact || !keep(record, at)) break;
      at += record.size;
    }
    if (at < data.length) ftruncateSync(fd, at);
    return { fd, size: at };
  }
  const details = new Map<number, { offset: number; length: number }>();
  const detailsLog = scanLog('details.log', DETAILS_MAGIC, (record, offset) => {
    if (record.index >= size) return false;
    if (record.flags === 0) details.set(record.index, { offset: offset + HEADER_BYTES, length: record.payload.length });
    else details.delete(record.index);
    return true;
  });
  const checkpointList: StoredCheckpoint[] = [];
  const checkpointLog = scanLog('checkpoints.log', CHECKPOINT_MAGIC, (record) => {
    checkpointList.push({ size: record.index, note: record.payload.toString('utf8') });
    return true;
  });
  const directoryFd = openSync(directory, 'r');
  fsyncSync(directoryFd);
  closeSync(directoryFd);

  // ---- Writing ----
  const pending: Pending[] = [];
  let pumping = false;
  let closed = false;
  let failure: unknown;
  let queryKeys: EntryKeys[] | undefined;

  async function flush(batch: readonly Pending[]): Promise<number[]> {
    const records = batch.flatMap((item) => item.records);
    const hasher = batch[0]!.hasher;
    let segment = segments[segments.length - 1]!;
    const total = records.reduce((sum, record) => sum + recordBytes(record.leafData.length), 0);
    if (segment.size > 0 && segment.size + total > segmentBytes) {
      await datasync(segment.fd);
      const fd = openRw(segmentName(segments.length));
      const directoryHandle = openSync(directory, 'r');
      fsyncSync(directoryHandle);
      closeSync(directoryHandle);
      segment = { fd, size: 0 };
      segments.push(segment);
    }
    const segmentIndex = segments.length - 1;
    const buffer = Buffer.allocUnsafe(total);
    const positions: number[] = [];
    const detailParts: Buffer[] = [];
    const detailEntries: [number, { offset: number; length: number }][] = [];
    let at = 0;
    let detailsAt = detailsLog.size;
    records.forEach((record, i) => {
      encodeRecord(ENTRY_MAGIC, size + i, 0, record.leafData, buffer, at);
      positions.push(segmentIndex * SEGMENT_SHIFT + segment.size + at);
      at += recordBytes(record.leafData.length);
      if (record.details) {
        const encoded = encodeRecord(DETAILS_MAGIC, size + i, 0, record.details);
        detailParts.push(encoded);
        detailEntries.push([size + i, { offset: detailsAt + HEADER_BYTES, length: record.details.length }]);
        detailsAt += encoded.length;
      }
    });
    const result = extendTree(
      frontier,
      size,
      records.map((record) => record.leafHash),
      hasher,
    );
    // Derived files first (rebuildable), then the segment; then make the segment (and details) durable.
    writeNodes(result.nodes);
    writeOffsets(size, positions);
    if (detailParts.length > 0) {
      writeAt(detailsLog.fd, Buffer.concat(detailParts), detailsLog.size);
      await datasync(detailsLog.fd);
    }
    writeAt(segment.fd, buffer, segment.size);
    await datasync(segment.fd);
    segment.size += total;
    detailsLog.size = detailsAt;
    for (const [index, location] of detailEntries) details.set(index, location);
    const first = size;
    size += records.length;
    frontier = result.frontier;
    if (queryKeys) for (const record of records) queryKeys.push(record.keys);
    if (size - stateCount >= STATE_INTERVAL) persistState();
    const firsts: number[] = [];
    let next = first;
    for (const item of batch) {
      firsts.push(next);
      next += item.records.length;
    }
    return firsts;
  }

  async function pump(): Promise<void> {
    if (pumping) return;
    pumping = true;
    try {
      while (pending.length > 0) {
        if (
          durability === 'batch' &&
          maxBatchDelayMs > 0 &&
          pending.reduce((sum, item) => sum + item.records.length, 0) < maxBatchRecords
        ) {
          await new Promise((resolve) => setTimeout(resolve, maxBatchDelayMs));
        }
        let take = 1;
        let count = pending[0]!.records.length;
        if (durability === 'batch') {
          while (take < pending.length && count + pending[take]!.records.length <= maxBatchRecords)
            count += pending[take++]!.records.length;
        }
        const batch = pending.splice(0, take);
        if (failure) {
          for (const item of batch) item.reject(asStoreError(failure));
          continue;
        }
        try {
          const firsts = await flush(batch);
          batch.forEach((item, i) => item.resolve(firsts[i]!));
        } catch (error) {
          // A failed write leaves the files in an unknown state: stop writing; reopening recovers.
          failure = error;
          for (const item of batch) item.reject(asStoreError(error));
        }
      }
    } finally {
      pumping = false;
    }
  }

  function guard(): void {
    if (closed) throw storeError('store.closed', 'Penyimpanan sudah ditutup', 'The store is closed');
  }

  function readEntriesSync(start: number, end: number): StoredEntry[] {
    end = Math.min(end, size);
    if (start >= end) return [];
    const withNext = end < size ? end + 1 : end;
    const raw = readAt(offsetsFd, (withNext - start) * 8, start * 8);
    const positions: number[] = [];
    for (let i = 0; i * 8 + 8 <= raw.length; i++) positions.push(Number(raw.readBigUInt64LE(i * 8)));
    const out: StoredEntry[] = [];
    // A damaged offsets file may hold fewer positions: read what exists, report the rest as missing.
    const available = Math.min(end - start, positions.length);
    let i = 0;
    while (i < available) {
      const segmentIndex = Math.floor(positions[i]! / SEGMENT_SHIFT);
      const segment = segments[segmentIndex];
      let j = i;
      while (j + 1 < available && Math.floor(positions[j + 1]! / SEGMENT_SHIFT) === segmentIndex) j++;
      const from = positions[i]! % SEGMENT_SHIFT;
      const next = positions[j + 1];
      const to =
        next !== undefined && Math.floor(next / SEGMENT_SHIFT) === segmentIndex
          ? next % SEGMENT_SHIFT
          : (segment?.size ?? 0);
      const span = segment && to > from ? readAt(segment.fd, to - from, from) : Buffer.alloc(0);
      for (let k = i; k <= j; k++) {
        const record = parseRecord(ENTRY_MAGIC, span, (positions[k]! % SEGMENT_SHIFT) - from);
        const index = start + k;
        out.push(
          record
            ? { index: record.index, leafData: record.payload, hasDetails: details.has(index) }
            : { index: -1, leafData: new Uint8Array(), hasDetails: false },
        );
      }
      i = j + 1;
    }
    for (let k = available; k < end - start; k++)
      out.push({ index: -1, leafData: new Uint8Array(), hasDetails: false });
    return out;
  }

  function ensureQueryKeys(): EntryKeys[] {
    if (queryKeys) return queryKeys;
    const keys: EntryKeys[] = [];
    for (let start = 0; start < size; start += 4096) {
      for (const entry of readEntriesSync(start, start + 4096)) {
        try {
          keys.push(keysOf((JSON.parse(entry.leafData.toString()) as { event: AuditEvent }).event));
        } catch {
          keys.push({ timeMs: Number.NaN, action: '', subjects: [] });
        }
      }
    }
    queryKeys = keys;
    return keys;
  }

  const run = async <T>(task: () => T | Promise<T>): Promise<T> => {
    try {
      guard();
      return await task();
    } catch (error) {
      throw asStoreError(error);
    }
  };
  const sideLock = new Mutex();

  return {
    directory,
    recovery,
    append(records: readonly AppendRecord[], hasher: Sha256): Promise<number> {
      if (closed) return Promise.reject(storeError('store.closed', 'Penyimpanan sudah ditutup', 'The store is closed'));
      if (records.length === 0) return Promise.resolve(size);
      return new Promise<number>((resolve, reject) => {
        pending.push({ records, hasher, resolve, reject });
        void pump();
      });
    },
    size: () => run(() => size),
    readEntries: (start: number, end: number) => run(() => readEntriesSync(start, end)),
    readNodes: (level: number, start: number, end: number) =>
      run(() => {
        const fd = levelFds[level];
        if (fd === undefined || start >= end) return [];
        const data = readAt(fd, (end - start) * HASH, start * HASH);
        const out: Uint8Array[] = [];
        for (let i = 0; i + HASH <= data.length; i += HASH) out.push(data.subarray(i, i + HASH));
        return out;
      }),
    getNodes: (keys: readonly NodeKey[]) =>
      run(() =>
        keys.map((key) => {
          const fd = levelFds[key.level];
          return fd === undefined ? new Uint8Array() : readAt(fd, HASH, key.index * HASH);
        }),
      ),
    readDetails: (index: number) =>
      run(() => {
        const location = details.get(index);
        return location ? readAt(detailsLog.fd, location.length, location.offset) : undefined;
      }),
    eraseDetails: (index: number) =>
      sideLock.run(() =>
        run(async () => {
          const location = details.get(index);
          if (!location) return;
          const record = encodeRecord(DETAILS_MAGIC, index, 1, new Uint8Array(location.length));
          writeAt(detailsLog.fd, record, location.offset - HEADER_BYTES);
          await datasync(detailsLog.fd);
          details.delete(index);
        }),
      ),
    query: (query: StoreQuery) =>
      run(() => {
        const keys = ensureQueryKeys();
        const out: number[] = [];
        for (let i = (query.afterIndex ?? -1) + 1; i < keys.length && out.length < query.limit; i++)
          if (matchesQuery(keys[i]!, query)) out.push(i);
        return out;
      }),
    addCheckpoint: (checkpoint: StoredCheckpoint) =>
      sideLock.run(() =>
        run(async () => {
          const record = encodeRecord(CHECKPOINT_MAGIC, checkpoint.size, 0, Buffer.from(checkpoint.note, 'utf8'));
          writeAt(checkpointLog.fd, record, checkpointLog.size);
          await datasync(checkpointLog.fd);
          checkpointLog.size += record.length;
          checkpointList.push(checkpoint);
        }),
      ),
    latestCheckpoint: () => run(() => checkpointList[checkpointList.length - 1]),
    checkpoints: () => run(() => [...checkpointList]),
    async close(): Promise<void> {
      if (closed) return;
      while (pumping || pending.length > 0) await new Promise((resolve) => setTimeout(resolve, 1));
      closed = true;
      try {
        if (!failure) persistState();
        for (const fd of [
          ...segments.map((segment) => segment.fd),
          ...levelFds.filter((fd) => fd !== undefined),
          offsetsFd,
          stateFd,
          detailsLog.fd,
          checkpointLog.fd,
        ])
          closeSync(fd);
        unlinkSync(lockPath);
      } catch (error) {
        throw asStoreError(error);
      }
    },
  };
}
