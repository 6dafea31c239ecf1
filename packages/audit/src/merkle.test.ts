import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasherVectors, referenceLeaves, referenceRoots } from './__fixtures__/vectors.js';
import { fromHex, toHex, utf8 } from './bytes.js';
import { ProofError } from './errors.js';
import {
  emptyRoot,
  hashChildren,
  hashLeaf,
  rootFromConsistencyProof,
  rootFromInclusionProof,
  verifyConsistency,
  verifyInclusion,
} from './merkle.js';
import {
  consistencyProofPlan,
  extendTree,
  foldHashes,
  frontierKeys,
  inclusionProofPlan,
  merkleRoot,
  type NodeKey,
} from './tree.js';

const hex = (text: string) => fromHex(text)!;
const leaves = referenceLeaves.map(hex);

/** An in-memory node table, as a store keeps it, to produce proofs from plans. */
function buildTree(data: readonly Uint8Array[]) {
  const levels: Uint8Array[][] = [];
  const { nodes } = extendTree(
    [],
    0,
    data.map((leaf) => hashLeaf(leaf)),
  );
  for (const node of nodes) (levels[node.level] ??= [])[node.index] = node.hash;
  const get = (key: NodeKey) => levels[key.level]![key.index]!;
  const resolve = (plan: NodeKey[][]) => plan.map((element) => foldHashes(element.map(get)));
  return {
    root: (size: number) => foldHashes(frontierKeys(size).map(get)),
    leafHash: (index: number) => levels[0]![index]!,
    inclusion: (index: number, size: number) => resolve(inclusionProofPlan(index, size)),
    consistency: (size1: number, size2: number) => resolve(consistencyProofPlan(size1, size2)),
  };
}

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    expect(error).toSatisfy(ProofError.isInstance);
    return (error as ProofError).code;
  }
  return undefined;
}

function flipBit(bytes: Uint8Array, bit: number): Uint8Array {
  const copy = bytes.slice();
  copy[bit >> 3] = copy[bit >> 3]! ^ (1 << (bit & 7));
  return copy;
}

describe('RFC 6962 hashing vectors', () => {
  it('hashes the empty tree, the empty leaf, a leaf and a node as published', () => {
    expect(toHex(emptyRoot())).toBe(hasherVectors.emptyTree);
    expect(toHex(hashLeaf(new Uint8Array()))).toBe(hasherVectors.emptyLeaf);
    expect(toHex(hashLeaf(utf8('L123456')))).toBe(hasherVectors.leafL123456);
    expect(toHex(hashChildren(utf8('N123'), utf8('N456')))).toBe(hasherVectors.nodeN123N456);
  });

  it('gives the reference roots for the 8-leaf tree at every size', () => {
    referenceRoots.forEach((root, i) => expect(toHex(merkleRoot(leaves.slice(0, i + 1)))).toBe(root));
  });

  it('verifies every inclusion and consistency proof of the reference tree', () => {
    const tree = buildTree(leaves);
    for (let size = 1; size <= 8; size++) {
      const root = hex(referenceRoots[size - 1]!);
      for (let index = 0; index < size; index++) {
        verifyInclusion({
          leafIndex: index,
          treeSize: size,
          leafHash: tree.leafHash(index),
          proof: tree.inclusion(index, size),
          root,
        });
        verifyInclusion({
          leafIndex: BigInt(index),
          treeSize: BigInt(size),
          leafHash: tree.leafHash(index),
          proof: tree.inclusion(index, size),
          root,
        });
      }
      for (let size1 = 1; size1 <= size; size1++) {
        verifyConsistency({
          size1,
          size2: size,
          root1: hex(referenceRoots[size1 - 1]!),
          root2: root,
          proof: tree.consistency(size1, size),
        });
      }
    }
  });
});

