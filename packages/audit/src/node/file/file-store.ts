import { statSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import type { LocalizedText } from '@spbe-kit/models';
import type { AuditLogErrorCode } from '../../error-codes.js';
import { AuditLogError, asStoreError } from '../../errors.js';
import { Mutex } from '../../mutex.js';
import type { Sha256 } from '../../sha256.js';
import type { AppendRecord, AuditStore, StoredCheckpoint } from '../../store.js';
import type { NodeKey } from '../../tree.js';
import { DerivedFiles } from './file-derived.js';
import { fsyncDirectory } from './file-io.js';
import { acquireWriterLock, type WriterLock } from './file-lock.js';
import { FileReader } from './file-reader.js';
import { recoverLog, type FileStoreRecovery } from './file-recovery.js';
import { closeSegments, openSegments, type Segment } from './file-segments.js';
import { SideLogs } from './file-side-logs.js';
import { FileWriter, type LogTail } from './file-writer.js';
import { nodeSha256 } from './node-sha256.js';

export type { FileStoreRecovery } from './file-recovery.js';

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
  /** The directory holding the log (created if missing, unless read-only). One writing process at a time. */
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
  /**
   * Open an existing log for reading only (verify, prove, export, query), as an auditor does: works
   * on a read-only file system, takes no lock, creates and changes nothing (recovery happens in
   * memory). A missing directory is `audit.store_not_found`, one without a log `audit.empty_log`;
   * appending or erasing throws `audit.read_only_store`.
   */
  readonly readOnly?: boolean;
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

const storeError = (code: AuditLogErrorCode, messages: LocalizedText) =>
  new AuditLogError(code, messages, { path: ['directory'] });

/** A read-only store needs an existing directory that holds a log. */
function checkReadableDirectory(directory: string): void {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(directory).isDirectory();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw storeError('audit.store_not_found', {
        id: `Tidak ada log audit: direktori ${directory} tidak ada`,
        en: `No audit log: directory ${directory} does not exist`,
      });
    throw error;
  }
  if (!isDirectory)
    throw storeError('audit.store_not_found', {
      id: `Tidak ada log audit: ${directory} bukan direktori`,
      en: `No audit log: ${directory} is not a directory`,
    });
}

/** Names a file-system failure: permission denied, read-only file system, or the store's own error. */
function fileError(error: unknown, directory: string, fallback: AuditLogErrorCode) {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const path = (error as NodeJS.ErrnoException | undefined)?.path ?? directory;
  if (code === 'EACCES' || code === 'EPERM')
    return new AuditLogError(
      'audit.permission_denied',
      { id: `Izin ditolak pada ${path}`, en: `Permission denied on ${path}` },
      { path: ['directory'], cause: error },
    );
  if (code === 'EROFS')
    return new AuditLogError(
      'audit.read_only_file_system',
      {
        id: `Sistem berkas hanya-baca di ${path}: buka log hanya-baca (readOnly)`,
        en: `Read-only file system at ${path}: open the log read-only (readOnly)`,
      },
      { path: ['directory'], cause: error },
    );
  return asStoreError(error, fallback);
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
 * files from the segments, so no acknowledged event is ever lost. One writing process, enforced by
 * a lock file taken with `O_EXCL` (a dead writer's lock is taken over). Node.js only.
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
    throw fileError(error, options.directory, 'store.open_failed');
  }
}

/** Opens the files, takes the lock (a writer), and runs recovery. */
function openFiles(options: FileStoreOptions) {
  const { directory } = options;
  const readOnly = options.readOnly === true;
  if (readOnly) checkReadableDirectory(directory);
  else mkdirSync(directory, { recursive: true });
  const lock: WriterLock | undefined = readOnly ? undefined : acquireWriterLock(directory);
  let segments: Segment[] = [];
  try {
    segments = openSegments(directory, readOnly);
    if (segments.length === 0)
      throw storeError('audit.empty_log', {
        id: `Direktori ${directory} ada tetapi tidak berisi log audit`,
        en: `Directory ${directory} exists but holds no audit log`,
      });
    const derived = new DerivedFiles(directory, readOnly);
    const recovered = recoverLog(directory, segments, derived, options.hasher ?? nodeSha256);
    const sideLogs = new SideLogs(directory, recovered.size, readOnly);
    if (!readOnly) fsyncDirectory(directory);
    return { readOnly, lock, segments, derived, recovered, sideLogs };
  } catch (error) {
    closeSegments(segments);
    lock?.release();
    throw error;
  }
}

