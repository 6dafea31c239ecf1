import { closeSync, ftruncateSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { AuditLogError } from '../../errors.js';
import { hashLeaf } from '../../merkle.js';
import type { Sha256 } from '../../sha256.js';
import { extendTree, frontierKeys } from '../../tree.js';
import type { DerivedFiles } from './file-derived.js';
import { SEGMENT_SHIFT, readAt, segmentName } from './file-io.js';
import type { Segment } from './file-segments.js';
import { ENTRY_MAGIC, HEADER_BYTES, parseRecord, recordBytes } from './record-format.js';

/**
 * What recovery did when the store was opened.
 *
 * @example
 * ```ts
 * import { createFileStore } from '@spbe-kit/audit/file';
 * const store = await createFileStore({ directory });
 * store.recovery.truncatedBytes; // bytes of a torn tail that were cut off
 * ```
 */
export interface FileStoreRecovery {
  /** Bytes of torn (incomplete or corrupt) records cut from the end of the entry segment (read-only: ignored). */
  readonly truncatedBytes: number;
  /** Entries whose tree nodes and offsets were rebuilt from the segment. */
  readonly rebuiltEntries: number;
}

/** The state of the log after recovery. */
export interface RecoveredLog {
  readonly size: number;
  readonly frontier: Uint8Array[];
  readonly recovery: FileStoreRecovery;
  /** Whether the derived files now describe more (or fewer) entries than `state.bin` says. */
  readonly stateChanged: boolean;
}

/** Where the forward scan starts: just after the last entry the derived files trust. */
function scanStart(derived: DerivedFiles, segments: readonly Segment[], trusted: number) {
  if (trusted === 0) return { segment: 0, offset: 0 };
  const position = derived.positionOf(trusted - 1) ?? -1;
  const segmentIndex = Math.floor(position / SEGMENT_SHIFT);
  const offset = position % SEGMENT_SHIFT;
  const segment = segments[segmentIndex];
  const head = segment && position >= 0 ? readAt(segment.fd, HEADER_BYTES, offset) : Buffer.alloc(0);
  const length = head.length === HEADER_BYTES ? head.readUInt32LE(4) : 0;
  const record = segment ? parseRecord(ENTRY_MAGIC, readAt(segment.fd, recordBytes(length), offset), 0) : undefined;
  if (!record || !record.intact || record.index !== trusted - 1) {
    // Inside the durable region: never "repair" (that would hide tampering); refuse instead.
    throw new AuditLogError('store.corrupt', {
      id: `Entri ${trusted - 1} rusak di dalam bagian yang sudah tahan lama`,
      en: `Entry ${trusted - 1} is damaged inside the durable region`,
    });
  }
  return { segment: segmentIndex, offset: offset + record.size };
}

/**
 * Recovery on open (ADR 0044): trusts the derived files up to `state.bin`, scans the segments forward
 * from there, keeps every intact record with the next index, cuts the torn tail (a writer only), and
 * rebuilds the nodes and offsets of the rescued entries with {@link hashLeaf} and `extendTree`.
 */
export function recoverLog(
  directory: string,
  segments: Segment[],
  derived: DerivedFiles,
  hasher: Sha256,
): RecoveredLog {
  const trusted = derived.trustedCount();
  const start = scanStart(derived, segments, trusted);
  const rescued: { leafData: Buffer; position: number }[] = [];
  let truncatedBytes = 0;
  for (let s = start.segment; s < segments.length; s++) {
    const segment = segments[s]!;
    let offset = s === start.segment ? start.offset : 0;
    const data = readAt(segment.fd, segment.size - offset, offset);
    let at = 0;
    while (at < data.length) {
      const record = parseRecord(ENTRY_MAGIC, data, at);
      if (!record || !record.intact || record.index !== trusted + rescued.length) break;
      rescued.push({ leafData: Buffer.from(record.payload), position: s * SEGMENT_SHIFT + offset + at });
      at += record.size;
    }
    if (at < data.length) {
      truncatedBytes += data.length - at;
      offset += at;
      segment.size = offset;
      if (!derived.readOnly) ftruncateSync(segment.fd, offset);
      // Later segments can only hold torn data.
      for (let later = segments.length - 1; later > s; later--) {
        truncatedBytes += segments[later]!.size;
        if (!derived.readOnly) {
          closeSync(segments[later]!.fd);
          unlinkSync(join(directory, segmentName(later)));
          segments.pop();
        } else segments[later]!.size = 0;
      }
      break;
    }
  }
  derived.truncateTo(trusted);
  let frontier = frontierKeys(trusted).map((key) => derived.readNode(key.level, key.index));
  if (rescued.length > 0) {
    const result = extendTree(
      frontier,
      trusted,
      rescued.map((entry) => hashLeaf(entry.leafData, hasher)),
      hasher,
    );
    derived.writeNodes(result.nodes);
    derived.writeOffsets(
      trusted,
      rescued.map((entry) => entry.position),
    );
    frontier = result.frontier;
  }
  return {
    size: trusted + rescued.length,
    frontier,
    recovery: { truncatedBytes, rebuiltEntries: rescued.length },
    stateChanged: rescued.length > 0 || truncatedBytes > 0,
  };
}
