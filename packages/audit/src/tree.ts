import { emptyRoot, hashChildren, hashLeaf } from './merkle.js';
import { sha256, type Sha256 } from './sha256.js';

/**
 * The address of a perfect subtree: `level` 0 is a leaf hash, level `L` covers the 2^L leaves
 * `[index · 2^L, (index + 1) · 2^L)`. Stores keep these nodes so proofs cost O(log n) reads.
 *
 * @example
 * ```ts
 * import type { NodeKey } from '@spbe-kit/audit';
 * const key: NodeKey = { level: 3, index: 2 }; // leaves 16..23
 * ```
 */
export interface NodeKey {
  readonly level: number;
  readonly index: number;
}

/**
 * A stored node: its address and hash.
 *
 * @example
 * ```ts
 * import type { TreeNode } from '@spbe-kit/audit';
 * const node: TreeNode = { level: 0, index: 0, hash: new Uint8Array(32) };
 * ```
 */
export interface TreeNode extends NodeKey {
  readonly hash: Uint8Array;
}

/** Largest power of two strictly smaller than n (n ≥ 2). */
function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * The perfect subtrees that make up the leaves `[start, end)`, left to right (largest first). For a
 * range that starts on a boundary of its own size (every range a proof needs), folding their hashes
 * from the right gives the RFC 6962 hash of the range.
 *
 * @example
 * ```ts
 * import { perfectSubtrees } from '@spbe-kit/audit';
 * perfectSubtrees(0, 7); // [{ level: 2, index: 0 }, { level: 1, index: 2 }, { level: 0, index: 6 }]
 * ```
 */
export function perfectSubtrees(start: number, end: number): NodeKey[] {
  const keys: NodeKey[] = [];
  let position = start;
  while (position < end) {
    let level = 0;
    // Grow the block while it stays aligned and inside the range.
    while (position % 2 ** (level + 1) === 0 && position + 2 ** (level + 1) <= end) level++;
    keys.push({ level, index: position / 2 ** level });
    position += 2 ** level;
  }
  return keys;
}

/**
 * The nodes a tree of `size` leaves is built from (its "frontier"): one perfect subtree per set bit
 * of `size`. Its root is these hashes folded from the right.
 *
 * @example
 * ```ts
 * import { frontierKeys } from '@spbe-kit/audit';
 * frontierKeys(6); // [{ level: 2, index: 0 }, { level: 1, index: 2 }]
 * ```
 */
export function frontierKeys(size: number): NodeKey[] {
  return perfectSubtrees(0, size);
}

/**
 * Folds perfect-subtree hashes (left to right) into one hash, as RFC 6962 splits a range.
 *
 * @example
 * ```ts
 * import { foldHashes, hashLeaf, merkleRoot } from '@spbe-kit/audit';
 * const a = new Uint8Array([1]);
 * const b = new Uint8Array([2]);
 * const c = new Uint8Array([3]);
 * // A tree of 3 leaves is the perfect subtree of leaves 0–1 followed by leaf 2.
 * foldHashes([merkleRoot([a, b]), hashLeaf(c)]); // the same bytes as merkleRoot([a, b, c])
 * ```
 */
export function foldHashes(hashes: readonly Uint8Array[], hasher: Sha256 = sha256): Uint8Array {
  if (hashes.length === 0) return emptyRoot(hasher);
  let hash = hashes[hashes.length - 1]!;
  for (let i = hashes.length - 2; i >= 0; i--) hash = hashChildren(hashes[i]!, hash, hasher);
  return hash;
}

/**
 * One element of a proof: the range of leaves whose hash it is, as the perfect subtrees to fold.
 *
 * @example
 * ```ts
 * import { inclusionProofPlan, type ProofPlan } from '@spbe-kit/audit';
 * const plan: ProofPlan = inclusionProofPlan(0, 3);
 * // [[{ level: 0, index: 1 }], [{ level: 0, index: 2 }]]: read these nodes, fold each element with foldHashes
 * ```
 */
export type ProofPlan = NodeKey[][];

