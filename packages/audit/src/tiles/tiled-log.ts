import { bytesEqual, fromUtf8 } from '../bytes.js';
import { formatProofBundle } from '../bundle.js';
import { verifyCheckpoint, type Checkpoint, type CheckpointTrust } from '../checkpoint.js';
import { NoteError, ProofError } from '../errors.js';
import { decodeLeaf } from '../leaf.js';
import { emptyRoot, hashChildren, hashLeaf, verifyInclusion } from '../merkle.js';
import { sha256, type Sha256 } from '../sha256.js';
import { consistencyProofPlan, extendTree, foldHashes, inclusionProofPlan, type NodeKey } from '../tree.js';
import type { AuditEvent, LocalizedText } from '@spbe-kit/models';
import { decodeEntryBundle } from './entry-bundle.js';
import { TILE_WIDTH, tilePath, tilesForSize, type TileKey } from './tile-path.js';
import { readTile, type TileSource } from './tile-source.js';
import type { NoteErrorCode } from '../error-codes.js';

function tilesError(code: NoteErrorCode, messages: LocalizedText, path: (string | number)[] = []): NoteError {
  return new NoteError(code, messages, { path });
}

/**
 * Reads `<prefix>/checkpoint` and verifies it with the log's key, pinned origin and optional witness
 * policy. Throws `tiles.missing` without a checkpoint, and the errors of `verifyCheckpoint` otherwise.
 *
 * @example
 * ```ts
 * import { httpTileSource, readTiledCheckpoint } from '@spbe-kit/audit';
 * const { checkpoint } = await readTiledCheckpoint(httpTileSource('https://portal.balikpapan.go.id/audit-log'), trust);
 * ```
 */
export async function readTiledCheckpoint(
  source: TileSource,
  trust: CheckpointTrust,
): Promise<{ readonly checkpoint: Checkpoint; readonly note: string }> {
  const bytes = await source('checkpoint');
  if (bytes === undefined)
    throw tilesError('tiles.missing', { id: 'Checkpoint tidak ada', en: 'The checkpoint is missing' }, ['checkpoint']);
  const note = fromUtf8(bytes);
  if (note === undefined)
    throw tilesError('note.malformed', { id: 'Checkpoint bukan UTF-8', en: 'The checkpoint is not UTF-8' }, [
      'checkpoint',
    ]);
  return { checkpoint: await verifyCheckpoint(note, trust), note };
}

/** The width of tile `index` at tile level `level` in a tree of `size` entries. */
function widthAt(size: number, level: number, index: number): number {
  const hashes = Math.floor(size / TILE_WIDTH ** level);
  const full = Math.floor(hashes / TILE_WIDTH);
  return index < full ? TILE_WIDTH : hashes % TILE_WIDTH;
}

/** Reads node hashes of a tree of `size` entries from its tiles, caching tiles. */
function nodeReader(source: TileSource, size: number, hasher: Sha256) {
  const tiles = new Map<string, Promise<Uint8Array>>();
  const tile = (level: number, index: number) => {
    const key: TileKey = { level, index, width: widthAt(size, level, index) };
    const path = tilePath(key);
    let bytes = tiles.get(path);
    if (!bytes) tiles.set(path, (bytes = readTile(source, key)));
    return bytes;
  };
  const stored = async (tileLevel: number, index: number) => {
    const bytes = await tile(tileLevel, Math.floor(index / TILE_WIDTH));
    const at = (index % TILE_WIDTH) * 32;
    return bytes.slice(at, at + 32);
  };
  /** The hash of a complete subtree: stored at tile levels, folded from the tile level below otherwise. */
  const node = async ({ level, index }: NodeKey): Promise<Uint8Array> => {
    const tileLevel = Math.floor(level / 8);
    const below = level % 8;
    if (below === 0) return stored(tileLevel, index);
    const count = 2 ** below;
    let hashes: Uint8Array[] = await Promise.all(
      Array.from({ length: count }, (_, i) => stored(tileLevel, index * count + i)),
    );
    while (hashes.length > 1) {
      const next: Uint8Array[] = [];
      for (let i = 0; i < hashes.length; i += 2) next.push(hashChildren(hashes[i]!, hashes[i + 1]!, hasher));
      hashes = next;
    }
    return hashes[0]!;
  };
  return { node, fold: async (keys: readonly NodeKey[]) => foldHashes(await Promise.all(keys.map(node)), hasher) };
}

/**
 * An inclusion proof (RFC 9162) for entry `index` in the tree of `size` entries, computed from tiles
 * only, with the entry's leaf data from its entry bundle.
 *
 * @example
 * ```ts
 * import { proveInclusionFromTiles } from '@spbe-kit/audit';
 * const { proof, leafData } = await proveInclusionFromTiles(source, 41, 1000);
 * ```
 */
