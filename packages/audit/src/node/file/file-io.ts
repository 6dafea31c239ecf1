import { closeSync, fdatasync, fsyncSync, openSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** `fdatasync` as a promise. */
export const datasync = promisify(fdatasync);
/** Bytes of one node hash. */
export const HASH = 32;
/** Entry positions are `segment · SEGMENT_SHIFT + offset` (offsets stay below 2^40 bytes). */
export const SEGMENT_SHIFT = 2 ** 40;

export const segmentName = (n: number): string => `entries-${String(n).padStart(6, '0')}.seg`;
export const levelName = (level: number): string => `nodes-${String(level).padStart(2, '0')}.bin`;
export const isSegmentName = (name: string): boolean => /^entries-\d{6}\.seg$/.test(name);

/** Reads up to `length` bytes at `position` (fewer at the end of the file). */
export function readAt(fd: number, length: number, position: number): Buffer {
  const buffer = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const read = readSync(fd, buffer, done, length - done, position + done);
    if (read === 0) break;
    done += read;
  }
  return done === length ? buffer : buffer.subarray(0, done);
}

/** Writes all of `data` at `position`. */
export function writeAt(fd: number, data: Uint8Array, position: number): void {
  let done = 0;
  while (done < data.length) done += writeSync(fd, data, done, data.length - done, position + done);
}

/** Makes a directory's entries (new or removed files) durable. */
export function fsyncDirectory(directory: string): void {
  const fd = openSync(directory, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Opens a file of the store for positioned reads and writes, creating it if missing (`'a+'` would
 * append on every write, so the file is created first and then opened `'r+'`).
 */
export function openReadWrite(directory: string, name: string): number {
  closeSync(openSync(join(directory, name), 'a+'));
  return openSync(join(directory, name), 'r+');
}
