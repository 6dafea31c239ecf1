import { SpbeError } from '@spbe-kit/models';
import { parseNote } from '../note.js';
import { readCheckpointUnverified } from '../checkpoint.js';
import { formatAddCheckpointRequest } from './add-checkpoint-request.js';
import { parseCosignerVerifierKey } from './cosignature.js';
import { witnessError, WitnessError } from './witness-error.js';
import { verifyWitnessPolicy } from './witness-policy.js';
import { toHex } from '../bytes.js';

/**
 * A witness a log submits its checkpoints to: the submission prefix of its HTTP API and its cosigner
 * verifier key.
 *
 * @example
 * ```ts
 * import type { WitnessEndpoint } from '@spbe-kit/audit';
 * const province: WitnessEndpoint = { url: 'https://saksi.kaltimprov.go.id/witness', verifierKey: 'saksi.kaltimprov.go.id+…+BA…' };
 * ```
 */
export interface WitnessEndpoint {
  /** The submission prefix; `POST <url>/add-checkpoint` is called. */
  readonly url: string;
  /** The witness's cosigner verifier key (type 0x04). */
  readonly verifierKey: string;
}

/**
 * Options of {@link witnessCheckpoint}.
 *
 * @example
 * ```ts
 * import type { WitnessCheckpointOptions } from '@spbe-kit/audit';
 * const options: WitnessCheckpointOptions = {
 *   note,
 *   witnesses: [province],
 *   proveConsistency: async (size1, size2) => (await log.proveConsistency(size1, size2)).proof,
 * };
 * ```
 */
export interface WitnessCheckpointOptions {
  /** The signed checkpoint to have cosigned. */
  readonly note: string;
  readonly witnesses: readonly WitnessEndpoint[];
  /** A consistency proof between two sizes of the log (`log.proveConsistency(size1, size2)`). */
  proveConsistency(size1: number, size2: number): Promise<readonly Uint8Array[]>;
  /** The size each witness (by URL) last cosigned, if known; saves a round trip. */
  readonly lastSizes?: Readonly<Record<string, number>>;
  /** The `fetch` to use (default the global one). */
  readonly fetch?: typeof globalThis.fetch;
}

/**
 * What {@link witnessCheckpoint} obtained: the checkpoint with every verified cosignature appended,
 * the witnesses that cosigned, and the ones that refused or failed, with their error.
 *
 * @example
 * ```ts
 * import type { WitnessedCheckpoint } from '@spbe-kit/audit';
 * const show = (result: WitnessedCheckpoint) => `${result.cosignedBy.length} cosignatures`;
 * ```
 */
export interface WitnessedCheckpoint {
  readonly note: string;
  readonly cosignedBy: readonly { readonly url: string; readonly name: string; readonly size: number }[];
  readonly failures: readonly { readonly url: string; readonly error: SpbeError }[];
}

/**
 * Sends one `add-checkpoint` request to a witness and returns the cosignature lines of its key that
 * verify over the checkpoint. Throws a `WitnessError` with the witness's HTTP status (`currentSize` on
 * a 409) or `witness.request_failed` when it cannot be reached.
 *
 * @example
 * ```ts
 * import { requestCosignature } from '@spbe-kit/audit';
 * const lines = await requestCosignature(province, { oldSize: 0n, proof: [], note });
 * ```
 */
