import { bytesEqual } from './bytes.js';
import { formatCheckpoint, verifyCheckpoint, type Checkpoint } from './checkpoint.js';
import type { LogContext } from './log-context.js';
import { claimedIdentity, identityMismatch, isForeign } from './log-identity.js';
import { logError } from './log-input.js';
import type { LogProofs } from './log-proofs.js';
import type { SignedCheckpoint } from './log-types.js';
import { verifyConsistency } from './merkle.js';
import { parseVerifierKey, signNote, type NoteVerifier } from './note.js';
import type { StoredCheckpoint } from './store.js';

/** Checking stored checkpoints against the log's identity, and signing new ones (ADR 0046). */
export interface LogCheckpoints {
  /**
   * A stored checkpoint verified with the log's key and origin. Throws `audit.log_identity_mismatch`
   * when it claims another origin or key, `log.checkpoint_untrusted` when it does not verify.
   */
  readonly trusted: (stored: StoredCheckpoint) => Promise<Checkpoint>;
  readonly checkpoint: () => Promise<SignedCheckpoint>;
  readonly latestCheckpoint: () => Promise<SignedCheckpoint | undefined>;
}

/** The checkpoint functions of a log. */
export function createLogCheckpoints(context: LogContext, proofs: LogProofs): LogCheckpoints {
  const { store, origin, verifierKey } = context;
  let ownVerifier: Promise<NoteVerifier> | undefined;

  async function trusted(stored: StoredCheckpoint): Promise<Checkpoint> {
    try {
      ownVerifier ??= parseVerifierKey(verifierKey);
      return await verifyCheckpoint(stored.note, { origin, verifierKeys: [await ownVerifier] });
    } catch (cause) {
      const identity = claimedIdentity(stored.note);
      if (identity && isForeign(identity, origin, verifierKey)) throw identityMismatch(identity, origin, verifierKey);
      throw logError(
        'log.checkpoint_untrusted',
        {
          id: 'Checkpoint tersimpan tidak ditandatangani log ini',
          en: 'A stored checkpoint is not signed by this log',
        },
        ['checkpoint'],
        cause,
      );
    }
  }

  /** Refuses (ADR 0046) when the tree is smaller than, or inconsistent with, the last signed checkpoint. */
  async function checkAgainstPrevious(previous: StoredCheckpoint, size: number): Promise<SignedCheckpoint | undefined> {
    const old = await trusted(previous);
    if (old.size > BigInt(size)) {
      throw logError('log.checkpoint_rollback', {
        id: `Log (${size}) lebih kecil dari checkpoint terakhir (${old.size})`,
        en: `The log (${size}) is smaller than the last checkpoint (${old.size})`,
      });
    }
    if (old.size === BigInt(size)) {
      if (!bytesEqual(old.root, await proofs.rootAt(size))) {
        throw logError('log.checkpoint_inconsistent', {
          id: 'Akar saat ini berbeda dari checkpoint terakhir',
          en: 'The current root differs from the last checkpoint',
        });
      }
      return { note: previous.note, checkpoint: old };
    }
    if (old.size > 0n) {
      const proof = await proofs.proveConsistency(old.size, size);
      try {
        verifyConsistency({ ...proof, root1: old.root });
      } catch (cause) {
        throw logError(
          'log.checkpoint_inconsistent',
          {
            id: 'Pohon saat ini tidak konsisten dengan checkpoint terakhir; tidak ditandatangani',
            en: 'The current tree is inconsistent with the last checkpoint; refusing to sign',
          },
          [],
          cause,
        );
      }
    }
    return undefined;
  }

  async function checkpoint(): Promise<SignedCheckpoint> {
    const size = await store.size();
    const previous = await store.latestCheckpoint();
    if (previous) {
      const same = await checkAgainstPrevious(previous, size);
      if (same) return same;
    }
    const signer = context.requireSigner('checkpoint');
    const root = await proofs.rootAt(size);
    const body: Checkpoint = { origin, size: BigInt(size), root };
    const note = await signNote(formatCheckpoint(body), [signer]);
    await store.addCheckpoint({ size, note });
    return { note, checkpoint: body };
  }

  async function latestCheckpoint(): Promise<SignedCheckpoint | undefined> {
    const stored = await store.latestCheckpoint();
    return stored ? { note: stored.note, checkpoint: await trusted(stored) } : undefined;
  }

  return { trusted, checkpoint, latestCheckpoint };
}
