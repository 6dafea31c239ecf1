import type { LocalizedText } from '@spbe-kit/models';
import { bytesEqual, concatBytes, isBytes } from './bytes.js';
import { ProofError } from './errors.js';
import { sha256, type Sha256 } from './sha256.js';
import type { ProofErrorCode } from './error-codes.js';

/**
 * A tree size or leaf index: a non-negative integer as `number` (up to 2^53 − 1) or `bigint` (up to 2^64 − 1).
 *
 * @example
 * ```ts
 * import type { TreeIndex } from '@spbe-kit/audit';
 * const treeSize: TreeIndex = 1_250_000;
 * const hugeTreeSize: TreeIndex = 2n ** 60n; // beyond Number.MAX_SAFE_INTEGER, so a bigint
 * ```
 */
export type TreeIndex = number | bigint;

const NODE_PREFIX = new Uint8Array([1]);
const HASH_SIZE = 32;
const MAX_UINT64 = (1n << 64n) - 1n;

/**
 * The RFC 6962 §2.1 leaf hash: `SHA-256(0x00 || data)`.
 *
 * @example
 * ```ts
 * import { hashLeaf } from '@spbe-kit/audit';
 * hashLeaf(new Uint8Array()); // 6e340b9c…a01d (the published empty-leaf vector)
 * ```
 */
export function hashLeaf(data: Uint8Array, hasher: Sha256 = sha256): Uint8Array {
  // One reused scratch buffer instead of a new concatenation per hash (verification hashes millions).
  if (leafScratch.length < data.length + 1)
    leafScratch = new Uint8Array(Math.max(data.length + 1, leafScratch.length * 2));
  leafScratch[0] = 0;
  leafScratch.set(data, 1);
  return hasher(leafScratch.subarray(0, data.length + 1));
}

let leafScratch = new Uint8Array(1024);
const nodeScratch = new Uint8Array(1 + 2 * HASH_SIZE);

/**
 * The RFC 6962 §2.1 interior node hash: `SHA-256(0x01 || left || right)`.
 *
 * @example
 * ```ts
 * import { hashChildren, hashLeaf } from '@spbe-kit/audit';
 * const root = hashChildren(hashLeaf(new Uint8Array([1])), hashLeaf(new Uint8Array([2])));
 * ```
 */
export function hashChildren(left: Uint8Array, right: Uint8Array, hasher: Sha256 = sha256): Uint8Array {
  if (left.length !== HASH_SIZE || right.length !== HASH_SIZE) return hasher(concatBytes(NODE_PREFIX, left, right));
  nodeScratch[0] = 1;
  nodeScratch.set(left, 1);
  nodeScratch.set(right, 1 + HASH_SIZE);
  return hasher(nodeScratch);
}

/**
 * The root of the empty tree: `SHA-256("")`.
 *
 * @example
 * ```ts
 * import { emptyRoot } from '@spbe-kit/audit';
 * emptyRoot(); // e3b0c442…b855
 * ```
 */
export function emptyRoot(hasher: Sha256 = sha256): Uint8Array {
  return hasher(new Uint8Array());
}

function proofError(code: ProofErrorCode, messages: LocalizedText, path: string): ProofError {
  return new ProofError(code, messages, { path: [path] });
}

/** Checks and converts a size or index to bigint. */
function toUint64(value: unknown, name: string): bigint {
  let result: bigint;
  if (typeof value === 'bigint') result = value;
  else if (typeof value === 'number' && Number.isSafeInteger(value)) result = BigInt(value);
  else
    throw proofError(
      'proof.invalid_size',
      {
        id: `${name} harus bilangan bulat tak negatif (number aman atau bigint)`,
        en: `${name} must be a non-negative integer (safe number or bigint)`,
      },
      name,
    );
  if (result < 0n || result > MAX_UINT64) {
    throw proofError(
      'proof.invalid_size',
      { id: `${name} harus di antara 0 dan 2^64 − 1`, en: `${name} must be between 0 and 2^64 − 1` },
      name,
    );
  }
  return result;
}

function checkHash(value: unknown, name: string): Uint8Array {
  if (!isBytes(value) || value.length !== HASH_SIZE) {
    throw proofError(
      'proof.hash_length',
      { id: `${name} harus hash 32 byte`, en: `${name} must be a 32-byte hash` },
      name,
    );
  }
  return value;
}

