import type { LocalizedText } from '@spbe-kit/models';
import { bytesEqual, concatBytes, fromBase64, fromHex, fromUtf8, toBase64, toHex, utf8 } from './bytes.js';
import { NoteError } from './errors.js';
import { sha256 } from './sha256.js';
import type { NoteErrorCode } from './error-codes.js';

/** Algorithm byte of Ed25519 keys in C2SP signed notes. */
const ED25519 = 0x01;
const PKCS8_ED25519_PREFIX = new Uint8Array([
  0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
]);
const SIGNATURE_PREFIX = '\u2014 ';
/** Verifiers must accept at least 16 signatures (C2SP signed-note); more than this is refused as abuse. */
const MAX_SIGNATURES = 100;

function noteError(code: NoteErrorCode, messages: LocalizedText, path: string[] = [], cause?: unknown): NoteError {
  return new NoteError(code, messages, { path, cause });
}

type Subtle = typeof globalThis.crypto.subtle;
type CryptoKey = Awaited<ReturnType<Subtle['importKey']>>;
type CryptoKeyPair = { publicKey: CryptoKey; privateKey: CryptoKey };

function subtle(): Subtle {
  const crypto = (globalThis as { crypto?: { subtle?: Subtle } }).crypto;
  if (!crypto?.subtle)
    throw noteError('key.no_webcrypto', {
      id: 'WebCrypto (crypto.subtle) tidak tersedia',
      en: 'WebCrypto (crypto.subtle) is not available',
    });
  return crypto.subtle;
}

/** A key name: non-empty, no Unicode spaces, no `+` (C2SP signed-note). */
function checkKeyName(name: unknown, path = 'name'): string {
  if (
    typeof name !== 'string' ||
    name.length === 0 ||
    name.length > 256 ||
    /[\s+]/u.test(name) ||
    fromUtf8(utf8(name)) !== name
  ) {
    throw noteError(
      'key.invalid_name',
      {
        id: 'Nama kunci harus tidak kosong, tanpa spasi dan tanpa "+"',
        en: 'A key name must be non-empty, without spaces and without "+"',
      },
      [path],
    );
  }
  return name;
}

/**
 * The 4-byte key id of an Ed25519 key in C2SP signed notes: the first bytes of
 * `SHA-256(name || 0x0A || 0x01 || publicKey)`.
 *
 * @example
 * ```ts
 * import { noteKeyId } from '@spbe-kit/audit';
 * noteKeyId('example.com/foo', publicKey); // Uint8Array(4)
 * ```
 */
export function noteKeyId(name: string, publicKey: Uint8Array): Uint8Array {
  return sha256(concatBytes(utf8(checkKeyName(name)), new Uint8Array([0x0a, ED25519]), publicKey)).slice(0, 4);
}

/**
 * Something that can sign notes: a key name, its key id and the verifier key to publish.
 *
 * @example
 * ```ts
 * import { createNoteSigner, type NoteSigner } from '@spbe-kit/audit';
 * const signer: NoteSigner = await createNoteSigner(signerKey);
 * signer.verifierKey; // 'audit.example.go.id+1a2b3c4d+AV…'
 * ```
 */
export interface NoteSigner {
  /** The key name, also the name in signature lines. */
  readonly name: string;
  /** The 4-byte key id. */
  readonly keyId: Uint8Array;
  /** The public verifier key `name+hexid+base64(0x01 || publicKey)`. */
  readonly verifierKey: string;
  /** Signs a message (the note text) and returns the 64-byte Ed25519 signature. */
  sign(message: Uint8Array): Promise<Uint8Array>;
}

/**
 * A parsed verifier key that checks signatures.
 *
 * @example
 * ```ts
 * import { parseVerifierKey } from '@spbe-kit/audit';
 * const verifier = await parseVerifierKey('example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k');
 * verifier.name; // 'example.com/foo'
 * ```
 */
export interface NoteVerifier {
  readonly name: string;
  readonly keyId: Uint8Array;
  /** The raw 32-byte Ed25519 public key. */
  readonly publicKey: Uint8Array;
  /** Whether `signature` is a valid Ed25519 signature of `message` by this key. */
  verify(message: Uint8Array, signature: Uint8Array): Promise<boolean>;
}

