import pg from 'pg';
import { afterAll, test } from 'vitest';
import { benchGroup } from '../../../../../bench-harness.ts';
import { databaseUrl, serverReachable, uniqueSchema } from '../../__fixtures__/postgres-fixtures.js';
import { createAuditLog, type AuditLog } from '../../log.js';
import { createNoteSigner, generateNoteKey } from '../../note.js';
import { sampleEvent } from '../../testing/sample-events.js';
import { nodeSha256 } from '../file/node-sha256.js';
import { pgDriver } from './driver.js';
import { createPostgresStore } from './postgres-store.js';

// One database, one log per government (one schema each). Does a log's cost grow with its neighbours?
// The large runs (10 → 550 logs, a log grown to 1,000,000 entries) are `pnpm bench:national`.
const NEIGHBOURS = 40;
const ENTRIES = 500;
const reachable = await serverReachable();
const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
const prefix = uniqueSchema('spbe_bench_national');
const schemas: string[] = [];

async function openLog(name: string): Promise<AuditLog> {
  const schema = `${prefix}_${name}`;
  schemas.push(schema);
  const { signerKey } = await generateNoteKey('bench.spbe-kit.test');
  const log = createAuditLog({
    store: await createPostgresStore({ driver: pgDriver(pool), schema }),
    signer: await createNoteSigner(signerKey),
    origin: `bench.spbe-kit.test/${name}`,
    hasher: nodeSha256,
  });
  await log.appendBatch(Array.from({ length: ENTRIES }, (_, i) => sampleEvent(i)));
  return log;
}

afterAll(async () => {
  for (const schema of schemas) await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await pool.end();
});

if (reachable) {
  const alone = await openLog('alone');
  // The neighbours are in the same database when the second line of each group runs.
  const neighbours: AuditLog[] = [];
  for (let i = 0; i < NEIGHBOURS; i++) neighbours.push(await openLog(`n${i}`));
  const busy = neighbours[0]!;
  const batch = Array.from({ length: 100 }, (_, i) => sampleEvent(ENTRIES + i));
  let cursor = 0;
  const next = () => (cursor = (cursor * 48271 + 12345) % ENTRIES);

  benchGroup({
    group: `append 100 events to one log of ${NEIGHBOURS + 1} in one PostgreSQL database`,
    unit: 'events',
    rounds: 10,
    baseline: {
      name: 'baseline: appendBatch() of 100 to a log in a schema of its own',
      items: 100,
      run: () => alone.appendBatch(batch),
    },
    candidates: [
      {
        name: `appendBatch() of 100 to one of ${NEIGHBOURS} logs of ${ENTRIES} entries`,
        items: 100,
        run: () => busy.appendBatch(batch),
      },
    ],
  });

  benchGroup({
    group: `inclusion proof in one log of ${NEIGHBOURS + 1} in one PostgreSQL database`,
    rounds: 20,
    samplesPerRound: 10,
    baseline: {
      name: 'baseline: proveInclusion() in the log of its own',
      run: () => alone.proveInclusion(next(), ENTRIES),
    },
    candidates: [
      {
        name: `proveInclusion() in a random one of ${NEIGHBOURS} logs`,
        run: () => neighbours[next() % NEIGHBOURS]!.proveInclusion(next(), ENTRIES),
      },
    ],
  });
} else {
  // Without a server the file still holds a (skipped) test, so the run does not fail on an empty file.
  test.skip('needs a PostgreSQL server', () => undefined);
}
