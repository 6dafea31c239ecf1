import { NoteError } from '../errors.js';

/**
 * The largest entry an entry bundle can hold (big-endian uint16 length prefix).
 *
 * @example
 * ```ts
 * import { MAX_BUNDLE_ENTRY } from '@spbe-kit/audit';
 * const fits = (entry: Uint8Array) => entry.length <= MAX_BUNDLE_ENTRY;
 * ```
 */
export const MAX_BUNDLE_ENTRY = 0xffff;

/**
 * Encodes entries as a C2SP tlog-tiles entry bundle: each entry prefixed by its length as a big-endian
 * uint16. Throws a `NoteError` (`tiles.entry_too_large`) for an entry over 65,535 bytes.
 *
 * @example
 * ```ts
 * import { encodeEntryBundle } from '@spbe-kit/audit';
 * encodeEntryBundle([new Uint8Array([1, 2])]); // Uint8Array [0, 2, 1, 2]
 * ```
 */
export function encodeEntryBundle(entries: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const [index, entry] of entries.entries()) {
    if (entry.length > MAX_BUNDLE_ENTRY)
      throw new NoteError(
        'tiles.entry_too_large',
        {
          id: `Entri ${index} lebih dari 65.535 byte, tidak muat dalam bundel entri`,
          en: `Entry ${index} is over 65,535 bytes and does not fit an entry bundle`,
        },
        { path: ['entries', index] },
      );
    length += 2 + entry.length;
  }
  const out = new Uint8Array(length);
  let offset = 0;
  for (const entry of entries) {
    out[offset] = entry.length >> 8;
    out[offset + 1] = entry.length & 0xff;
    out.set(entry, offset + 2);
    offset += 2 + entry.length;
  }
  return out;
}

/**
 * Decodes an entry bundle into its entries. Throws a `NoteError` (`tiles.malformed_bundle`) when the
 * bytes do not split exactly into `expected` length-prefixed entries.
 *
 * @example
 * ```ts
 * import { decodeEntryBundle } from '@spbe-kit/audit';
 * decodeEntryBundle(new Uint8Array([0, 2, 1, 2]), 1); // [Uint8Array [1, 2]]
 * ```
 */
export function decodeEntryBundle(bytes: Uint8Array, expected: number): Uint8Array[] {
  const entries: Uint8Array[] = [];
  let offset = 0;
  while (offset < bytes.length && entries.length < expected) {
    if (offset + 2 > bytes.length) break;
    const length = (bytes[offset]! << 8) | bytes[offset + 1]!;
    if (offset + 2 + length > bytes.length) break;
    entries.push(bytes.slice(offset + 2, offset + 2 + length));
    offset += 2 + length;
  }
  if (entries.length !== expected || offset !== bytes.length)
    throw new NoteError(
      'tiles.malformed_bundle',
      {
        id: `Bundel entri tidak berisi tepat ${expected} entri`,
        en: `The entry bundle does not hold exactly ${expected} entries`,
      },
      { path: ['bundle'] },
    );
  return entries;
}
