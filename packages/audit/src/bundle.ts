import { fromBase64, toBase64 } from './bytes.js';
import { verifyCheckpoint, type Checkpoint, type CheckpointTrust } from './checkpoint.js';
import { NoteError } from './errors.js';
import { decodeLeaf } from './leaf.js';
import { hashLeaf, verifyInclusion } from './merkle.js';
import type { AuditEvent, LocalizedText } from '@spbe-kit/models';
import type { NoteErrorCode } from './error-codes.js';

const HEADER = 'c2sp.org/tlog-proof@v1';

function bundleError(code: NoteErrorCode, messages: LocalizedText, cause?: unknown): NoteError {
  return new NoteError(code, messages, { path: ['bundle'], cause });
}

/**
 * Formats a C2SP tlog-proof@v1 bundle: the header, the entry's leaf data as `extra`, the index, the
 * inclusion proof (one base64 hash per line), a blank line and the signed checkpoint verbatim.
 *
 * @example
 * ```ts
 * import { formatProofBundle } from '@spbe-kit/audit';
 * const text = formatProofBundle({ index: 3, proof, note, leafData });
 * ```
 */
export function formatProofBundle(input: {
  readonly index: number;
  readonly proof: readonly Uint8Array[];
  readonly note: string;
  readonly leafData: Uint8Array;
}): string {
  const lines = [
    HEADER,
    `extra ${toBase64(input.leafData)}`,
    `index ${input.index}`,
    ...input.proof.map((hash) => toBase64(hash)),
  ];
  return `${lines.join('\n')}\n\n${input.note}`;
}

/**
 * A verified proof bundle: the entry, where it sits, and the checkpoint that covers it.
 *
 * @example
 * ```ts
 * import type { VerifiedBundle } from '@spbe-kit/audit';
 * const show = (bundle: VerifiedBundle) => `${bundle.index}: ${bundle.event.action}`;
 * ```
 */
export interface VerifiedBundle {
  readonly index: number;
  readonly leafData: Uint8Array;
  readonly event: AuditEvent;
  readonly checkpoint: Checkpoint;
}

/**
 * Verifies a proof bundle offline with only the log's origin and public key: the checkpoint
 * signature, the origin, and the inclusion of the entry (whose data travels in `extra` and is
 * authenticated by the proof). Throws a {@link NoteError} (`bundle.malformed`, `note.*`,
 * `checkpoint.*`) or a `ProofError` when anything does not hold.
 *
 * @example
 * ```ts
 * import { verifyProofBundle } from '@spbe-kit/audit';
 * const { event, index, checkpoint } = await verifyProofBundle(text, {
 *   origin: 'audit.balikpapan.go.id/simpeg',
 *   verifierKeys: ['audit.balikpapan.go.id+1a2b3c4d+AV…'],
 * });
 * ```
 */
export async function verifyProofBundle(text: string, trust: CheckpointTrust): Promise<VerifiedBundle> {
  if (typeof text !== 'string' || text.length > 2_000_000)
    throw bundleError('bundle.malformed', { id: 'Bundel harus teks', en: 'A bundle must be text' });
  const split = text.indexOf('\n\n');
  if (split < 0)
    throw bundleError('bundle.malformed', { id: 'Bundel tanpa checkpoint', en: 'The bundle has no checkpoint' });
  const head = text.slice(0, split).split('\n');
  const note = text.slice(split + 2);
  if (head[0] !== HEADER)
    throw bundleError('bundle.malformed', {
      id: `Baris pertama harus ${HEADER}`,
      en: `The first line must be ${HEADER}`,
    });
  let line = 1;
  let leafData: Uint8Array | undefined;
  if (head[line]?.startsWith('extra ')) {
    leafData = fromBase64(head[line]!.slice(6));
    line++;
  }
  if (!leafData)
    throw bundleError('bundle.malformed', {
      id: 'Data entri (extra) tidak ada atau tidak valid',
      en: 'The entry data (extra) is missing or invalid',
    });
  const indexMatch = /^index (0|[1-9][0-9]{0,19})$/.exec(head[line] ?? '');
  if (!indexMatch) throw bundleError('bundle.malformed', { id: 'Baris indeks tidak valid', en: 'Invalid index line' });
  const index = BigInt(indexMatch[1]!);
  if (index > BigInt(Number.MAX_SAFE_INTEGER))
    throw bundleError('bundle.malformed', { id: 'Indeks terlalu besar', en: 'Index too large' });
  const proof = head.slice(line + 1).map((encoded) => {
    const hash = fromBase64(encoded);
    if (!hash || hash.length !== 32)
      throw bundleError('bundle.malformed', { id: 'Hash bukti tidak valid', en: 'Invalid proof hash' });
    return hash;
  });
  const checkpoint = await verifyCheckpoint(note, trust);
  verifyInclusion({
    leafIndex: index,
    treeSize: checkpoint.size,
    leafHash: hashLeaf(leafData),
    proof,
    root: checkpoint.root,
  });
  const { event } = decodeLeaf(leafData);
  return { index: Number(index), leafData, event, checkpoint };
}
