import type { AuditStore } from '@spbe-kit/audit';
import { createPostgresStore, pgDriver } from '@spbe-kit/audit/postgres';
import pg from 'pg';

/**
 * Opens the PostgreSQL store of `@spbe-kit/audit` (one log per schema) over a `pg` pool for the
 * connection string (read-only: SELECTs only, nothing created). Closing the log ends the pool.
 */
export async function openPostgresStore(
  url: string,
  schema: string | undefined,
  readOnly: boolean,
): Promise<{ store: AuditStore; close: () => Promise<void> }> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  const driver = pgDriver(pool, { endPoolOnClose: true });
  try {
    const store = await createPostgresStore({ driver, readOnly, ...(schema === undefined ? {} : { schema }) });
    return { store, close: () => Promise.resolve() };
  } catch (error) {
    await pool.end();
    throw error;
  }
}
