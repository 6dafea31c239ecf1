import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlCrash, sqlTamperer } from '../../__fixtures__/postgres-fixtures.js';
import { createAuditLog } from '../../log.js';
import { createNoteSigner, generateNoteKey } from '../../note.js';
import { runStoreConformanceSuite } from '../../testing/conformance.js';
import { sampleEvent } from '../../testing/sample-events.js';
import { nodeSha256 } from '../file/node-sha256.js';
import { pgliteDriver } from './driver.js';
import { createPostgresStore } from './postgres-store.js';

// PGlite takes seconds and hundreds of MB to start: one instance for the whole file, one schema per store.
let db: PGlite;
const driverPromise = (async () => {
  db = await PGlite.create();
  return pgliteDriver(db);
})();
let counter = 0;

afterAll(async () => {
  await db.close();
});

runStoreConformanceSuite({
  name: 'PostgreSQL on PGlite',
  createStore: async () => createPostgresStore({ driver: await driverPromise, schema: `conformance_${counter++}` }),
  reopenStore: async (store) => {
    await store.close();
    return createPostgresStore({
      driver: await driverPromise,
      schema: (store as unknown as { schema: string }).schema,
    });
  },
  hasher: nodeSha256,
  // The driver is resolved before any store exists.
  simulateCrash: sqlCrash(
    () => resolvedDriver!,
    async (store) =>
      createPostgresStore({ driver: await driverPromise, schema: (store as unknown as { schema: string }).schema }),
  ),
  tamper: sqlTamperer(() => resolvedDriver!),
  describe,
  it,
});

let resolvedDriver: ReturnType<typeof pgliteDriver> | undefined;
beforeAll(async () => {
  resolvedDriver = await driverPromise;
});

describe('PostgreSQL store on PGlite', () => {
  it('proves inclusion with one node query, however large the log', async () => {
    const driver = await driverPromise;
    const store = await createPostgresStore({ driver, schema: 'proof_queries' });
    const { signerKey } = await generateNoteKey('audit.test.go.id');
    const log = createAuditLog({
      store,
      signer: await createNoteSigner(signerKey),
      origin: 'audit.test.go.id/pglite',
      hasher: nodeSha256,
    });
    await log.appendBatch(Array.from({ length: 300 }, (_, i) => sampleEvent(i)));
    let queries = 0;
    const counting = {
      ...driver,
      query: (sql: string, params?: readonly unknown[]) => (queries++, driver.query(sql, params)),
    };
    const countingLog = createAuditLog({
      store: await createPostgresStore({ driver: counting, schema: 'proof_queries' }),
      signer: await createNoteSigner(signerKey),
      origin: 'audit.test.go.id/pglite',
      hasher: nodeSha256,
    });
    queries = 0;
    await countingLog.proveInclusion(123, 300);
    // With the tree size given: one query reads the size and every node the proof and the root need.
    expect(queries).toBe(1);
    queries = 0;
    await countingLog.proveConsistency(100, 300);
    expect(queries).toBe(1);
    queries = 0;
    await countingLog.rootAt(300);
    expect(queries).toBe(1);
    // Without it, the size is read first.
    queries = 0;
    await countingLog.proveInclusion(123);
    expect(queries).toBe(2);
    // A size beyond the log is still refused by name.
    await expect(countingLog.proveInclusion(5, 301)).rejects.toMatchObject({ code: 'log.size_out_of_range' });
  });
});