export async function proveInclusionFromTiles(
  source: TileSource,
  index: number,
  size: number,
  hasher: Sha256 = sha256,
): Promise<{ readonly proof: Uint8Array[]; readonly leafData: Uint8Array; readonly leafHash: Uint8Array }> {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size)
    throw new ProofError(
      'proof.index_out_of_range',
      { id: 'Indeks di luar pohon', en: 'Index outside the tree' },
      { path: ['index'] },
    );
  const reader = nodeReader(source, size, hasher);
  const proof = await Promise.all(inclusionProofPlan(index, size).map((element) => reader.fold(element)));
  const leafData = (await readEntries(source, size, Math.floor(index / TILE_WIDTH)))[index % TILE_WIDTH]!;
  const leafHash = hashLeaf(leafData, hasher);
  if (!bytesEqual(leafHash, await reader.node({ level: 0, index })))
    throw tilesError(
      'tiles.entry_mismatch',
      { id: `Entri ${index} tidak cocok dengan hash daunnya`, en: `Entry ${index} does not match its leaf hash` },
      ['entries', index],
    );
  return { proof, leafData, leafHash };
}

/**
 * A consistency proof (RFC 9162) between two sizes, computed from the tiles of the larger tree.
 *
 * @example
 * ```ts
 * import { proveConsistencyFromTiles } from '@spbe-kit/audit';
 * const proof = await proveConsistencyFromTiles(source, 1000, 1200);
 * ```
 */
export async function proveConsistencyFromTiles(
  source: TileSource,
  size1: number,
  size2: number,
  hasher: Sha256 = sha256,
): Promise<Uint8Array[]> {
  if (!Number.isSafeInteger(size1) || !Number.isSafeInteger(size2) || size1 < 1 || size1 > size2)
    throw new ProofError('proof.size_order', { id: 'Ukuran tidak valid', en: 'Invalid sizes' }, { path: ['size1'] });
  const reader = nodeReader(source, size2, hasher);
  return Promise.all(consistencyProofPlan(size1, size2).map((element) => reader.fold(element)));
}

async function readEntries(source: TileSource, size: number, index: number): Promise<Uint8Array[]> {
  const width = widthAt(size, 0, index);
  const path = tilePath({ level: 'entries', index, width });
  const bytes = await source(path);
  if (bytes === undefined && width < TILE_WIDTH) {
    const full = await source(tilePath({ level: 'entries', index, width: TILE_WIDTH }));
    if (full !== undefined) return decodeEntryBundle(full, TILE_WIDTH).slice(0, width);
  }
  if (bytes === undefined)
    throw tilesError('tiles.missing', { id: `Bundel ${path} tidak ada`, en: `The bundle ${path} is missing` }, [path]);
  return decodeEntryBundle(bytes, width);
}

/**
 * A C2SP `tlog-proof@v1` bundle for entry `index`, built from tiles and the verified checkpoint.
 *
 * @example
 * ```ts
 * import { proofBundleFromTiles } from '@spbe-kit/audit';
 * const bundle = await proofBundleFromTiles(source, 41, trust);
 * ```
 */
export async function proofBundleFromTiles(source: TileSource, index: number, trust: CheckpointTrust): Promise<string> {
  const { checkpoint, note } = await readTiledCheckpoint(source, trust);
  const size = Number(checkpoint.size);
  const { proof, leafData, leafHash } = await proveInclusionFromTiles(source, index, size);
  verifyInclusion({ leafIndex: index, treeSize: size, leafHash, proof, root: checkpoint.root });
  return formatProofBundle({ index, proof, note, leafData });
}

/**
 * What {@link verifyTiledLog} checked.
 *
 * @example
 * ```ts
 * import type { TiledLogReport } from '@spbe-kit/audit';
 * const show = (report: TiledLogReport) => `${report.checkpoint.origin}: ${report.entries} entries, ${report.tiles} tiles`;
 * ```
 */
export interface TiledLogReport {
  readonly checkpoint: Checkpoint;
  readonly note: string;
  /** Entries decoded and hashed. */
  readonly entries: number;
  /** Tiles and entry bundles read. */
  readonly tiles: number;
}

/**
 * Verifies a whole log from its C2SP tlog-tiles files alone: the checkpoint (log key, pinned origin,
 * witness policy), every entry bundle decoded and hashed against its level-0 tile, every higher tile
 * hash recomputed from the full tile below it, and the root recomputed from all leaves and compared
 * with the signed root. `onEntry` sees every decoded event in order. Throws a typed error naming the
 * first tile or entry that does not hold (`tiles.entry_mismatch`, `tiles.node_mismatch`,
 * `tiles.root_mismatch`, `tiles.missing`, `tiles.malformed_bundle`, …).
 *
 * @example
 * ```ts
 * import { httpTileSource, verifyTiledLog } from '@spbe-kit/audit';
 * const report = await verifyTiledLog(httpTileSource('https://portal.balikpapan.go.id/audit-log'), {
 *   origin: 'audit.balikpapan.go.id/simpeg',
 *   verifierKeys: ['audit.balikpapan.go.id+1a2b3c4d+AV…'],
 *   witnesses: { witnessKeys: ['saksi.kaltimprov.go.id+…+BA…'], quorum: 1 },
 * });
 * console.log(report.entries);
 * ```
 */
