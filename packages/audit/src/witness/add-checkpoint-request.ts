import { fromBase64, toBase64 } from '../bytes.js';
import { witnessError } from './witness-error.js';
import type { LocalizedText } from '@spbe-kit/models';

/** At most 63 consistency proof lines (C2SP tlog-witness). */
const MAX_PROOF_LINES = 63;
/** The largest request body a witness reads. */
export const MAX_REQUEST_BYTES = 128 * 1024;

/**
 * An `add-checkpoint` request of the C2SP tlog-witness protocol.
 *
 * @example
 * ```ts
 * import type { AddCheckpointRequest } from '@spbe-kit/audit';
 * const request: AddCheckpointRequest = { oldSize: 0n, proof: [], note: signedCheckpoint };
 * ```
 */
export interface AddCheckpointRequest {
  /** The size of the latest checkpoint the witness cosigned (0 the first time). */
  readonly oldSize: bigint;
  /** The consistency proof from `oldSize` to the checkpoint's size. */
  readonly proof: readonly Uint8Array[];
  /** The signed checkpoint. */
  readonly note: string;
}

/**
 * The body of an `add-checkpoint` request: `old <size>`, one base64 proof hash per line, a blank line
 * and the signed checkpoint.
 *
 * @example
 * ```ts
 * import { formatAddCheckpointRequest } from '@spbe-kit/audit';
 * const body = formatAddCheckpointRequest({ oldSize: 0n, proof: [], note: signedCheckpoint });
 * // 'old 0\n\nexample.com/log\n…'
 * ```
 */
export function formatAddCheckpointRequest(request: AddCheckpointRequest): string {
  const lines = [`old ${request.oldSize.toString()}`, ...request.proof.map((hash) => toBase64(hash))];
  return `${lines.join('\n')}\n\n${request.note}`;
}

/**
 * Parses an `add-checkpoint` request body. Throws a `WitnessError` (`witness.malformed_request`,
 * HTTP 400) for anything else: a missing or non-canonical old size, more than 63 proof lines, a proof
 * line that is not base64 of 32 bytes, a missing checkpoint.
 *
 * @example
 * ```ts
 * import { parseAddCheckpointRequest } from '@spbe-kit/audit';
 * parseAddCheckpointRequest('old 0\n\n' + signedCheckpoint).oldSize; // 0n
 * ```
 */
export function parseAddCheckpointRequest(body: string): AddCheckpointRequest {
  const fail = (messages: LocalizedText) => witnessError('witness.malformed_request', messages, { path: ['body'] });
  if (typeof body !== 'string' || body.length > MAX_REQUEST_BYTES)
    throw fail({ id: 'Permintaan harus teks (paling banyak 128 KB)', en: 'The request must be text (at most 128 KB)' });
  const split = body.indexOf('\n\n');
  if (split < 0)
    throw fail({ id: 'Permintaan tanpa baris kosong sebelum checkpoint', en: 'No blank line before the checkpoint' });
  const head = body.slice(0, split).split('\n');
  const match = /^old (0|[1-9][0-9]{0,19})$/.exec(head[0]!);
  if (!match || BigInt(match[1]!) >= 1n << 64n)
    throw fail({ id: 'Baris pertama harus "old <ukuran>"', en: 'The first line must be "old <size>"' });
  const proofLines = head.slice(1);
  if (proofLines.length > MAX_PROOF_LINES)
    throw fail({ id: `Lebih dari ${MAX_PROOF_LINES} baris bukti`, en: `More than ${MAX_PROOF_LINES} proof lines` });
  const proof = proofLines.map((line, index) => {
    const hash = fromBase64(line);
    if (!hash || hash.length !== 32)
      throw fail({
        id: `Baris bukti ${index + 1} bukan hash base64`,
        en: `Proof line ${index + 1} is not a base64 hash`,
      });
    return hash;
  });
  const note = body.slice(split + 2);
  if (note.length === 0) throw fail({ id: 'Checkpoint tidak ada', en: 'The checkpoint is missing' });
  return { oldSize: BigInt(match[1]!), proof, note };
}
