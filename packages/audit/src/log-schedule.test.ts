import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verifyCheckpoint } from './checkpoint.js';
import { createAuditLog } from './log.js';
import { createNoteSigner, generateNoteKey } from './note.js';
import { createMemoryStore } from './testing/memory-store.js';
import { sampleEvent } from './testing/sample-events.js';

const { signerKey, verifierKey } = await generateNoteKey('audit.test.go.id');
const signer = await createNoteSigner(signerKey);
const origin = 'audit.test.go.id/schedule';

describe('checkpointEvery', () => {
  it('signs once the given number of events were appended, and only when the tree grew', async () => {
    const store = createMemoryStore();
    const log = createAuditLog({ store, signer, origin });
    const timer = log.checkpointEvery({ entries: 5 });
    for (let i = 0; i < 4; i++) await log.append(sampleEvent(i));
    await timer.flush();
    expect(store.signedCheckpoints.map((checkpoint) => checkpoint.size)).toEqual([4]);
    for (let i = 4; i < 9; i++) await log.append(sampleEvent(i));
    await timer.flush();
    await timer.flush(); // nothing new: no second checkpoint of the same size
    expect(store.signedCheckpoints.map((checkpoint) => checkpoint.size)).toEqual([4, 9]);
    await log.appendBatch(Array.from({ length: 5 }, (_, i) => sampleEvent(20 + i)));
    await timer.stop();
    expect(store.signedCheckpoints.at(-1)?.size).toBe(14);
    // Sizes of a verified checkpoint go straight into the prove functions.
    const checkpoint = await verifyCheckpoint(store.signedCheckpoints.at(-1)!.note, {
      origin,
      verifierKeys: [verifierKey],
    });
    expect((await log.proveInclusion(3n, checkpoint.size)).treeSize).toBe(14);
    expect((await log.proveConsistency(4n, checkpoint.size)).size2).toBe(14);
    await log.close();
  });

  it('signs on its timer while the log grows and reports failures to onError, never throwing', async () => {
    const store = createMemoryStore();
    const log = createAuditLog({ store, signer, origin });
    const errors: unknown[] = [];
    const timer = log.checkpointEvery({ seconds: 1, onError: (error) => errors.push(error) });
    await log.append(sampleEvent(0));
    await new Promise((resolve) => setTimeout(resolve, 1300));
    expect(store.signedCheckpoints.map((checkpoint) => checkpoint.size)).toEqual([1]);
    // A store that was rolled back behind the log's back: signing refuses, the schedule reports it.
    store.entries.length = 0;
    await log.append(sampleEvent(1)).catch(() => undefined);
    await timer.flush();
    expect(errors.length).toBeGreaterThan(0);
    await timer.stop();
  });

  it('rejects a hostile schedule with a typed error, and needs a signer', () => {
    const log = createAuditLog({ store: createMemoryStore(), signer, origin });
    fc.assert(
      fc.property(
        fc.record(
          {
            entries: fc.oneof(fc.integer({ min: -5, max: 0 }), fc.double(), fc.constant(Number.NaN), fc.constant(1e12)),
            seconds: fc.oneof(fc.integer({ min: -5, max: 0 }), fc.double({ min: 0.01, max: 0.99 }), fc.constant(1e9)),
          },
          { requiredKeys: [] },
        ),
        (schedule) => {
          try {
            const timer = log.checkpointEvery(schedule);
            void timer.stop();
            return false;
          } catch (error) {
            return (error as { code?: string }).code === 'log.invalid_schedule';
          }
        },
      ),
    );
    const reader = createAuditLog({ store: createMemoryStore(), verifierKey, origin });
    expect(() => reader.checkpointEvery({ entries: 10 })).toThrow(expect.objectContaining({ code: 'log.read_only' }));
  });
});
