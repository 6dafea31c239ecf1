import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { SqlDriver } from './driver.js';
import { openPgDriver } from './pg-driver.js';
import { openPgliteDriver } from './pglite-driver.js';

/**
 * Opens PostgreSQL at `databaseUrl` when set, the embedded PGlite database under `dataDir` otherwise.
 * @example
 * const db = await openDatabase({ dataDir: '.data' });
 */
export async function openDatabase(options: {
  databaseUrl?: string | undefined;
  schema?: string | undefined;
  dataDir: string;
}): Promise<SqlDriver> {
  if (options.databaseUrl)
    return openPgDriver({
      connectionString: options.databaseUrl,
      ...(options.schema ? { schema: options.schema } : {}),
    });
  const dir = path.join(options.dataDir, 'pglite');
  await mkdir(dir, { recursive: true });
  return openPgliteDriver(dir);
}
