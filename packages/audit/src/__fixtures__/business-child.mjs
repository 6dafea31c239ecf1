/* global process */
// A business application in miniature: in one transaction it inserts a business row and appends
// the audit entry describing it with log.appendIn, then prints "ack <id>" once the commit returned.
// The parent kills it with SIGKILL at random moments. Usage:
//   business-child.mjs pg <url> <schema> <signerKey> <origin> <firstId>
//   business-child.mjs pglite <dataDir> <schema> <signerKey> <origin> <firstId>
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { createAuditLog, createNoteSigner } from '../../dist/index.js';
import { createPostgresStore, pgDriver, pgliteDriver } from '../../dist/postgres.js';
import { nodeSha256 } from '../../dist/file.js';

const [mode, where, schema, signerKey, origin, firstId] = process.argv.slice(2);
let driver;
let transaction;
if (mode === 'pg') {
  const pool = new pg.Pool({ connectionString: where, max: 2 });
  driver = pgDriver(pool, { endPoolOnClose: true });
  transaction = async (work) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
} else {
  const db = await PGlite.create(where);
  driver = pgliteDriver(db, { closeOnClose: true });
  transaction = (work) => db.transaction(work);
}
const store = await createPostgresStore({ driver, schema });
await driver.query(`CREATE TABLE IF NOT EXISTS ${schema}_business (id bigint PRIMARY KEY, name text NOT NULL)`);
const log = createAuditLog({ store, signer: await createNoteSigner(signerKey), origin, hasher: nodeSha256 });
process.stdout.write('ready\n');
for (let id = Number(firstId); ; id++) {
  await transaction(async (tx) => {
    await tx.query(`INSERT INTO ${schema}_business (id, name) VALUES ($1, $2)`, [id, `record ${id}`]);
    await log.appendIn(tx, {
      timestamp: new Date().toISOString(),
      category: 'data',
      action: 'record.create',
      actor: { type: 'system' },
      resource: { type: 'business.record', id: String(id) },
      outcome: 'success',
    });
    // Every fifth transaction fails after both writes: neither may survive.
    if (id % 5 === 4) throw new Error('business rule failed');
  }).then(
    () => process.stdout.write(`ack ${id}\n`),
    () => undefined,
  );
}
