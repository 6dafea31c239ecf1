import { concatBytes, fromBase64 } from './bytes.js';
import { NoteError } from './errors.js';

/** WebCrypto Ed25519 helpers shared by note signers and cosigners (browser-safe). */

type Subtle = typeof globalThis.crypto.subtle;
type CryptoKey = Awaited<ReturnType<Subtle['importKey']>>;

const PKCS8_ED25519_PREFIX = new Uint8Array([
  0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
]);

function subtleCrypto(): Subtle {
  const crypto = (globalThis as { crypto?: { subtle?: Subtle } }).crypto;
  if (!crypto?.subtle)
    throw new NoteError('key.no_webcrypto', {
      id: 'WebCrypto (crypto.subtle) tidak tersedia',
      en: 'WebCrypto (crypto.subtle) is not available',
    });
  return crypto.subtle;
}

/** An Ed25519 private key from its 32-byte seed: the signing function and the public key. */
export async function ed25519FromSeed(
  seed: Uint8Array,
): Promise<{ sign(message: Uint8Array): Promise<Uint8Array>; publicKey: Uint8Array }> {
  const subtle = subtleCrypto();
  const privateKey = await subtle.importKey(
    'pkcs8',
    concatBytes(PKCS8_ED25519_PREFIX, seed),
    { name: 'Ed25519' },
    true,
    ['sign'],
  );
  const jwk = await subtle.exportKey('jwk', privateKey);
  const x = (jwk.x ?? '').replace(/-/g, '+').replace(/_/g, '/');
  const publicKey = fromBase64(x + '='.repeat((4 - (x.length % 4)) % 4));
  if (!publicKey || publicKey.length !== 32)
    throw new NoteError('key.invalid_signer', { id: 'Kunci Ed25519 tidak valid', en: 'Invalid Ed25519 key' });
  return {
    publicKey,
    sign: async (message) => new Uint8Array(await subtle.sign('Ed25519', privateKey, message)),
  };
}

/** A new random Ed25519 key: its seed and public key. */
export async function generateEd25519(): Promise<{ seed: Uint8Array; publicKey: Uint8Array }> {
  const subtle = subtleCrypto();
  const pair = (await subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as {
    publicKey: CryptoKey;
    privateKey: CryptoKey;
  };
  const publicKey = new Uint8Array(await subtle.exportKey('raw', pair.publicKey));
  const pkcs8 = new Uint8Array(await subtle.exportKey('pkcs8', pair.privateKey));
  return { seed: pkcs8.slice(pkcs8.length - 32), publicKey };
}

/** A verification function for a raw 32-byte Ed25519 public key; `undefined` if the key is invalid. */
export async function ed25519Verifier(
  publicKey: Uint8Array,
): Promise<((message: Uint8Array, signature: Uint8Array) => Promise<boolean>) | undefined> {
  const subtle = subtleCrypto();
  let key: CryptoKey;
  try {
    key = await subtle.importKey('raw', publicKey, { name: 'Ed25519' }, false, ['verify']);
  } catch {
    return undefined;
  }
  return async (message, signature) => {
    if (signature.length !== 64) return false;
    try {
      return await subtle.verify('Ed25519', key, signature, message);
    } catch {
      return false;
    }
  };
}
