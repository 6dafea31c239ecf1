import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseUrl, serverReachable, servicesRequired, uniqueSchema } from '../../__fixtures__/postgres-fixtures.js';
import { verifyProofBundle } from '../../bundle.js';
import { verifyCheckpoint } from '../../checkpoint.js';
import { createAuditLog } from '../../log.js';
import { verifyInclusion } from '../../merkle.js';
import { createNoteSigner, generateNoteKey } from '../../note.js';
import { sampleEvent } from '../../testing/sample-events.js';
import type { AuditStore } from '../../store.js';
import { nodeSha256 } from '../file/node-sha256.js';
import { pgDriver } from './driver.js';
import { postgresAuditorGrantsSql } from './postgres-schema.js';
import { createPostgresStore } from './postgres-store.js';

const reachable = await serverReachable();
const run = reachable || servicesRequired;
const owner = new pg.Pool({ connectionString: databaseUrl, max: 4 });
const schema = uniqueSchema('spbe_audit_ro');
const role = `${schema}_auditor`;
const stranger = `${schema}_stranger`;
const origin = 'audit.test.go.id/read-only';
const pools: pg.Pool[] = [];

/** A pool that connects as `user` (the test server trusts local connections, as CI's does). */
function poolAs(user: string): pg.Pool {
  const url = new URL(databaseUrl);
  url.username = user;
  url.password = '';
  const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
  pools.push(pool);
  return pool;
}

async function catalogSnapshot(): Promise<string> {
  const { rows } = await owner.query<{ names: string }>(
    `SELECT string_agg(n.nspname || '.' || coalesce(c.relname, ''), ',' ORDER BY n.nspname, c.relname) AS names
       FROM pg_namespace n LEFT JOIN pg_class c ON c.relnamespace = n.oid WHERE n.nspname LIKE $1 AND n.nspname NOT LIKE '%_q'`,
    [`${schema}%`],
  );
  return rows[0]?.names ?? '';
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return (error as { code?: string }).code ?? 'no code';
  }
}

afterAll(async () => {
  for (const pool of pools) await pool.end();
  if (reachable) {
    await owner.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await owner.query(`DROP SCHEMA IF EXISTS ${schema}_empty CASCADE`);
    await owner.query(`DROP SCHEMA IF EXISTS ${schema}_q CASCADE`);
    for (const name of [role, stranger]) await owner.query(`DROP ROLE IF EXISTS ${name}`);
  }
  await owner.end();
});

