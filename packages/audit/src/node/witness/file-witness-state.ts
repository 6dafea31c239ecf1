import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fromBase64, toBase64, toHex, utf8 } from '../../bytes.js';
import { Mutex } from '../../mutex.js';
import { sha256 } from '../../sha256.js';
import { WitnessError, witnessError } from '../../witness/witness-error.js';
import type { WitnessRecord, WitnessState } from '../../witness/witness-state.js';

/**
 * A {@link WitnessState} in a directory (one process at a time).
 *
 * @example
 * ```ts
 * import { createFileWitnessState, type FileWitnessState } from '@spbe-kit/audit/witness';
 * const state: FileWitnessState = await createFileWitnessState({ directory: './witness-state' });
 * state.directory; // './witness-state'
 * ```
 */
export interface FileWitnessState extends WitnessState {
  readonly directory: string;
  close(): Promise<void>;
}

function processAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

function takeLock(path: string): void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      fsyncSync(fd);
      closeSync(fd);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(path, 'utf8'));
      if (processAlive(owner) && owner !== process.pid)
        throw witnessError(
          'witness.state_failed',
          { id: `Status saksi sedang dipakai proses ${owner}`, en: `The witness state is in use by process ${owner}` },
          { path: ['directory'] },
        );
      unlinkSync(path); // a dead owner's lock
    }
  }
}

function parseRecord(text: string): WitnessRecord {
  const value = JSON.parse(text) as { size?: unknown; root?: unknown; note?: unknown };
  const root = typeof value.root === 'string' ? fromBase64(value.root) : undefined;
  if (
    typeof value.size !== 'string' ||
    !/^(0|[1-9][0-9]*)$/.test(value.size) ||
    !root ||
    typeof value.note !== 'string'
  )
    throw new TypeError('malformed witness record');
  return { size: BigInt(value.size), root, note: value.note };
}

/**
 * Keeps each log's latest cosigned checkpoint in `<directory>/<sha256(origin) hex>.json`. A swap writes a
 * temporary file, `fsync`s it, renames it over the record and `fsync`s the directory, so after a crash
 * the record is either the old or the new one, never torn; it resolves only once durable. A lock file
 * keeps a second process out (a dead owner's lock is taken over).
 *
 * @example
 * ```ts
 * import { createFileWitnessState } from '@spbe-kit/audit/witness';
 * const state = await createFileWitnessState({ directory: '/var/lib/saksi' });
 * ```
 */
export function createFileWitnessState(options: { readonly directory: string }): Promise<FileWitnessState> {
  const directory = options.directory;
  try {
    mkdirSync(directory, { recursive: true });
    takeLock(join(directory, 'lock'));
  } catch (cause) {
    if (WitnessError.isInstance(cause)) return Promise.reject(cause);
    return Promise.reject(
      witnessError(
        'witness.state_failed',
        { id: 'Direktori status saksi gagal dibuka', en: 'Cannot open the witness state' },
        {
          cause,
        },
      ),
    );
  }
  const lock = new Mutex();
  const fileOf = (origin: string) => join(directory, `${toHex(sha256(utf8(origin)))}.json`);
  const read = (origin: string): WitnessRecord | undefined => {
    let text: string;
    try {
      text = readFileSync(fileOf(origin), 'utf8');
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT') return undefined;
      throw error;
    }
    try {
      return parseRecord(text);
    } catch (cause) {
      throw witnessError(
        'witness.state_failed',
        { id: `Catatan saksi untuk ${origin} rusak`, en: `The witness record of ${origin} is corrupt` },
        { cause },
      );
    }
  };
  let closed = false;
  return Promise.resolve({
    directory,
    read: (origin) => lock.run(() => read(origin)),
    swap: (origin, expectedSize, next) =>
      lock.run(() => {
        if (closed)
          throw witnessError('witness.state_failed', {
            id: 'Status saksi sudah ditutup',
            en: 'The witness state is closed',
          });
        if (read(origin)?.size !== expectedSize) return false;
        const file = fileOf(origin);
        const temporary = `${file}.${process.pid}.tmp`;
        const fd = openSync(temporary, 'w', 0o600);
        try {
          writeSync(
            fd,
            JSON.stringify({ origin, size: next.size.toString(), root: toBase64(next.root), note: next.note }),
          );
          fsyncSync(fd);
        } finally {
          closeSync(fd);
        }
        renameSync(temporary, file);
        const dir = openSync(directory, 'r');
        try {
          fsyncSync(dir);
        } finally {
          closeSync(dir);
        }
        return true;
      }),
    close: () =>
      lock.run(() => {
        if (closed) return;
        closed = true;
        try {
          unlinkSync(join(directory, 'lock'));
        } catch {
          // already gone
        }
      }),
  });
}
