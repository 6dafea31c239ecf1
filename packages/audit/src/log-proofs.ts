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

  async function nodes(keys: readonly NodeKey[]): Promise<Uint8Array[]> {
    if (keys.length === 0) return [];
    const hashes = await store.getNodes(keys);
    if (hashes.length !== keys.length || hashes.some((hash) => !(hash instanceof Uint8Array) || hash.length !== 32)) {
      throw logError('store.missing_node', {
        id: 'Simpul pohon tidak ditemukan di penyimpanan',
        en: 'A tree node is missing from the store',
      });
    }
    return hashes;
  }

  async function rootAt(treeSize?: TreeIndex): Promise<Uint8Array> {
    const current = await store.size();
    const size = treeSize === undefined ? current : checkIndex(treeSize, 'treeSize');
    if (size > current) throw sizeOutOfRange(size, current, 'treeSize');
    return foldHashes(await nodes(frontierKeys(size)), hasher);
  }

  async function proveInclusion(indexInput: TreeIndex, treeSize?: TreeIndex): Promise<InclusionProof> {
    const index = checkIndex(indexInput, 'index');
    const current = await store.size();
    const size = treeSize === undefined ? current : checkIndex(treeSize, 'treeSize');
    if (size > current) throw sizeOutOfRange(size, current, 'treeSize');
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
    const hashes = await nodes([{ level: 0, index }, ...frontier, ...plan.flat()]);
    const root = foldHashes(hashes.slice(1, 1 + frontier.length), hasher);
    const proof = foldPlan(plan, hashes.slice(1 + frontier.length), context);
    return { leafIndex: index, treeSize: size, leafHash: hashes[0]!, proof, root };
  }

  async function proveConsistency(size1Input: TreeIndex, size2Input: TreeIndex): Promise<ConsistencyProof> {
    const size1 = checkIndex(size1Input, 'size1');
    const size2 = checkIndex(size2Input, 'size2');
    const current = await store.size();
    if (size2 > current) throw sizeOutOfRange(size2, current, 'size2');
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
    // One node read for both roots and the proof (one query on PostgreSQL).
    const keys1 = frontierKeys(size1);
    const keys2 = frontierKeys(size2);
    const plan = consistencyProofPlan(size1, size2);
    const hashes = await nodes([...keys1, ...keys2, ...plan.flat()]);
    const root1 = foldHashes(hashes.slice(0, keys1.length), hasher);
    const root2 = foldHashes(hashes.slice(keys1.length, keys1.length + keys2.length), hasher);
    const proof = foldPlan(plan, hashes.slice(keys1.length + keys2.length), context);
    return { size1, size2, proof, root1, root2 };
  }

  return { nodes, rootAt, proveInclusion, proveConsistency };
}
