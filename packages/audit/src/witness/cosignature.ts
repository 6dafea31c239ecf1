import { bytesEqual, concatBytes, fromBase64, fromHex, fromUtf8, toBase64, toHex, utf8 } from '../bytes.js';
import { ed25519FromSeed, ed25519Verifier, generateEd25519 } from '../ed25519.js';
import { sha256 } from '../sha256.js';
import { witnessError } from './witness-error.js';
import type { LocalizedText } from '@spbe-kit/models';

/** Signature type of Ed25519 `cosignature/v1` keys (C2SP tlog-cosignature). */
const COSIGNATURE_V1 = 0x04;
/** Signature type of plain Ed25519 note keys (C2SP signed-note); a cosigner may be made from one. */
const ED25519_NOTE = 0x01;
const HEADER = 'cosignature/v1\n';
const MAX_TIMESTAMP = (1n << 63n) - 1n;

function invalidKey(messages: LocalizedText, path: string) {
  return witnessError('witness.invalid_key', messages, { path: [path] });
}

function checkName(name: string, path: string): string {
  if (name.length === 0 || name.length > 256 || /[\s+]/u.test(name) || fromUtf8(utf8(name)) !== name)
    throw invalidKey(
      {
        id: 'Nama kunci harus tidak kosong, tanpa spasi dan tanpa "+"',
        en: 'A key name must be non-empty, without spaces and without "+"',
      },
      path,
    );
  return name;
}

/**
 * The key id of an Ed25519 cosigner: the first 4 bytes of `SHA-256(name || "\n" || 0x04 || publicKey)`
 * (C2SP tlog-cosignature).
 *
 * @example
 * ```ts
 * import { cosignerKeyId } from '@spbe-kit/audit';
 * cosignerKeyId('saksi.kaltimprov.go.id', new Uint8Array(32)).length; // 4
 * ```
 */
export function cosignerKeyId(name: string, publicKey: Uint8Array): Uint8Array {
  return sha256(concatBytes(utf8(checkName(name, 'name')), new Uint8Array([0x0a, COSIGNATURE_V1]), publicKey)).slice(
    0,
    4,
  );
}

/**
 * The verifier key of a cosigner, `name+hexid+base64(0x04 || publicKey)` (a C2SP vkey of type 0x04).
 *
 * @example
 * ```ts
 * import { formatCosignerVerifierKey } from '@spbe-kit/audit';
 * formatCosignerVerifierKey('saksi.kaltimprov.go.id', new Uint8Array(32)); // 'saksi.kaltimprov.go.id+…+BAAA…'
 * ```
 */
export function formatCosignerVerifierKey(name: string, publicKey: Uint8Array): string {
  if (publicKey.length !== 32)
    throw invalidKey(
      { id: 'Kunci publik Ed25519 harus 32 byte', en: 'An Ed25519 public key must be 32 bytes' },
      'publicKey',
    );
  return `${checkName(name, 'name')}+${toHex(cosignerKeyId(name, publicKey))}+${toBase64(concatBytes(new Uint8Array([COSIGNATURE_V1]), publicKey))}`;
}

/** `name+hexid+base64`: the name holds no `+`, the base64 may. */
function splitKey(text: string): [string, string, string] | undefined {
  const first = text.indexOf('+');
  const second = first < 0 ? -1 : text.indexOf('+', first + 1);
  if (second < 0) return undefined;
  return [text.slice(0, first), text.slice(first + 1, second), text.slice(second + 1)];
}

/**
 * The message an Ed25519 `cosignature/v1` signs: `cosignature/v1\n`, `time <timestamp>\n`, then the
 * whole checkpoint body (with its final newline, without signature lines).
 *
 * @example
 * ```ts
 * import { cosignatureMessage } from '@spbe-kit/audit';
 * cosignatureMessage('example.com/log\n1\n' + 'A'.repeat(43) + '=\n', 1679315147n);
 * // 'cosignature/v1\ntime 1679315147\nexample.com/log\n1\nAAAA…=\n'
 * ```
 */
