import { checkIndex, logError } from './log-input.js';
import type { LogContext } from './log-context.js';
import type { ConsistencyProof, InclusionProof } from './log-types.js';
import type { TreeIndex } from './merkle.js';
import { consistencyProofPlan, foldHashes, frontierKeys, inclusionProofPlan, type NodeKey } from './tree.js';

/** Roots and proofs of a log, each computed from O(log n) stored nodes fetched in one store call. */
export interface LogProofs {
  /** The stored hashes of `keys`; `store.missing_node` when one is absent or malformed. */
  readonly nodes: (keys: readonly NodeKey[]) => Promise<Uint8Array[]>;
  readonly rootAt: (treeSize?: TreeIndex) => Promise<Uint8Array>;
  readonly proveInclusion: (index: TreeIndex, treeSize?: TreeIndex) => Promise<InclusionProof>;
  readonly proveConsistency: (size1: TreeIndex, size2: TreeIndex) => Promise<ConsistencyProof>;
}

function sizeOutOfRange(size: number, current: number, name: string) {
  return logError(
    'log.size_out_of_range',
    { id: `Ukuran ${size} melebihi log (${current})`, en: `Size ${size} exceeds the log (${current})` },
    [name],
  );
}

/**
 * The distinct keys of `keys` (a proof's nodes and its roots' frontiers share many: at 1,000,000
 * entries about a fifth of an inclusion proof's keys and two fifths of a consistency proof's), and
 * for each key its place among them.
 */
function distinct(keys: readonly NodeKey[]): { unique: NodeKey[]; slots: number[] } {
  const seen = new Map<string, number>();
  const unique: NodeKey[] = [];
  const slots = keys.map((key) => {
    const id = `${key.level}:${key.index}`;
    let slot = seen.get(id);
    if (slot === undefined) {
      slot = unique.length;
      seen.set(id, slot);
      unique.push(key);
    }
    return slot;
  });
  return { unique, slots };
}

/** The hashes for every key from those of the distinct keys (a short answer stays short). */
const expand = (hashes: readonly Uint8Array[], slots: readonly number[]): Uint8Array[] =>
  hashes.length < Math.max(0, ...slots) + 1 ? [...hashes] : slots.map((slot) => hashes[slot]!);

/** Folds consecutive groups of `hashes` (one group per proof element) into the proof's hashes. */
function foldPlan(plan: readonly NodeKey[][], hashes: readonly Uint8Array[], context: LogContext): Uint8Array[] {
  const proof: Uint8Array[] = [];
  let offset = 0;
  for (const element of plan) {
    proof.push(foldHashes(hashes.slice(offset, offset + element.length), context.hasher));
    offset += element.length;
  }
  return proof;
}

