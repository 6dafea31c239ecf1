import { bytesEqual } from '../bytes.js';
import { parseCheckpoint, type Checkpoint } from '../checkpoint.js';
import { SpbeError, type LocalizedText } from '@spbe-kit/models';
import { emptyRoot, verifyConsistency } from '../merkle.js';
import { Mutex } from '../mutex.js';
import { parseNote, parseVerifierKey, verifyNote, type NoteVerifier } from '../note.js';
import { parseAddCheckpointRequest } from './add-checkpoint-request.js';
import type { Cosigner } from './cosignature.js';
import { type WitnessError, witnessError } from './witness-error.js';
import type { WitnessState } from './witness-state.js';

/**
 * A log a witness follows: its origin and the verifier key(s) of the log's signer.
 *
 * @example
 * ```ts
 * import type { WitnessedLog } from '@spbe-kit/audit';
 * const log: WitnessedLog = { origin: 'audit.balikpapan.go.id/simpeg', verifierKeys: ['audit.balikpapan.go.id+1a2b3c4d+AV…'] };
 * ```
 */
export interface WitnessedLog {
  readonly origin: string;
  readonly verifierKeys: readonly string[];
}

/**
 * Options of {@link createWitness}.
 *
 * @example
 * ```ts
 * import { createMemoryWitnessState, type WitnessOptions } from '@spbe-kit/audit';
 * const options: WitnessOptions = { cosigners: [cosigner], logs: [{ origin, verifierKeys: [logKey] }], state: createMemoryWitnessState() };
 * ```
 */
export interface WitnessOptions {
  /** The witness key(s); each cosigns every accepted checkpoint. */
  readonly cosigners: readonly Cosigner[];
  /** The logs this witness follows; checkpoints of other origins are refused (404). */
  readonly logs: readonly WitnessedLog[];
  /** Where the latest cosigned checkpoint of each log is kept. */
  readonly state: WitnessState;
  /** The clock, in milliseconds since the epoch (default `Date.now`). */
  readonly now?: () => number;
}

/**
 * A C2SP tlog-witness: it cosigns a log's checkpoint only when it is consistent with the last one it
 * cosigned for that origin, so a log cannot show two histories without being caught.
 *
 * @example
 * ```ts
 * import { createWitness } from '@spbe-kit/audit';
 * const witness = await createWitness(options);
 * const lines = await witness.addCheckpoint(requestBody); // '— saksi.kaltimprov.go.id …\n'
 * ```
 */
export interface Witness {
  /** The witness's cosigner verifier keys, to publish. */
  readonly verifierKeys: readonly string[];
  /** The origins this witness follows. */
  readonly origins: readonly string[];
  /**
   * Handles an `add-checkpoint` request body; resolves with the cosignature line(s) once the new
   * state is durable. Throws a `WitnessError` whose `status` is the HTTP status to answer with.
   */
  addCheckpoint(body: string): Promise<string>;
  /** The latest cosigned checkpoint of a log (log and witness signatures), if any. */
  latestCheckpoint(origin: string): Promise<string | undefined>;
}

function readCheckpointNote(note: string): Checkpoint {
  try {
    return parseCheckpoint(parseNote(note).text);
  } catch (cause) {
    throw witnessError(
      'witness.malformed_request',
      { id: 'Checkpoint tidak valid', en: 'Invalid checkpoint' },
      {
        path: ['checkpoint'],
        cause,
      },
    );
  }
}

/**
 * Creates a witness over a {@link WitnessState}. Every check of the C2SP tlog-witness `add-checkpoint`
 * call is made, each refusal with its status: 400 malformed request or old size above the checkpoint
 * size, 404 unknown origin, 403 no valid signature of the log, 409 old size other than the last
 * cosigned size (with that size in `currentSize`), 422 a non-empty root for size 0, a proof from size
 * 0, a root that differs at equal sizes, or a consistency proof that does not hold. The check and the
 * update are atomic (compare-and-swap on the stored size), so concurrent requests cannot roll a log
 * back.
 *
 * @example
 * ```ts
 * import { createCosigner, createMemoryWitnessState, createWitness } from '@spbe-kit/audit';
 * const witness = await createWitness({
 *   cosigners: [await createCosigner(witnessSignerKey)],
 *   logs: [{ origin: 'audit.balikpapan.go.id/simpeg', verifierKeys: [logVerifierKey] }],
 *   state: createMemoryWitnessState(),
 * });
 * ```
 */
