import { toHex } from '../bytes.js';
import { parseNote } from '../note.js';
import { parseCosignerVerifierKey, type CosignatureVerifier } from './cosignature.js';
import { witnessError } from './witness-error.js';

/**
 * Which witnesses a verifier trusts and how many of them must have cosigned a checkpoint (a quorum),
 * so that a log cannot show different histories to different people without the witnesses noticing.
 *
 * @example
 * ```ts
 * import type { WitnessPolicy } from '@spbe-kit/audit';
 * const policy: WitnessPolicy = { witnessKeys: ['saksi.kaltimprov.go.id+1a2b3c4d+BA…'], quorum: 1 };
 * ```
 */
export interface WitnessPolicy {
  /** The witnesses' cosigner verifier keys (type 0x04). */
  readonly witnessKeys: readonly (string | CosignatureVerifier)[];
  /** How many distinct witnesses must have cosigned (1 … number of keys). */
  readonly quorum: number;
}

/**
 * A witness whose cosignature verified, and when it cosigned (POSIX seconds).
 *
 * @example
 * ```ts
 * import type { WitnessCosignature } from '@spbe-kit/audit';
 * const seen: WitnessCosignature = { name: 'saksi.kaltimprov.go.id', timestamp: 1764720000n };
 * ```
 */
export interface WitnessCosignature {
  readonly name: string;
  readonly timestamp: bigint;
}

/**
 * Checks the witness cosignatures on a signed checkpoint against a {@link WitnessPolicy}: lines by
 * unknown keys are ignored, a line by a trusted witness that does not verify rejects the note
 * (`witness.bad_cosignature`), and fewer than `quorum` distinct witnesses fails with
 * `witness.quorum_not_met`. It does not check the log's own signature: `verifyCheckpoint` with a
 * `witnesses` policy does both.
 *
 * @example
 * ```ts
 * import { verifyWitnessPolicy } from '@spbe-kit/audit';
 * const cosigned = await verifyWitnessPolicy(note, { witnessKeys: [witnessKey], quorum: 1 });
 * cosigned[0]?.name; // 'saksi.kaltimprov.go.id'
 * ```
 */
export async function verifyWitnessPolicy(note: string, policy: WitnessPolicy): Promise<WitnessCosignature[]> {
  const keys: readonly (string | CosignatureVerifier)[] = policy.witnessKeys;
  if (
    !Array.isArray(policy.witnessKeys) ||
    !Number.isSafeInteger(policy.quorum) ||
    policy.quorum < 1 ||
    policy.quorum > keys.length
  ) {
    throw witnessError(
      'witness.invalid_policy',
      {
        id: 'Kuorum saksi harus bilangan bulat 1 … jumlah kunci saksi',
        en: 'The witness quorum must be an integer 1 … the number of witness keys',
      },
      { path: ['quorum'] },
    );
  }
  const verifiers: CosignatureVerifier[] = [];
  for (const key of keys) verifiers.push(typeof key === 'string' ? await parseCosignerVerifierKey(key) : key);
  const { text, signatures } = parseNote(note);
  const cosigned: WitnessCosignature[] = [];
  for (const signature of signatures) {
    const verifier = verifiers.find(
      (candidate) => candidate.name === signature.name && toHex(candidate.keyId) === signature.keyId,
    );
    if (!verifier) continue;
    const timestamp = await verifier.verify(text, signature.signature);
    if (timestamp === undefined)
      throw witnessError(
        'witness.bad_cosignature',
        {
          id: `Cosignature saksi ${signature.name} tidak sah`,
          en: `The cosignature of witness ${signature.name} does not verify`,
        },
        { path: ['note'] },
      );
    if (!cosigned.some((seen) => seen.name === verifier.name)) cosigned.push({ name: verifier.name, timestamp });
  }
  if (cosigned.length < policy.quorum)
    throw witnessError(
      'witness.quorum_not_met',
      {
        id: `Checkpoint hanya di-cosign ${cosigned.length} dari ${policy.quorum} saksi yang diperlukan`,
        en: `The checkpoint is cosigned by ${cosigned.length} of the ${policy.quorum} witnesses required`,
      },
      { path: ['note'] },
    );
  return cosigned;
}
