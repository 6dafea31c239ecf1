import { witnessCheckpoint, type AuditLog, type AuditStore, type WitnessEndpoint } from '@spbe-kit/audit';
import { writeTiles } from '@spbe-kit/audit/tiles';
import type { CosignedCheckpoints } from './cosigned-checkpoints.js';

/** What one publication did. */
export interface PublishResult {
  size: number;
  cosignedBy: string[];
  failures: { url: string; code: string }[];
}

/**
 * Publishes the portal's audit log: signs a checkpoint of the current tree (or reuses the latest one
 * when nothing was appended since), has it cosigned by every configured witness, keeps the cosigned
 * checkpoint, and writes the C2SP tiles served at `/audit-log/`. A witness that refuses (for example
 * because the log no longer extends what it cosigned) is reported, and the checkpoint is published
 * without its cosignature: verifiers with a witness policy will then reject it, as they should.
 */
export class CheckpointPublisher {
  private running: Promise<PublishResult | undefined> = Promise.resolve(undefined);
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly log: AuditLog,
    private readonly store: AuditStore,
    private readonly checkpoints: CosignedCheckpoints,
    private readonly witnesses: readonly WitnessEndpoint[],
    private readonly tilesDirectory: string,
    private readonly fetchImpl: typeof globalThis.fetch = globalThis.fetch,
  ) {}

  /** Publishes once (calls are serialised); `undefined` when the log is empty. */
  publish(): Promise<PublishResult | undefined> {
    this.running = this.running.catch(() => undefined).then(() => this.publishNow());
    return this.running;
  }

  private async publishNow(): Promise<PublishResult | undefined> {
    const size = await this.log.size();
    if (size === 0) return undefined;
    const latest = await this.log.latestCheckpoint();
    const note = latest && Number(latest.checkpoint.size) === size ? latest.note : (await this.log.checkpoint()).note;
    const previous = await this.checkpoints.latest();
    if (previous?.size === size && Object.keys(previous.witnesses).length === this.witnesses.length)
      return { size, cosignedBy: Object.keys(previous.witnesses), failures: [] };
    const witnessed = await witnessCheckpoint({
      note,
      witnesses: this.witnesses,
      proveConsistency: async (size1, size2) => (await this.log.proveConsistency(size1, size2)).proof,
      lastSizes: previous?.witnesses ?? {},
      fetch: this.fetchImpl,
    });
    const witnesses: Record<string, number> = { ...(previous?.witnesses ?? {}) };
    for (const cosigned of witnessed.cosignedBy) witnesses[cosigned.url] = cosigned.size;
    await this.checkpoints.save({ size, note: witnessed.note, witnesses });
    await writeTiles({ store: this.store, note: witnessed.note, directory: this.tilesDirectory });
    for (const failure of witnessed.failures)
      console.error(`audit checkpoint ${size}: witness ${failure.url} refused: ${failure.error.format('en')}`);
    return {
      size,
      cosignedBy: witnessed.cosignedBy.map((cosigned) => cosigned.url),
      failures: witnessed.failures.map((failure) => ({ url: failure.url, code: failure.error.code })),
    };
  }

  /** Publishes every `seconds` (the timer does not keep the process alive). */
  start(seconds: number): void {
    if (seconds <= 0 || this.timer) return;
    this.timer = setInterval(() => {
      this.publish().catch((error: unknown) => console.error('audit publication failed:', error));
    }, seconds * 1000);
    this.timer.unref();
  }

  /** Stops the timer and waits for a publication in progress. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running.catch(() => undefined);
  }
}
