import { PGlite } from '@electric-sql/pglite';
import type { SqlDriver, SqlExecutor } from './driver.js';

/**
 * Opens the embedded PostgreSQL (PGlite, WASM): in `dataDir` when given (kept across restarts), in memory otherwise.
 * @example
 * const db = await openPgliteDriver('.data/pglite');
 */
export async function openPgliteDriver(dataDir?: string): Promise<SqlDriver> {
  const db = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  let queue: Promise<unknown> = Promise.resolve();
  // PGlite is a single connection: serialise so a transaction never interleaves with other statements.
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  const direct: SqlExecutor = {
    async query<Row>(text: string, params: readonly unknown[] = []) {
      const result = await db.query<Row>(text, params as unknown[]);
      return result.rows;
    },
    async exec(script: string) {
      await db.exec(script);
    },
  };
  return {
    kind: 'pglite',
    query: (text, params) => serial(() => direct.query(text, params)),
    exec: (script) => serial(() => direct.exec(script)),
    transaction: (work) =>
      serial(() =>
        db.transaction(async (tx) =>
          work({
            async query<Row>(text: string, params: readonly unknown[] = []) {
              return (await tx.query<Row>(text, params as unknown[])).rows;
            },
            async exec(script: string) {
              await tx.exec(script);
            },
          }),
        ),
      ),
    close: () => serial(() => db.close()),
  };
}
