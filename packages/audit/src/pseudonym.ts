import { toBase64Url, utf8 } from './bytes.js';
import { AuditError } from './errors.js';
import { hmacSha256 } from './sha256.js';

const DOMAIN = 'spbe-kit/audit/subject/v1\n';

/**
 * A keyed pseudonym of a personal-data subject (for example a NIK): `ps_` followed by the base64url
 * HMAC-SHA-256 of the identifier (spaces removed) under a key only the operator holds. The same
 * person always gets the same pseudonym under one key, so a citizen-facing page can answer "who
 * processed my data" (UU PDP Pasal 32) without the log holding the NIK. Without the key the
 * pseudonym cannot be linked back, and a dictionary of all NIKs does not help. The key must be at
 * least 32 bytes; rotate it only with a plan for old pseudonyms.
 *
 * @example
 * ```ts
 * import { pseudonymize } from '@spbe-kit/audit';
 * const key = crypto.getRandomValues(new Uint8Array(32));
 * pseudonymize(key, '6471 0101 0190 0001'); // 'ps_…' (43 base64url characters after the prefix)
 * ```
 */
export function pseudonymize(key: Uint8Array, identifier: string): string {
  if (!(key instanceof Uint8Array) || key.length < 32) {
    throw new AuditError('pseudonym.weak_key', { id: 'Kunci pseudonim harus paling sedikit 32 byte', en: 'The pseudonym key must be at least 32 bytes' }, { path: ['key'] });
  }
  if (typeof identifier !== 'string') {
    throw new AuditError('pseudonym.invalid_identifier', { id: 'Pengenal harus teks', en: 'The identifier must be text' }, { path: ['identifier'] });
  }
  const normalized = identifier.replace(/\s+/g, '').normalize('NFC');
  if (normalized.length === 0 || normalized.length > 256) {
    throw new AuditError('pseudonym.invalid_identifier', { id: 'Pengenal harus 1–256 karakter', en: 'The identifier must be 1–256 characters' }, { path: ['identifier'] });
  }
  return `ps_${toBase64Url(hmacSha256(key, utf8(DOMAIN + normalized)))}`;
}
