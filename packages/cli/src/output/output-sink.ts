import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, type WriteStream } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Writable } from 'node:stream';

/**
 * Where results go, with back-pressure (a slow pipe never makes the command buffer a whole batch).
 * In transactional mode results are spooled to a temporary file and reach the destination only on
 * {@link OutputSink.commit}: a batch with a bad record then produces no partial output.
 */
export class OutputSink {
  private readonly target: Writable;
  private spool: { dir: string; file: string; stream: WriteStream } | undefined;

  constructor(destination: Writable, transactional: boolean) {
    this.target = destination;
    if (transactional) {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'spbe-cli-'));
      const file = path.join(dir, 'spool');
      this.spool = { dir, file, stream: createWriteStream(file) };
    }
  }

  /** Writes text, waiting when the destination asks to. */
  async write(text: string): Promise<void> {
    const stream = this.spool ? this.spool.stream : this.target;
    if (!stream.write(text)) await once(stream, 'drain');
  }

  /** Sends the spooled results to the destination (nothing to do when not transactional). */
  async commit(): Promise<void> {
    const spool = this.spool;
    if (!spool) return;
    this.spool = undefined;
    spool.stream.end();
    await once(spool.stream, 'finish');
    try {
      for await (const chunk of createReadStream(spool.file)) {
        if (!this.target.write(chunk)) await once(this.target, 'drain');
      }
    } finally {
      rmSync(spool.dir, { recursive: true, force: true });
    }
  }

  /** Drops the spooled results. */
  async discard(): Promise<void> {
    const spool = this.spool;
    if (!spool) return;
    this.spool = undefined;
    spool.stream.end();
    await once(spool.stream, 'finish');
    rmSync(spool.dir, { recursive: true, force: true });
  }
}