/** `name+hexid+base64`: the name holds no `+`, the base64 may. */
function splitKey(text: string): [string, string, string] | undefined {
  const first = text.indexOf('+');
  const second = first < 0 ? -1 : text.indexOf('+', first + 1);
  if (second < 0) return undefined;
  return [text.slice(0, first), text.slice(first + 1, second), text.slice(second + 1)];
}

/**
 * Parses a verifier key `name+hexid+base64(0x01 || publicKey)` (C2SP signed-note) and checks that the
 * key id matches the name and key. Throws a {@link NoteError} with code `key.invalid_verifier` otherwise.
 *
 * @example
 * ```ts
 * import { parseVerifierKey } from '@spbe-kit/audit';
 * const verifier = await parseVerifierKey('example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k');
 * ```
 */
export async function parseVerifierKey(verifierKey: string): Promise<NoteVerifier> {
  const fail = (cause?: unknown) =>
    noteError(
      'key.invalid_verifier',
      { id: 'Kunci verifikasi tidak valid (nama+idkunci+base64)', en: 'Invalid verifier key (name+keyid+base64)' },
      ['verifierKey'],
      cause,
    );
  if (typeof verifierKey !== 'string') throw fail();
  const parts = splitKey(verifierKey);
  if (!parts) throw fail();
  const [name, hexId, encoded] = parts;
  try {
    checkKeyName(name);
  } catch (cause) {
    throw fail(cause);
  }
  const keyId = /^[0-9a-f]{8}$/.test(hexId) ? fromHex(hexId) : undefined;
  const keyBytes = fromBase64(encoded);
  if (!keyId || !keyBytes || keyBytes.length !== 33 || keyBytes[0] !== ED25519) throw fail();
  const publicKey = keyBytes.slice(1);
  if (!bytesEqual(noteKeyId(name, publicKey), keyId)) throw fail();
  let key: CryptoKey;
  try {
    key = await subtle().importKey('raw', publicKey, { name: 'Ed25519' }, false, ['verify']);
  } catch (cause) {
    throw new NoteError(
      'key.invalid_verifier',
      { id: 'Kunci publik Ed25519 tidak valid', en: 'Invalid Ed25519 public key' },
      { path: ['verifierKey'], cause },
    );
  }
  return {
    name,
    keyId,
    publicKey,
    verify: async (message, signature) => {
      if (signature.length !== 64) return false;
      try {
        return await subtle().verify('Ed25519', key, signature, message);
      } catch {
        return false;
      }
    },
  };
}

/**
 * Formats a verifier key from a name and a raw Ed25519 public key.
 *
 * @example
 * ```ts
 * import { formatVerifierKey } from '@spbe-kit/audit';
 * formatVerifierKey('audit.example.go.id', publicKey); // 'audit.example.go.id+…+AV…'
 * ```
 */
export function formatVerifierKey(name: string, publicKey: Uint8Array): string {
  if (publicKey.length !== 32)
    throw noteError(
      'key.invalid_public_key',
      { id: 'Kunci publik Ed25519 harus 32 byte', en: 'An Ed25519 public key must be 32 bytes' },
      ['publicKey'],
    );
  return `${checkKeyName(name)}+${toHex(noteKeyId(name, publicKey))}+${toBase64(concatBytes(new Uint8Array([ED25519]), publicKey))}`;
}

/**
 * A new Ed25519 key pair for signing notes (checkpoints), as two strings: the secret `signerKey`
 * (`PRIVATE+KEY+name+hexid+base64(0x01 || seed)`, the Go `sumdb/note` format) to keep in a secret
 * store, and the public `verifierKey` to publish.
 *
 * @example
 * ```ts
 * import { generateNoteKey } from '@spbe-kit/audit';
 * const { signerKey, verifierKey } = await generateNoteKey('audit.balikpapan.go.id');
 * ```
 */