export function cosignatureMessage(checkpointText: string, timestamp: bigint): string {
  return `${HEADER}time ${timestamp.toString()}\n${checkpointText}`;
}

function timestampBytes(timestamp: bigint): Uint8Array {
  const out = new Uint8Array(8);
  let value = timestamp;
  for (let i = 7; i >= 0; i--) {
    out[i] = Number(value & 0xffn);
    value >>= 8n;
  }
  return out;
}

function readTimestamp(bytes: Uint8Array): bigint {
  let value = 0n;
  for (let i = 0; i < 8; i++) value = (value << 8n) | BigInt(bytes[i]!);
  return value;
}

/**
 * A witness key that cosigns checkpoints (Ed25519 `cosignature/v1`).
 *
 * @example
 * ```ts
 * import { createCosigner, type Cosigner } from '@spbe-kit/audit';
 * const cosigner: Cosigner = await createCosigner(process.env.WITNESS_SIGNER_KEY!);
 * cosigner.verifierKey; // 'saksi.kaltimprov.go.id+…+BA…'
 * ```
 */
export interface Cosigner {
  /** The cosigner name, also the name in its signature lines. */
  readonly name: string;
  /** The 4-byte key id (type 0x04). */
  readonly keyId: Uint8Array;
  /** The public verifier key to give to verifiers, `name+hexid+base64(0x04 || publicKey)`. */
  readonly verifierKey: string;
  /** The signature line (ending in a newline) cosigning `checkpointText` at `timestamp` (POSIX seconds, > 0). */
  cosign(checkpointText: string, timestamp: bigint): Promise<string>;
}

/**
 * A new Ed25519 cosigner key pair: the secret `signerKey`
 * (`PRIVATE+KEY+name+hexid+base64(0x04 || seed)`) and the public `verifierKey` (type 0x04).
 *
 * @example
 * ```ts
 * import { generateCosignerKey } from '@spbe-kit/audit';
 * const { signerKey, verifierKey } = await generateCosignerKey('saksi.kaltimprov.go.id');
 * ```
 */
export async function generateCosignerKey(name: string): Promise<{ signerKey: string; verifierKey: string }> {
  checkName(name, 'name');
  const { seed, publicKey } = await generateEd25519();
  const verifierKey = formatCosignerVerifierKey(name, publicKey);
  const hexId = splitKey(verifierKey)![1];
  return {
    signerKey: `PRIVATE+KEY+${name}+${hexId}+${toBase64(concatBytes(new Uint8Array([COSIGNATURE_V1]), seed))}`,
    verifierKey,
  };
}

/**
 * Turns a cosigner signer key into a {@link Cosigner}. Accepts the key of
 * {@link generateCosignerKey} (type 0x04) and, like other witness implementations, a plain Ed25519
 * note signer key (type 0x01, e.g. from `generateNoteKey`), whose key id is then recomputed for
 * type 0x04. Throws a `WitnessError` (`witness.invalid_key`) for a malformed key.
 *
 * @example
 * ```ts
 * import { createCosigner } from '@spbe-kit/audit';
 * const cosigner = await createCosigner(signerKey);
 * const line = await cosigner.cosign('example.com/log\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n', 1700000000n);
 * ```
 */
