import { SpbeError, type IssuePath, type LocalizedText } from '@spbe-kit/models';
import type { AuditErrorCode, AuditLogErrorCode, NoteErrorCode, ProofErrorCode } from './error-codes.js';

const auditErrorMarker = Symbol.for('spbe-kit.error.AuditError');
const proofErrorMarker = Symbol.for('spbe-kit.error.ProofError');
const noteErrorMarker = Symbol.for('spbe-kit.error.NoteError');
const auditLogErrorMarker = Symbol.for('spbe-kit.error.AuditLogError');

/**
 * The base of every error `@spbe-kit/audit` throws: a stable `code` (for example
 * `'proof.root_mismatch'`), the message in Bahasa Indonesia and English, and the path of the bad
 * input when there is one.
 *
 * @example
 * ```ts
 * import { AuditError, verifyInclusion } from '@spbe-kit/audit';
 * try {
 *   verifyInclusion({ leafIndex: 5, treeSize: 3, leafHash: new Uint8Array(32), proof: [], root: new Uint8Array(32) });
 * } catch (error) {
 *   if (AuditError.isInstance(error)) console.log(error.code); // 'proof.index_out_of_range'
 * }
 * ```
 */
export class AuditError extends SpbeError {
  private readonly [auditErrorMarker] = true;

  /** Whether `value` is an {@link AuditError}, from this copy of the package or any other (see `SpbeError.isInstance`). */
  static override isInstance(this: void, value: unknown): value is AuditError {
    return SpbeError.hasMarker(value, auditErrorMarker);
  }

  /** What went wrong; see {@link AuditErrorCode}. */
  declare readonly code: AuditErrorCode;

  constructor(code: AuditErrorCode, messages: LocalizedText, options: AuditErrorOptions = {}) {
    super(code, messages, options);
  }
}

/**
 * Options of every `@spbe-kit/audit` error: the path of the bad input and the underlying error.
 *
 * @example
 * ```ts
 * import { AuditLogError, type AuditErrorOptions } from '@spbe-kit/audit';
 * const options: AuditErrorOptions = { path: ['limit'] };
 * new AuditLogError('log.invalid_query', { id: 'limit harus 1–1000', en: 'limit must be 1–1000' }, options);
 * ```
 */
export interface AuditErrorOptions {
  readonly path?: IssuePath;
  readonly cause?: unknown;
}

/**
 * A Merkle inclusion or consistency proof that does not hold or is malformed. Codes:
 * `proof.hash_length`, `proof.invalid_size`, `proof.index_out_of_range`, `proof.wrong_length`,
 * `proof.size_order`, `proof.from_empty`, `proof.non_empty_for_equal`, `proof.root_mismatch`.
 *
 * @example
 * ```ts
 * import { ProofError } from '@spbe-kit/audit';
 * const error = new ProofError('proof.root_mismatch', { id: 'Akar tidak cocok', en: 'Root mismatch' });
 * error.code; // 'proof.root_mismatch'
 * ```
 */
export class ProofError extends AuditError {
  private readonly [proofErrorMarker] = true;

  /** Whether `value` is a {@link ProofError}, from this copy of the package or any other (see `SpbeError.isInstance`). */
  static override isInstance(this: void, value: unknown): value is ProofError {
    return AuditError.hasMarker(value, proofErrorMarker);
  }

  declare readonly code: ProofErrorCode;

  constructor(code: ProofErrorCode, messages: LocalizedText, options: AuditErrorOptions = {}) {
    super(code, messages, options);
  }
}

/**
 * A signed note, checkpoint, key or proof bundle that is malformed or does not verify. Codes start
 * with `note.`, `key.`, `checkpoint.` or `bundle.`.
 *
 * @example
 * ```ts
 * import { NoteError } from '@spbe-kit/audit';
 * new NoteError('note.no_trusted_signature', { id: 'Tidak ada tanda tangan tepercaya', en: 'No trusted signature' }).code;
 * ```
 */
export class NoteError extends AuditError {
  private readonly [noteErrorMarker] = true;

  /** Whether `value` is a {@link NoteError}, from this copy of the package or any other (see `SpbeError.isInstance`). */
  static override isInstance(this: void, value: unknown): value is NoteError {
    return AuditError.hasMarker(value, noteErrorMarker);
  }

  declare readonly code: NoteErrorCode;

  constructor(code: NoteErrorCode, messages: LocalizedText, options: AuditErrorOptions = {}) {
    super(code, messages, options);
  }
}

/**
 * An audit-log operation that was refused: a bad index, an event or details that fail validation,
 * a checkpoint inconsistent with an earlier one, or a store failure. Codes start with `log.` or `store.`.
 *
 * @example
 * ```ts
 * import { AuditLogError } from '@spbe-kit/audit';
 * new AuditLogError('log.index_out_of_range', { id: 'Indeks di luar log', en: 'Index outside the log' }).code;
 * ```
 */
export class AuditLogError extends AuditError {
  private readonly [auditLogErrorMarker] = true;

  /** Whether `value` is an {@link AuditLogError}, from this copy of the package or any other (see `SpbeError.isInstance`). */
  static override isInstance(this: void, value: unknown): value is AuditLogError {
    return AuditError.hasMarker(value, auditLogErrorMarker);
  }

  declare readonly code: AuditLogErrorCode;

  constructor(code: AuditLogErrorCode, messages: LocalizedText, options: AuditErrorOptions = {}) {
    super(code, messages, options);
  }
}

/**
 * Wraps anything that is not already a spbe-kit error (a file-system or database error) in an
 * {@link AuditLogError}, so callers only ever see typed errors.
 *
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises';
 * import { asStoreError } from '@spbe-kit/audit';
 * try {
 *   await readFile('./audit-data/state.bin');
 * } catch (cause) {
 *   throw asStoreError(cause); // an AuditLogError 'store.failed', the file-system error as its cause
 * }
 * ```
 */
export function asStoreError(cause: unknown, code: AuditLogErrorCode = 'store.failed'): SpbeError {
  if (SpbeError.isInstance(cause)) return cause;
  return new AuditLogError(code, { id: 'Penyimpanan log audit gagal', en: 'The audit-log store failed' }, { cause });
}
