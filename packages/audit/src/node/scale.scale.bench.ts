import { hash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { afterAll, test } from 'vitest';
import { measureGroup, recordMetric, type EntryResult } from '../../../../bench-harness.ts';
import { databaseUrl, serverReachable } from '../__fixtures__/postgres-fixtures.js';
import { canonicalJsonBytes } from '../canonical-json.js';
import { createAuditLog, type AuditLog } from '../log.js';
import { createNoteSigner, generateNoteKey } from '../note.js';
import type { AuditStore } from '../store.js';
import { sampleEvent } from '../testing/sample-events.js';
import { createFileStore } from './file/file-store.js';
import { nodeSha256 } from './file/node-sha256.js';
import { pgDriver } from './postgres/driver.js';
import { createPostgresStore } from './postgres/postgres-store.js';

// `pnpm bench:scale` (SPBE_BENCH_SCALE=1): how cost grows with the log. For the file store and the
// PostgreSQL server, at 10,000, 100,000 and 1,000,000 events: append throughput (appendBatch of 1,000
// against pino's default asynchronous destination), inclusion-proof latency, verify() throughput
// (against SHA-256 once per event) and bytes per event. Each log is grown in place from one size to
// the next and REMOVED at the end (the directory under .bench/ and the PostgreSQL schema).
const sizes = [10_000, 100_000, 1_000_000];
const { signerKey } = await generateNoteKey('bench.spbe-kit.test');
const signer = await createNoteSigner(signerKey);
const origin = 'bench.spbe-kit.test/log';
const batch = Array.from({ length: 1000 }, (_, i) => sampleEvent(i));
const root = join(process.cwd(), '.bench', 'scale');
rmSync(root, { recursive: true, force: true });
mkdirSync(root, { recursive: true });
const pinoDestination = pino.destination(join(root, '..', 'pino-scale.log'));
const logger = pino({ base: null, timestamp: false }, pinoDestination);
const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
const schema = 'spbe_audit_bench_scale';
const reachable = await serverReachable();
afterAll(async () => {
  rmSync(root, { recursive: true, force: true });
  if (reachable) await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await pool.end();
  pinoDestination.end();
});

const eventBytes = (() => {
  let total = 0;
  for (let k = 0; k < 10_000; k++) total += canonicalJsonBytes({ v: 1, event: sampleEvent(k) }).length;
  return total / 10_000;
})();

const directoryBytes = (directory: string): number =>
  readdirSync(directory, { withFileTypes: true }).reduce(
    (sum, entry) =>
      sum +
      (entry.isDirectory() ? directoryBytes(join(directory, entry.name)) : statSync(join(directory, entry.name)).size),
    0,
  );

type Figures = { append: number; proofMs: number; verify: number; bytes: number };

async function grow(log: AuditLog, store: AuditStore, size: number): Promise<void> {
  for (let i = await store.size(); i < size; i += 1000)
    await log.appendBatch(Array.from({ length: Math.min(1000, size - i) }, (_, k) => sampleEvent(i + k)));
  await log.checkpoint();
}

async function measureAt(name: string, log: AuditLog, store: AuditStore, size: number, bytes: () => Promise<number>) {
  await grow(log, store, size);
  const label = `${name} at ${size.toLocaleString('en')} events`;
  const leaves = (await store.readEntries(0, size)).map((entry) => entry.leafData);
  let cursor = 0;
  const nextIndex = () => (cursor = (cursor * 48271 + 12345) % size);
  const proofs = await measureGroup({
    group: `proofs, ${label}`,
    rounds: 20,
    samplesPerRound: 10,
    baseline: { name: 'baseline: read one leaf hash', run: () => store.readNodes(0, nextIndex(), cursor + 1) },
    candidates: [{ name: 'proveInclusion(random index, size)', run: () => log.proveInclusion(nextIndex(), size) }],
  });
  const verify = await measureGroup({
    group: `verify, ${label}`,
    unit: 'events',
    rounds: size >= 1_000_000 ? 3 : 5,
    warmupRounds: size >= 1_000_000 ? 0 : 1,
    baseline: {
      name: 'baseline: SHA-256 of each event once (node:crypto hash)',
      items: size,
      run: () => {
        for (const leaf of leaves) hash('sha256', leaf, 'buffer');
      },
    },
    candidates: [
      {
        name: 'verify()',
        items: size,
        goal: size >= 1_000_000 ? { kind: 'ratio-at-least', value: name === 'file store' ? 0.35 : 0.25 } : undefined,
        run: async () => {
          if (!(await log.verify()).ok) throw new TypeError('verification failed');
        },
      },
    ],
  });
  const storedBytes = (await bytes()) / size;
  recordMetric({
    group: `storage, ${label}`,
    name: 'bytes per event ÷ the event canonical JSON bytes',
    value: storedBytes / eventBytes,
    unit: `× (${Math.round(storedBytes)} B per event)`,
    ...(name === 'PostgreSQL server' && size >= 1_000_000
      ? { goal: { kind: 'at-most', value: 2, label: '≤ 2×' } }
      : {}),
  });
  const append = await measureGroup({
    group: `append, ${label}`,
    unit: 'events',
    rounds: 8,
    baseline: {
      name: 'baseline: pino, default asynchronous destination',
      items: 1000,
      run: async () => {
        for (const event of batch) logger.info(event);
        await new Promise<void>((resolve) => pinoDestination.flush(() => resolve()));
      },
    },
    candidates: [{ name: 'appendBatch() of 1,000', items: 1000, run: () => log.appendBatch(batch) }],
  });
  const candidate = (results: EntryResult[]) => results[1] as EntryResult;
  return {
    append: candidate(append).itemsPerSecond ?? Number.NaN,
    proofMs: candidate(proofs).medianMs,
    verify: candidate(verify).itemsPerSecond ?? Number.NaN,
    bytes: storedBytes,
  } satisfies Figures;
}

/** flat / logarithmic / worse, from the growth of a cost between the smallest and the largest size. */
function growth(name: string, metric: string, small: number, large: number, costGrowsWhen: 'up' | 'down'): void {
  const factor = costGrowsWhen === 'up' ? large / small : small / large;
  const logFactor = Math.log2(sizes.at(-1)!) / Math.log2(sizes[0]!);
  const shape = factor <= 1.25 ? 'flat' : factor <= logFactor * 1.25 ? 'logarithmic' : 'worse than logarithmic';
  recordMetric({
    group: `growth 10,000 → 1,000,000 events, ${name}`,
    name: `${metric}: cost × ${factor.toFixed(2)} (${shape})`,
    value: factor,
    unit: '×',
  });
}

async function scale(name: string, log: AuditLog, store: AuditStore, bytes: () => Promise<number>) {
  const figures: Figures[] = [];
  for (const size of sizes) figures.push(await measureAt(name, log, store, size, bytes));
  const [first, last] = [figures[0]!, figures.at(-1)!];
  growth(name, 'append throughput', first.append, last.append, 'down');
  growth(name, 'inclusion proof latency', first.proofMs, last.proofMs, 'up');
  growth(name, 'verify throughput', first.verify, last.verify, 'down');
  growth(name, 'bytes per event', first.bytes, last.bytes, 'up');
}

test('cost growth, file store', async () => {
  const directory = join(root, 'file');
  const store = await createFileStore({ directory, durability: 'batch' });
  const log = createAuditLog({ store, signer, origin, hasher: nodeSha256 });
  await scale('file store', log, store, () => Promise.resolve(directoryBytes(directory)));
});

test.skipIf(!reachable)('cost growth, PostgreSQL server', async () => {
  await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  const store = await createPostgresStore({ driver: pgDriver(pool), schema });
  const log = createAuditLog({ store, signer, origin, hasher: nodeSha256 });
  await scale('PostgreSQL server', log, store, async () => {
    await pool.query(`VACUUM ANALYZE ${schema}.entries`);
    const { rows } = await pool.query<{ bytes: string }>(
      `SELECT sum(pg_total_relation_size(c.oid))::text AS bytes FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = $1 AND c.relkind = 'r'`,
      [schema],
    );
    return Number(rows[0]?.bytes);
  });
});
