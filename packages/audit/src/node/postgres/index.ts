/**
 * `@spbe-kit/audit/postgres` (Node.js): the PostgreSQL store and its drivers for `pg` (a server) and
 * PGlite (embedded).
 *
 * @packageDocumentation
 */
export { createPostgresStore, type PostgresStore, type PostgresStoreOptions } from './postgres-store.js';
export { postgresSchemaSql, postgresAuditorGrantsSql } from './postgres-schema.js';
export {
  pgDriver,
  pgliteDriver,
  type PostgresDriver,
  type PgPoolLike,
  type PgClientLike,
  type PGliteLike,
  type PGliteTransactionLike,
} from './driver.js';
