import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, bench, describe } from 'vitest';
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

const { signerKey } = await generateNoteKey('bench.spbe-kit.test');
const signer = await createNoteSigner(signerKey);
const origin = 'bench.spbe-kit.test/log';
const events = Array.from({ length: 100 }, (_, i) => sampleEvent(i));
const reachable = await serverReachable();

async function appendGroup(name: string, driver: PostgresDriver, schema: string) {
  const log = createAuditLog({
    store: await createPostgresStore({ driver, schema }),
    signer,
    origin,
    hasher: nodeSha256,
  });
  await driver.query(`CREATE TABLE IF NOT EXISTS ${schema}.plain_log (id bigserial PRIMARY KEY, data bytea NOT NULL)`);
  const rows = events.map((event) => Buffer.from(JSON.stringify(event)).toString('hex'));
  describe(`append 100 events to PostgreSQL (${name})`, () => {
    bench(
      'baseline: plain INSERT of the 100 events in one transaction (no tree)',
      async () => {
        await driver.transaction((client) =>
          client.query(
            `INSERT INTO ${schema}.plain_log (data) SELECT decode(d, 'hex') FROM unnest($1::text[]) AS r(d)`,
            [rows],
          ),
        );
      },
      { time: 1500, iterations: 5 },
    );
    bench(
      'appendBatch() of 100',
      async () => {
        await log.appendBatch(events);
      },
      { time: 1500, iterations: 5 },
    );
    bench(
      '100 concurrent append() (group commit)',
      async () => {
        await Promise.all(events.map((event) => log.append(event)));
      },
      { time: 1500, iterations: 3 },
    );
  });
}

const pool = new pg.Pool({ connectionString: databaseUrl, max: 8 });
const appendSchema = uniqueSchema('spbe_audit_bench');
if (reachable) await appendGroup('server, pg', pgDriver(pool), appendSchema);
const pglite = await PGlite.create();
afterAll(async () => {
  // The million-event schema is kept for the next run (building it takes about a minute).
  if (reachable) await pool.query(`DROP SCHEMA IF EXISTS ${appendSchema} CASCADE`);
  await pool.end();
  await pglite.close();
});
await appendGroup('embedded PGlite', pgliteDriver(pglite), 'bench_append');

// Proofs at 1,000,000 events on the server: built once in a fixed schema and reused by later runs.
const millionSize = 1_000_000;
if (reachable) {
  const driver = pgDriver(pool);
  const store = await createPostgresStore({ driver, schema: 'spbe_audit_bench_million' });
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
  describe('proofs at 1,000,000 events (PostgreSQL server)', () => {
    bench(
      'baseline: read one leaf hash',
      async () => {
        await store.readNodes(0, nextIndex(), cursor + 1);
      },
      { time: 1000, iterations: 50 },
    );
    bench(
      'proveInclusion(random index, 1,000,000)',
      async () => {
        await log.proveInclusion(nextIndex(), millionSize);
      },
      { time: 1000, iterations: 50 },
    );
    bench(
      'proveConsistency(random size, 1,000,000)',
      async () => {
        await log.proveConsistency(1 + nextIndex(), millionSize);
      },
      { time: 1000, iterations: 50 },
    );
  });
}