function checkProof(proof: unknown): Uint8Array[] {
  if (!Array.isArray(proof)) {
    throw proofError(
      'proof.wrong_length',
      { id: 'Bukti harus berupa daftar hash', en: 'The proof must be a list of hashes' },
      'proof',
    );
  }
  return proof.map((hash, i) => checkHash(hash, `proof[${i}]`));
}

function bitLength(value: bigint): number {
  return value === 0n ? 0 : value.toString(2).length;
}

function onesCount(value: bigint): number {
  let count = 0;
  for (const digit of value.toString(2)) if (digit === '1') count++;
  return count;
}

function trailingZeros(value: bigint): number {
  let count = 0;
  while (value > 0n && (value & 1n) === 0n) {
    value >>= 1n;
    count++;
  }
  return count;
}

/** Splits an inclusion proof into the inner part (below the split with the right border) and the border part. */
function decomposeInclusionProof(index: bigint, size: bigint): { inner: number; border: number } {
  const inner = bitLength(index ^ (size - 1n));
  const border = onesCount(index >> BigInt(inner));
  return { inner, border };
}

function chainInner(seed: Uint8Array, proof: readonly Uint8Array[], index: bigint, hasher: Sha256): Uint8Array {
  let hash = seed;
  proof.forEach((sibling, i) => {
    hash =
      ((index >> BigInt(i)) & 1n) === 0n ? hashChildren(hash, sibling, hasher) : hashChildren(sibling, hash, hasher);
  });
  return hash;
}

function chainInnerRight(seed: Uint8Array, proof: readonly Uint8Array[], index: bigint, hasher: Sha256): Uint8Array {
  let hash = seed;
  proof.forEach((sibling, i) => {
    if (((index >> BigInt(i)) & 1n) === 1n) hash = hashChildren(sibling, hash, hasher);
  });
  return hash;
}

function chainBorderRight(seed: Uint8Array, proof: readonly Uint8Array[], hasher: Sha256): Uint8Array {
  let hash = seed;
  for (const sibling of proof) hash = hashChildren(sibling, hash, hasher);
  return hash;
}

/**
 * Input of {@link rootFromInclusionProof}.
 *
 * @example
 * ```ts
 * import { hashLeaf, rootFromInclusionProof, type InclusionProofInput } from '@spbe-kit/audit';
 * const a = new Uint8Array([1]);
 * const b = new Uint8Array([2]);
 * const input: InclusionProofInput = { leafIndex: 0, treeSize: 2, leafHash: hashLeaf(a), proof: [hashLeaf(b)] };
 * rootFromInclusionProof(input); // the same bytes as merkleRoot([a, b])
 * ```
 */
export interface InclusionProofInput {
  /** Zero-based index of the leaf. */
  readonly leafIndex: TreeIndex;
  /** Size of the tree the proof is for. */
  readonly treeSize: TreeIndex;
  /** `hashLeaf(data)` of the entry. */
  readonly leafHash: Uint8Array;
  /** The audit path, from the leaf's sibling up to the root's child. */
  readonly proof: readonly Uint8Array[];
}

/**
 * Recomputes the tree root implied by an inclusion proof (RFC 9162 §2.1.3.2), after checking its
 * shape: 32-byte hashes, `leafIndex < treeSize`, and exactly the proof length the tree shape needs.
 *
 * @example
 * ```ts
 * import { hashLeaf, rootFromInclusionProof } from '@spbe-kit/audit';
 * const leafHash = hashLeaf(new Uint8Array());
 * rootFromInclusionProof({ leafIndex: 0, treeSize: 1, leafHash, proof: [] }); // equals leafHash
 * ```
 */
