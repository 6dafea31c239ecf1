import type { LocalizedText } from '@spbe-kit/models';
import { fromBase64, toBase64 } from './bytes.js';
import { NoteError } from './errors.js';
import { parseNote, signNote, verifyNote, type NoteSigner, type NoteVerifier } from './note.js';
import { verifyWitnessPolicy, type WitnessPolicy } from './witness/witness-policy.js';
import type { NoteErrorCode } from './error-codes.js';

/**
 * A tree head (C2SP tlog-checkpoint): the log's origin, the tree size and the root hash.
 *
 * @example
 * ```ts
 * import type { Checkpoint } from '@spbe-kit/audit';
 * const checkpoint: Checkpoint = { origin: 'audit.balikpapan.go.id/simpeg', size: 8n, root: new Uint8Array(32) };
 * ```
 */
export interface Checkpoint {
  /** The unique identity of the log (first line). */
  readonly origin: string;
  /** The number of entries. */
  readonly size: bigint;
  /** The RFC 6962 root hash (32 bytes). */
  readonly root: Uint8Array;
  /** Optional extension lines after the root, without their newlines. */
  readonly extensions?: readonly string[];
}

function checkpointError(
  code: NoteErrorCode,
  messages: LocalizedText,
  path: string[] = [],
  cause?: unknown,
): NoteError {
  return new NoteError(code, messages, { path, cause });
}

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

function checkOrigin(origin: unknown): string {
  if (
    typeof origin !== 'string' ||
    origin.length === 0 ||
    origin.length > 256 ||
    hasControlCharacter(origin) ||
    origin.trim() !== origin
  ) {
    throw checkpointError(
      'checkpoint.invalid_origin',
      { id: 'Origin harus satu baris teks tidak kosong', en: 'The origin must be one non-empty line of text' },
      ['origin'],
    );
  }
  return origin;
}

/**
 * The note text of a checkpoint: `origin\nsize\nbase64(root)\n` plus any extension lines.
 *
 * @example
 * ```ts
 * import { formatCheckpoint } from '@spbe-kit/audit';
 * formatCheckpoint({ origin: 'example.com/log', size: 0n, root: new Uint8Array(32) });
 * // 'example.com/log\n0\nAAAA…AAA=\n'
 * ```
 */
export function formatCheckpoint(checkpoint: Checkpoint): string {
  checkOrigin(checkpoint.origin);
  if (typeof checkpoint.size !== 'bigint' || checkpoint.size < 0n || checkpoint.size >= 1n << 64n) {
    throw checkpointError(
      'checkpoint.invalid_size',
      { id: 'Ukuran harus bigint 0 … 2^64 − 1', en: 'The size must be a bigint 0 … 2^64 − 1' },
      ['size'],
    );
  }
  if (!(checkpoint.root instanceof Uint8Array) || checkpoint.root.length !== 32) {
    throw checkpointError(
      'checkpoint.invalid_root',
      { id: 'Akar harus hash 32 byte', en: 'The root must be a 32-byte hash' },
      ['root'],
    );
  }
  const extensions = checkpoint.extensions ?? [];
  for (const line of extensions) {
    if (typeof line !== 'string' || line.length === 0 || line.includes('\n')) {
      throw checkpointError(
        'checkpoint.invalid_extension',
        { id: 'Baris ekstensi tidak valid', en: 'Invalid extension line' },
        ['extensions'],
      );
    }
  }
  return [checkpoint.origin, checkpoint.size.toString(), toBase64(checkpoint.root), ...extensions].join('\n') + '\n';
}

/**
 * Parses the text of a checkpoint note (without signatures). Throws a {@link NoteError}
 * (`checkpoint.malformed`) for anything that is not exactly a checkpoint.
 *
 * @example
 * ```ts
 * import { parseCheckpoint } from '@spbe-kit/audit';
 * parseCheckpoint('example.com/log\n3\n' + rootBase64 + '\n').size; // 3n
 * ```
 */