/** The proof functions of a log over its store. */
export function createLogProofs(context: LogContext): LogProofs {
  const { store, hasher } = context;

  function checkNodes(keys: readonly NodeKey[], hashes: readonly Uint8Array[]): Uint8Array[] {
    if (hashes.length !== keys.length || hashes.some((hash) => !(hash instanceof Uint8Array) || hash.length !== 32)) {
      throw logError('store.missing_node', {
        id: 'Simpul pohon tidak ditemukan di penyimpanan',
        en: 'A tree node is missing from the store',
      });
    }
    return hashes as Uint8Array[];
  }

  async function nodes(keys: readonly NodeKey[]): Promise<Uint8Array[]> {
    if (keys.length === 0) return [];
    const { unique, slots } = distinct(keys);
    return checkNodes(keys, expand(await store.getNodes(unique), slots));
  }

  /**
   * The nodes `keys` of a tree of `size` entries, after checking that the log holds `size` entries
   * (`name` is the argument blamed when it does not): one store call when the store reads its size
   * together with nodes (`getNodesWithSize`), else `size` then `getNodes`.
   */
  async function nodesAtSize(size: number, keys: readonly NodeKey[], name: string): Promise<Uint8Array[]> {
    if (store.getNodesWithSize && keys.length > 0) {
      const { unique, slots } = distinct(keys);
      const read = await store.getNodesWithSize(unique);
      if (size > read.size) throw sizeOutOfRange(size, read.size, name);
      return checkNodes(keys, expand(read.hashes, slots));
    }
    const current = await store.size();
    if (size > current) throw sizeOutOfRange(size, current, name);
    return nodes(keys);
  }

  async function rootAt(treeSize?: TreeIndex): Promise<Uint8Array> {
    if (treeSize !== undefined) {
      const size = checkIndex(treeSize, 'treeSize');
      return foldHashes(await nodesAtSize(size, frontierKeys(size), 'treeSize'), hasher);
    }
    return foldHashes(await nodes(frontierKeys(await store.size())), hasher);
  }

  async function proveInclusion(indexInput: TreeIndex, treeSize?: TreeIndex): Promise<InclusionProof> {
    const index = checkIndex(indexInput, 'index');
    const given = treeSize === undefined ? undefined : checkIndex(treeSize, 'treeSize');
    // Without a tree size, or with an index outside it, the current size is read first (and is the
    // error when the given size exceeds it); else size and nodes come in one store call.
    let size = given ?? (await store.size());
    if (given !== undefined && index >= given) {
      const current = await store.size();
      if (given > current) throw sizeOutOfRange(given, current, 'treeSize');
      size = given;
    }
    if (index >= size)
      throw logError(
        'log.index_out_of_range',
        {
          id: `Indeks ${index} di luar pohon berukuran ${size}`,
          en: `Index ${index} is outside the tree of size ${size}`,
        },
        ['index'],
      );
    const plan = inclusionProofPlan(index, size);
    const frontier = frontierKeys(size);
    const keys = [{ level: 0, index }, ...frontier, ...plan.flat()];
    const hashes = given === undefined ? await nodes(keys) : await nodesAtSize(size, keys, 'treeSize');
    const root = foldHashes(hashes.slice(1, 1 + frontier.length), hasher);
    const proof = foldPlan(plan, hashes.slice(1 + frontier.length), context);
    return { leafIndex: index, treeSize: size, leafHash: hashes[0]!, proof, root };
  }

  async function proveConsistency(size1Input: TreeIndex, size2Input: TreeIndex): Promise<ConsistencyProof> {
    const size1 = checkIndex(size1Input, 'size1');
    const size2 = checkIndex(size2Input, 'size2');
    if (size1 > size2 || size1 === 0) {
      // A size beyond the log is the error to report first, as for any other request.
      const current = await store.size();
      if (size2 > current) throw sizeOutOfRange(size2, current, 'size2');
    }
    if (size1 > size2)
      throw logError('log.size_order', { id: 'size1 lebih besar dari size2', en: 'size1 is larger than size2' }, [
        'size1',
      ]);
    if (size1 === 0)
      throw logError(
        'log.consistency_from_empty',
        {
          id: 'Bukti konsistensi dari pohon kosong tidak bermakna',
          en: 'A consistency proof from the empty tree is meaningless',
        },
        ['size1'],
      );
    // One node read for both roots and the proof, with the size check (one query on PostgreSQL).
    const keys1 = frontierKeys(size1);
    const keys2 = frontierKeys(size2);
    const plan = consistencyProofPlan(size1, size2);
    const hashes = await nodesAtSize(size2, [...keys1, ...keys2, ...plan.flat()], 'size2');
    const root1 = foldHashes(hashes.slice(0, keys1.length), hasher);
    const root2 = foldHashes(hashes.slice(keys1.length, keys1.length + keys2.length), hasher);
    const proof = foldPlan(plan, hashes.slice(keys1.length + keys2.length), context);
    return { size1, size2, proof, root1, root2 };
  }

  return { nodes, rootAt, proveInclusion, proveConsistency };
}
