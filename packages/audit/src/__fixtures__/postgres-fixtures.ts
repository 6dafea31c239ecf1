import pg from 'pg';
import type { StoreTamperer } from '../testing/conformance.js';
import type { PostgresDriver } from '../node/postgres/driver.js';
import type { PostgresStore } from '../node/postgres/postgres-store.js';
import type { AuditStore } from '../store.js';

export const databaseUrl = process.env.SPBE_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const servicesRequired = process.env.SPBE_REQUIRE_SERVICES === '1';

/** Whether the PostgreSQL server answers (tests are skipped when not, unless services are required). */
export async function serverReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A schema name unique to this test run and process. */
export function uniqueSchema(prefix: string): string {
  return `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** Changes stored rows directly with SQL, as an insider with database access could. */
export function sqlTamperer(driverOf: (store: AuditStore) => PostgresDriver): StoreTamperer {
  const run = async (store: AuditStore, sql: string, params: unknown[]) => {
    const schema = (store as PostgresStore).schema;
    await driverOf(store).query(sql.replaceAll('S.', `${schema}.`), params);
  };
  /** Moves the entries from `from` on by `delta` positions (two steps, so the primary key never collides). */
  const shift = async (store: AuditStore, from: number, delta: number) => {
    await run(store, 'UPDATE S.entries SET idx = -idx - 1 WHERE idx >= $1', [from]);
    await run(store, 'UPDATE S.entries SET idx = -idx - 1 + $1 WHERE idx < 0', [delta]);
  };
  return {
    changeEntry: (store, index) =>
      run(
        store,
        'UPDATE S.entries SET leaf_data = set_byte(leaf_data, 20, get_byte(leaf_data, 20) # 1) WHERE idx = $1',
        [index],
      ),
    changeLeafHash: (store, index) =>
      run(store, 'UPDATE S.nodes SET hash = set_byte(hash, 0, get_byte(hash, 0) # 1) WHERE level = 0 AND idx = $1', [
        index,
      ]),
    changeNode: (store, level, index) =>
      run(store, 'UPDATE S.nodes SET hash = set_byte(hash, 5, get_byte(hash, 5) # 1) WHERE level = $1 AND idx = $2', [
        level,
        index,
      ]),
    deleteEntry: async (store, index) => {
      await run(store, 'DELETE FROM S.entries WHERE idx = $1', [index]);
      await shift(store, index + 1, -1);
    },
    swapEntries: (store, a, b) =>
      run(
        store,
        `UPDATE S.entries e SET leaf_data = o.leaf_data FROM S.entries o
         WHERE (e.idx = $1 AND o.idx = $2) OR (e.idx = $2 AND o.idx = $1)`,
        [a, b],
      ),
    insertEntry: async (store, index) => {
      await shift(store, index, 1);
      await run(
        store,
        `INSERT INTO S.entries (idx, leaf_data, time_ms, action) SELECT $1, leaf_data, time_ms, action FROM S.entries WHERE idx = 0`,
        [index],
      );
    },
  };
}

/** A crash mid-append on PostgreSQL: a transaction that wrote rows and never committed. */
export function sqlCrash(
  driverOf: (store: AuditStore) => PostgresDriver,
  reopen: (store: AuditStore) => Promise<AuditStore>,
) {
  return async (store: AuditStore): Promise<AuditStore> => {
    const schema = (store as PostgresStore).schema;
    const size = await store.size();
    await driverOf(store)
      .transaction(async (client) => {
        await client.query(
          `INSERT INTO ${schema}.entries (idx, leaf_data, time_ms, action) VALUES ($1, '\\x00', 0, 'x')`,
          [size],
        );
        await client.query(`INSERT INTO ${schema}.nodes (level, idx, hash) VALUES (0, $1, '\\x00')`, [size]);
        throw new Error('connection lost');
      })
      .catch(() => undefined);
    return reopen(store);
  };
}
