import { hash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { bench, describe } from 'vitest';
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
const pinoFile = join(root, 'pino.log');
rmSync(pinoFile, { force: true });
const pinoDestination = pino.destination({ dest: pinoFile, sync: false, minLength: 4096 });
const logger = pino({ base: null, timestamp: false }, pinoDestination);
const appendDirectory = join(root, 'append');
rmSync(appendDirectory, { recursive: true, force: true });
const appendLog = createAuditLog({
  store: await createFileStore({ directory: appendDirectory, durability: 'batch' }),
  signer,
  origin,
  hasher: nodeSha256,
});

describe('append 1,000 events to a file', () => {
  bench(
    'baseline: pino to a file (asynchronous, no integrity)',
    async () => {
      for (const event of events) logger.info(event);
      await new Promise<void>((resolve) => pinoDestination.flush(() => resolve()));
    },
    { time: 1500, iterations: 5 },
  );

  bench(
    'file store, batch durability, 1,000 concurrent append() (group commit)',
    async () => {
      await Promise.all(events.map((event) => appendLog.append(event)));
    },
    { time: 1500, iterations: 5 },
  );

  bench(
    'file store, batch durability, one appendBatch() of 1,000',
    async () => {
      await appendLog.appendBatch(events);
    },
    { time: 1500, iterations: 5 },
  );
});

// ---- Verification: hashing every event once vs recomputing the whole tree ----
const verifySize = 20_000;
const verifyDirectory = join(root, 'verify');
rmSync(verifyDirectory, { recursive: true, force: true });
const verifyStore = await createFileStore({ directory: verifyDirectory });
const verifyLog = createAuditLog({ store: verifyStore, signer, origin, hasher: nodeSha256 });
for (let i = 0; i < verifySize; i += 1000)
  await verifyLog.appendBatch(Array.from({ length: 1000 }, (_, k) => sampleEvent(i + k)));
await verifyLog.checkpoint();
const verifyLeaves = (await verifyStore.readEntries(0, verifySize)).map((entry) => entry.leafData);
const memoryLog = createAuditLog({ store: createMemoryStore(), signer, origin, hasher: nodeSha256 });
for (let i = 0; i < verifySize; i += 1000)
  await memoryLog.appendBatch(Array.from({ length: 1000 }, (_, k) => sampleEvent(i + k)));

describe('full verification of 20,000 events', () => {
  bench(
    'baseline: SHA-256 of each event once (node:crypto hash)',
    () => {
      for (const leaf of verifyLeaves) hash('sha256', leaf, 'buffer');
    },
    { time: 2000, iterations: 5 },
  );

  bench(
    'verify() on the file store (leaves, nodes, checkpoint)',
    async () => {
      const report = await verifyLog.verify();
      if (!report.ok) throw new Error('verification failed');
    },
    { time: 2000, iterations: 5 },
  );

  bench(
    'verify() on the memory store',
    async () => {
      const report = await memoryLog.verify();
      if (!report.ok) throw new Error('verification failed');
    },
    { time: 2000, iterations: 5 },
  );
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

describe('proofs at 1,000,000 events (file store)', () => {
  bench(
    'baseline: read one leaf hash',
    async () => {
      await millionStore.readNodes(0, nextIndex(), cursor + 1);
    },
    { time: 1000, iterations: 100 },
  );

  bench(
    'proveInclusion(random index, 1,000,000)',
    async () => {
      await millionLog.proveInclusion(nextIndex(), millionSize);
    },
    { time: 1000, iterations: 100 },
  );

  bench(
    'proveConsistency(random size, 1,000,000)',
    async () => {
      await millionLog.proveConsistency(1 + nextIndex(), millionSize);
    },
    { time: 1000, iterations: 100 },
  );
});
