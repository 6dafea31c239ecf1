import { IdentifierError } from './identifier-error.js';
import { stripDigitSeparators } from './typed-digits.js';

/**
 * An operator's secret pseudonymisation key: at least 16 bytes (32 random bytes recommended), or a string of at least 16 characters (UTF-8).
 *
 * @example
 * ```ts
 * import { createNikPseudonymizer, type PseudonymKey } from '@spbe-kit/models';
 * // A secret kept outside the code: 32 random bytes, or a string of at least 16 characters.
 * const key: PseudonymKey = process.env.SPBE_PSEUDONYM_KEY ?? '';
 * const pseudonymizeNik = createNikPseudonymizer(key);
 * ```
 */
export type PseudonymKey = Uint8Array | string;

/**
 * Computes keyed pseudonyms of one kind of value with a key imported once.
 *
 * @example
 * ```ts
 * import { createKeyedPseudonymizer, type Pseudonymizer } from '@spbe-kit/models';
 * const pseudonymizeNip: Pseudonymizer = createKeyedPseudonymizer(operatorKey);
 * const actor = await pseudonymizeNip('198609262015051001'); // 43 base64url characters
 * ```
 */
export type Pseudonymizer = (value: string) => Promise<string>;

const MIN_KEY_BYTES = 16;

// The part of WebCrypto used here, typed locally so the package needs neither the DOM library nor Node types.
interface HmacSubtleCrypto {
  importKey(
    format: 'raw',
    keyData: ArrayBuffer,
    algorithm: { name: 'HMAC'; hash: 'SHA-256' },
    extractable: false,
    usages: ['sign'],
  ): Promise<unknown>;
  sign(algorithm: 'HMAC', key: unknown, data: Uint8Array): Promise<ArrayBuffer>;
}

function subtleCrypto(): HmacSubtleCrypto {
  const subtle = (globalThis as { crypto?: { subtle?: HmacSubtleCrypto } }).crypto?.subtle;
  if (!subtle) {
    throw new IdentifierError('pseudonym.crypto_unavailable', {
      id: 'WebCrypto (crypto.subtle) tidak tersedia; di peramban hanya ada pada halaman HTTPS',
      en: 'WebCrypto (crypto.subtle) is not available; browsers offer it only on HTTPS pages',
    });
  }
  return subtle;
}

function keyBytes(key: PseudonymKey): Uint8Array {
  const bytes = typeof key === 'string' ? new TextEncoder().encode(key) : key instanceof Uint8Array ? key : undefined;
  if (!bytes || bytes.length < MIN_KEY_BYTES) {
    throw new IdentifierError('pseudonym.invalid_key', {
      id: `Kunci pseudonim harus paling sedikit ${MIN_KEY_BYTES} bita (disarankan 32 bita acak)`,
      en: `A pseudonym key must be at least ${MIN_KEY_BYTES} bytes (32 random bytes recommended)`,
    });
  }
  return bytes;
}

/**
 * How a pseudonym's 32 bytes are written: base64url without padding (43 characters, the default) or lowercase hex (64).
 *
 * @example
 * ```ts
 * import { createKeyedPseudonymizer, type PseudonymEncoding } from '@spbe-kit/models';
 * const encoding: PseudonymEncoding = 'hex';
 * await createKeyedPseudonymizer(operatorKey, { encoding })('198609262015051001'); // 64 lowercase hex characters
 * ```
 */
export type PseudonymEncoding = 'base64url' | 'hex';

/**
 * Options of {@link createKeyedPseudonymizer} and {@link createNikPseudonymizer}.
 *
 * @example
 * ```ts
 * import { createNikPseudonymizer, type PseudonymizerOptions } from '@spbe-kit/models';
 * const options: PseudonymizerOptions = { encoding: 'hex' }; // for a system that stores hash_hmac('sha256', ...) output
 * const pseudonymizeNik = createNikPseudonymizer(operatorKey, options);
 * ```
 */
