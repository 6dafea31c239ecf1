/**
 * The browser-safe core of `@spbe-kit/audit`: RFC 6962 Merkle hashing and proofs, C2SP checkpoints,
 * signed notes and proof bundles, RFC 8785 canonical JSON, keyed pseudonyms, and the audit log over a
 * store interface.
 *
 * @packageDocumentation
 */
// Errors
export { AuditError, ProofError, NoteError, AuditLogError, asStoreError, type AuditErrorOptions } from './errors.js';
export type { AuditErrorCode, AuditLogErrorCode, NoteErrorCode, ProofErrorCode } from './error-codes.js';

// Hashing, canonical JSON and the Merkle tree (RFC 8785, RFC 6962 / RFC 9162)
export { sha256, type Sha256 } from './sha256.js';
export { canonicalJson, canonicalJsonBytes, type JsonValue } from './canonical-json.js';
export {
  hashLeaf,
  hashChildren,
  emptyRoot,
  rootFromInclusionProof,
  rootFromConsistencyProof,
  verifyInclusion,
  verifyConsistency,
  type TreeIndex,
  type InclusionProofInput,
  type VerifyInclusionInput,
  type ConsistencyProofInput,
  type VerifyConsistencyInput,
} from './merkle.js';
export {
  perfectSubtrees,
  frontierKeys,
  foldHashes,
  inclusionProofPlan,
  consistencyProofPlan,
  extendTree,
  merkleRoot,
  type NodeKey,
  type TreeNode,
  type ProofPlan,
} from './tree.js';

// Signed notes, checkpoints and proof bundles (C2SP)
export {
  generateNoteKey,
  createNoteSigner,
  parseVerifierKey,
  formatVerifierKey,
  noteKeyId,
  signNote,
  parseNote,
  verifyNote,
  type NoteSigner,
  type NoteVerifier,
  type NoteSignature,
} from './note.js';
export {
  formatCheckpoint,
  parseCheckpoint,
  signCheckpoint,
  verifyCheckpoint,
  readCheckpointUnverified,
  type Checkpoint,
  type CheckpointTrust,
} from './checkpoint.js';
export { formatProofBundle, verifyProofBundle, type VerifiedBundle } from './bundle.js';

// Witnesses and cosignatures (C2SP tlog-witness, tlog-cosignature)
export { WitnessError, witnessStatus, type WitnessErrorCode } from './witness/witness-error.js';
export {
  cosignerKeyId,
  cosignatureMessage,
  formatCosignerVerifierKey,
  generateCosignerKey,
  createCosigner,
  parseCosignerVerifierKey,
  type Cosigner,
  type CosignatureVerifier,
} from './witness/cosignature.js';
export { verifyWitnessPolicy, type WitnessPolicy, type WitnessCosignature } from './witness/witness-policy.js';
export {
  formatAddCheckpointRequest,
  parseAddCheckpointRequest,
  type AddCheckpointRequest,
} from './witness/add-checkpoint-request.js';
export { createMemoryWitnessState, type WitnessState, type WitnessRecord } from './witness/witness-state.js';
export { createWitness, type Witness, type WitnessOptions, type WitnessedLog } from './witness/witness.js';
export {
  requestCosignature,
  witnessCheckpoint,
  type WitnessEndpoint,
  type WitnessCheckpointOptions,
  type WitnessedCheckpoint,
} from './witness/witness-client.js';
export { verifyLogAgainstCheckpoint } from './witness/witnessed-log.js';

// Logs as static files (C2SP tlog-tiles)
export { TILE_WIDTH, formatTileIndex, tilePath, parseTilePath, tilesForSize, type TileKey } from './tiles/tile-path.js';
export { encodeEntryBundle, decodeEntryBundle, MAX_BUNDLE_ENTRY } from './tiles/entry-bundle.js';
export { httpTileSource, type TileSource } from './tiles/tile-source.js';
export {
  readTiledCheckpoint,
  proveInclusionFromTiles,
  proveConsistencyFromTiles,
  proofBundleFromTiles,
  verifyTiledLog,
  type TiledLogReport,
} from './tiles/tiled-log.js';

// Privacy
export { pseudonymize } from './pseudonym.js';
export { decodeLeaf, LEAF_FORMAT_VERSION, type LeafContent } from './leaf.js';

// The log and its store interface
export {
  createAuditLog,
  type AuditLog,
  type AuditLogOptions,
  type AuditPrivacyOptions,
  type AppendReceipt,
  type SignedCheckpoint,
  type InclusionProof,
  type ConsistencyProof,
  type AuditEntry,
  type AuditQuery,
  type VerifyReport,
  type VerifyFailureReason,
  type CheckpointSchedule,
  type CheckpointTimer,
} from './log.js';
export type {
  AuditStore,
  StoreTransaction,
  AppendRecord,
  EntryKeys,
  StoredEntry,
  StoredCheckpoint,
  StoreQuery,
} from './store.js';
export { matchesQuery } from './store-helpers.js';
