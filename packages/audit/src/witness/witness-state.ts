/**
 * What a witness remembers about one log: the latest checkpoint it cosigned.
 *
 * @example
 * ```ts
 * import type { WitnessRecord } from '@spbe-kit/audit';
 * const record: WitnessRecord = { size: 8n, root: new Uint8Array(32), note: 'origin\n8\n…\n\n— origin …\n— saksi …\n' };
 * ```
 */
export interface WitnessRecord {
  /** The tree size of the latest cosigned checkpoint. */
  readonly size: bigint;
  /** Its root hash. */
  readonly root: Uint8Array;
  /** The checkpoint with the log's signature(s) and the witness's cosignature(s). */
  readonly note: string;
}

/**
 * Where a witness keeps its records, one per log origin. `swap` is the only write and is atomic: it
 * stores `next` only if the stored size is still `expectedSize` (`undefined`: no record yet), and
 * reports whether it did. Witnesses in several processes may share one state (the PostgreSQL state
 * does this with a conditional `UPDATE`), and a record is durable when `swap` resolves.
 *
 * @example
 * ```ts
 * import { createMemoryWitnessState, type WitnessState } from '@spbe-kit/audit';
 * const state: WitnessState = createMemoryWitnessState();
 * ```
 */
export interface WitnessState {
  /** The record of a log, if the witness ever cosigned one of its checkpoints. */
  read(origin: string): Promise<WitnessRecord | undefined>;
  /** Compare-and-swap on the stored size; resolves `true` once `next` is durable, `false` if the size moved. */
  swap(origin: string, expectedSize: bigint | undefined, next: WitnessRecord): Promise<boolean>;
  /** Releases files or connections. */
  close?(): Promise<void>;
}

/**
 * A {@link WitnessState} in memory (tests, demos).
 *
 * @example
 * ```ts
 * import { createMemoryWitnessState } from '@spbe-kit/audit';
 * const state = createMemoryWitnessState();
 * await state.read('audit.balikpapan.go.id/simpeg'); // undefined
 * ```
 */
export function createMemoryWitnessState(): WitnessState {
  const records = new Map<string, WitnessRecord>();
  return {
    read: (origin) => Promise.resolve(records.get(origin)),
    swap: (origin, expectedSize, next) => {
      if (records.get(origin)?.size !== expectedSize) return Promise.resolve(false);
      records.set(origin, next);
      return Promise.resolve(true);
    },
  };
}
