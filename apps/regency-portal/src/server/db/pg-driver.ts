import pg from 'pg';
import type { SqlDriver, SqlExecutor } from './driver.js';

/** Options for a PostgreSQL server connection. */
export interface PgDriverOptions {
  connectionString: string;
  /** Schema to work in (created when missing); tests use a unique one per run. */
  schema?: string;
  maxConnections?: number;
}

const schemaName = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Connects to a PostgreSQL server through a `pg` pool.
 * @example
 * const db = await openPgDriver({ connectionString: process.env.DATABASE_URL! });
 */
export async function openPgDriver(options: PgDriverOptions): Promise<SqlDriver> {
  if (options.schema !== undefined && !schemaName.test(options.schema))
    throw new RangeError(`invalid schema name ${options.schema}`);
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  if (options.schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${options.schema}`);
  const wrap = (client: pg.Pool | pg.PoolClient): SqlExecutor => ({
    async query<Row>(text: string, params: readonly unknown[] = []) {
      const result = await client.query(text, params as unknown[]);
      return result.rows as Row[];
    },
    async exec(script: string) {
      await client.query(script);
    },
  });
  const base = wrap(pool);
  return {
    kind: 'postgres',
    query: (text, params) => base.query(text, params),
    exec: (script) => base.exec(script),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
