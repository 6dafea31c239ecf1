import type { NoteSigner } from './note.js';
import type { Sha256 } from './sha256.js';
import type { AuditStore } from './store.js';

/** What the parts of an audit log share: the store, the log's identity and its hash function. */
export interface LogContext {
  readonly store: AuditStore;
  readonly origin: string;
  /** The log's public key (`name+keyid+base64`). */
  readonly verifierKey: string;
  readonly hasher: Sha256;
  /** The signer, or a typed `log.read_only` error when the log was opened without one. */
  requireSigner(operation: string): NoteSigner;
}
