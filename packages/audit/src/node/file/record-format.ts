import { crc32 } from 'node:zlib';

/**
 * Binary layout of the file store. Every record is framed so a torn tail (a record cut short by a
 * crash) is recognised on open: magic, payload length, payload, CRC-32 of the payload.
 *
 *   entry record:       'SAE1' | u32 length | u64 index | u8 flags | leaf data            | u32 crc
 *   details record:     'SAD1' | u32 length | u64 index | u8 erased | details bytes       | u32 crc
 *   checkpoint record:  'SAC1' | u32 length | u64 size  | u8 0     | signed note (UTF-8) | u32 crc
 *
 * `length` counts the bytes after the 9-byte index+flags header and before the CRC. The CRC covers
 * index, flags and payload as first written; erasing details zeroes the payload and sets `erased`,
 * and the CRC is then recomputed.
 *
 * The CRC frames records for crash recovery: opening the store checks it on the records it rescues or
 * trusts at the tail, and on every record of the side logs. Reading entries does not recompute it
 * (`readFrame`): `verify()` recomputes the SHA-256 leaf hash of every entry, which detects every change
 * a CRC would (and one a CRC cannot: a change whose CRC was recomputed), and names the entry.
 */
export const ENTRY_MAGIC = 0x31454153; // 'SAE1' little-endian
export const DETAILS_MAGIC = 0x31444153; // 'SAD1'
export const CHECKPOINT_MAGIC = 0x31434153; // 'SAC1'
export const HEADER_BYTES = 4 + 4 + 8 + 1;
const TRAILER_BYTES = 4;
const MAX_PAYLOAD_BYTES = 16 * 1024 * 1024;

export function recordBytes(payloadLength: number): number {
  return HEADER_BYTES + payloadLength + TRAILER_BYTES;
}

export function encodeRecord(
  magic: number,
  index: number,
  flags: number,
  payload: Uint8Array,
  target?: Buffer,
  at = 0,
): Buffer {
  const out = target ?? Buffer.allocUnsafe(recordBytes(payload.length));
  out.writeUInt32LE(magic, at);
  out.writeUInt32LE(payload.length, at + 4);
  out.writeBigUInt64LE(BigInt(index), at + 8);
  out.writeUInt8(flags, at + 16);
  out.set(payload, at + HEADER_BYTES);
  out.writeUInt32LE(
    crc32(out.subarray(at + 8, at + HEADER_BYTES + payload.length)),
    at + HEADER_BYTES + payload.length,
  );
  return out;
}

/** A parsed record, or `undefined` when the bytes at `at` are not a complete, intact record. */
export interface ParsedRecord {
  readonly index: number;
  readonly flags: number;
  readonly payload: Buffer;
  /** Total size of the record in bytes. */
  readonly size: number;
  /** Whether the CRC matched. */
  readonly intact: boolean;
}

/** Reads an unsigned 64-bit little-endian integer below 2^53 at `at`, or -1 when it is larger. */
function readSafeUint64(buffer: Buffer, at: number): number {
  const high = buffer.readUInt32LE(at + 4);
  return high >= 0x200000 ? -1 : high * 0x1_0000_0000 + buffer.readUInt32LE(at);
}

/**
 * The framing of a record at `at` without its CRC (the read path): its index and payload, or
 * `undefined` when the bytes there are not a complete record of this kind.
 */
export function readFrame(
  magic: number,
  buffer: Buffer,
  at: number,
): { readonly index: number; readonly payload: Buffer } | undefined {
  if (at < 0 || at + HEADER_BYTES + TRAILER_BYTES > buffer.length) return undefined;
  if (buffer.readUInt32LE(at) !== magic) return undefined;
  const length = buffer.readUInt32LE(at + 4);
  if (length > MAX_PAYLOAD_BYTES || at + recordBytes(length) > buffer.length) return undefined;
  const index = readSafeUint64(buffer, at + 8);
  if (index < 0) return undefined;
  return { index, payload: buffer.subarray(at + HEADER_BYTES, at + HEADER_BYTES + length) };
}

export function parseRecord(magic: number, buffer: Buffer, at: number): ParsedRecord | undefined {
  if (at + HEADER_BYTES + TRAILER_BYTES > buffer.length) return undefined;
  if (buffer.readUInt32LE(at) !== magic) return undefined;
  const length = buffer.readUInt32LE(at + 4);
  if (length > MAX_PAYLOAD_BYTES || at + recordBytes(length) > buffer.length) return undefined;
  const index = buffer.readBigUInt64LE(at + 8);
  if (index > BigInt(Number.MAX_SAFE_INTEGER)) return undefined;
  const end = at + HEADER_BYTES + length;
  const intact = crc32(buffer.subarray(at + 8, end)) === buffer.readUInt32LE(end);
  return {
    index: Number(index),
    flags: buffer.readUInt8(at + 16),
    payload: buffer.subarray(at + HEADER_BYTES, end),
    size: recordBytes(length),
    intact,
  };
}
