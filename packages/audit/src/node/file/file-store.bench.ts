import { hash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { test } from 'vitest';
import { measureGroup } from '../../../../../bench-harness.ts';
import { canonicalJsonBytes } from '../../canonical-json.js';
import { createAuditLog } from '../../log.js';
import { hashLeaf } from '../../merkle.js';
import { createNoteSigner, generateNoteKey } from '../../note.js';
import type { AppendRecord } from '../../store.js';
import { createMemoryStore } from '../../testing/memory-store.js';
import { sampleEvent } from '../../testing/sample-events.js';
import { keysOf } from '../../leaf.js';
import { createFileStore } from './file-store.js';
import { nodeSha256 } from './node-sha256.js';

const root = join(process.cwd(), '.bench', 'data');
mkdirSync(root, { recursive: true });
const { signerKey } = await generateNoteKey('bench.spbe-kit.test');
const signer = await createNoteSigner(signerKey);
const origin = 'bench.spbe-kit.test/log';
const events = Array.from({ length: 1000 }, (_, i) => sampleEvent(i));

// ---- Append: pino (no integrity, may lose the tail in a crash) vs the file store (durable) ----
// pino with its default destination (`pino.destination(file)`: asynchronous, no minimum length) and
// with a synchronous one; each operation logs 1,000 events and waits for them to reach the file.
const pinoFile = join(root, 'pino.log');
rmSync(pinoFile, { force: true });
const pinoDestination = pino.destination(pinoFile);
const logger = pino({ base: null, timestamp: false }, pinoDestination);
const pinoSyncDestination = pino.destination({ dest: join(root, 'pino-sync.log'), sync: true });
const syncLogger = pino({ base: null, timestamp: false }, pinoSyncDestination);
const appendDirectory = join(root, 'append');
rmSync(appendDirectory, { recursive: true, force: true });
const appendLog = createAuditLog({
  store: await createFileStore({ directory: appendDirectory, durability: 'batch' }),
  signer,
  origin,
  hasher: nodeSha256,
});

test('append 1,000 events to a file', async () => {
  await measureGroup({
    group: 'append 1,000 events to a file',
    unit: 'events',
    rounds: 20,
    baseline: {
      name: 'baseline: pino, default asynchronous destination (no integrity)',
      items: 1000,
      run: async () => {
        for (const event of events) logger.info(event);
        await new Promise<void>((resolve) => pinoDestination.flush(() => resolve()));
      },
    },
    candidates: [
      {
        name: 'pino, synchronous destination',
        items: 1000,
        run: () => {
          for (const event of events) syncLogger.info(event);
        },
      },
      {
        name: 'file store, batch durability, one appendBatch() of 1,000',
        items: 1000,
        run: () => appendLog.appendBatch(events),
        goal: { kind: 'ratio-at-least', value: 0.5 },
      },
      {
        name: 'file store, batch durability, 1,000 concurrent append() (group commit)',
        items: 1000,
        run: () => Promise.all(events.map((event) => appendLog.append(event))),
        goal: { kind: 'ratio-at-least', value: 0.5 },
      },
    ],
  });
});

// ---- Verification at 100,000 events: hashing every event once vs recomputing the whole tree ----
// Built afresh in .bench/data/verify-100k on every run: its checkpoints are signed with this run's key.
const verifySize = 100_000;
test('full verification of 100,000 events', async () => {
  const verifyDirectory = join(root, 'verify-100k');
  rmSync(verifyDirectory, { recursive: true, force: true });
  const verifyStore = await createFileStore({ directory: verifyDirectory });
  const verifyLog = createAuditLog({ store: verifyStore, signer, origin, hasher: nodeSha256 });
  const built = await verifyStore.size();
  if (built !== verifySize) {
    if (built > verifySize) throw new TypeError(`${verifyDirectory} holds more than ${verifySize} events: remove it`);
    for (let i = built; i < verifySize; i += 1000)
      await verifyLog.appendBatch(Array.from({ length: 1000 }, (_, k) => sampleEvent(i + k)));
    await verifyLog.checkpoint();
  }
  const verifyLeaves = (await verifyStore.readEntries(0, verifySize)).map((entry) => entry.leafData);
  const memoryLog = createAuditLog({ store: createMemoryStore(), signer, origin, hasher: nodeSha256 });
  for (let i = 0; i < verifySize; i += 1000)
    await memoryLog.appendBatch(Array.from({ length: 1000 }, (_, k) => sampleEvent(i + k)));
  await measureGroup({
    group: 'full verification of 100,000 events',
    unit: 'events',
    rounds: 7,
    warmupRounds: 1,
    baseline: {
      name: 'baseline: SHA-256 of each event once (node:crypto hash)',
      items: verifySize,
      run: () => {
        for (const leaf of verifyLeaves) hash('sha256', leaf, 'buffer');
      },
    },
    candidates: [
      {
        name: 'verify() on the file store (leaves, nodes, checkpoint)',
        items: verifySize,
        goal: { kind: 'ratio-at-least', value: 0.35 },
        run: async () => {
          const report = await verifyLog.verify();
          if (!report.ok) throw new TypeError('verification failed');
        },
      },
      {
        name: 'verify() on the memory store',
        items: verifySize,
        run: async () => {
          const report = await memoryLog.verify();
          if (!report.ok) throw new TypeError('verification failed');
        },
      },
    ],
  });
});

// ---- Proofs at 1,000,000 events: built once (records written straight to the store), reused across runs ----
const millionSize = 1_000_000;
const millionDirectory = join(root, 'million');
const builtBefore = existsSync(join(millionDirectory, 'offsets.bin'));
const millionStore = await createFileStore({ directory: millionDirectory, maxBatchRecords: 20_000 });
if (!builtBefore || (await millionStore.size()) !== millionSize) {
  const start = await millionStore.size();
  for (let i = start; i < millionSize; i += 10_000) {
    const records: AppendRecord[] = [];
    for (let k = i; k < Math.min(millionSize, i + 10_000); k++) {
      const event = sampleEvent(k);
      const leafData = canonicalJsonBytes({ v: 1, event });
      records.push({ leafData, leafHash: hashLeaf(leafData, nodeSha256), keys: keysOf(event) });
    }
    await millionStore.append(records, nodeSha256);
  }
}
const millionLog = createAuditLog({ store: millionStore, signer, origin, hasher: nodeSha256 });
let cursor = 0;
const nextIndex = () => (cursor = (cursor * 48271 + 12345) % millionSize);

test('proofs at 1,000,000 events (file store)', async () => {
  await measureGroup({
    group: 'proofs at 1,000,000 events (file store)',
    rounds: 30,
    samplesPerRound: 10,
    baseline: { name: 'baseline: read one leaf hash', run: () => millionStore.readNodes(0, nextIndex(), cursor + 1) },
    candidates: [
      {
        name: 'proveInclusion(random index, 1,000,000)',
        run: () => millionLog.proveInclusion(nextIndex(), millionSize),
        goal: { kind: 'median-ms-below', value: 1 },
      },
      {
        name: 'proveConsistency(random size, 1,000,000)',
        run: () => millionLog.proveConsistency(1 + nextIndex(), millionSize),
      },
    ],
  });
});

// ---- Verification at 1,000,000 events (the store built above, its tree without checkpoints) ----
// The baseline hashes as many events as verify() reads: the first 100,000 leaves, ten times over
// (holding a million leaves in memory would measure the memory, not the hashing).
test('full verification of 1,000,000 events (file store)', async () => {
  const sample = (await millionStore.readEntries(0, 100_000)).map((entry) => entry.leafData);
  await measureGroup({
    group: 'full verification of 1,000,000 events (file store)',
    unit: 'events',
    rounds: 3,
    warmupRounds: 1,
    baseline: {
      name: 'baseline: SHA-256 of each event once (node:crypto hash)',
      items: millionSize,
      run: () => {
        for (let pass = 0; pass < millionSize / sample.length; pass++)
          for (const leaf of sample) hash('sha256', leaf, 'buffer');
      },
    },
    candidates: [
      {
        name: 'verify() on the file store (leaves, nodes)',
        items: millionSize,
        goal: { kind: 'ratio-at-least', value: 0.35 },
        run: async () => {
          const report = await millionLog.verify();
          if (!report.ok) throw new TypeError('verification failed');
        },
      },
    ],
  });
});
