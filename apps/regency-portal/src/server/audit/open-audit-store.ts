import { createPostgresStore, type PostgresDriver, type PostgresStore } from '@spbe-kit/audit/postgres';
import type { SqlDriver, SqlExecutor } from '../db/driver.js';

const asAuditDriver = (executor: SqlExecutor): Pick<PostgresDriver, 'query'> => ({
  query: async (sql, params) => ({ rows: await executor.query<Record<string, unknown>>(sql, params) }),
});

/**
 * Opens the `@spbe-kit/audit` PostgreSQL store on the portal's own database (PGlite or a server), in its own
 * schema, through the portal's driver. Closing the store leaves the database open (the portal owns it).
 * @example
 * const store = await openAuditStore(db, 'portal_audit');
 */
export async function openAuditStore(db: SqlDriver, schema: string): Promise<PostgresStore> {
  const driver: PostgresDriver = {
    ...asAuditDriver(db),
    transaction: (work) => db.transaction((tx) => work(asAuditDriver(tx))),
    close: () => Promise.resolve(),
  };
  return createPostgresStore({ driver, schema });
}
