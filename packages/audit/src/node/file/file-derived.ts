import { closeSync, existsSync, fstatSync, fsyncSync, ftruncateSync, openSync } from 'node:fs';
import { join } from 'node:path';
import type { TreeNode } from '../../tree.js';
import { HASH, levelName, openReadWrite, readAt, writeAt } from './file-io.js';

/**
 * The derived files of a file store (ADR 0044): node hashes per level (`nodes-LL.bin`), entry
 * positions (`offsets.bin`) and how many entries they hold durably (`state.bin`). Everything here
 * can be rebuilt from the segments. A read-only store never writes: what recovery rebuilds is kept
 * in memory instead (`overlay`).
 */
export class DerivedFiles {
  private readonly levelFds: (number | undefined)[] = [];
  private readonly offsetsFd: number | undefined;
  private readonly stateFd: number | undefined;
  /** Read-only: nodes and positions rebuilt in memory, by level then index. */
  private readonly overlayNodes = new Map<number, Map<number, Uint8Array>>();
  private readonly overlayOffsets = new Map<number, number>();
  /** Read-only: entries the files are trusted for; beyond it only the overlay counts. */
  private trustedEntries = Number.POSITIVE_INFINITY;

  constructor(
    private readonly directory: string,
    readonly readOnly: boolean,
  ) {
    this.offsetsFd = this.open('offsets.bin');
    this.stateFd = this.open('state.bin');
    for (let level = 0; existsSync(join(directory, levelName(level))); level++) this.levelFd(level);
    if (!readOnly) this.levelFd(0);
  }

  private open(name: string): number | undefined {
    if (!this.readOnly) return openReadWrite(this.directory, name);
    return existsSync(join(this.directory, name)) ? openSync(join(this.directory, name), 'r') : undefined;
  }

  private levelFd(level: number): number | undefined {
    if (this.levelFds[level] === undefined) this.levelFds[level] = this.open(levelName(level));
    return this.levelFds[level];
  }

  private fileLength(fd: number | undefined): number {
    return fd === undefined ? 0 : fstatSync(fd).size;
  }

  /** Entries the derived files describe durably: `state.bin`, capped by what every file really holds. */
  trustedCount(): number {
    const state = this.stateFd === undefined ? Buffer.alloc(0) : readAt(this.stateFd, 8, 0);
    let trusted = state.length === 8 ? Number(state.readBigUInt64LE(0)) : 0;
    trusted = Math.min(trusted, Math.floor(this.fileLength(this.offsetsFd) / 8));
    this.levelFds.forEach((fd, level) => {
      const count = Math.floor(this.fileLength(fd) / HASH);
      trusted = Math.min(trusted, (count + 1) * 2 ** level - 1);
    });
    return trusted;
  }

  /** Cuts the derived files back to `count` entries (writer only; recovery rebuilds the rest). */
  truncateTo(count: number): void {
    if (this.readOnly) {
      this.trustedEntries = count;
      return;
    }
    if (this.offsetsFd !== undefined) truncateIfLonger(this.offsetsFd, count * 8);
    this.levelFds.forEach((fd, level) => {
      if (fd !== undefined) truncateIfLonger(fd, Math.floor(count / 2 ** level) * HASH);
    });
  }

  /** The stored position of entry `index`. */
  positionOf(index: number): number | undefined {
    const overlay = this.overlayOffsets.get(index);
    if (overlay !== undefined) return overlay;
    if (this.offsetsFd === undefined || index >= this.trustedEntries) return undefined;
    const raw = readAt(this.offsetsFd, 8, index * 8);
    return raw.length === 8 ? Number(raw.readBigUInt64LE(0)) : undefined;
  }

