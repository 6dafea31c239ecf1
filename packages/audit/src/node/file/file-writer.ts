import { asStoreError } from '../../errors.js';
import type { Sha256 } from '../../sha256.js';
import type { AppendRecord } from '../../store.js';
import { extendTree } from '../../tree.js';
import type { DerivedFiles } from './file-derived.js';
import { SEGMENT_SHIFT, datasync, fsyncDirectory, openReadWrite, segmentName, writeAt } from './file-io.js';
import type { Segment } from './file-segments.js';
import type { SideLogs } from './file-side-logs.js';
import { ENTRY_MAGIC, encodeRecord, recordBytes } from './record-format.js';

/** Derived files are made durable at least every this many entries; recovery rebuilds the rest. */
const STATE_INTERVAL = 65_536;

interface Pending {
  readonly records: readonly AppendRecord[];
  readonly hasher: Sha256;
  resolve(first: number): void;
  reject(error: unknown): void;
}

/** How the writer batches and syncs (see `FileStoreOptions`). */
export interface WriterSettings {
  readonly durability: 'append' | 'batch';
  readonly maxBatchDelayMs: number;
  readonly maxBatchRecords: number;
  readonly segmentBytes: number;
}

/** The log's mutable tail: its size and frontier, shared by the writer and the reader. */
export interface LogTail {
  size: number;
  frontier: Uint8Array[];
  /** Entries the derived files hold durably (`state.bin`). */
  stateCount: number;
}

/**
 * The single writer of a file store: queues appends, writes them in batches (group commit) and
 * resolves each only after its records are `fdatasync`ed. A failed write stops all writing (the
 * files are in an unknown state; reopening recovers). `idle()` resolves when the queue is empty.
 */
export class FileWriter {
  private readonly pending: Pending[] = [];
  private pumping: Promise<void> | undefined;
  private failure: unknown;
  /** Called with each batch's records once durable (for the query index). */
  onDurable: (records: readonly AppendRecord[]) => void = () => undefined;

  constructor(
    private readonly directory: string,
    private readonly segments: Segment[],
    private readonly derived: DerivedFiles,
    private readonly sideLogs: SideLogs,
    private readonly tail: LogTail,
    private readonly settings: WriterSettings,
  ) {}

  get failed(): boolean {
    return this.failure !== undefined;
  }

  append(records: readonly AppendRecord[], hasher: Sha256): Promise<number> {
    if (records.length === 0) return Promise.resolve(this.tail.size);
    return new Promise<number>((resolve, reject) => {
      this.pending.push({ records, hasher, resolve, reject });
      this.startPump();
    });
  }

  /**
   * Starts the pump unless it runs. An append made by the continuation of an append that just
   * resolved runs before the pump's `finally`: it finds the pump still set and only queues, so the
   * `finally` starts the pump again for what was queued meanwhile.
   */
  private startPump(): void {
    this.pumping ??= this.pump().finally(() => {
      this.pumping = undefined;
      if (this.pending.length > 0) this.startPump();
    });
  }

  /** Resolves once every queued append has been written (or rejected). */
  async idle(): Promise<void> {
    while (this.pumping) await this.pumping;
  }

  /** Makes the derived files durable and records their entry count. */
  persistState(): void {
    this.derived.persistState(this.tail.size);
    this.tail.stateCount = this.tail.size;
  }

  private async pump(): Promise<void> {
    const { durability, maxBatchDelayMs, maxBatchRecords } = this.settings;
    while (this.pending.length > 0) {
      const queued = this.pending.reduce((sum, item) => sum + item.records.length, 0);
      if (durability === 'batch' && maxBatchDelayMs > 0 && queued < maxBatchRecords)
        await new Promise((resolve) => setTimeout(resolve, maxBatchDelayMs));
      let take = 1;
      let count = this.pending[0]!.records.length;
      if (durability === 'batch') {
        while (take < this.pending.length && count + this.pending[take]!.records.length <= maxBatchRecords)
          count += this.pending[take++]!.records.length;
      }
      const batch = this.pending.splice(0, take);
      if (this.failure) {
        for (const item of batch) item.reject(asStoreError(this.failure));
        continue;
      }
      try {
        const firsts = await this.flush(batch);
        batch.forEach((item, i) => item.resolve(firsts[i]!));
      } catch (error) {
        this.failure = error;
        for (const item of batch) item.reject(asStoreError(error));
      }
    }
  }

  /** The segment the next `bytes` go to, starting a new one when the current one is full. */
  private async segmentFor(bytes: number): Promise<{ segment: Segment; index: number }> {
    let segment = this.segments[this.segments.length - 1]!;
    if (segment.size > 0 && segment.size + bytes > this.settings.segmentBytes) {
      await datasync(segment.fd);
      segment = { fd: openReadWrite(this.directory, segmentName(this.segments.length)), size: 0 };
      fsyncDirectory(this.directory);
      this.segments.push(segment);
    }
    return { segment, index: this.segments.length - 1 };
  }

  private async flush(batch: readonly Pending[]): Promise<number[]> {
    const records = batch.flatMap((item) => item.records);
    const { tail } = this;
    const total = records.reduce((sum, record) => sum + recordBytes(record.leafData.length), 0);
    const { segment, index: segmentIndex } = await this.segmentFor(total);
    const buffer = Buffer.allocUnsafe(total);
    const positions: number[] = [];
    let at = 0;
    records.forEach((record, i) => {
      encodeRecord(ENTRY_MAGIC, tail.size + i, 0, record.leafData, buffer, at);
      positions.push(segmentIndex * SEGMENT_SHIFT + segment.size + at);
      at += recordBytes(record.leafData.length);
    });
    const result = extendTree(
      tail.frontier,
      tail.size,
      records.map((record) => record.leafHash),
      batch[0]!.hasher,
    );
    // Derived files first (rebuildable), then details, then the segment, which makes the entries exist.
    this.derived.writeNodes(result.nodes);
    this.derived.writeOffsets(tail.size, positions);
    const details = await this.sideLogs.writeDetails(
      tail.size,
      records.map((record) => record.details),
    );
    writeAt(segment.fd, buffer, segment.size);
    await datasync(segment.fd);
    segment.size += total;
    this.sideLogs.commitDetails(details);
    const first = tail.size;
    tail.size += records.length;
    tail.frontier = result.frontier;
    this.onDurable(records);
    if (tail.size - tail.stateCount >= STATE_INTERVAL) this.persistState();
    let next = first;
    return batch.map((item) => {
      const itemFirst = next;
      next += item.records.length;
      return itemFirst;
    });
  }
}