describe('malformed proofs are rejected with a code', () => {
  const tree = buildTree(leaves);
  const root8 = hex(referenceRoots[7]!);
  const good = { leafIndex: 2, treeSize: 8, leafHash: tree.leafHash(2), proof: tree.inclusion(2, 8), root: root8 };

  it('rejects hashes that are not 32 bytes', () => {
    expect(codeOf(() => verifyInclusion({ ...good, leafHash: new Uint8Array(31) }))).toBe('proof.hash_length');
    expect(codeOf(() => verifyInclusion({ ...good, root: new Uint8Array(33) }))).toBe('proof.hash_length');
    expect(codeOf(() => verifyInclusion({ ...good, proof: [...good.proof.slice(1), new Uint8Array(16)] }))).toBe(
      'proof.hash_length',
    );
  });

  it('rejects index >= size and bad sizes', () => {
    expect(codeOf(() => verifyInclusion({ ...good, leafIndex: 8 }))).toBe('proof.index_out_of_range');
    expect(codeOf(() => verifyInclusion({ ...good, leafIndex: 0, treeSize: 0, proof: [] }))).toBe(
      'proof.index_out_of_range',
    );
    expect(codeOf(() => verifyInclusion({ ...good, leafIndex: -1 }))).toBe('proof.invalid_size');
    expect(codeOf(() => verifyInclusion({ ...good, leafIndex: 1.5 }))).toBe('proof.invalid_size');
    expect(codeOf(() => verifyInclusion({ ...good, treeSize: 1n << 64n }))).toBe('proof.invalid_size');
  });

  it('rejects a proof of the wrong length', () => {
    expect(codeOf(() => verifyInclusion({ ...good, proof: good.proof.slice(1) }))).toBe('proof.wrong_length');
    expect(codeOf(() => verifyInclusion({ ...good, proof: [...good.proof, good.proof[0]!] }))).toBe(
      'proof.wrong_length',
    );
  });

  it('rejects consistency proofs with size2 < size1, from size 0, non-empty for equal sizes, wrong length', () => {
    const root3 = hex(referenceRoots[2]!);
    const proof = tree.consistency(3, 8);
    expect(codeOf(() => verifyConsistency({ size1: 8, size2: 3, root1: root8, root2: root3, proof }))).toBe(
      'proof.size_order',
    );
    expect(codeOf(() => verifyConsistency({ size1: 0, size2: 8, root1: emptyRoot(), root2: root8, proof: [] }))).toBe(
      'proof.from_empty',
    );
    expect(codeOf(() => verifyConsistency({ size1: 8, size2: 8, root1: root8, root2: root8, proof: [root8] }))).toBe(
      'proof.non_empty_for_equal',
    );
    expect(
      codeOf(() => verifyConsistency({ size1: 3, size2: 8, root1: root3, root2: root8, proof: proof.slice(1) })),
    ).toBe('proof.wrong_length');
    expect(codeOf(() => verifyConsistency({ size1: 3, size2: 8, root1: root3, root2: root8, proof: [] }))).toBe(
      'proof.wrong_length',
    );
    expect(codeOf(() => verifyConsistency({ size1: 8, size2: 8, root1: root8, root2: root3, proof: [] }))).toBe(
      'proof.root_mismatch',
    );
  });

  it('handles sizes and indices beyond 2^32 and 2^53 safely', () => {
    // A tree of 2^60 + 5 leaves: the leaf at 2^60 + 4 is the last; its proof is one hash per set bit.
    const size = (1n << 60n) + 5n;
    const leafHash = hashLeaf(new Uint8Array([1]));
    const sibling = hashLeaf(new Uint8Array([2]));
    const root = hashChildren(sibling, hashChildren(sibling, leafHash));
    verifyInclusion({ leafIndex: size - 1n, treeSize: size, leafHash, proof: [sibling, sibling], root });
    expect(
      rootFromInclusionProof({ leafIndex: size - 1n, treeSize: size, leafHash, proof: [sibling, sibling] }),
    ).toEqual(root);
    expect(
      codeOf(() => verifyInclusion({ leafIndex: size - 1n, treeSize: size, leafHash, proof: [sibling], root })),
    ).toBe('proof.wrong_length');
  });

  it('rootFromConsistencyProof returns the second root', () => {
    expect(
      toHex(
        rootFromConsistencyProof({ size1: 3, size2: 8, root1: hex(referenceRoots[2]!), proof: tree.consistency(3, 8) }),
      ),
    ).toBe(referenceRoots[7]);
  });
});

