import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { InputError } from '../errors/cli-error.js';

/** The encodings an input may have, told by its byte-order mark. */
type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** The byte offset of the first invalid UTF-8 sequence in `bytes`, or -1 (an incomplete sequence at the end is not invalid). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    let length: number;
    let min: number;
    if (byte < 0x80) {
      i++;
      continue;
    } else if (byte >= 0xc2 && byte <= 0xdf) [length, min] = [2, 0x80];
    else if (byte >= 0xe0 && byte <= 0xef) [length, min] = [3, 0x800];
    else if (byte >= 0xf0 && byte <= 0xf4) [length, min] = [4, 0x10000];
    else return i;
    if (i + length > bytes.length) {
      // Check what is there of a sequence cut by the end of the buffer.
      for (let k = 1; i + k < bytes.length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
      return -1;
    }
    let code = byte & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k]!;
      if ((next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += length;
  }
  return -1;
}

function countLineBreaks(bytes: Uint8Array, end: number): number {
  let count = 0;
  for (let i = 0; i < end; i++) if (bytes[i] === 10) count++;
  return count;
}

/**
 * Decodes an input's bytes to text: UTF-8 with or without a byte-order mark, or UTF-16 (little or big
 * endian) when a byte-order mark says so. Invalid UTF-8 is an error naming its line — never replaced
 * silently by U+FFFD — and UTF-16 without a byte-order mark (NUL bytes in text) is named as such.
 */
export async function* decodeText(name: string, chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  let encoding: TextEncoding | undefined;
  let decoder: TextDecoder | undefined;
  let pending: Uint8Array = new Uint8Array(0);
  let line = 1;
  let carry: Uint8Array = new Uint8Array(0);
  for await (const chunk of chunks) {
    let bytes: Uint8Array = chunk;
    if (encoding === undefined) {
      pending = concat(pending, bytes);
      if (pending.length < 3) continue;
      bytes = pending;
      if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, bytes] = ['utf-16le', bytes.subarray(2)];
      else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, bytes] = ['utf-16be', bytes.subarray(2)];
      else {
        encoding = 'utf-8';
        if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
        else if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03) throw zipArchive(name);
        else if (bytes.subarray(0, 512).includes(0)) throw utf16WithoutMark(name);
      }
      decoder = new TextDecoder(encoding === 'utf-16be' ? 'utf-16be' : encoding, { fatal: encoding === 'utf-8' });
    }
    if (encoding === 'utf-8') {
      // A sequence cut between two chunks is checked whole with the next one (its bytes hold no line break).
      const joined = concat(carry, bytes);
      const complete = joined.length - incompleteTail(joined);
      if (!isUtf8(joined.subarray(0, complete))) {
        const invalid = firstInvalidUtf8(joined);
        throw invalidUtf8(name, line + countLineBreaks(joined, invalid < 0 ? complete : invalid));
      }
      line += countLineBreaks(joined, complete);
      carry = joined.slice(complete);
    }
    const text = decoder!.decode(bytes, { stream: true });
    if (text.length > 0) yield text;
  }
  if (encoding === undefined && pending.length > 0) {
    // A tiny input (under three bytes): decide on what there is.
    decoder = new TextDecoder('utf-8', { fatal: true });
    if (firstInvalidUtf8(pending) >= 0) throw invalidUtf8(name, 1);
    const text = decoder.decode(pending, { stream: true });
    if (text.length > 0) yield text;
  }
  if (decoder) {
    let rest: string;
    try {
      rest = decoder.decode();
    } catch {
      throw invalidUtf8(name, line);
    }
    if (rest.length > 0) yield rest;
  }
}

/** How many bytes at the end of `bytes` start a UTF-8 sequence that continues past the end. */
function incompleteTail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if (byte < 0x80) return 0;
    if ((byte & 0xc0) === 0xc0) {
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return length > back ? back : 0;
    }
  }
  return 0;
}

function concat(first: Uint8Array, second: Uint8Array): Uint8Array {
  if (first.length === 0) return second;
  const joined = new Uint8Array(first.length + second.length);
  joined.set(first);
  joined.set(second, first.length);
  return joined;
}

function invalidUtf8(name: string, line: number): InputError {
  return new InputError('cli.invalid_utf8', {
    id: `${name}:${line}: teks bukan UTF-8 yang sah (simpan berkas sebagai UTF-8, mis. "CSV UTF-8" di Excel)`,
    en: `${name}:${line}: the text is not valid UTF-8 (save the file as UTF-8, e.g. "CSV UTF-8" in Excel)`,
  });
}

function zipArchive(name: string): InputError {
  return new InputError('cli.zip_input', {
    id: `${name} adalah arsip zip (mis. buku kerja Excel): beri nama berakhiran .xlsx atau gunakan --input-format xlsx`,
    en: `${name} is a zip archive (e.g. an Excel workbook): name it .xlsx or use --input-format xlsx`,
  });
}

function utf16WithoutMark(name: string): InputError {
  return new InputError('cli.utf16_without_bom', {
    id: `${name}: berkas tampaknya UTF-16 tanpa penanda urutan byte (BOM); simpan sebagai UTF-8`,
    en: `${name}: the file looks like UTF-16 without a byte-order mark (BOM); save it as UTF-8`,
  });
}
