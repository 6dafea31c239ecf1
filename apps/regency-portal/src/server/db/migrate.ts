import type { SqlDriver } from './driver.js';
import { migrations as allMigrations, type Migration } from './migrations/index.js';

/**
 * Applies the migrations not yet applied, each in its own transaction, and records them in `schema_migrations`.
 * Returns the versions applied by this call.
 * @example
 * await migrate(db);
 */
export async function migrate(db: SqlDriver, migrations: readonly Migration[] = allMigrations): Promise<number[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const applied = new Set(
    (await db.query<{ version: number }>('SELECT version FROM schema_migrations')).map((row) => row.version),
  );
  const done: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(migration.version)) continue;
    await db.transaction(async (tx) => {
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
    });
    done.push(migration.version);
  }
  return done;
}
