import { AuditLogError } from './errors.js';
import { parseNote } from './note.js';
import { readCheckpointUnverified } from './checkpoint.js';

/** Who signed a checkpoint note and for which origin, read without checking the signatures. */
export interface NoteIdentity {
  readonly origin: string;
  /** `name+hexid` of every signature line. */
  readonly keys: readonly string[];
}

/** The identity a note claims, or `undefined` when it is not a well-formed checkpoint note. */
export function claimedIdentity(note: string): NoteIdentity | undefined {
  try {
    const { origin } = readCheckpointUnverified(note);
    const keys = parseNote(note).signatures.map((signature) => `${signature.name}+${signature.keyId}`);
    return { origin, keys };
  } catch {
    return undefined;
  }
}

/** `name+hexid` of a verifier key `name+hexid+base64`. */
export function keyLabel(verifierKey: string): string {
  return verifierKey.split('+').slice(0, 2).join('+');
}

/** Whether a note claims another log: another origin, or no signature line by the expected key. */
export function isForeign(identity: NoteIdentity, origin: string, verifierKey: string): boolean {
  return identity.origin !== origin || !identity.keys.includes(keyLabel(verifierKey));
}

/**
 * The error for a log opened with the wrong origin or key: not tampering, a wrong question. Code
 * `audit.log_identity_mismatch`, distinct from every tamper reason.
 */
export function identityMismatch(identity: NoteIdentity, origin: string, verifierKey: string): AuditLogError {
  const keys = identity.keys.join(', ') || '—';
  const asked = keyLabel(verifierKey);
  return new AuditLogError(
    'audit.log_identity_mismatch',
    {
      id: `Checkpoint log ini ditandatangani untuk origin ${identity.origin} oleh kunci ${keys}; Anda meminta origin ${origin} dengan kunci ${asked}.`,
      en: `The log's checkpoints are signed for origin ${identity.origin} by key ${keys}; you asked for origin ${origin} with key ${asked}.`,
    },
    { path: identity.origin !== origin ? ['origin'] : ['verifierKey'] },
  );
}
