import { bytesEqual } from '../bytes.js';
import { verifyCheckpoint, type Checkpoint, type CheckpointTrust } from '../checkpoint.js';
import { NoteError } from '../errors.js';
import type { AuditLog } from '../log.js';

/**
 * Checks that a log is the one a signed (and, with `trust.witnesses`, witnessed) checkpoint describes:
 * the checkpoint verifies, is not larger than the log, and the log's root at that size is the
 * checkpoint's root. A log that shows an auditor a different history than the one its witnesses
 * cosigned fails here with `checkpoint.root_mismatch` (a split view), one that is behind with
 * `checkpoint.beyond_log`. Run `log.verify()` as well to check the log's own hashes.
 *
 * @example
 * ```ts
 * import { verifyLogAgainstCheckpoint } from '@spbe-kit/audit';
 * await verifyLogAgainstCheckpoint(log, cosignedNote, {
 *   origin: log.origin,
 *   verifierKeys: [log.verifierKey],
 *   witnesses: { witnessKeys: [provinceWitnessKey], quorum: 1 },
 * });
 * ```
 */
export async function verifyLogAgainstCheckpoint(
  log: Pick<AuditLog, 'size' | 'rootAt'>,
  note: string,
  trust: CheckpointTrust,
): Promise<Checkpoint> {
  const checkpoint = await verifyCheckpoint(note, trust);
  const size = await log.size();
  if (checkpoint.size > BigInt(size))
    throw new NoteError(
      'checkpoint.beyond_log',
      {
        id: `Checkpoint berukuran ${checkpoint.size}, log hanya ${size} entri`,
        en: `The checkpoint has size ${checkpoint.size}, the log only ${size} entries`,
      },
      { path: ['checkpoint', 'size'] },
    );
  const root = await log.rootAt(Number(checkpoint.size));
  if (!bytesEqual(root, checkpoint.root))
    throw new NoteError(
      'checkpoint.root_mismatch',
      {
        id: `Log pada ukuran ${checkpoint.size} tidak memiliki akar checkpoint ini (tampilan terbelah)`,
        en: `The log at size ${checkpoint.size} does not have this checkpoint's root (a split view)`,
      },
      { path: ['checkpoint', 'root'] },
    );
  return checkpoint;
}
