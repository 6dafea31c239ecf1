import { NoteError } from '../errors.js';
import { TILE_WIDTH, tilePath, type TileKey } from './tile-path.js';

/**
 * Reads one file of a tiled log by its path below the log prefix (`checkpoint`, `tile/0/000`, …);
 * resolves `undefined` when it does not exist. {@link httpTileSource} reads over HTTP(S) with `fetch`;
 * `directoryTileSource` in `@spbe-kit/audit/tiles` reads a directory.
 *
 * @example
 * ```ts
 * import type { TileSource } from '@spbe-kit/audit';
 * const files = new Map<string, Uint8Array>();
 * const source: TileSource = async (path) => files.get(path);
 * ```
 */
export type TileSource = (path: string) => Promise<Uint8Array | undefined>;

/**
 * A {@link TileSource} over HTTP(S): `GET <prefix>/<path>` with `fetch` (browsers and Node). 404 is
 * "missing"; other failures throw a `NoteError` (`tiles.fetch_failed`).
 *
 * @example
 * ```ts
 * import { httpTileSource } from '@spbe-kit/audit';
 * const source = httpTileSource('https://portal.balikpapan.go.id/audit-log');
 * ```
 */
export function httpTileSource(prefix: string, fetchImpl: typeof globalThis.fetch = globalThis.fetch): TileSource {
  const base = prefix.replace(/\/+$/, '');
  return async (path) => {
    let response: Response;
    try {
      response = await fetchImpl(`${base}/${path}`, { headers: { 'accept-encoding': 'gzip, identity' } });
    } catch (cause) {
      throw new NoteError(
        'tiles.fetch_failed',
        { id: `Gagal mengambil ${base}/${path}`, en: `Cannot fetch ${base}/${path}` },
        { path: [path], cause },
      );
    }
    if (response.status === 404) return undefined;
    if (!response.ok)
      throw new NoteError(
        'tiles.fetch_failed',
        { id: `${base}/${path}: HTTP ${response.status}`, en: `${base}/${path}: HTTP ${response.status}` },
        { path: [path] },
      );
    return new Uint8Array(await response.arrayBuffer());
  };
}

function missing(path: string): NoteError {
  return new NoteError(
    'tiles.missing',
    { id: `Tile ${path} tidak ada`, en: `The tile ${path} is missing` },
    {
      path: [path],
    },
  );
}

/**
 * Reads a tile of the expected width; a missing partial tile is taken from the full tile that replaced
 * it (its first `width` hashes), as the specification allows.
 */
export async function readTile(source: TileSource, key: TileKey): Promise<Uint8Array> {
  const path = tilePath(key);
  let bytes = await source(path);
  if (bytes === undefined && key.width < TILE_WIDTH) {
    const full = await source(tilePath({ ...key, width: TILE_WIDTH }));
    if (full !== undefined && key.level !== 'entries') bytes = full.slice(0, key.width * 32);
  }
  if (bytes === undefined) throw missing(path);
  if (key.level !== 'entries' && bytes.length !== key.width * 32)
    throw new NoteError(
      'tiles.malformed_tile',
      { id: `Tile ${path} harus ${key.width * 32} byte`, en: `The tile ${path} must be ${key.width * 32} bytes` },
      { path: [path] },
    );
  return bytes;
}