describe('property: proofs over random trees', () => {
  // Every tree of up to 2,000 leaves is a prefix of one 2,000-leaf tree and shares its nodes, so one
  // node table serves every random size; leaf contents are random bytes.
  const leafData = fc.sample(fc.uint8Array({ maxLength: 64 }), { numRuns: 2000, seed: 42 });
  const shared = buildTree(leafData);
  const treeArbitrary = fc.integer({ min: 1, max: 2000 }).map((size) => leafData.slice(0, size));
  const treeOf = (_data: Uint8Array[]) => shared;
  it('the shared node table gives the same roots as hashing the prefix directly', () => {
    for (const size of [1, 2, 3, 7, 64, 999, 2000])
      expect(shared.root(size)).toEqual(merkleRoot(leafData.slice(0, size)));
  });

  it('every inclusion proof verifies and every single-bit corruption is rejected', () => {
    fc.assert(
      fc.property(treeArbitrary, fc.nat(), fc.nat(), fc.nat(), (data, a, b, bit) => {
        const tree = treeOf(data);
        const size = 1 + (a % data.length);
        const index = b % size;
        const root = tree.root(size);
        const input = {
          leafIndex: index,
          treeSize: size,
          leafHash: tree.leafHash(index),
          proof: tree.inclusion(index, size),
          root,
        };
        verifyInclusion(input);
        // Corrupt one bit of any hash: the proof, the leaf hash or the root. (Sizes are not corrupted:
        // RFC 9162 inclusion proofs do not bind the exact size, e.g. leaf 0 has the same path in trees
        // of 200 and 201 leaves; the signed checkpoint binds size and root together.)
        const proofBits = input.proof.length * 256;
        const target = bit % (proofBits + 256 + 256);
        let corrupted = input;
        if (target < proofBits) {
          const proof = input.proof.slice();
          proof[target >> 8] = flipBit(proof[target >> 8]!, target & 255);
          corrupted = { ...input, proof };
        } else if (target < proofBits + 256)
          corrupted = { ...input, leafHash: flipBit(input.leafHash, target - proofBits) };
        else corrupted = { ...input, root: flipBit(input.root, target - proofBits - 256) };
        expect(codeOf(() => verifyInclusion(corrupted))).toBeDefined();
      }),
      { numRuns: 300 },
    );
  });

  it('every consistency proof verifies and every single-bit corruption is rejected', () => {
    fc.assert(
      fc.property(treeArbitrary, fc.nat(), fc.nat(), fc.nat(), (data, a, b, bit) => {
        const tree = treeOf(data);
        const size2 = 1 + (a % data.length);
        const size1 = 1 + (b % size2);
        const input = {
          size1,
          size2,
          root1: tree.root(size1),
          root2: tree.root(size2),
          proof: tree.consistency(size1, size2),
        };
        verifyConsistency(input);
        const proofBits = input.proof.length * 256;
        const target = bit % (proofBits + 512);
        let corrupted: typeof input;
        if (target < proofBits) {
          const proof = input.proof.slice();
          proof[target >> 8] = flipBit(proof[target >> 8]!, target & 255);
          corrupted = { ...input, proof };
        } else if (target < proofBits + 256) corrupted = { ...input, root1: flipBit(input.root1, target - proofBits) };
        else corrupted = { ...input, root2: flipBit(input.root2, target - proofBits - 256) };
        expect(codeOf(() => verifyConsistency(corrupted))).toBeDefined();
      }),
      { numRuns: 300 },
    );
  });

  it('hostile inputs only ever produce ProofError', () => {
    const hash = fc.uint8Array({ minLength: 0, maxLength: 40 });
    fc.assert(
      fc.property(
        fc.anything(),
        fc.anything(),
        fc.array(hash, { maxLength: 70 }),
        hash,
        hash,
        (index, size, proof, leafHash, root) => {
          try {
            verifyInclusion({ leafIndex: index as number, treeSize: size as number, leafHash, proof, root });
          } catch (error) {
            expect(error).toSatisfy(ProofError.isInstance);
          }
          try {
            verifyConsistency({ size1: index as number, size2: size as number, root1: leafHash, root2: root, proof });
          } catch (error) {
            expect(error).toSatisfy(ProofError.isInstance);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
