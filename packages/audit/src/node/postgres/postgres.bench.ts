import { hash } from 'node:crypto';
import { once } from 'node:events';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import pino from 'pino';
import { afterAll, test } from 'vitest';
import { measureGroup, recordMetric } from '../../../../../bench-harness.ts';
import { databaseUrl, serverReachable, uniqueSchema } from '../../__fixtures__/postgres-fixtures.js';
import { canonicalJsonBytes } from '../../canonical-json.js';
import { keysOf } from '../../leaf.js';
import { createAuditLog } from '../../log.js';
import { hashLeaf } from '../../merkle.js';
import { createNoteSigner, generateNoteKey } from '../../note.js';
import type { AppendRecord } from '../../store.js';
import { sampleEvent } from '../../testing/sample-events.js';
import { nodeSha256 } from '../file/node-sha256.js';
import { pgDriver, pgliteDriver, type PostgresDriver } from './driver.js';
import { createPostgresStore } from './postgres-store.js';

// The PostgreSQL and PGlite stores against the strongest honest alternatives, measured interleaved:
// `COPY` of the same rows (the entries table's columns, no index) into the same database, and pino
// with its default asynchronous destination.
const { signerKey } = await generateNoteKey('bench.spbe-kit.test');
const signer = await createNoteSigner(signerKey);
const origin = 'bench.spbe-kit.test/log';
const BATCH = 1000;
const events = Array.from({ length: BATCH }, (_, i) => sampleEvent(i));
const reachable = await serverReachable();

// The rows as COPY text: the same columns the store writes to its entries table.
const copyText = (first: number): string =>
  events
    .map((event, i) => {
      const keys = keysOf(event);
      const cell = (value: string | undefined) => (value === undefined ? '\\N' : value.replace(/[\\\t\n\r]/g, ' '));
      const data = Buffer.from(canonicalJsonBytes({ v: 1, event })).toString('hex');
      return [
        first + i,
        `\\\\x${data}`,
        keys.timeMs,
        cell(keys.actor),
        cell(keys.action),
        cell(keys.resourceType),
        cell(keys.resourceId),
      ].join('\t');
    })
    .join('\n') + '\n';
const copyColumns = '(idx, leaf_data, time_ms, actor, action, resource_type, resource_id)';
const copyTable = (schema: string) =>
  `CREATE TABLE IF NOT EXISTS ${schema}.copy_baseline (idx bigint NOT NULL, leaf_data bytea NOT NULL, time_ms bigint NOT NULL, actor text, action text NOT NULL, resource_type text, resource_id text)`;

mkdirSync(join(process.cwd(), '.bench'), { recursive: true });
const pinoFile = join(process.cwd(), '.bench', 'pino-postgres.log');
const pinoDestination = pino.destination(pinoFile);
const logger = pino({ base: null, timestamp: false }, pinoDestination);
const pinoAsync = {
  name: 'baseline: pino, default asynchronous destination (no integrity)',
  items: BATCH,
  run: async () => {
    for (const event of events) logger.info(event);
    await new Promise<void>((resolve) => pinoDestination.flush(() => resolve()));
  },
};

async function appendGroups(name: string, driver: PostgresDriver, schema: string, copy: () => Promise<void>) {
  const log = createAuditLog({
    store: await createPostgresStore({ driver, schema }),
    signer,
    origin,
    hasher: nodeSha256,
  });
  const appendBatch = { name: 'appendBatch() of 1,000', items: BATCH, run: () => log.appendBatch(events) };
  await measureGroup({
    group: `append 1,000 events, ${name}, against COPY`,
    unit: 'events',
    rounds: 15,
    baseline: { name: 'baseline: COPY of the same rows into a table with no index', items: BATCH, run: copy },
    candidates: [
      { ...appendBatch, goal: { kind: 'ratio-at-least', value: 0.5 } },
      {
        name: '1,000 concurrent append() (group commit)',
        items: BATCH,
        run: () => Promise.all(events.map((event) => log.append(event))),
      },
    ],
  });
  await measureGroup({
    group: `append 1,000 events, ${name}, against pino`,
    unit: 'events',
    rounds: 10,
    baseline: pinoAsync,
    candidates: [appendBatch],
  });
}

const pool = new pg.Pool({ connectionString: databaseUrl, max: 8 });
const appendSchema = uniqueSchema('spbe_audit_bench');
const pglite = await PGlite.create();
afterAll(async () => {
  if (reachable) await pool.query(`DROP SCHEMA IF EXISTS ${appendSchema} CASCADE`);
  await pool.end();
  await pglite.close();
  pinoDestination.end();
});

