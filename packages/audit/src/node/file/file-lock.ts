import { closeSync, fstatSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { AuditLogError } from '../../errors.js';

/** A lock file younger than this whose owner cannot be read is still being written: not stale. */
const UNREADABLE_GRACE_MS = 10_000;

/** Whether process `pid` exists on this machine. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether a lock file's owner is gone: the pid it names (on this host) is not running, or the
 * file cannot be read as `pid host` and is older than a few seconds. A lock held by another host
 * is never stale (its pid means nothing here).
 */
function staleOwner(lockPath: string): { stale: boolean; owner: string; inode: number } {
  let text: string;
  let inode: number;
  let ageMs: number;
  try {
    const stat = statSync(lockPath);
    inode = stat.ino;
    ageMs = Date.now() - stat.mtimeMs;
    text = readFileSync(lockPath, 'utf8');
  } catch {
    return { stale: true, owner: '?', inode: -1 };
  }
  const match = /^(\d+) (.*)\n?$/.exec(text);
  if (!match) return { stale: ageMs > UNREADABLE_GRACE_MS, owner: text.trim() || '?', inode };
  const [, pid, host] = match;
  const stale = host === hostname() && !isAlive(Number(pid));
  return { stale, owner: `${pid} (${host})`, inode };
}

/** A held writer lock; `release()` removes it. */
export interface WriterLock {
  release(): void;
}

/**
 * Takes the directory's writer lock atomically: the lock file is created with `O_CREAT | O_EXCL`
 * (`'wx'`), so of two processes only one can create it. A lock left by a writer that died is
 * stale (see {@link staleOwner}) and taken over once; a live owner's lock is `store.locked`.
 */
export function acquireWriterLock(directory: string): WriterLock {
  const lockPath = join(directory, 'lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    let fd: number;
    try {
      fd = openSync(lockPath, 'wx', 0o644);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const { stale, owner, inode } = staleOwner(lockPath);
      if (!stale || attempt > 0) {
        throw new AuditLogError(
          'store.locked',
          { id: `Direktori log dipakai proses ${owner}`, en: `The log directory is in use by process ${owner}` },
          { path: ['directory'] },
        );
      }
      // Remove only the lock judged stale (same inode), then race for a fresh one with O_EXCL again.
      try {
        if (statSync(lockPath).ino === inode) unlinkSync(lockPath);
      } catch {
        // Already removed by another process taking over: the next O_EXCL decides.
      }
      continue;
    }
    try {
      writeSync(fd, `${process.pid} ${hostname()}\n`);
      const ownInode = fstatSync(fd).ino;
      return {
        release(): void {
          try {
            if (statSync(lockPath).ino === ownInode) unlinkSync(lockPath);
          } catch {
            // Nothing to release.
          }
        },
      };
    } finally {
      closeSync(fd);
    }
  }
  /* c8 ignore next */
  throw new AuditLogError('store.locked', { id: 'Direktori log terkunci', en: 'The log directory is locked' });
}