export function parseCheckpoint(text: string): Checkpoint {
  const fail = (messages: LocalizedText, cause?: unknown) =>
    checkpointError('checkpoint.malformed', messages, ['checkpoint'], cause);
  if (typeof text !== 'string' || !text.endsWith('\n'))
    throw fail({ id: 'Checkpoint harus diakhiri baris baru', en: 'A checkpoint must end with a newline' });
  const lines = text.slice(0, -1).split('\n');
  if (lines.length < 3)
    throw fail({
      id: 'Checkpoint harus memiliki origin, ukuran dan akar',
      en: 'A checkpoint needs an origin, a size and a root',
    });
  const [origin, sizeText, rootText, ...extensions] = lines as [string, string, string, ...string[]];
  try {
    checkOrigin(origin);
  } catch (cause) {
    throw fail({ id: 'Origin tidak valid', en: 'Invalid origin' }, cause);
  }
  if (!/^(0|[1-9][0-9]{0,19})$/.test(sizeText) || BigInt(sizeText) >= 1n << 64n)
    throw fail({ id: 'Ukuran pohon tidak valid', en: 'Invalid tree size' });
  const root = fromBase64(rootText);
  if (!root || root.length !== 32)
    throw fail({ id: 'Akar harus base64 dari 32 byte', en: 'The root must be base64 of 32 bytes' });
  if (extensions.some((line) => line.length === 0))
    throw fail({ id: 'Baris ekstensi kosong', en: 'Empty extension line' });
  return extensions.length > 0
    ? { origin, size: BigInt(sizeText), root, extensions }
    : { origin, size: BigInt(sizeText), root };
}

/**
 * Signs a checkpoint and returns the signed note.
 *
 * @example
 * ```ts
 * import { signCheckpoint } from '@spbe-kit/audit';
 * const note = await signCheckpoint({ origin: 'audit.example.go.id/log', size: 1n, root }, signer);
 * ```
 */
export async function signCheckpoint(checkpoint: Checkpoint, signer: NoteSigner): Promise<string> {
  return signNote(formatCheckpoint(checkpoint), [signer]);
}

/**
 * Options of {@link verifyCheckpoint}: trusted state is pinned to the log's identity.
 *
 * @example
 * ```ts
 * import type { CheckpointTrust } from '@spbe-kit/audit';
 * const trust: CheckpointTrust = { origin: 'audit.example.go.id/log', verifierKeys: ['audit.example.go.id+…+…'] };
 * ```
 */
export interface CheckpointTrust {
  /** The origin the checkpoint must name, compared literally. */
  readonly origin: string;
  /** The log's verifier key(s). */
  readonly verifierKeys: readonly (string | NoteVerifier)[];
  /**
   * Optional witness policy: the checkpoint must also carry valid cosignatures of at least `quorum` of
   * these witnesses (`witness.quorum_not_met` otherwise).
   */
  readonly witnesses?: WitnessPolicy;
}

/**
 * Verifies a signed checkpoint: the note signature by a trusted key, the origin pinned by the caller
 * (never taken from the note) and, when `trust.witnesses` is given, the witness cosignatures against
 * that policy. Returns the parsed checkpoint.
 *
 * @example
 * ```ts
 * import { verifyCheckpoint } from '@spbe-kit/audit';
 * const checkpoint = await verifyCheckpoint(note, { origin: 'audit.example.go.id/log', verifierKeys: [verifierKey] });
 * checkpoint.size; // 42n
 * ```
 */
export async function verifyCheckpoint(note: string, trust: CheckpointTrust): Promise<Checkpoint> {
  const { text } = await verifyNote(note, trust.verifierKeys);
  const checkpoint = parseCheckpoint(text);
  if (checkpoint.origin !== trust.origin) {
    throw checkpointError(
      'checkpoint.wrong_origin',
      {
        id: `Checkpoint berasal dari log lain (${checkpoint.origin})`,
        en: `The checkpoint is from another log (${checkpoint.origin})`,
      },
      ['origin'],
    );
  }
  if (trust.witnesses) await verifyWitnessPolicy(note, trust.witnesses);
  return checkpoint;
}

/**
 * Reads the checkpoint inside a signed note without verifying the signature (for display only).
 *
 * @example
 * ```ts
 * import { readCheckpointUnverified } from '@spbe-kit/audit';
 * readCheckpointUnverified(note).size;
 * ```
 */
export function readCheckpointUnverified(note: string): Checkpoint {
  return parseCheckpoint(parseNote(note).text);
}