test.skipIf(!reachable)('append, PostgreSQL server (pg)', async () => {
  await pool.query(`CREATE SCHEMA IF NOT EXISTS ${appendSchema}`);
  await pool.query(copyTable(appendSchema));
  let copied = 0;
  await appendGroups('PostgreSQL server (pg)', pgDriver(pool), appendSchema, async () => {
    const client = await pool.connect();
    try {
      const stream = client.query(copyFrom(`COPY ${appendSchema}.copy_baseline ${copyColumns} FROM STDIN`));
      stream.end(copyText(copied));
      await once(stream, 'finish');
      copied += BATCH;
    } finally {
      client.release();
    }
  });
});

test('append, embedded PGlite', async () => {
  await pglite.exec('CREATE SCHEMA IF NOT EXISTS bench_append');
  await pglite.exec(copyTable('bench_append'));
  let copied = 0;
  await appendGroups('embedded PGlite', pgliteDriver(pglite), 'bench_append', async () => {
    await pglite.query(`COPY bench_append.copy_baseline ${copyColumns} FROM '/dev/blob'`, [], {
      blob: new Blob([copyText(copied)]),
    });
    copied += BATCH;
  });
});

// Proofs at 1,000,000 events on the server: built once in the schema below and REUSED by later runs
// (building takes minutes). `pnpm bench:scale` drops it when it is done with it.
const millionSize = 1_000_000;
export const millionSchema = 'spbe_audit_bench_million';

test.skipIf(!reachable)('proofs and storage at 1,000,000 events, PostgreSQL server', async () => {
  const driver = pgDriver(pool);
  const store = await createPostgresStore({ driver, schema: millionSchema });
  let eventBytes = 0;
  for (let i = await store.size(); i < millionSize; i += 10_000) {
    const records: AppendRecord[] = [];
    for (let k = i; k < Math.min(millionSize, i + 10_000); k++) {
      const event = sampleEvent(k);
      const leafData = canonicalJsonBytes({ v: 1, event });
      records.push({ leafData, leafHash: hashLeaf(leafData, nodeSha256), keys: keysOf(event) });
    }
    await store.append(records, nodeSha256);
  }
  const log = createAuditLog({ store, signer, origin, hasher: nodeSha256 });
  let cursor = 0;
  const nextIndex = () => (cursor = (cursor * 48271 + 12345) % millionSize);
  await measureGroup({
    group: 'proofs at 1,000,000 events (PostgreSQL server)',
    rounds: 30,
    samplesPerRound: 10,
    baseline: {
      name: 'baseline: read one leaf hash (one query)',
      run: () => store.readNodes(0, nextIndex(), cursor + 1),
    },
    candidates: [
      {
        name: 'proveInclusion(random index, 1,000,000)',
        run: () => log.proveInclusion(nextIndex(), millionSize),
        goal: { kind: 'median-ms-below', value: 0.5 },
      },
      {
        name: 'proveConsistency(random size, 1,000,000)',
        run: () => log.proveConsistency(1 + nextIndex(), millionSize),
      },
    ],
  });
  // Verification of the whole million against SHA-256 of as many events (the first 100,000 leaves,
  // ten times over: a million leaves in memory would measure the memory, not the hashing).
  const sample = (await store.readEntries(0, 100_000)).map((entry) => entry.leafData);
  await measureGroup({
    group: 'full verification of 1,000,000 events (PostgreSQL server)',
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
        name: 'verify() on the PostgreSQL store (leaves, nodes)',
        items: millionSize,
        goal: { kind: 'ratio-at-least', value: 0.25 },
        run: async () => {
          const report = await log.verify();
          if (!report.ok) throw new TypeError('verification failed');
        },
      },
    ],
  });
  // Bytes on disk per event (tables, indexes, TOAST) against the event's canonical JSON.
  for (let k = 0; k < 10_000; k++) eventBytes += canonicalJsonBytes({ v: 1, event: sampleEvent(k) }).length;
  const { rows } = await pool.query<{ bytes: string }>(
    `SELECT sum(pg_total_relation_size(c.oid))::text AS bytes FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND c.relkind = 'r'`,
    [millionSchema],
  );
  const perEvent = Number(rows[0]?.bytes) / millionSize;
  recordMetric({
    group: 'storage at 1,000,000 events (PostgreSQL server)',
    name: 'bytes per event ÷ the event canonical JSON bytes',
    value: perEvent / (eventBytes / 10_000),
    unit: `× (${Math.round(perEvent)} B per event)`,
    goal: { kind: 'at-most', value: 2, label: '≤ 2×' },
  });
});