export async function createWitness(options: WitnessOptions): Promise<Witness> {
  if (options.cosigners.length === 0)
    throw witnessError(
      'witness.invalid_key',
      { id: 'Saksi memerlukan kunci', en: 'A witness needs a key' },
      {
        path: ['cosigners'],
      },
    );
  const logs = new Map<string, NoteVerifier[]>();
  for (const log of options.logs) {
    const verifiers: NoteVerifier[] = [];
    for (const key of log.verifierKeys) verifiers.push(await parseVerifierKey(key));
    logs.set(log.origin, verifiers);
  }
  const now = options.now ?? Date.now;
  const locks = new Map<string, Mutex>();
  const lockOf = (origin: string) => {
    let lock = locks.get(origin);
    if (!lock) locks.set(origin, (lock = new Mutex()));
    return lock;
  };

  async function checkSignature(note: string, verifiers: NoteVerifier[]): Promise<void> {
    try {
      await verifyNote(note, verifiers);
    } catch (cause) {
      if (!SpbeError.isInstance(cause)) throw cause;
      throw witnessError(
        'witness.untrusted_checkpoint',
        {
          id: 'Checkpoint tidak ditandatangani sah oleh kunci log',
          en: 'The checkpoint carries no valid signature of the log key',
        },
        { path: ['checkpoint'], cause },
      );
    }
  }

  async function cosignAndStore(
    origin: string,
    checkpoint: Checkpoint,
    note: string,
    expectedSize: bigint | undefined,
  ): Promise<string> {
    const text = parseNote(note).text;
    const timestamp = BigInt(Math.max(1, Math.floor(now() / 1000)));
    let lines = '';
    for (const cosigner of options.cosigners) lines += await cosigner.cosign(text, timestamp);
    let stored: boolean;
    try {
      stored = await options.state.swap(origin, expectedSize, {
        size: checkpoint.size,
        root: checkpoint.root,
        note: note + lines,
      });
    } catch (cause) {
      throw witnessError(
        'witness.state_failed',
        { id: 'Penyimpanan saksi gagal', en: 'The witness state failed' },
        { cause },
      );
    }
    if (!stored) {
      const current = (await options.state.read(origin))?.size ?? 0n;
      throw conflict(current);
    }
    return lines;
  }

  async function add(body: string): Promise<string> {
    const request = parseAddCheckpointRequest(body);
    const checkpoint = readCheckpointNote(request.note);
    const verifiers = logs.get(checkpoint.origin);
    if (!verifiers)
      throw witnessError(
        'witness.unknown_log',
        {
          id: `Saksi tidak mengikuti log ${checkpoint.origin}`,
          en: `This witness does not follow the log ${checkpoint.origin}`,
        },
        { path: ['checkpoint', 'origin'] },
      );
    await checkSignature(request.note, verifiers);
    if (request.oldSize > checkpoint.size)
      throw witnessError(
        'witness.old_size_too_large',
        { id: 'Ukuran lama lebih besar dari ukuran checkpoint', en: 'The old size is larger than the checkpoint size' },
        { path: ['old'] },
      );
    if (checkpoint.size === 0n && !bytesEqual(checkpoint.root, emptyRoot()))
      throw witnessError(
        'witness.bad_empty_root',
        {
          id: 'Checkpoint berukuran 0 harus memiliki akar pohon kosong',
          en: 'A checkpoint of size 0 must have the root of the empty tree',
        },
        { path: ['checkpoint', 'root'] },
      );
    return lockOf(checkpoint.origin).run(async () => {
      const record = await options.state.read(checkpoint.origin);
      const current = record?.size ?? 0n;
      if (request.oldSize !== current) throw conflict(current);
      checkConsistency(request.oldSize, checkpoint, record?.root, request.proof);
      return cosignAndStore(checkpoint.origin, checkpoint, request.note, record?.size);
    });
  }

  return {
    verifierKeys: options.cosigners.map((cosigner) => cosigner.verifierKey),
    origins: [...logs.keys()],
    addCheckpoint: add,
    latestCheckpoint: async (origin) => (await options.state.read(origin))?.note,
  };
}

function conflict(current: bigint): WitnessError {
  return witnessError(
    'witness.size_conflict',
    {
      id: `Ukuran lama tidak sama dengan checkpoint terakhir yang di-cosign (${current})`,
      en: `The old size is not the size of the latest cosigned checkpoint (${current})`,
    },
    { path: ['old'], currentSize: current },
  );
}

function checkConsistency(
  oldSize: bigint,
  checkpoint: Checkpoint,
  oldRoot: Uint8Array | undefined,
  proof: readonly Uint8Array[],
): void {
  const inconsistent = (messages: LocalizedText, cause?: unknown) =>
    witnessError('witness.inconsistent', messages, { path: ['proof'], cause });
  if (oldSize === 0n) {
    if (proof.length > 0)
      throw witnessError(
        'witness.unexpected_proof',
        { id: 'Ukuran lama 0: bukti konsistensi harus kosong', en: 'Old size 0: the consistency proof must be empty' },
        { path: ['proof'] },
      );
    return;
  }
  if (!oldRoot) throw inconsistent({ id: 'Tidak ada akar lama', en: 'No old root' });
  if (oldSize === checkpoint.size) {
    if (proof.length > 0 || !bytesEqual(oldRoot, checkpoint.root))
      throw inconsistent({
        id: 'Ukuran sama tetapi akar berbeda dari checkpoint yang sudah di-cosign',
        en: 'Same size but a different root than the cosigned checkpoint',
      });
    return;
  }
  try {
    verifyConsistency({ size1: oldSize, size2: checkpoint.size, root1: oldRoot, root2: checkpoint.root, proof });
  } catch (cause) {
    throw inconsistent(
      {
        id: 'Bukti konsistensi tidak cocok dengan checkpoint terakhir yang di-cosign',
        en: 'The consistency proof does not match the latest cosigned checkpoint',
      },
      cause,
    );
  }
}
