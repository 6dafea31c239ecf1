/* global process */
// Runs a witness on a file state and feeds it checkpoints of a growing log until it is killed.
// Prints "ack <size>" only after the witness answered (its state is durable by then).
import {
  createAuditLog,
  createCosigner,
  createNoteSigner,
  createWitness,
  formatAddCheckpointRequest,
} from '../../dist/index.js';
import { createFileWitnessState } from '../../dist/witness.js';
import { createMemoryStore, sampleEvent } from '../../dist/testing.js';

const [directory, logSignerKey, logVerifierKey, witnessSignerKey, origin] = process.argv.slice(2);
const state = await createFileWitnessState({ directory });
const witness = await createWitness({
  cosigners: [await createCosigner(witnessSignerKey)],
  logs: [{ origin, verifierKeys: [logVerifierKey] }],
  state,
});
const log = createAuditLog({ store: createMemoryStore(), signer: await createNoteSigner(logSignerKey), origin });
// The same events in the same order give the same tree in every run.
let size = Number((await state.read(origin))?.size ?? 0n);
if (size > 0) await log.appendBatch(Array.from({ length: size }, (_, i) => sampleEvent(i)));
process.stdout.write('ready\n');
for (;;) {
  const count = 1 + (size % 3);
  await log.appendBatch(Array.from({ length: count }, (_, i) => sampleEvent(size + i)));
  const { note } = await log.checkpoint();
  const proof = size === 0 ? [] : (await log.proveConsistency(size, size + count)).proof;
  await witness.addCheckpoint(formatAddCheckpointRequest({ oldSize: BigInt(size), proof, note }));
  size += count;
  process.stdout.write(`ack ${size}\n`);
}