export interface PseudonymizerOptions {
  /**
   * `base64url` (default) fits `pseudonymSchema` of the audit events, which refuses any value with
   * a run of 16 digits (a hex digest has one about 1% of the time); `hex` for systems that expect it.
   */
  readonly encoding?: PseudonymEncoding;
}

function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function toBase64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const characters = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let j = 0; j < characters; j++) out += BASE64URL[(chunk >> (18 - 6 * j)) & 63];
  }
  return out;
}

/**
 * Prepares HMAC-SHA-256 with an operator key (through WebCrypto, so it runs in Node ≥ 20 and in
 * browsers on HTTPS pages) and returns a function giving the pseudonym of a value, in base64url
 * (default) or hex. The value is used exactly as given: normalise it first (see
 * {@link createNikPseudonymizer}). The same key and value always give the same pseudonym, so logs
 * can be joined without holding the value; without the key the value cannot be recovered or
 * confirmed by guessing. Other systems compute the same value: PHP
 * `rtrim(strtr(base64_encode(hash_hmac('sha256', $value, $key, true)), '+/', '-_'), '=')`, or
 * `hash_hmac('sha256', $value, $key)` for hex.
 *
 * @example
 * ```ts
 * import { createKeyedPseudonymizer } from '@spbe-kit/models';
 * const pseudonym = createKeyedPseudonymizer(process.env.SPBE_PSEUDONYM_KEY ?? '');
 * await pseudonym('198609262015051001'); // 43 characters of A–Z a–z 0–9 - _
 * ```
 */
export function createKeyedPseudonymizer(key: PseudonymKey, options: PseudonymizerOptions = {}): Pseudonymizer {
  const bytes = keyBytes(key);
  const subtle = subtleCrypto();
  const encode = options.encoding === 'hex' ? toHex : toBase64url;
  // Copy into a fresh ArrayBuffer: the caller's Uint8Array may be a view on a shared or larger buffer.
  const imported = subtle.importKey('raw', bytes.slice().buffer, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const encoder = new TextEncoder();
  return async (value: string) =>
    encode(new Uint8Array(await subtle.sign('HMAC', await imported, encoder.encode(value))));
}

/**
 * Like {@link createKeyedPseudonymizer}, for NIKs: the NIK is first reduced to its 16 digits
 * (`6471 0141 0990 0001` and `6471014109900001` give the same pseudonym). Throws
 * {@link IdentifierError} (`nik.invalid_format`) when the input does not have 16 digits; the NIK
 * need not be otherwise valid.
 *
 * @example
 * ```ts
 * import { createNikPseudonymizer } from '@spbe-kit/models';
 * const pseudonymizeNik = createNikPseudonymizer(operatorKey);
 * const subject = await pseudonymizeNik('6471014109900001'); // 43 base64url characters
 * ```
 */
export function createNikPseudonymizer(key: PseudonymKey, options: PseudonymizerOptions = {}): Pseudonymizer {
  const pseudonym = createKeyedPseudonymizer(key, options);
  return (nik: string) => {
    const digits = typeof nik === 'string' ? stripDigitSeparators(nik) : '';
    if (!/^[0-9]{16}$/.test(digits)) {
      return Promise.reject(
        new IdentifierError('nik.invalid_format', {
          id: 'NIK harus terdiri dari 16 angka',
          en: 'A NIK must have 16 digits',
        }),
      );
    }
    return pseudonym(digits);
  };
}

/**
 * One-off form of {@link createNikPseudonymizer}: the keyed pseudonym (HMAC-SHA-256) of a NIK.
 * For many NIKs create the pseudonymizer once instead.
 *
 * @example
 * ```ts
 * import { pseudonymizeNik } from '@spbe-kit/models';
 * const subject = await pseudonymizeNik('6471 0141 0990 0001', operatorKey);
 * ```
 */
export async function pseudonymizeNik(
  nik: string,
  key: PseudonymKey,
  options: PseudonymizerOptions = {},
): Promise<string> {
  return createNikPseudonymizer(key, options)(nik);
}
