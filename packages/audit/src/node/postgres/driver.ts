/**
 * What the PostgreSQL store needs from a database connection: plain parameterised queries and a
 * transaction on one connection. {@link pgDriver} adapts a `pg` pool (a PostgreSQL server) and
 * {@link pgliteDriver} an embedded PGlite database; both run exactly the same SQL.
 *
 * @example
 * ```ts
 * import type { PostgresDriver } from '@spbe-kit/audit/postgres';
 * const driver: PostgresDriver = {
 *   query: async (sql, params) => ({ rows: [] }),
 *   transaction: async (work) => work({ query: async () => ({ rows: [] }) }),
 * };
 * ```
 */
export interface PostgresDriver {
  /** Runs one parameterised statement (`$1`, `$2`, …) and returns its rows. */
  query(sql: string, params?: readonly unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  /** Runs `work` inside one transaction on one connection: commit when it resolves, roll back when it throws. */
  transaction<T>(work: (client: Pick<PostgresDriver, 'query'>) => Promise<T>): Promise<T>;
  /** Releases the connection(s), if the driver owns them. */
  close?(): Promise<void>;
}

/**
 * The part of a `pg` `Pool` the driver uses (so this package does not depend on `pg`).
 *
 * @example
 * ```ts
 * import pg from 'pg';
 * import { pgDriver, type PgPoolLike } from '@spbe-kit/audit/postgres';
 * const pool: PgPoolLike = new pg.Pool({ connectionString: process.env.DATABASE_URL });
 * const driver = pgDriver(pool, { endPoolOnClose: true });
 * ```
 */
export interface PgPoolLike {
  /** `pool.query(sql, params)`. */
  query(sql: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  /** `pool.connect()`: a client for one transaction, released afterwards. */
  connect(): Promise<PgClientLike>;
  /** `pool.end()`. */
  end?(): Promise<void>;
}

/**
 * The part of a `pg` pool client the driver uses.
 *
 * @example
 * ```ts
 * import type { PgClientLike, PgPoolLike } from '@spbe-kit/audit/postgres';
 * // What pgDriver does for each transaction:
 * const client: PgClientLike = await pool.connect();
 * try {
 *   await client.query('SELECT 1');
 * } finally {
 *   client.release();
 * }
 * ```
 */
export interface PgClientLike {
  /** `client.query(sql, params)`. */
  query(sql: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  /** `client.release(error)`: returns the client to the pool (destroys it when `error` is truthy). */
  release(error?: Error | boolean): void;
}

/**
 * A {@link PostgresDriver} over a `pg` (node-postgres 8.x) pool, for a PostgreSQL server.
 *
 * @example
 * ```ts
 * import pg from 'pg';
 * import { pgDriver } from '@spbe-kit/audit/postgres';
 * const driver = pgDriver(new pg.Pool({ connectionString: process.env.DATABASE_URL }));
 * ```
 */
export function pgDriver(pool: PgPoolLike, options: { readonly endPoolOnClose?: boolean } = {}): PostgresDriver {
  return {
    query: (sql, params) => pool.query(sql, params ? [...params] : undefined),
    async transaction<T>(work: (client: Pick<PostgresDriver, 'query'>) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      let broken = false;
      try {
        await client.query('BEGIN');
        const result = await work({ query: (sql, params) => client.query(sql, params ? [...params] : undefined) });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
        } catch {
          broken = true;
        }
        throw error;
      } finally {
        client.release(broken);
      }
    },
    close: async () => {
      if (options.endPoolOnClose) await pool.end?.();
    },
  };
}

/**
 * The part of a PGlite database the driver uses (so this package does not depend on PGlite).
 *
 * @example
 * ```ts
 * import { PGlite } from '@electric-sql/pglite';
 * import { pgliteDriver, type PGliteLike } from '@spbe-kit/audit/postgres';
 * const db: PGliteLike = await PGlite.create('./audit-db');
 * const driver = pgliteDriver(db, { closeOnClose: true });
 * ```
 */
export interface PGliteLike {
  /** `db.query(sql, params)`. */
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
  /** `db.transaction(callback)`. */
  transaction<T>(callback: (tx: PGliteTransactionLike) => Promise<T>): Promise<T>;
  /** `db.close()`. */
  close?(): Promise<void>;
}

/**
 * The part of a PGlite transaction the driver uses.
 *
 * @example
 * ```ts
 * import type { PGliteLike, PGliteTransactionLike } from '@spbe-kit/audit/postgres';
 * // What pgliteDriver does for each transaction:
 * await db.transaction(async (tx: PGliteTransactionLike) => {
 *   await tx.query('SELECT 1');
 * });
 * ```
 */
export interface PGliteTransactionLike {
  /** `tx.query(sql, params)`. */
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * A {@link PostgresDriver} over an embedded PGlite database (`@electric-sql/pglite` 0.5.x):
 * PostgreSQL compiled to WebAssembly, the default for apps without a database server.
 *
 * @example
 * ```ts
 * import { PGlite } from '@electric-sql/pglite';
 * import { pgliteDriver } from '@spbe-kit/audit/postgres';
 * const driver = pgliteDriver(await PGlite.create('./audit-db'));
 * ```
 */
export function pgliteDriver(db: PGliteLike, options: { readonly closeOnClose?: boolean } = {}): PostgresDriver {
  const query = async (sql: string, params?: readonly unknown[]) =>
    (await db.query(sql, params ? [...params] : undefined)) as { rows: Record<string, unknown>[] };
  return {
    query,
    transaction: <T>(work: (client: Pick<PostgresDriver, 'query'>) => Promise<T>) =>
      db.transaction((tx) =>
        work({
          query: async (sql, params) =>
            (await tx.query(sql, params ? [...params] : undefined)) as { rows: Record<string, unknown>[] },
        }),
      ),
    close: async () => {
      if (options.closeOnClose) await db.close?.();
    },
  };
}