describe.skipIf(!run)('a SELECT-only auditor on a PostgreSQL server', () => {
  it('verifies, proves, exports and queries without creating or changing anything', async () => {
    const { signerKey, verifierKey } = await generateNoteKey('audit.test.go.id');
    const writerStore = await createPostgresStore({ driver: pgDriver(owner), schema });
    const writer = createAuditLog({ store: writerStore, signer: await createNoteSigner(signerKey), origin });
    await writer.appendBatch(Array.from({ length: 30 }, (_, i) => sampleEvent(i)));
    const signed = await writer.checkpoint();
    await owner.query(`CREATE ROLE ${role} LOGIN`);
    await owner.query(postgresAuditorGrantsSql(schema, role));
    const before = await catalogSnapshot();
    const { rows: countsBefore } = await owner.query(`SELECT count(*)::int AS n FROM ${schema}.checkpoints`);

    const auditorPool = poolAs(role);
    const store = await createPostgresStore({ driver: pgDriver(auditorPool), schema, readOnly: true });
    const log = createAuditLog({ store, verifierKey, origin, hasher: nodeSha256 });
    expect(await log.verify()).toMatchObject({ ok: true, size: 30, checkpointsChecked: 1 });
    const checkpoint = await verifyCheckpoint(signed.note, { origin, verifierKeys: [verifierKey] });
    // Sizes from verifyCheckpoint go straight into the prove functions (no Number(...)).
    verifyInclusion({ ...(await log.proveInclusion(7n, checkpoint.size)), root: checkpoint.root });
    const bundle = await log.exportBundle(7);
    expect((await verifyProofBundle(bundle, { origin, verifierKeys: [verifierKey] })).index).toBe(7);
    const page = await log.query({ action: 'login', limit: 100 });
    expect(page.entries.map((entry) => entry.index)).toEqual([0, 5, 10, 15, 20, 25]);

    // Writing is refused by the store, before the database is asked.
    expect(await codeOf(store.append([], nodeSha256))).toBe('audit.read_only_store');
    expect(await catalogSnapshot()).toBe(before);
    const { rows: countsAfter } = await owner.query(`SELECT count(*)::int AS n FROM ${schema}.checkpoints`);
    expect(countsAfter).toEqual(countsBefore);
    // The same role opening for writing gets the database's own answer, named.
    expect(await codeOf(createPostgresStore({ driver: pgDriver(auditorPool), schema }))).toBe(
      'audit.permission_denied',
    );
    await writer.close();
  });

  it('names a missing schema, a schema without a log, and a role without grants', async () => {
    await owner.query(`CREATE ROLE ${stranger} LOGIN`);
    const before = await catalogSnapshot();
    const open = (schemaName: string, pool = owner) =>
      createPostgresStore({ driver: pgDriver(pool), schema: schemaName, readOnly: true });
    let missing: unknown;
    try {
      await open(`${schema}_typo`);
    } catch (error) {
      missing = error;
    }
    expect(missing).toMatchObject({ code: 'audit.store_not_found' });
    expect((missing as Error).message).toContain(`${schema}_typo`);
    await owner.query(`CREATE SCHEMA ${schema}_empty`);
    expect(await codeOf(open(`${schema}_empty`))).toBe('audit.empty_log');
    await owner.query(`CREATE TABLE ${schema}_empty.entries (idx bigint)`);
    expect(await codeOf(open(`${schema}_empty`))).toBe('audit.schema_missing');
    expect(await codeOf(open(schema, poolAs(stranger)))).toBe('audit.permission_denied');
    // Nothing but what the test itself created.
    expect(await catalogSnapshot()).toBe(`${before},${schema}_empty.entries`);
  });

  it('names a refused connection and a database that does not exist', async () => {
    const refused = new pg.Pool({ connectionString: 'postgres://postgres@127.0.0.1:1/test', max: 1 });
    pools.push(refused);
    expect(await codeOf(createPostgresStore({ driver: pgDriver(refused), schema, readOnly: true }))).toBe(
      'audit.connection_refused',
    );
    const url = new URL(databaseUrl);
    url.pathname = '/spbe_no_such_database';
    const noDatabase = new pg.Pool({ connectionString: url.toString(), max: 1 });
    pools.push(noDatabase);
    expect(await codeOf(createPostgresStore({ driver: pgDriver(noDatabase), schema, readOnly: true }))).toBe(
      'audit.database_not_found',
    );
  });

  it('reads a page of 1,000 query results in a handful of store calls', async () => {
    const store = await createPostgresStore({ driver: pgDriver(owner), schema: `${schema}_q` });
    const { signerKey } = await generateNoteKey('audit.test.go.id');
    const log = createAuditLog({ store, signer: await createNoteSigner(signerKey), origin: `${origin}/q` });
    const details = Array.from({ length: 1200 }, (_, i) => (i % 2 === 0 ? { n: i } : undefined));
    await log.appendBatch(
      Array.from({ length: 1200 }, (_, i) => sampleEvent(i)),
      { details },
    );
    const calls: string[] = [];
    const counting = new Proxy(store, {
      get(target, name, receiver) {
        const value: unknown = Reflect.get(target, name, receiver);
        return typeof value === 'function'
          ? (...args: unknown[]) => {
              calls.push(String(name));
              return (value as (...a: unknown[]) => unknown).apply(target, args);
            }
          : value;
      },
    }) as AuditStore;
    const reader = createAuditLog({ store: counting, verifierKey: log.verifierKey, origin: `${origin}/q` });
    const page = await reader.query({ limit: 1000, cursor: 'i29' });
    expect(page.entries).toHaveLength(1000);
    expect(page.entries[0]!.index).toBe(30);
    expect(page.entries[0]!.details).toEqual({ n: 30 });
    expect(calls.length).toBeLessThanOrEqual(4);
    await log.close();
  });
});
