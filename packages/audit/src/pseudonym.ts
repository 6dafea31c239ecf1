import { toBase64Url, utf8 } from './bytes.js';
import { AuditError } from './errors.js';
import { hmacSha256 } from './sha256.js';

const MIN_KEY_BYTES = 16;

/**
 * A keyed pseudonym of a personal-data subject (for example a NIK): the base64url HMAC-SHA-256 of
 * the identifier (whitespace removed) under a key only the operator holds — the same value as
 * `pseudonymizeNik` / `createKeyedPseudonymizer` of `@spbe-kit/models`, computed synchronously. The
 * same person always gets the same pseudonym under one key, so a citizen-facing page can answer
 * "who processed my data" (UU PDP Pasal 32) without the log holding the NIK; without the key the
 * pseudonym cannot be linked back, and a dictionary of all NIKs does not help. Keys must be at least
 * 16 bytes (32 random bytes recommended); changing the key changes every pseudonym.
 *
 * @example
 * ```ts
 * import { pseudonymize } from '@spbe-kit/audit';
 * const key = crypto.getRandomValues(new Uint8Array(32));
 * pseudonymize(key, '6471 0101 0190 0001'); // 43 base64url characters
 * ```
 */
export function pseudonymize(key: Uint8Array, identifier: string): string {
  if (!(key instanceof Uint8Array) || key.length < MIN_KEY_BYTES) {
    throw new AuditError(
      'pseudonym.invalid_key',
      {
        id: `Kunci pseudonim harus paling sedikit ${MIN_KEY_BYTES} byte (disarankan 32 byte acak)`,
        en: `The pseudonym key must be at least ${MIN_KEY_BYTES} bytes (32 random bytes recommended)`,
      },
      { path: ['key'] },
    );
  }
  if (typeof identifier !== 'string') {
    throw new AuditError(
      'pseudonym.invalid_identifier',
      { id: 'Pengenal harus teks', en: 'The identifier must be text' },
      { path: ['identifier'] },
    );
  }
  const normalized = identifier.replace(/\s+/g, '');
  if (normalized.length === 0 || normalized.length > 256) {
    throw new AuditError(
      'pseudonym.invalid_identifier',
      { id: 'Pengenal harus 1–256 karakter', en: 'The identifier must be 1–256 characters' },
      { path: ['identifier'] },
    );
  }
  return toBase64Url(hmacSha256(key, utf8(normalized)));
}
