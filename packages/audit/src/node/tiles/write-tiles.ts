import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readCheckpointUnverified } from '../../checkpoint.js';
import { NoteError } from '../../errors.js';
import type { AuditStore } from '../../store.js';
import { encodeEntryBundle } from '../../tiles/entry-bundle.js';
import { TILE_WIDTH, tilePath, tilesForSize } from '../../tiles/tile-path.js';

/**
 * What {@link writeTiles} did.
 *
 * @example
 * ```ts
 * import type { WriteTilesResult } from '@spbe-kit/audit/tiles';
 * const show = (result: WriteTilesResult) => `${result.previousSize} → ${result.size}: ${result.written} files`;
 * ```
 */
export interface WriteTilesResult {
  /** The size of the checkpoint that was in the directory before (0 for a new tree). */
  readonly previousSize: number;
  /** The size of the checkpoint now published. */
  readonly size: number;
  /** Tiles and entry bundles written (full tiles already present are not rewritten). */
  readonly written: number;
}

function writeAtomically(file: string, bytes: Uint8Array | string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, file);
}

/**
 * Writes or updates a C2SP tlog-tiles tree in `directory` for a signed checkpoint of the log in
 * `store`: `tile/<L>/<N>[.p/<W>]` hash tiles (height 8) read from the store's nodes,
 * `tile/entries/<N>[.p/<W>]` entry bundles of the canonical leaf data, then `checkpoint` last, each file
 * replaced atomically. Only tiles that changed since the checkpoint already in the directory are written;
 * full tiles are immutable and never rewritten; partial tiles of earlier checkpoints are kept, as the
 * specification asks. A checkpoint smaller than the one published is refused (`tiles.rollback`).
 *
 * @example
 * ```ts
 * import { writeTiles } from '@spbe-kit/audit/tiles';
 * const { note } = await log.checkpoint();
 * await writeTiles({ store, note, directory: '/srv/www/audit-log' });
 * ```
 */
export async function writeTiles(options: {
  readonly store: Pick<AuditStore, 'size' | 'readNodes' | 'readEntries'>;
  /** The signed (and possibly cosigned) checkpoint to publish. */
  readonly note: string;
  readonly directory: string;
}): Promise<WriteTilesResult> {
  const { store, directory } = options;
  const checkpoint = readCheckpointUnverified(options.note);
  const size = Number(checkpoint.size);
  if (size > (await store.size()))
    throw new NoteError(
      'tiles.checkpoint_beyond_store',
      { id: 'Checkpoint lebih besar dari log', en: 'The checkpoint is larger than the log' },
      { path: ['note'] },
    );
  const published = join(directory, 'checkpoint');
  let previousSize = 0;
  if (existsSync(published)) {
    previousSize = Number(readCheckpointUnverified(readFileSync(published, 'utf8')).size);
    if (previousSize > size)
      throw new NoteError(
        'tiles.rollback',
        {
          id: `Direktori sudah menerbitkan ukuran ${previousSize}, lebih besar dari ${size}`,
          en: `The directory already publishes size ${previousSize}, larger than ${size}`,
        },
        { path: ['note'] },
      );
  }
  let written = 0;
  for (const key of tilesForSize(size, previousSize)) {
    const file = join(directory, tilePath(key));
    if (key.width === TILE_WIDTH && existsSync(file)) continue;
    const start = key.index * TILE_WIDTH;
    let bytes: Uint8Array;
    if (key.level === 'entries') {
      const entries = await store.readEntries(start, start + key.width);
      bytes = encodeEntryBundle(entries.map((entry) => entry.leafData));
    } else {
      const hashes = await store.readNodes(8 * key.level, start, start + key.width);
      bytes = new Uint8Array(hashes.length * 32);
      hashes.forEach((hash, i) => bytes.set(hash, i * 32));
    }
    writeAtomically(file, bytes);
    written++;
  }
  writeAtomically(published, options.note);
  return { previousSize, size, written };
}