export function rootFromInclusionProof(input: InclusionProofInput, hasher: Sha256 = sha256): Uint8Array {
  const index = toUint64(input.leafIndex, 'leafIndex');
  const size = toUint64(input.treeSize, 'treeSize');
  const leafHash = checkHash(input.leafHash, 'leafHash');
  const proof = checkProof(input.proof);
  if (index >= size) {
    throw proofError(
      'proof.index_out_of_range',
      {
        id: `Indeks daun ${index} tidak lebih kecil dari ukuran pohon ${size}`,
        en: `Leaf index ${index} is not less than tree size ${size}`,
      },
      'leafIndex',
    );
  }
  const { inner, border } = decomposeInclusionProof(index, size);
  if (proof.length !== inner + border) {
    throw proofError(
      'proof.wrong_length',
      {
        id: `Panjang bukti ${proof.length}, seharusnya ${inner + border}`,
        en: `Proof has ${proof.length} hashes, expected ${inner + border}`,
      },
      'proof',
    );
  }
  const hash = chainInner(leafHash, proof.slice(0, inner), index, hasher);
  return chainBorderRight(hash, proof.slice(inner), hasher);
}

/**
 * Input of {@link verifyInclusion}.
 *
 * @example
 * ```ts
 * import { hashLeaf, merkleRoot, verifyInclusion, type VerifyInclusionInput } from '@spbe-kit/audit';
 * const a = new Uint8Array([1]);
 * const b = new Uint8Array([2]);
 * const input: VerifyInclusionInput = { leafIndex: 1, treeSize: 2, leafHash: hashLeaf(b), proof: [hashLeaf(a)], root: merkleRoot([a, b]) };
 * verifyInclusion(input); // returns: b is leaf 1 of that tree
 * ```
 */
export interface VerifyInclusionInput extends InclusionProofInput {
  /** The trusted root of a tree of `treeSize` leaves (from a verified checkpoint). */
  readonly root: Uint8Array;
}

/**
 * Verifies that the leaf with `leafHash` sits at `leafIndex` in the tree of `treeSize` leaves whose
 * root is `root`. Returns normally when the proof holds; throws a {@link ProofError} with a `code`
 * saying why when it does not.
 *
 * @example
 * ```ts
 * import { verifyInclusion } from '@spbe-kit/audit';
 * // proof and root come from log.proveInclusion(...) and a verified checkpoint
 * verifyInclusion({ leafIndex: 2, treeSize: 8, leafHash, proof, root });
 * ```
 */
export function verifyInclusion(input: VerifyInclusionInput, hasher: Sha256 = sha256): void {
  const root = checkHash(input.root, 'root');
  const computed = rootFromInclusionProof(input, hasher);
  if (!bytesEqual(computed, root)) {
    throw proofError(
      'proof.root_mismatch',
      {
        id: 'Bukti inklusi tidak menghasilkan akar yang diharapkan',
        en: 'The inclusion proof does not lead to the expected root',
      },
      'root',
    );
  }
}

/**
 * Input of {@link rootFromConsistencyProof}.
 *
 * @example
 * ```ts
 * import { hashLeaf, rootFromConsistencyProof, type ConsistencyProofInput } from '@spbe-kit/audit';
 * const a = new Uint8Array([1]);
 * const b = new Uint8Array([2]);
 * const input: ConsistencyProofInput = { size1: 1, size2: 2, root1: hashLeaf(a), proof: [hashLeaf(b)] };
 * rootFromConsistencyProof(input); // the same bytes as merkleRoot([a, b])
 * ```
 */
export interface ConsistencyProofInput {
  /** The smaller tree size (at least 1). */
  readonly size1: TreeIndex;
  /** The larger tree size. */
  readonly size2: TreeIndex;
  /** The trusted root of the tree of `size1` leaves. */
  readonly root1: Uint8Array;
  /** The consistency proof (RFC 9162 §2.1.4). */
  readonly proof: readonly Uint8Array[];
}

/**
 * Checks a consistency proof against `root1` (RFC 9162 §2.1.4.2) and returns the root of the larger
 * tree it implies. Rejects `size2 < size1`, a proof from size 0, a non-empty proof for equal sizes,
 * wrong hash lengths and a proof of the wrong length, each with its own `code`.
 *
 * @example
 * ```ts
 * import { rootFromConsistencyProof } from '@spbe-kit/audit';
 * const root2 = rootFromConsistencyProof({ size1: 3, size2: 7, root1, proof });
 * ```
 */
