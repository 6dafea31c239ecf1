import type { WitnessErrorCode } from './witness/witness-error.js';

/**
 * Every code a {@link ProofError} carries: a Merkle inclusion or consistency proof that is malformed
 * or does not hold.
 *
 * @example
 * ```ts
 * import { ProofError, verifyInclusion, type ProofErrorCode } from '@spbe-kit/audit';
 * let code: ProofErrorCode | undefined;
 * try {
 *   verifyInclusion({ leafIndex: 5, treeSize: 3, leafHash: new Uint8Array(32), proof: [], root: new Uint8Array(32) });
 * } catch (error) {
 *   if (ProofError.isInstance(error)) code = error.code; // 'proof.index_out_of_range'
 * }
 * ```
 */
export type ProofErrorCode =
  | 'proof.hash_length'
  | 'proof.invalid_size'
  | 'proof.index_out_of_range'
  | 'proof.wrong_length'
  | 'proof.size_order'
  | 'proof.from_empty'
  | 'proof.non_empty_for_equal'
  | 'proof.root_mismatch';

/**
 * Every code a {@link NoteError} carries: a signed note, key, checkpoint, proof bundle or tile that is
 * malformed or does not verify.
 *
 * @example
 * ```ts
 * import { NoteError, parseNote, type NoteErrorCode } from '@spbe-kit/audit';
 * let code: NoteErrorCode | undefined;
 * try {
 *   parseNote('not a signed note');
 * } catch (error) {
 *   if (NoteError.isInstance(error)) code = error.code; // 'note.malformed'
 * }
 * ```
 */
export type NoteErrorCode =
  | 'note.malformed'
  | 'note.invalid_text'
  | 'note.bad_signature'
  | 'note.no_signer'
  | 'note.no_trusted_signature'
  | 'key.invalid_name'
  | 'key.invalid_public_key'
  | 'key.invalid_signer'
  | 'key.invalid_verifier'
  | 'key.no_webcrypto'
  | 'checkpoint.malformed'
  | 'checkpoint.invalid_origin'
  | 'checkpoint.invalid_size'
  | 'checkpoint.invalid_root'
  | 'checkpoint.invalid_extension'
  | 'checkpoint.wrong_origin'
  | 'checkpoint.root_mismatch'
  | 'checkpoint.beyond_log'
  | 'bundle.malformed'
  | 'tiles.invalid_path'
  | 'tiles.malformed_tile'
  | 'tiles.malformed_bundle'
  | 'tiles.missing'
  | 'tiles.fetch_failed'
  | 'tiles.too_large'
  | 'tiles.entry_too_large'
  | 'tiles.entry_undecodable'
  | 'tiles.entry_mismatch'
  | 'tiles.node_mismatch'
  | 'tiles.root_mismatch'
  | 'tiles.rollback'
  | 'tiles.checkpoint_beyond_store';

/**
 * Every code an {@link AuditLogError} carries: a refused log operation (`log.`), a store failure
 * (`store.`), a store that cannot be opened as asked (`audit.`), a value that has no canonical JSON form, a bad pseudonym key and a store that
 * fails the conformance suite.
 *
 * @example
 * ```ts
 * import { AuditLogError, type AuditLog, type AuditLogErrorCode } from '@spbe-kit/audit';
 * declare const log: AuditLog; // a log holding fewer than 6 entries
 * let code: AuditLogErrorCode | undefined;
 * try {
 *   await log.get(5);
 * } catch (error) {
 *   if (AuditLogError.isInstance(error)) code = error.code; // 'log.index_out_of_range'
 * }
 * ```
 */
export type AuditLogErrorCode =
  | 'log.invalid_index'
  | 'log.index_out_of_range'
  | 'log.invalid_range'
  | 'log.invalid_event'
  | 'log.invalid_details'
  | 'log.details_too_large'
  | 'log.details_mismatch'
  | 'log.invalid_leaf'
  | 'log.invalid_batch'
  | 'log.invalid_query'
  | 'log.invalid_reason'
  | 'log.invalid_schedule'
  | 'log.size_order'
  | 'log.size_out_of_range'
  | 'log.consistency_from_empty'
  | 'log.checkpoint_inconsistent'
  | 'log.checkpoint_rollback'
  | 'log.checkpoint_untrusted'
  | 'log.key_mismatch'
  | 'log.no_key'
  | 'log.no_pseudonym_key'
  | 'log.nothing_to_erase'
  | 'log.read_only'
  | 'log.transactions_unsupported'
  | 'store.failed'
  | 'store.open_failed'
  | 'store.closed'
  | 'store.locked'
  | 'store.corrupt'
  | 'store.missing_entry'
  | 'store.missing_node'
  | 'store.invalid_role'
  | 'store.invalid_schema'
  | 'audit.store_not_found'
  | 'audit.empty_log'
  | 'audit.schema_missing'
  | 'audit.read_only_store'
  | 'audit.read_only_file_system'
  | 'audit.permission_denied'
  | 'audit.auth_failed'
  | 'audit.connection_failed'
  | 'audit.connection_refused'
  | 'audit.database_not_found'
  | 'audit.log_identity_mismatch'
  | 'json.not_canonicalizable'
  | 'pseudonym.invalid_key'
  | 'pseudonym.invalid_identifier'
  | 'conformance.failed';

/**
 * Every code an error of `@spbe-kit/audit` can carry. The reference of every code, with what it
 * means and the usual fix, is in the documentation's error-code list.
 *
 * @example
 * ```ts
 * import { AuditError, type AuditErrorCode } from '@spbe-kit/audit';
 * function explain(error: unknown): AuditErrorCode | undefined {
 *   return AuditError.isInstance(error) ? error.code : undefined;
 * }
 * ```
 */
export type AuditErrorCode = ProofErrorCode | NoteErrorCode | AuditLogErrorCode | WitnessErrorCode;
