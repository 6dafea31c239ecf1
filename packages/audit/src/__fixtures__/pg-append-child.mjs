/* global process, Buffer */
// Appends `count` events to one PostgreSQL audit log, several at a time, and prints
// "ack <index> <leafHashHex>" for each once its transaction committed.
import pg from 'pg';
import { createAuditLog, createNoteSigner } from '../../dist/index.js';
import { createPostgresStore, pgDriver } from '../../dist/postgres.js';
import { nodeSha256 } from '../../dist/file.js';
import { sampleEvent } from '../../dist/testing.js';

const [url, schema, signerKey, origin, worker, count] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: url, max: 4 });
const store = await createPostgresStore({ driver: pgDriver(pool, { endPoolOnClose: true }), schema });
const log = createAuditLog({ store, signer: await createNoteSigner(signerKey), origin, hasher: nodeSha256 });
const hex = (bytes) => Buffer.from(bytes).toString('hex');
const base = Number(worker) * 10000;
const calls = [];
for (let i = 0; i < Number(count); i++) {
  const event = sampleEvent(base + i);
  calls.push(
    (i % 4 === 0 ? log.appendBatch([event, sampleEvent(base + 5000 + i)]) : log.append(event).then((r) => [r])).then(
      (receipts) => receipts.forEach((r) => process.stdout.write(`ack ${r.index} ${hex(r.leafHash)}\n`)),
    ),
  );
}
await Promise.all(calls);
await log.close();
