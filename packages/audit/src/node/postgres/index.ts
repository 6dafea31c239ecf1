export { createPostgresStore, postgresSchemaSql, type PostgresStore, type PostgresStoreOptions } from './postgres-store.js';
export { pgDriver, pgliteDriver, type PostgresDriver, type PgPoolLike, type PGliteLike } from './driver.js';
