import type { Writable } from 'node:stream';

const REDRAW_EVERY_MS = 100;
/** Work that ends sooner never shows a bar. */
const SHOW_AFTER_MS = 500;

/**
 * A one-line progress bar on standard error. It draws only when enabled (standard error is a
 * terminal and neither `--quiet` nor `--json` is given), only for work lasting over half a second,
 * at most ten times a second; it is erased before any result or message is written.
 */
export class Progress {
  private lastDraw = 0;
  private drawn = false;
  private readonly startedAt: number;

  constructor(
    private readonly stream: Writable,
    private readonly enabled: boolean,
    private readonly width: number,
    private readonly now: () => number = Date.now,
  ) {
    this.startedAt = now();
  }

  /** Shows `done` of `total` (bytes or items; `total` unknown draws a counter) with a label. */
  update(done: number, total: number | undefined, label: string): void {
    if (!this.enabled) return;
    const now = this.now();
    if (now - this.startedAt < SHOW_AFTER_MS || now - this.lastDraw < REDRAW_EVERY_MS) return;
    this.lastDraw = now;
    let line: string;
    if (total !== undefined && total > 0) {
      const ratio = Math.min(1, done / total);
      const barWidth = Math.max(10, Math.min(40, this.width - label.length - 10));
      const filled = Math.round(ratio * barWidth);
      line = `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}] ${(ratio * 100).toFixed(0).padStart(3)}% ${label}`;
    } else line = label;
    this.stream.write(`\r${line.slice(0, this.width - 1)}\x1b[K`);
    this.drawn = true;
  }

  /** Erases the bar so the next line starts clean. */
  clear(): void {
    if (!this.drawn) return;
    this.stream.write('\r\x1b[K');
    this.drawn = false;
  }
}