export function rootFromConsistencyProof(input: ConsistencyProofInput, hasher: Sha256 = sha256): Uint8Array {
  const size1 = toUint64(input.size1, 'size1');
  const size2 = toUint64(input.size2, 'size2');
  const root1 = checkHash(input.root1, 'root1');
  const proof = checkProof(input.proof);
  if (size2 < size1) {
    throw proofError(
      'proof.size_order',
      {
        id: `size2 (${size2}) lebih kecil dari size1 (${size1})`,
        en: `size2 (${size2}) is smaller than size1 (${size1})`,
      },
      'size2',
    );
  }
  if (size1 === 0n) {
    throw proofError(
      'proof.from_empty',
      {
        id: 'Bukti konsistensi dari pohon kosong tidak bermakna',
        en: 'A consistency proof from the empty tree is meaningless',
      },
      'size1',
    );
  }
  if (size1 === size2) {
    if (proof.length > 0) {
      throw proofError(
        'proof.non_empty_for_equal',
        { id: 'Bukti untuk ukuran yang sama harus kosong', en: 'The proof for equal sizes must be empty' },
        'proof',
      );
    }
    return root1;
  }
  const decomposed = decomposeInclusionProof(size1 - 1n, size2);
  const shift = trailingZeros(size1);
  const inner = decomposed.inner - shift;
  // The proof starts with the root of the subtree of 2^shift leaves, unless size1 is that subtree.
  const startsWithRoot1 = size1 === 1n << BigInt(shift);
  const start = startsWithRoot1 ? 0 : 1;
  const expected = start + inner + decomposed.border;
  if (proof.length !== expected) {
    throw proofError(
      'proof.wrong_length',
      {
        id: `Panjang bukti ${proof.length}, seharusnya ${expected}`,
        en: `Proof has ${proof.length} hashes, expected ${expected}`,
      },
      'proof',
    );
  }
  const seed = startsWithRoot1 ? root1 : proof[0]!;
  const rest = proof.slice(start);
  const mask = (size1 - 1n) >> BigInt(shift);
  let hash1 = chainInnerRight(seed, rest.slice(0, inner), mask, hasher);
  hash1 = chainBorderRight(hash1, rest.slice(inner), hasher);
  if (!bytesEqual(hash1, root1)) {
    throw proofError(
      'proof.root_mismatch',
      {
        id: 'Bukti konsistensi tidak cocok dengan akar pertama',
        en: 'The consistency proof does not match the first root',
      },
      'root1',
    );
  }
  const hash2 = chainInner(seed, rest.slice(0, inner), mask, hasher);
  return chainBorderRight(hash2, rest.slice(inner), hasher);
}

/**
 * Input of {@link verifyConsistency}.
 *
 * @example
 * ```ts
 * import { hashLeaf, merkleRoot, verifyConsistency, type VerifyConsistencyInput } from '@spbe-kit/audit';
 * const a = new Uint8Array([1]);
 * const b = new Uint8Array([2]);
 * const input: VerifyConsistencyInput = { size1: 1, size2: 2, root1: merkleRoot([a]), root2: merkleRoot([a, b]), proof: [hashLeaf(b)] };
 * verifyConsistency(input); // returns: the tree of 2 leaves extends the tree of 1
 * ```
 */
export interface VerifyConsistencyInput extends ConsistencyProofInput {
  /** The root of the tree of `size2` leaves. */
  readonly root2: Uint8Array;
}

/**
 * Verifies that the tree of `size2` leaves with root `root2` extends the tree of `size1` leaves with
 * root `root1` (nothing was changed, removed or reordered). Returns normally when the proof holds;
 * throws a {@link ProofError} with a `code` otherwise.
 *
 * @example
 * ```ts
 * import { verifyConsistency } from '@spbe-kit/audit';
 * verifyConsistency({ size1: 3, size2: 7, root1, root2, proof });
 * ```
 */
export function verifyConsistency(input: VerifyConsistencyInput, hasher: Sha256 = sha256): void {
  const root2 = checkHash(input.root2, 'root2');
  const computed = rootFromConsistencyProof(input, hasher);
  if (!bytesEqual(computed, root2)) {
    throw proofError(
      'proof.root_mismatch',
      {
        id: 'Bukti konsistensi tidak menghasilkan akar kedua',
        en: 'The consistency proof does not lead to the second root',
      },
      'root2',
    );
  }
}