export async function verifyTiledLog(
  source: TileSource,
  trust: CheckpointTrust,
  options: {
    readonly onEntry?: (index: number, event: AuditEvent) => void;
    readonly onProgress?: (done: number, total: number) => void;
    readonly hasher?: Sha256;
  } = {},
): Promise<TiledLogReport> {
  const hasher = options.hasher ?? sha256;
  const { checkpoint, note } = await readTiledCheckpoint(source, trust);
  if (checkpoint.size > BigInt(Number.MAX_SAFE_INTEGER))
    throw tilesError('tiles.too_large', { id: 'Log terlalu besar', en: 'The log is too large' }, ['checkpoint']);
  const size = Number(checkpoint.size);
  let frontier: Uint8Array[] = [];
  let done = 0;
  let tilesRead = 0;
  // Level 0: entries → leaf hashes = the level-0 tile; everything folds into the root.
  const levelRoots = new Map<string, Uint8Array>(); // `${level}/${index}` → hash of a full tile
  const keys = tilesForSize(size);
  for (const key of keys) {
    if (key.level !== 0) continue;
    const tile = await readTile(source, key);
    const entries = await readEntries(source, size, key.index);
    tilesRead += 2;
    const leafHashes = entries.map((entry, i) => {
      const index = key.index * TILE_WIDTH + i;
      const leafHash = hashLeaf(entry, hasher);
      if (!bytesEqual(leafHash, tile.slice(i * 32, i * 32 + 32)))
        throw tilesError(
          'tiles.entry_mismatch',
          {
            id: `Entri ${index} tidak cocok dengan tile level 0`,
            en: `Entry ${index} does not match the level-0 tile`,
          },
          ['entries', index],
        );
      let event: AuditEvent;
      try {
        event = decodeLeaf(entry).event;
      } catch (cause) {
        throw new NoteError(
          'tiles.entry_undecodable',
          { id: `Entri ${index} bukan peristiwa audit`, en: `Entry ${index} is not an audit event` },
          { path: ['entries', index], cause },
        );
      }
      options.onEntry?.(index, event);
      return leafHash;
    });
    ({ frontier } = extendTree(frontier, key.index * TILE_WIDTH, leafHashes, hasher));
    if (key.width === TILE_WIDTH) levelRoots.set(`0/${key.index}`, perfectRoot(leafHashes, hasher));
    done += entries.length;
    options.onProgress?.(done, size);
  }
  // Higher levels: each hash is the root of a full tile one level down.
  for (const key of keys) {
    if (key.level === 'entries' || key.level === 0) continue;
    const tile = await readTile(source, key);
    tilesRead++;
    const hashes: Uint8Array[] = [];
    for (let i = 0; i < key.width; i++) {
      const below = `${key.level - 1}/${key.index * TILE_WIDTH + i}`;
      const expected = levelRoots.get(below);
      const hash = tile.slice(i * 32, i * 32 + 32);
      if (!expected || !bytesEqual(expected, hash))
        throw tilesError(
          'tiles.node_mismatch',
          {
            id: `Hash ${i} pada ${tilePath(key)} tidak sama dengan tile di bawahnya`,
            en: `Hash ${i} of ${tilePath(key)} does not match the tile below it`,
          },
          [tilePath(key)],
        );
      hashes.push(hash);
    }
    if (key.width === TILE_WIDTH) levelRoots.set(`${key.level}/${key.index}`, perfectRoot(hashes, hasher));
  }
  const root = size === 0 ? emptyRoot(hasher) : foldHashes(frontier, hasher);
  if (!bytesEqual(root, checkpoint.root))
    throw tilesError(
      'tiles.root_mismatch',
      {
        id: 'Akar yang dihitung dari tile tidak sama dengan akar checkpoint',
        en: 'The root computed from the tiles is not the checkpoint root',
      },
      ['checkpoint', 'root'],
    );
  return { checkpoint, note, entries: size, tiles: tilesRead + 1 };
}

/** The root of a perfect tree over a power-of-two number of hashes. */
function perfectRoot(hashes: readonly Uint8Array[], hasher: Sha256): Uint8Array {
  let level = [...hashes];
  while (level.length > 1) {
    const next: Uint8Array[] = [];
    for (let i = 0; i < level.length; i += 2) next.push(hashChildren(level[i]!, level[i + 1]!, hasher));
    level = next;
  }
  return level[0]!;
}
