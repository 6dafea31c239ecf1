import { decodeLeaf, keysOf } from '../../leaf.js';
import { matchesQuery } from '../../store-helpers.js';
import type { EntryKeys, StoredEntry, StoreQuery } from '../../store.js';
import type { DerivedFiles } from './file-derived.js';
import { SEGMENT_SHIFT, readAt } from './file-io.js';
import type { Segment } from './file-segments.js';
import type { SideLogs } from './file-side-logs.js';
import type { LogTail } from './file-writer.js';
import { ENTRY_MAGIC, parseRecord } from './record-format.js';

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

  /** Entries `[start, end)`; positions a damaged offsets file lacks are reported as missing (index -1). */
  readEntries(start: number, end: number): StoredEntry[] {
    end = Math.min(end, this.tail.size);
    if (start >= end) return [];
    // The next entry's position bounds the last one's bytes.
    const positions = this.derived.positions(start, (end < this.tail.size ? end + 1 : end) - start);
    const available = Math.min(end - start, positions.length);
    const out: StoredEntry[] = [];
    let i = 0;
    while (i < available) {
      const segmentIndex = Math.floor(positions[i]! / SEGMENT_SHIFT);
      const segment = this.segments[segmentIndex];
      let j = i;
      while (j + 1 < available && Math.floor(positions[j + 1]! / SEGMENT_SHIFT) === segmentIndex) j++;
      const from = positions[i]! % SEGMENT_SHIFT;
      const next = positions[j + 1];
      const to =
        next !== undefined && Math.floor(next / SEGMENT_SHIFT) === segmentIndex
          ? next % SEGMENT_SHIFT
          : (segment?.size ?? 0);
      const span = segment && to > from ? readAt(segment.fd, to - from, from) : Buffer.alloc(0);
      for (let k = i; k <= j; k++) {
        const record = parseRecord(ENTRY_MAGIC, span, (positions[k]! % SEGMENT_SHIFT) - from);
        out.push(
          record
            ? { index: record.index, leafData: record.payload, hasDetails: this.sideLogs.details.has(start + k) }
            : missing(),
        );
      }
      i = j + 1;
    }
    for (let k = available; k < end - start; k++) out.push(missing());
    return out;
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
