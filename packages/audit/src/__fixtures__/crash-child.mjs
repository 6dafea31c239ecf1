/* global process, Buffer */
// Appends events to a file-store audit log in a loop until it is killed.
// Prints "ack <index> <leafHashHex>" for every event only after append() resolved (durable).
import { createAuditLog, createNoteSigner } from '../../dist/index.js';
import { createFileStore, nodeSha256 } from '../../dist/file.js';
import { sampleEvent } from '../../dist/testing.js';

const [directory, signerKey, origin, durability] = process.argv.slice(2);
const store = await createFileStore({ directory, durability });
const log = createAuditLog({ store, signer: await createNoteSigner(signerKey), origin, hasher: nodeSha256 });
const hex = (bytes) => Buffer.from(bytes).toString('hex');
let n = 0;
process.stdout.write('ready\n');
for (;;) {
  // Several appends in flight at once, so group commit batches them; sometimes a batch call.
  const calls = [];
  for (let i = 0; i < 8; i++) {
    const k = n++;
    calls.push(
      k % 5 === 0
        ? log
            .appendBatch([sampleEvent(k), sampleEvent(k + 100000)])
            .then((receipts) => receipts.forEach((r) => process.stdout.write(`ack ${r.index} ${hex(r.leafHash)}\n`)))
        : log
            .append(sampleEvent(k), k % 3 === 0 ? { details: { k } } : undefined)
            .then((r) => process.stdout.write(`ack ${r.index} ${hex(r.leafHash)}\n`)),
    );
  }
  await Promise.all(calls);
}