  /** Positions of entries `[start, start + count)`, stopping at the first one that is missing. */
  positions(start: number, count: number): number[] {
    const out: number[] = [];
    const fromFile = Math.max(0, Math.min(count, this.trustedEntries - start));
    const raw = this.offsetsFd === undefined ? Buffer.alloc(0) : readAt(this.offsetsFd, fromFile * 8, start * 8);
    const inFile = Math.floor(raw.length / 8);
    // Two 32-bit reads instead of a BigInt per position (positions stay below 2^53).
    for (let i = 0; i < inFile; i++) out.push(raw.readUInt32LE(i * 8 + 4) * 0x1_0000_0000 + raw.readUInt32LE(i * 8));
    for (let i = inFile; i < count; i++) {
      const position = this.overlayOffsets.get(start + i);
      if (position === undefined) break;
      out.push(position);
    }
    return out;
  }

  /** Stored node hashes of one level, `[start, end)`, stopping at the first missing one. */
  readNodes(level: number, start: number, end: number): Uint8Array[] {
    const fd = this.levelFds[level];
    const out: Uint8Array[] = [];
    if (start >= end) return out;
    const fileEnd = Math.min(end, Math.floor(this.trustedEntries / 2 ** level));
    const data =
      fd === undefined || fileEnd <= start ? Buffer.alloc(0) : readAt(fd, (fileEnd - start) * HASH, start * HASH);
    for (let i = 0; i + HASH <= data.length; i += HASH) out.push(data.subarray(i, i + HASH));
    const overlay = this.overlayNodes.get(level);
    for (let index = start + out.length; overlay && index < end; index++) {
      const hash = overlay.get(index);
      if (!hash) break;
      out.push(hash);
    }
    return out;
  }

  /** One stored node hash (empty when missing). */
  readNode(level: number, index: number): Uint8Array {
    return this.readNodes(level, index, index + 1)[0] ?? new Uint8Array();
  }

  /** Writes new nodes (one write per level: a batch's nodes of one level have consecutive indices). */
  writeNodes(nodes: readonly TreeNode[]): void {
    const byLevel = new Map<number, TreeNode[]>();
    for (const node of nodes) {
      let list = byLevel.get(node.level);
      if (!list) byLevel.set(node.level, (list = []));
      list.push(node);
    }
    for (const [level, list] of byLevel) {
      if (this.readOnly) {
        let overlay = this.overlayNodes.get(level);
        if (!overlay) this.overlayNodes.set(level, (overlay = new Map<number, Uint8Array>()));
        for (const node of list) overlay.set(node.index, node.hash);
        continue;
      }
      const buffer = Buffer.allocUnsafe(list.length * HASH);
      list.forEach((node, i) => buffer.set(node.hash, i * HASH));
      writeAt(this.levelFd(level)!, buffer, list[0]!.index * HASH);
    }
  }

  /** Writes the positions of entries `first…`. */
  writeOffsets(first: number, positions: readonly number[]): void {
    if (this.readOnly) {
      positions.forEach((position, i) => this.overlayOffsets.set(first + i, position));
      return;
    }
    const buffer = Buffer.allocUnsafe(positions.length * 8);
    positions.forEach((position, i) => buffer.writeBigUInt64LE(BigInt(position), i * 8));
    writeAt(this.offsetsFd!, buffer, first * 8);
  }

  /** Makes the derived files durable and records that they describe `size` entries. */
  persistState(size: number): void {
    if (this.readOnly) return;
    for (const fd of this.levelFds) if (fd !== undefined) fsyncSync(fd);
    fsyncSync(this.offsetsFd!);
    const buffer = Buffer.alloc(8);
    buffer.writeBigUInt64LE(BigInt(size));
    writeAt(this.stateFd!, buffer, 0);
    fsyncSync(this.stateFd!);
  }

  close(): void {
    for (const fd of [...this.levelFds, this.offsetsFd, this.stateFd]) if (fd !== undefined) closeSync(fd);
  }
}

function truncateIfLonger(fd: number, length: number): void {
  if (fstatSync(fd).size > length) ftruncateSync(fd, length);
}