/**
 * Which stored nodes an inclusion proof for `index` in a tree of `size` needs (RFC 9162 §2.1.3.1),
 * leaf-side first. Each element is folded with {@link foldHashes}.
 *
 * @example
 * ```ts
 * import { inclusionProofPlan } from '@spbe-kit/audit';
 * inclusionProofPlan(0, 3); // [[{ level: 0, index: 1 }], [{ level: 0, index: 2 }]]
 * ```
 */
export function inclusionProofPlan(index: number, size: number): ProofPlan {
  const plan: ProofPlan = [];
  let start = 0;
  let end = size;
  const stack: [number, number][] = [];
  while (end - start > 1) {
    const k = splitPoint(end - start);
    if (index < start + k) {
      stack.push([start + k, end]);
      end = start + k;
    } else {
      stack.push([start, start + k]);
      start = start + k;
    }
  }
  for (let i = stack.length - 1; i >= 0; i--) plan.push(perfectSubtrees(stack[i]![0], stack[i]![1]));
  return plan;
}

/**
 * Which stored nodes a consistency proof from `size1` to `size2` needs (RFC 9162 §2.1.4.1).
 *
 * @example
 * ```ts
 * import { consistencyProofPlan } from '@spbe-kit/audit';
 * consistencyProofPlan(4, 8); // [[{ level: 2, index: 1 }]]
 * ```
 */
export function consistencyProofPlan(size1: number, size2: number): ProofPlan {
  if (size1 === 0 || size1 >= size2) return [];
  const stack: [number, number][] = [];
  let start = 0;
  let end = size2;
  const m = size1;
  let complete = true;
  for (;;) {
    if (m === end) {
      if (!complete) stack.push([start, end]);
      break;
    }
    const k = splitPoint(end - start);
    if (m <= start + k) {
      stack.push([start + k, end]);
      end = start + k;
    } else {
      stack.push([start, start + k]);
      start = start + k;
      complete = false;
    }
  }
  const plan: ProofPlan = [];
  for (let i = stack.length - 1; i >= 0; i--) plan.push(perfectSubtrees(stack[i]![0], stack[i]![1]));
  return plan;
}

/**
 * The nodes (and the new frontier) produced by appending leaves to a tree: every perfect subtree
 * completed by the new leaves, leaf hashes included. Stores call this under their write lock.
 *
 * @example
 * ```ts
 * import { extendTree, hashLeaf } from '@spbe-kit/audit';
 * const { nodes, frontier } = extendTree([], 0, [hashLeaf(new Uint8Array([1])), hashLeaf(new Uint8Array([2]))]);
 * nodes.length; // 3: two leaves and their parent
 * ```
 */
export function extendTree(
  frontier: readonly Uint8Array[],
  size: number,
  leafHashes: readonly Uint8Array[],
  hasher: Sha256 = sha256,
): { nodes: TreeNode[]; frontier: Uint8Array[] } {
  const stack = [...frontier];
  const nodes: TreeNode[] = [];
  let index = size;
  for (const leafHash of leafHashes) {
    nodes.push({ level: 0, index, hash: leafHash });
    let hash = leafHash;
    let level = 0;
    let position = index;
    while (position % 2 === 1) {
      hash = hashChildren(stack.pop()!, hash, hasher);
      level++;
      position = (position - 1) / 2;
      nodes.push({ level, index: position, hash });
    }
    stack.push(hash);
    index++;
  }
  return { nodes, frontier: stack };
}

/**
 * The RFC 6962 root of a list of leaf data, computed in memory (for tests and small trees).
 *
 * @example
 * ```ts
 * import { merkleRoot } from '@spbe-kit/audit';
 * merkleRoot([new Uint8Array()]); // 6e340b9c…a01d
 * ```
 */
export function merkleRoot(leaves: readonly Uint8Array[], hasher: Sha256 = sha256): Uint8Array {
  const { frontier } = extendTree(
    [],
    0,
    leaves.map((leaf) => hashLeaf(leaf, hasher)),
    hasher,
  );
  return foldHashes(frontier, hasher);
}
