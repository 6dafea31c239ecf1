import { closeSync, fstatSync, openSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { AuditLogError } from '../../errors.js';
import { isSegmentName, openReadWrite, segmentName } from './file-io.js';

/** An open segment file and how many bytes of it belong to the log. */
export interface Segment {
  readonly fd: number;
  size: number;
}

/** Opens every `entries-NNNNNN.seg` in order (a gap is `store.corrupt`); a writer gets segment 0 created. */
export function openSegments(directory: string, readOnly: boolean): Segment[] {
  const names = readdirSync(directory).filter(isSegmentName).sort();
  const segments = names.map((name, i) => {
    if (name !== segmentName(i))
      throw new AuditLogError('store.corrupt', { id: 'Berkas segmen hilang', en: 'A segment file is missing' });
    const fd = readOnly ? openSync(join(directory, name), 'r') : openReadWrite(directory, name);
    return { fd, size: fstatSync(fd).size };
  });
  if (segments.length === 0 && !readOnly) {
    const fd = openReadWrite(directory, segmentName(0));
    segments.push({ fd, size: 0 });
  }
  return segments;
}

/** Closes every segment. */
export function closeSegments(segments: readonly Segment[]): void {
  for (const segment of segments) closeSync(segment.fd);
}