export async function requestCosignature(
  witness: WitnessEndpoint,
  request: { readonly oldSize: bigint; readonly proof: readonly Uint8Array[]; readonly note: string },
  fetchImpl: typeof globalThis.fetch = globalThis.fetch,
): Promise<string> {
  const verifier = await parseCosignerVerifierKey(witness.verifierKey);
  let response: Response;
  let body: string;
  try {
    response = await fetchImpl(`${witness.url.replace(/\/+$/, '')}/add-checkpoint`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: formatAddCheckpointRequest(request),
    });
    body = await response.text();
  } catch (cause) {
    throw witnessError(
      'witness.request_failed',
      { id: `Saksi ${witness.url} tidak dapat dihubungi`, en: `The witness ${witness.url} cannot be reached` },
      { cause },
    );
  }
  if (response.status === 409) {
    const match = /^(0|[1-9][0-9]{0,19})\n$/.exec(body);
    if (match)
      throw witnessError(
        'witness.size_conflict',
        { id: `Saksi terakhir meng-cosign ukuran ${match[1]}`, en: `The witness last cosigned size ${match[1]}` },
        { currentSize: BigInt(match[1]!) },
      );
  }
  if (response.status !== 200) {
    const code =
      response.status === 404
        ? 'witness.unknown_log'
        : response.status === 403
          ? 'witness.untrusted_checkpoint'
          : response.status === 422
            ? 'witness.inconsistent'
            : response.status === 400
              ? 'witness.malformed_request'
              : 'witness.request_failed';
    throw witnessError(code, {
      id: `Saksi ${witness.url} menolak checkpoint (HTTP ${response.status}): ${body.slice(0, 200)}`,
      en: `The witness ${witness.url} refused the checkpoint (HTTP ${response.status}): ${body.slice(0, 200)}`,
    });
  }
  const { text } = parseNote(request.note);
  const keyId = toHex(verifier.keyId);
  const kept: string[] = [];
  for (const line of body.split('\n')) {
    if (line.length === 0) continue;
    let signature;
    try {
      signature = parseNote(`${text}\n${line}\n`).signatures[0];
    } catch (cause) {
      throw witnessError(
        'witness.request_failed',
        {
          id: `Jawaban saksi ${witness.url} bukan baris tanda tangan`,
          en: `The answer of the witness ${witness.url} is not signature lines`,
        },
        { cause },
      );
    }
    if (signature?.name === verifier.name && signature.keyId === keyId) kept.push(`${line}\n`);
  }
  if (kept.length === 0)
    throw witnessError('witness.bad_cosignature', {
      id: `Jawaban saksi ${witness.url} tanpa cosignature dari kuncinya`,
      en: `The answer of the witness ${witness.url} holds no cosignature by its key`,
    });
  // Throws witness.quorum_not_met when the witness's key is absent, witness.bad_cosignature when it does not verify.
  await verifyWitnessPolicy(`${text}\n${kept.join('')}`, { witnessKeys: [verifier], quorum: 1 });
  return kept.join('');
}

/**
 * Has a signed checkpoint cosigned by witnesses, as a log does after signing each checkpoint: for each
 * witness it sends the consistency proof from the size the witness last cosigned (learnt from a 409
 * answer when not known), verifies the returned cosignature and appends it to the note. A witness that
 * refuses (for example because the log rewrote its history) is reported in `failures`, never hidden.
 *
 * @example
 * ```ts
 * import { witnessCheckpoint } from '@spbe-kit/audit';
 * const { note: cosigned, failures } = await witnessCheckpoint({
 *   note,
 *   witnesses: [{ url: 'https://saksi.kaltimprov.go.id/witness', verifierKey: provinceKey }],
 *   proveConsistency: async (size1, size2) => (await log.proveConsistency(size1, size2)).proof,
 * });
 * ```
 */
export async function witnessCheckpoint(options: WitnessCheckpointOptions): Promise<WitnessedCheckpoint> {
  const checkpoint = readCheckpointUnverified(options.note);
  const size = Number(checkpoint.size);
  let note = options.note;
  const cosignedBy: { url: string; name: string; size: number }[] = [];
  const failures: { url: string; error: SpbeError }[] = [];
  for (const witness of options.witnesses) {
    const submit = async (oldSize: number) => {
      const proof = oldSize === 0 || oldSize === size ? [] : await options.proveConsistency(oldSize, size);
      return requestCosignature(witness, { oldSize: BigInt(oldSize), proof, note: options.note }, options.fetch);
    };
    try {
      const hint = options.lastSizes?.[witness.url];
      let lines: string;
      try {
        lines = await submit(hint !== undefined && hint <= size ? hint : 0);
      } catch (error) {
        if (!WitnessError.isInstance(error) || error.currentSize === undefined) throw error;
        if (error.currentSize > checkpoint.size)
          throw witnessError(
            'witness.inconsistent',
            {
              id: `Saksi sudah meng-cosign ukuran ${error.currentSize}, lebih besar dari checkpoint ini (${size})`,
              en: `The witness already cosigned size ${error.currentSize}, larger than this checkpoint (${size})`,
            },
            { cause: error },
          );
        lines = await submit(Number(error.currentSize));
      }
      note += lines;
      cosignedBy.push({ url: witness.url, name: lines.slice(2, lines.indexOf(' ', 2)), size });
    } catch (error) {
      if (!SpbeError.isInstance(error)) throw error;
      failures.push({ url: witness.url, error });
    }
  }
  return { note, cosignedBy, failures };
}
