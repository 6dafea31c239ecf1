import { AuditLogError } from '../../errors.js';
import type { Sha256 } from '../../sha256.js';
import type { AppendRecord, AuditStore, StoredCheckpoint, StoreTransaction } from '../../store.js';
import type { PostgresDriver } from './driver.js';
import { postgresError } from './postgres-errors.js';
import { createPostgresReader } from './postgres-reader.js';
import { checkReadableLog, checkSchema, postgresSchemaSql } from './postgres-schema.js';
import { appendInTransaction, createGroupCommit, lockKeyOf } from './postgres-writer.js';

/**
 * Options of {@link createPostgresStore}.
 *
 * @example
 * ```ts
 * import type { PostgresStoreOptions } from '@spbe-kit/audit/postgres';
 * const options: PostgresStoreOptions = { driver, schema: 'audit_simpeg' };
 * ```
 */
export interface PostgresStoreOptions {
  readonly driver: PostgresDriver;
  /** The schema holding this log's tables (created if missing, unless read-only); one log per schema. Default `spbe_audit`. */
  readonly schema?: string;
  /**
   * Appends from this process that arrive while a transaction is running are written together in the
   * next one (group commit); at most this many calls per transaction (default 1,000).
   */
  readonly maxBatchCalls?: number;
  /**
   * Open an existing log for reading only (verify, prove, export, query), as an auditor does: runs
   * SELECTs only, so a role with `USAGE` on the schema and `SELECT` on its tables is enough. Creates
   * nothing; a missing schema is `audit.store_not_found`, a schema without the log's tables
   * `audit.empty_log`; appending or erasing throws `audit.read_only_store`.
   */
  readonly readOnly?: boolean;
}

/**
 * A PostgreSQL-backed {@link AuditStore}.
 *
 * @example
 * ```ts
 * import { createPostgresStore } from '@spbe-kit/audit/postgres';
 * const store = await createPostgresStore({ driver, schema: 'audit_simpeg' });
 * store.schema; // 'audit_simpeg'
 * ```
 */
export interface PostgresStore extends AuditStore {
  readonly schema: string;
  /** Appends inside the caller's transaction (what `log.appendIn(tx, event)` of `@spbe-kit/audit` uses). */
  appendIn(transaction: StoreTransaction, records: readonly AppendRecord[], hasher: Sha256): Promise<number>;
}

const readOnlyError = () =>
  new AuditLogError('audit.read_only_store', {
    id: 'Penyimpanan dibuka hanya-baca: tidak dapat menulis',
    en: 'The store was opened read-only: it cannot write',
  });

/**
 * Opens an audit store in a PostgreSQL schema, through a {@link PostgresDriver} (`pgDriver` for a
 * server, `pgliteDriver` for embedded PGlite). For writing it creates the tables if needed;
 * appends from any number of processes are serialised with a transaction-level advisory lock, so
 * the tree never forks and has no gaps; an append resolves after its transaction commits, and
 * concurrent appends within one process share a transaction (group commit). With `readOnly: true`
 * it only reads. Failures name their cause (`audit.connection_refused`, `audit.auth_failed`,
 * `audit.permission_denied`, `audit.store_not_found`, …).
 *
 * @example
 * ```ts
 * import pg from 'pg';
 * import { createAuditLog } from '@spbe-kit/audit';
 * import { createPostgresStore, pgDriver } from '@spbe-kit/audit/postgres';
 * const store = await createPostgresStore({ driver: pgDriver(new pg.Pool()), schema: 'audit_simpeg' });
 * const log = createAuditLog({ store, signer, origin: 'audit.balikpapan.go.id/simpeg' });
 * ```
 */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<PostgresStore> {
  const schema = checkSchema(options.schema ?? 'spbe_audit');
  const { driver } = options;
  const readOnly = options.readOnly === true;
  const target = { schema };
  const wrapError = (error: unknown) => postgresError(error, target);
  try {
    if (readOnly) await checkReadableLog(driver, schema);
    else
      await driver.transaction(async (client) => {
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lockKeyOf(schema)]);
        for (const statement of postgresSchemaSql(schema).split(';\n')) await client.query(statement);
      });
  } catch (error) {
    throw postgresError(error, target, 'store.open_failed');
  }
  const wrap = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw wrapError(error);
    }
  };
  const reader = createPostgresReader(driver, schema);
  const groupCommit = createGroupCommit(driver, schema, options.maxBatchCalls ?? 1000, wrapError);

  return {
    schema,
    append: (records: readonly AppendRecord[], hasher: Sha256) =>
      readOnly ? Promise.reject(readOnlyError()) : groupCommit(records, hasher),
    appendIn: (transaction: StoreTransaction, records: readonly AppendRecord[], hasher: Sha256) =>
      readOnly
        ? Promise.reject(readOnlyError())
        : wrap(() => appendInTransaction(transaction as Pick<PostgresDriver, 'query'>, schema, records, hasher)),
    size: () => wrap(() => reader.size()),
    readEntries: (start, end) => wrap(() => reader.readEntries(start, end)),
    readEntriesAt: (indices) => wrap(() => reader.readEntriesAt(indices)),
    readNodes: (level, start, end) => wrap(() => reader.readNodes(level, start, end)),
    getNodes: (keys) => wrap(() => reader.getNodes(keys)),
    getNodesWithSize: (keys) => wrap(() => reader.getNodesWithSize(keys)),
    readDetails: (index) => wrap(() => reader.readDetails(index)),
    readDetailsAt: (indices) => wrap(() => reader.readDetailsAt(indices)),
    eraseDetails: (index: number) =>
      readOnly
        ? Promise.reject(readOnlyError())
        : wrap(async () => {
            await driver.query(`DELETE FROM ${schema}.details WHERE idx = $1`, [String(index)]);
          }),
    query: (query) => wrap(() => reader.query(query)),
    addCheckpoint: (checkpoint: StoredCheckpoint) =>
      readOnly
        ? Promise.reject(readOnlyError())
        : wrap(async () => {
            await driver.query(`INSERT INTO ${schema}.checkpoints (size, note) VALUES ($1, $2)`, [
              String(checkpoint.size),
              checkpoint.note,
            ]);
          }),
    latestCheckpoint: () => wrap(() => reader.latestCheckpoint()),
    checkpoints: () => wrap(() => reader.checkpoints()),
    close: () => wrap(async () => driver.close?.()),
  };
}