function openFileStore(options: FileStoreOptions): FileStore {
  const { directory } = options;
  const { readOnly, lock, segments, derived, recovered, sideLogs } = openFiles(options);
  const tail: LogTail = { size: recovered.size, frontier: recovered.frontier, stateCount: derived.trustedCount() };
  const writer = new FileWriter(directory, segments, derived, sideLogs, tail, {
    durability: options.durability ?? 'batch',
    maxBatchDelayMs: Math.min(Math.max(options.maxBatchDelayMs ?? 0, 0), 100),
    maxBatchRecords: options.maxBatchRecords ?? 10_000,
    segmentBytes: options.segmentBytes ?? 256 * 1024 * 1024,
  });
  if (!readOnly && (recovered.stateChanged || tail.stateCount !== tail.size)) writer.persistState();
  const reader = new FileReader(segments, derived, sideLogs, tail);
  writer.onDurable = (records) => reader.indexKeys(records.map((record) => record.keys));
  let closed = false;

  const failClosed = () => storeError('store.closed', { id: 'Penyimpanan sudah ditutup', en: 'The store is closed' });
  const failReadOnly = () =>
    storeError('audit.read_only_store', {
      id: 'Penyimpanan dibuka hanya-baca: tidak dapat menulis',
      en: 'The store was opened read-only: it cannot write',
    });
  const run = async <T>(task: () => T | Promise<T>): Promise<T> => {
    try {
      if (closed) throw failClosed();
      return await task();
    } catch (error) {
      throw fileError(error, directory, 'store.failed');
    }
  };
  const write = <T>(task: () => T | Promise<T>): Promise<T> => (readOnly ? Promise.reject(failReadOnly()) : run(task));
  const sideLock = new Mutex();

  return {
    directory,
    recovery: recovered.recovery,
    append(records: readonly AppendRecord[], hasher: Sha256): Promise<number> {
      if (closed) return Promise.reject(failClosed());
      if (readOnly) return Promise.reject(failReadOnly());
      return writer.append(records, hasher);
    },
    size: () => run(() => tail.size),
    readEntries: (start: number, end: number) => run(() => reader.readEntries(start, end)),
    readEntriesAt: (indices: readonly number[]) => run(() => reader.readEntriesAt(indices)),
    readNodes: (level: number, start: number, end: number) => run(() => derived.readNodes(level, start, end)),
    getNodes: (keys: readonly NodeKey[]) => run(() => keys.map((key) => derived.readNode(key.level, key.index))),
    readDetails: (index: number) => run(() => sideLogs.readDetails(index)),
    readDetailsAt: (indices: readonly number[]) => run(() => indices.map((index) => sideLogs.readDetails(index))),
    eraseDetails: (index: number) => sideLock.run(() => write(() => sideLogs.eraseDetails(index))),
    query: (query) => run(() => reader.query(query)),
    addCheckpoint: (checkpoint: StoredCheckpoint) =>
      sideLock.run(() => write(() => sideLogs.addCheckpoint(checkpoint))),
    latestCheckpoint: () => run(() => sideLogs.checkpoints[sideLogs.checkpoints.length - 1]),
    checkpoints: () => run(() => [...sideLogs.checkpoints]),
    async close(): Promise<void> {
      if (closed) return;
      // Wait for queued appends to be written (no polling: the writer's own promise).
      await writer.idle();
      closed = true;
      try {
        if (!readOnly && !writer.failed) writer.persistState();
        closeSegments(segments);
        derived.close();
        sideLogs.close();
      } catch (error) {
        throw asStoreError(error);
      } finally {
        lock?.release();
      }
    },
  };
}
