import { decodeLeaf, keysOf } from '../../leaf.js';
import { matchesQuery } from '../../store-helpers.js';
import type { EntryKeys, StoredEntry, StoreQuery } from '../../store.js';
import type { DerivedFiles } from './file-derived.js';
import { SEGMENT_SHIFT, readAt } from './file-io.js';
import type { Segment } from './file-segments.js';
import type { SideLogs } from './file-side-logs.js';
import type { LogTail } from './file-writer.js';
import { ENTRY_MAGIC, readFrame } from './record-format.js';

const EMPTY: Buffer = Buffer.alloc(0);
const missing = (): StoredEntry => ({ index: -1, leafData: new Uint8Array(), hasDetails: false });

/** Reading a file store: entries by range or by index, and queries over an in-memory key index. */
export class FileReader {
  private queryKeys: EntryKeys[] | undefined;

  constructor(
    private readonly segments: readonly Segment[],
    private readonly derived: DerivedFiles,
    private readonly sideLogs: SideLogs,
    private readonly tail: LogTail,
  ) {}

  /**
   * Entries `[start, end)`; positions a damaged offsets file lacks are reported as missing (index -1).
   * One pass over the positions: each run of entries in one segment is read with one read, up to the
   * next entry's position (or the segment's end), and each record's framing is parsed in place.
   */
  readEntries(start: number, end: number): StoredEntry[] {
    end = Math.min(end, this.tail.size);
    if (start >= end) return [];
    const count = end - start;
    // The next entry's position bounds the last one's bytes.
    const positions = this.derived.positions(start, end < this.tail.size ? count + 1 : count);
    const available = Math.min(count, positions.length);
    const bound = positions.length > count ? positions[count] : undefined;
    const details = this.sideLogs.details;
    const out = new Array<StoredEntry>(count);
    let span: Buffer = EMPTY;
    let spanSegment = -1;
    let spanFrom = 0;
    for (let k = 0; k < available; k++) {
      const position = positions[k]!;
      const segmentIndex = Math.floor(position / SEGMENT_SHIFT);
      const offset = position - segmentIndex * SEGMENT_SHIFT;
      if (segmentIndex !== spanSegment || offset < spanFrom || offset - spanFrom >= span.length) {
        span = this.readSpan(segmentIndex, offset, bound);
        spanSegment = segmentIndex;
        spanFrom = offset;
      }
      const frame = readFrame(ENTRY_MAGIC, span, offset - spanFrom);
      out[k] = frame ? { index: frame.index, leafData: frame.payload, hasDetails: details.has(start + k) } : missing();
    }
    for (let k = available; k < count; k++) out[k] = missing();
    return out;
  }

  /** The bytes of segment `segmentIndex` from `from` up to `bound` when it lies further in it, else to its end. */
  private readSpan(segmentIndex: number, from: number, bound: number | undefined): Buffer {
    const segment = this.segments[segmentIndex];
    if (!segment) return EMPTY;
    const boundOffset =
      bound !== undefined && Math.floor(bound / SEGMENT_SHIFT) === segmentIndex ? bound % SEGMENT_SHIFT : -1;
    const to = boundOffset > from ? Math.min(boundOffset, segment.size) : segment.size;
    return to > from ? readAt(segment.fd, to - from, from) : EMPTY;
  }

  /** Entries at the given ascending indices, reading each run of consecutive ones at once. */
  readEntriesAt(indices: readonly number[]): StoredEntry[] {
    const out: StoredEntry[] = [];
    for (let i = 0; i < indices.length;) {
      let j = i;
      while (j + 1 < indices.length && indices[j + 1] === indices[j]! + 1) j++;
      out.push(...this.readEntries(indices[i]!, indices[j]! + 1));
      i = j + 1;
    }
    return out;
  }

  /** Records the query keys of entries that became durable. */
  indexKeys(keys: readonly EntryKeys[]): void {
    if (this.queryKeys) this.queryKeys.push(...keys);
  }

  /** Indices of matching entries; the key index is built on the first query (with `decodeLeaf`). */
  query(query: StoreQuery): number[] {
    const keys = this.keys();
    const out: number[] = [];
    for (let i = (query.afterIndex ?? -1) + 1; i < keys.length && out.length < query.limit; i++)
      if (matchesQuery(keys[i]!, query)) out.push(i);
    return out;
  }

  private keys(): EntryKeys[] {
    if (this.queryKeys) return this.queryKeys;
    const keys: EntryKeys[] = [];
    for (let start = 0; start < this.tail.size; start += 4096) {
      for (const entry of this.readEntries(start, start + 4096)) {
        try {
          keys.push(keysOf(decodeLeaf(entry.leafData).event));
        } catch {
          // A damaged entry matches nothing; verify() reports it.
          keys.push({ timeMs: Number.NaN, action: '', subjects: [] });
        }
      }
    }
    this.queryKeys = keys;
    return keys;
  }
}