export async function createCosigner(signerKey: string): Promise<Cosigner> {
  const fail = () => invalidKey({ id: 'Kunci saksi (cosigner) tidak valid', en: 'Invalid cosigner key' }, 'signerKey');
  if (typeof signerKey !== 'string' || !signerKey.startsWith('PRIVATE+KEY+')) throw fail();
  const parts = splitKey(signerKey.slice('PRIVATE+KEY+'.length));
  if (!parts) throw fail();
  const [name, hexId, encoded] = parts;
  checkName(name, 'signerKey');
  const keyBytes = fromBase64(encoded);
  if (!keyBytes || keyBytes.length !== 33 || (keyBytes[0] !== COSIGNATURE_V1 && keyBytes[0] !== ED25519_NOTE))
    throw fail();
  let key: Awaited<ReturnType<typeof ed25519FromSeed>>;
  try {
    key = await ed25519FromSeed(keyBytes.slice(1));
  } catch {
    throw fail();
  }
  const declaredId = sha256(concatBytes(utf8(name), new Uint8Array([0x0a, keyBytes[0]]), key.publicKey)).slice(0, 4);
  if (toHex(declaredId) !== hexId) throw fail();
  const keyId = cosignerKeyId(name, key.publicKey);
  return {
    name,
    keyId,
    verifierKey: formatCosignerVerifierKey(name, key.publicKey),
    async cosign(checkpointText, timestamp) {
      if (typeof timestamp !== 'bigint' || timestamp <= 0n || timestamp > MAX_TIMESTAMP)
        throw witnessError(
          'witness.malformed_request',
          { id: 'Stempel waktu cosignature harus 1 … 2^63 − 1', en: 'A cosignature timestamp must be 1 … 2^63 − 1' },
          { path: ['timestamp'] },
        );
      const signature = await key.sign(utf8(cosignatureMessage(checkpointText, timestamp)));
      return `\u2014 ${name} ${toBase64(concatBytes(keyId, timestampBytes(timestamp), signature))}\n`;
    },
  };
}

/**
 * A parsed cosigner verifier key.
 *
 * @example
 * ```ts
 * import { parseCosignerVerifierKey } from '@spbe-kit/audit';
 * const witness = await parseCosignerVerifierKey(witnessVerifierKey);
 * witness.name; // 'saksi.kaltimprov.go.id'
 * ```
 */
export interface CosignatureVerifier {
  readonly name: string;
  readonly keyId: Uint8Array;
  readonly publicKey: Uint8Array;
  /**
   * Checks one signature (the bytes after the key id: 8-byte timestamp || Ed25519 signature) over a
   * checkpoint body; returns the timestamp when it verifies, `undefined` otherwise.
   */
  verify(checkpointText: string, signature: Uint8Array): Promise<bigint | undefined>;
}

/**
 * Parses a cosigner verifier key `name+hexid+base64(0x04 || publicKey)` and checks its key id. Throws a
 * `WitnessError` (`witness.invalid_key`) otherwise.
 *
 * @example
 * ```ts
 * import { parseCosignerVerifierKey } from '@spbe-kit/audit';
 * const witness = await parseCosignerVerifierKey('saksi.kaltimprov.go.id+1a2b3c4d+BA…');
 * ```
 */
export async function parseCosignerVerifierKey(verifierKey: string): Promise<CosignatureVerifier> {
  const fail = () =>
    invalidKey(
      {
        id: 'Kunci verifikasi saksi tidak valid (nama+idkunci+base64 bertipe 0x04)',
        en: 'Invalid witness verifier key (name+keyid+base64 of type 0x04)',
      },
      'witnessKey',
    );
  if (typeof verifierKey !== 'string') throw fail();
  const parts = splitKey(verifierKey);
  if (!parts) throw fail();
  const [name, hexId, encoded] = parts;
  try {
    checkName(name, 'witnessKey');
  } catch {
    throw fail();
  }
  const keyId = /^[0-9a-f]{8}$/.test(hexId) ? fromHex(hexId) : undefined;
  const keyBytes = fromBase64(encoded);
  if (!keyId || !keyBytes || keyBytes.length !== 33 || keyBytes[0] !== COSIGNATURE_V1) throw fail();
  const publicKey = keyBytes.slice(1);
  if (!bytesEqual(cosignerKeyId(name, publicKey), keyId)) throw fail();
  const verify = await ed25519Verifier(publicKey);
  if (!verify) throw fail();
  return {
    name,
    keyId,
    publicKey,
    async verify(checkpointText, signature) {
      if (signature.length !== 72) return undefined;
      const timestamp = readTimestamp(signature);
      if (timestamp > MAX_TIMESTAMP) return undefined;
      const ok = await verify(utf8(cosignatureMessage(checkpointText, timestamp)), signature.slice(8));
      return ok ? timestamp : undefined;
    },
  };
}
