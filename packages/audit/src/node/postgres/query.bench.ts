import pg from 'pg';
import { afterAll, test } from 'vitest';
import { benchGroup } from '../../../../../bench-harness.ts';
import { databaseUrl, serverReachable, uniqueSchema } from '../../__fixtures__/postgres-fixtures.js';
import { createAuditLog } from '../../log.js';
import { createNoteSigner, generateNoteKey } from '../../note.js';
import { sampleEvent } from '../../testing/sample-events.js';
import { nodeSha256 } from '../file/node-sha256.js';
import { pgDriver } from './driver.js';
import { createPostgresStore } from './postgres-store.js';

// A page of 1,000 query results on a PostgreSQL server: one store call per entry part (the way
// query() read before) against query() reading the page in a few calls.
const reachable = await serverReachable();
const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
const schema = uniqueSchema('spbe_audit_query_bench');

afterAll(async () => {
  if (reachable) await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await pool.end();
});

if (reachable) {
  const { signerKey } = await generateNoteKey('bench.spbe-kit.test');
  const store = await createPostgresStore({ driver: pgDriver(pool), schema });
  const log = createAuditLog({
    store,
    signer: await createNoteSigner(signerKey),
    origin: 'bench.spbe-kit.test/q',
    hasher: nodeSha256,
  });
  for (let start = 0; start < 3000; start += 1000)
    await log.appendBatch(
      Array.from({ length: 1000 }, (_, i) => sampleEvent(start + i)),
      { details: Array.from({ length: 1000 }, (_, i) => ((start + i) % 3 === 0 ? { n: start + i } : undefined)) },
    );

  benchGroup({
    group: 'query a page of 1,000 entries (PostgreSQL server, log of 3,000)',
    unit: 'entries',
    rounds: 5,
    baseline: {
      name: 'baseline: store.query, then get() per entry (three store calls each)',
      items: 1000,
      run: async () => {
        const indices = await store.query({ afterIndex: 499, limit: 1000 });
        for (const index of indices) await log.get(index);
      },
    },
    candidates: [
      {
        name: 'log.query({ limit: 1000 })',
        items: 1000,
        run: () => log.query({ limit: 1000, cursor: 'i499' }),
      },
    ],
  });
} else {
  // Without a server the file still holds a (skipped) test, so the run does not fail on an empty file.
  test.skip('needs a PostgreSQL server', () => undefined);
}