export async function generateNoteKey(name: string): Promise<{ signerKey: string; verifierKey: string }> {
  checkKeyName(name);
  const pair = (await subtle().generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const publicKey = new Uint8Array(await subtle().exportKey('raw', pair.publicKey));
  const pkcs8 = new Uint8Array(await subtle().exportKey('pkcs8', pair.privateKey));
  const seed = pkcs8.slice(pkcs8.length - 32);
  const verifierKey = formatVerifierKey(name, publicKey);
  const hexId = splitKey(verifierKey)![1];
  return {
    signerKey: `PRIVATE+KEY+${name}+${hexId}+${toBase64(concatBytes(new Uint8Array([ED25519]), seed))}`,
    verifierKey,
  };
}

/**
 * Turns a signer key from {@link generateNoteKey} into a {@link NoteSigner}. Throws a
 * {@link NoteError} (`key.invalid_signer`) for a malformed key.
 *
 * @example
 * ```ts
 * import { createNoteSigner } from '@spbe-kit/audit';
 * const signer = await createNoteSigner(process.env.AUDIT_SIGNER_KEY!);
 * ```
 */
export async function createNoteSigner(signerKey: string): Promise<NoteSigner> {
  const fail = (cause?: unknown) =>
    new NoteError(
      'key.invalid_signer',
      { id: 'Kunci penanda tangan tidak valid', en: 'Invalid signer key' },
      { path: ['signerKey'], cause },
    );
  if (typeof signerKey !== 'string') throw fail();
  const parts = signerKey.startsWith('PRIVATE+KEY+') ? splitKey(signerKey.slice('PRIVATE+KEY+'.length)) : undefined;
  if (!parts) throw fail();
  const [name, hexId, encoded] = parts;
  const keyBytes = fromBase64(encoded);
  if (!keyBytes || keyBytes.length !== 33 || keyBytes[0] !== ED25519) throw fail();
  let privateKey: CryptoKey;
  let publicKey: Uint8Array;
  try {
    checkKeyName(name);
    privateKey = await subtle().importKey(
      'pkcs8',
      concatBytes(PKCS8_ED25519_PREFIX, keyBytes.slice(1)),
      { name: 'Ed25519' },
      true,
      ['sign'],
    );
    const jwk = await subtle().exportKey('jwk', privateKey);
    publicKey = fromBase64(base64UrlToBase64(jwk.x ?? '')) ?? new Uint8Array();
  } catch (cause) {
    throw fail(cause);
  }
  const verifierKey = formatVerifierKey(name, publicKey);
  if (splitKey(verifierKey)?.[1] !== hexId) throw fail();
  return {
    name,
    keyId: noteKeyId(name, publicKey),
    verifierKey,
    sign: async (message) => new Uint8Array(await subtle().sign('Ed25519', privateKey, message)),
  };
}

function base64UrlToBase64(text: string): string {
  const standard = text.replace(/-/g, '+').replace(/_/g, '/');
  return standard + '='.repeat((4 - (standard.length % 4)) % 4);
}

/** Control characters other than the newline. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x0a) || code === 0x7f) return true;
  }
  return false;
}

function checkNoteText(text: string): void {
  if (typeof text !== 'string' || !text.endsWith('\n') || text.includes('\n\n') || text.startsWith('\n')) {
    throw noteError(
      'note.invalid_text',
      {
        id: 'Teks catatan harus diakhiri baris baru dan tanpa baris kosong',
        en: 'Note text must end with a newline and hold no blank line',
      },
      ['text'],
    );
  }
  if (hasControlCharacter(text) || fromUtf8(utf8(text)) !== text) {
    throw noteError(
      'note.invalid_text',
      {
        id: 'Teks catatan berisi karakter kontrol atau UTF-8 tidak valid',
        en: 'Note text holds control characters or invalid UTF-8',
      },
      ['text'],
    );
  }
}

/**
 * Signs a note text (ending in a newline) with one or more signers and returns the signed note:
 * the text, a blank line, then one `— <name> <base64(keyid || signature)>` line per signer.
 *
 * @example
 * ```ts
 * import { signNote } from '@spbe-kit/audit';
 * const note = await signNote('hello\n', [signer]);
 * ```
 */
export async function signNote(text: string, signers: readonly NoteSigner[]): Promise<string> {
  checkNoteText(text);
  if (signers.length === 0)
    throw noteError(
      'note.no_signer',
      { id: 'Paling sedikit satu penanda tangan', en: 'At least one signer is needed' },
      ['signers'],
    );
  const message = utf8(text);
  let lines = '';
  for (const signer of signers) {
    const signature = await signer.sign(message);
    lines += `${SIGNATURE_PREFIX}${signer.name} ${toBase64(concatBytes(signer.keyId, signature))}\n`;
  }
  return `${text}\n${lines}`;
}

/**
 * One signature line of a note.
 *
 * @example
 * ```ts
 * import type { NoteSignature } from '@spbe-kit/audit';
 * const line: NoteSignature = { name: 'example.com/foo', keyId: 'Uw2QOg==', signature: new Uint8Array(64) };
 * ```
 */
export interface NoteSignature {
  readonly name: string;
  /** Hex of the 4-byte key id. */
  readonly keyId: string;
  readonly signature: Uint8Array;
}

/**
 * Splits a signed note into its text and signature lines without checking any signature.
 * Throws a {@link NoteError} (`note.malformed`) when the note is not well formed.
 *
 * @example
 * ```ts
 * import { parseNote } from '@spbe-kit/audit';
 * parseNote(note).text; // 'hello\n'
 * ```
 */
export function parseNote(note: string): { text: string; signatures: NoteSignature[] } {
  const fail = (messages: LocalizedText, cause?: unknown) => noteError('note.malformed', messages, ['note'], cause);
  if (typeof note !== 'string' || note.length > 1_000_000)
    throw fail({ id: 'Catatan harus teks (paling banyak 1 MB)', en: 'A note must be text (at most 1 MB)' });
  const split = note.lastIndexOf('\n\n');
  if (split < 0)
    throw fail({
      id: 'Catatan tanpa baris kosong sebelum tanda tangan',
      en: 'Note has no blank line before its signatures',
    });
  const text = note.slice(0, split + 1);
  const block = note.slice(split + 2);
  try {
    checkNoteText(text);
  } catch (cause) {
    throw fail({ id: 'Teks catatan tidak valid', en: 'Invalid note text' }, cause);
  }
  if (!block.endsWith('\n'))
    throw fail({ id: 'Baris tanda tangan harus diakhiri baris baru', en: 'Signature lines must end with a newline' });
  const lines = block.slice(0, -1).split('\n');
  if (lines.length > MAX_SIGNATURES)
    throw fail({ id: `Lebih dari ${MAX_SIGNATURES} tanda tangan`, en: `More than ${MAX_SIGNATURES} signatures` });
  const signatures = lines.map((line) => {
    const match = /^\u2014 (\S+) ([A-Za-z0-9+/=]+)$/.exec(line);
    const bytes = match ? fromBase64(match[2]!) : undefined;
    if (!match || !bytes || bytes.length < 5 || match[1]!.includes('+'))
      throw fail({ id: 'Baris tanda tangan tidak valid', en: 'Invalid signature line' });
    return { name: match[1]!, keyId: toHex(bytes.slice(0, 4)), signature: bytes.slice(4) };
  });
  return { text, signatures };
}

/**
 * Verifies a signed note against trusted verifier keys (C2SP signed-note): signatures by unknown
 * keys are ignored, names are compared literally, a signature by a known key that does not verify
 * rejects the note, and at least one known key must have signed. Returns the text and the names of
 * the keys that verified. Throws a {@link NoteError} (`note.malformed`, `note.bad_signature`,
 * `note.no_trusted_signature`) otherwise.
 *
 * @example
 * ```ts
 * import { verifyNote } from '@spbe-kit/audit';
 * const { text, verifiedBy } = await verifyNote(note, ['example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k']);
 * ```
 */
export async function verifyNote(
  note: string,
  verifierKeys: readonly (string | NoteVerifier)[],
): Promise<{ text: string; verifiedBy: string[] }> {
  const { text, signatures } = parseNote(note);
  const verifiers: NoteVerifier[] = [];
  for (const key of verifierKeys) verifiers.push(typeof key === 'string' ? await parseVerifierKey(key) : key);
  const message = utf8(text);
  const verifiedBy: string[] = [];
  for (const signature of signatures) {
    const verifier = verifiers.find(
      (candidate) => candidate.name === signature.name && toHex(candidate.keyId) === signature.keyId,
    );
    if (!verifier) continue;
    if (!(await verifier.verify(message, signature.signature))) {
      throw noteError(
        'note.bad_signature',
        { id: `Tanda tangan ${signature.name} tidak sah`, en: `The signature of ${signature.name} does not verify` },
        ['note'],
      );
    }
    if (!verifiedBy.includes(verifier.name)) verifiedBy.push(verifier.name);
  }
  if (verifiedBy.length === 0) {
    throw noteError(
      'note.no_trusted_signature',
      { id: 'Tidak ada tanda tangan dari kunci tepercaya', en: 'No signature from a trusted key' },
      ['note'],
    );
  }
  return { text, verifiedBy };
}
