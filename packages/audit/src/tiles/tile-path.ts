import { NoteError } from '../errors.js';

/**
 * Hashes per full tile (tiles have height 8).
 *
 * @example
 * ```ts
 * import { TILE_WIDTH } from '@spbe-kit/audit';
 * const fullTilesAtLevel0 = (treeSize: number) => Math.floor(treeSize / TILE_WIDTH);
 * ```
 */
export const TILE_WIDTH = 256;

/**
 * One tile of a C2SP tlog-tiles tree: its level (0 = leaf hashes, or `'entries'` for an entry bundle),
 * its index within the level and its width (256 for a full tile, 1 … 255 for a partial one).
 *
 * @example
 * ```ts
 * import type { TileKey } from '@spbe-kit/audit';
 * const key: TileKey = { level: 0, index: 1234067, width: 256 };
 * ```
 */
export interface TileKey {
  readonly level: number | 'entries';
  readonly index: number;
  readonly width: number;
}

function tileError(en: string, id: string): NoteError {
  return new NoteError('tiles.invalid_path', { id, en }, { path: ['tile'] });
}

/**
 * Encodes a tile index as C2SP tlog-tiles path elements: zero-padded groups of 3 digits, all but the
 * last prefixed with `x` (1234067 → `x001/x234/067`).
 *
 * @example
 * ```ts
 * import { formatTileIndex } from '@spbe-kit/audit';
 * formatTileIndex(1234067); // 'x001/x234/067'
 * formatTileIndex(5); // '005'
 * ```
 */
export function formatTileIndex(index: number): string {
  if (!Number.isSafeInteger(index) || index < 0) throw tileError('Invalid tile index', 'Indeks tile tidak valid');
  let digits = String(index);
  digits = digits.padStart(Math.ceil(digits.length / 3) * 3, '0');
  const groups: string[] = [];
  for (let i = 0; i < digits.length; i += 3) groups.push(digits.slice(i, i + 3));
  return groups.map((group, i) => (i < groups.length - 1 ? `x${group}` : group)).join('/');
}

/**
 * The path of a tile or entry bundle below the log prefix: `tile/<L>/<N>[.p/<W>]` or
 * `tile/entries/<N>[.p/<W>]`.
 *
 * @example
 * ```ts
 * import { tilePath } from '@spbe-kit/audit';
 * tilePath({ level: 1, index: 1234067, width: 256 }); // 'tile/1/x001/x234/067'
 * tilePath({ level: 'entries', index: 3, width: 17 }); // 'tile/entries/003.p/17'
 * ```
 */
export function tilePath(key: TileKey): string {
  if (key.level !== 'entries' && (!Number.isInteger(key.level) || key.level < 0 || key.level > 63))
    throw tileError('A tile level is 0 … 63', 'Level tile 0 … 63');
  if (!Number.isInteger(key.width) || key.width < 1 || key.width > TILE_WIDTH)
    throw tileError('A tile width is 1 … 256', 'Lebar tile 1 … 256');
  const suffix = key.width === TILE_WIDTH ? '' : `.p/${key.width}`;
  return `tile/${key.level}/${formatTileIndex(key.index)}${suffix}`;
}

/**
 * Parses a tile path (the inverse of {@link tilePath}); `undefined` for anything that is not exactly a
 * tile path in its canonical encoding.
 *
 * @example
 * ```ts
 * import { parseTilePath } from '@spbe-kit/audit';
 * parseTilePath('tile/0/x001/x234/067.p/8'); // { level: 0, index: 1234067, width: 8 }
 * ```
 */
export function parseTilePath(path: string): TileKey | undefined {
  const match = /^tile\/(entries|0|[1-9][0-9]?)\/((?:x[0-9]{3}\/)*[0-9]{3})(?:\.p\/([1-9][0-9]{0,2}))?$/.exec(path);
  if (!match) return undefined;
  const level = match[1] === 'entries' ? 'entries' : Number(match[1]);
  if (typeof level === 'number' && level > 63) return undefined;
  const index = Number(match[2]!.replace(/[x/]/g, ''));
  const width = match[3] === undefined ? TILE_WIDTH : Number(match[3]);
  if (!Number.isSafeInteger(index) || (match[3] !== undefined && width >= TILE_WIDTH)) return undefined;
  const key: TileKey = { level, index, width };
  return tilePath(key) === path ? key : undefined;
}

/**
 * The tiles and entry bundles a tree of `size` entries consists of (full ones and the partial ones at the
 * right edge), level by level. A tree of 70,000 entries has 273 full level-0 tiles, a partial one of
 * width 112, one full level-1 tile, a partial one of width 17 and a partial level-2 tile of width 1.
 *
 * @example
 * ```ts
 * import { tilesForSize } from '@spbe-kit/audit';
 * tilesForSize(256).map((tile) => `${tile.level}/${tile.index}/${tile.width}`);
 * // ['entries/0/256', '0/0/256', '1/0/1']
 * ```
 */
export function tilesForSize(size: number, from = 0): TileKey[] {
  const keys: TileKey[] = [];
  for (let level = 0; ; level++) {
    const span = TILE_WIDTH ** level; // entries per hash at this level
    const hashes = Math.floor(size / span);
    if (hashes === 0) break;
    const first = Math.floor(Math.floor(from / span) / TILE_WIDTH);
    const full = Math.floor(hashes / TILE_WIDTH);
    const partial = hashes % TILE_WIDTH;
    for (let index = first; index < full; index++) {
      if (level === 0) keys.push({ level: 'entries', index, width: TILE_WIDTH });
      keys.push({ level, index, width: TILE_WIDTH });
    }
    if (partial > 0) {
      if (level === 0) keys.push({ level: 'entries', index: full, width: partial });
      keys.push({ level, index: full, width: partial });
    }
  }
  return keys;
}
