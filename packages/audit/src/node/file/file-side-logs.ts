import { closeSync, existsSync, fstatSync, ftruncateSync, openSync } from 'node:fs';
import { join } from 'node:path';
import type { StoredCheckpoint } from '../../store.js';
import { datasync, openReadWrite, readAt, writeAt } from './file-io.js';
import {
  CHECKPOINT_MAGIC,
  DETAILS_MAGIC,
  HEADER_BYTES,
  encodeRecord,
  parseRecord,
  type ParsedRecord,
} from './record-format.js';

/** An append-only log file of framed records beside the segments. */
interface RecordLog {
  readonly fd: number | undefined;
  size: number;
}

/** Opens a side log, keeps its intact records (`keep`), and cuts a torn tail (a writer only). */
function scanLog(
  directory: string,
  name: string,
  magic: number,
  readOnly: boolean,
  keep: (record: ParsedRecord, offset: number) => boolean,
): RecordLog {
  const path = join(directory, name);
  const fd = readOnly ? (existsSync(path) ? openSync(path, 'r') : undefined) : openReadWrite(directory, name);
  if (fd === undefined) return { fd, size: 0 };
  const data = readAt(fd, fstatSync(fd).size, 0);
  let at = 0;
  while (at < data.length) {
    const record = parseRecord(magic, data, at);
    if (!record || !record.intact || !keep(record, at)) break;
    at += record.size;
  }
  if (at < data.length && !readOnly) ftruncateSync(fd, at);
  return { fd, size: at };
}

/** `details.log` (erasable details, erased in place) and `checkpoints.log` (signed checkpoints). */
export class SideLogs {
  /** Where each entry's details are, by index. */
  readonly details = new Map<number, { offset: number; length: number }>();
  readonly checkpoints: StoredCheckpoint[] = [];
  private readonly detailsLog: RecordLog;
  private readonly checkpointLog: RecordLog;

  constructor(directory: string, size: number, readOnly: boolean) {
    this.detailsLog = scanLog(directory, 'details.log', DETAILS_MAGIC, readOnly, (record, offset) => {
      if (record.index >= size) return false;
      if (record.flags === 0)
        this.details.set(record.index, { offset: offset + HEADER_BYTES, length: record.payload.length });
      else this.details.delete(record.index);
      return true;
    });
    this.checkpointLog = scanLog(directory, 'checkpoints.log', CHECKPOINT_MAGIC, readOnly, (record) => {
      this.checkpoints.push({ size: record.index, note: record.payload.toString('utf8') });
      return true;
    });
  }

  readDetails(index: number): Uint8Array | undefined {
    const location = this.details.get(index);
    return location && this.detailsLog.fd !== undefined
      ? readAt(this.detailsLog.fd, location.length, location.offset)
      : undefined;
  }

  /**
   * Writes the details records of a batch (entries `first…`) and makes them durable; they count
   * only after {@link commitDetails}, once the entries themselves are durable.
   */
  async writeDetails(
    first: number,
    blobs: readonly (Uint8Array | undefined)[],
  ): Promise<[number, { offset: number; length: number }][]> {
    const parts: Buffer[] = [];
    const locations: [number, { offset: number; length: number }][] = [];
    let at = this.detailsLog.size;
    blobs.forEach((blob, i) => {
      if (!blob) return;
      const encoded = encodeRecord(DETAILS_MAGIC, first + i, 0, blob);
      parts.push(encoded);
      locations.push([first + i, { offset: at + HEADER_BYTES, length: blob.length }]);
      at += encoded.length;
    });
    if (parts.length > 0) {
      writeAt(this.detailsLog.fd!, Buffer.concat(parts), this.detailsLog.size);
      await datasync(this.detailsLog.fd!);
    }
    return locations;
  }

  commitDetails(locations: readonly [number, { offset: number; length: number }][]): void {
    for (const [index, location] of locations) {
      this.details.set(index, location);
      this.detailsLog.size = Math.max(this.detailsLog.size, location.offset + location.length + 4);
    }
  }

  /** Overwrites an entry's details with zeros in place and marks them erased. */
  async eraseDetails(index: number): Promise<void> {
    const location = this.details.get(index);
    if (!location) return;
    const record = encodeRecord(DETAILS_MAGIC, index, 1, new Uint8Array(location.length));
    writeAt(this.detailsLog.fd!, record, location.offset - HEADER_BYTES);
    await datasync(this.detailsLog.fd!);
    this.details.delete(index);
  }

  async addCheckpoint(checkpoint: StoredCheckpoint): Promise<void> {
    const record = encodeRecord(CHECKPOINT_MAGIC, checkpoint.size, 0, Buffer.from(checkpoint.note, 'utf8'));
    writeAt(this.checkpointLog.fd!, record, this.checkpointLog.size);
    await datasync(this.checkpointLog.fd!);
    this.checkpointLog.size += record.length;
    this.checkpoints.push(checkpoint);
  }

  close(): void {
    for (const fd of [this.detailsLog.fd, this.checkpointLog.fd]) if (fd !== undefined) closeSync(fd);
  }
}
