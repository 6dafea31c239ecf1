/* global process */
// Runs inside a mount namespace where <directory> is mounted read-only. Opens the log read-only
// and verifies it, then tries to open it for writing; prints one JSON line with both outcomes.
import { createAuditLog } from '../../dist/index.js';
import { createFileStore, nodeSha256 } from '../../dist/file.js';

const [directory, verifierKey, origin] = process.argv.slice(2);
const store = await createFileStore({ directory, readOnly: true });
const log = createAuditLog({ store, verifierKey, origin, hasher: nodeSha256 });
const report = await log.verify();
await log.close();
let writerError;
try {
  await createFileStore({ directory });
} catch (error) {
  writerError = error.code;
}
process.stdout.write(`${JSON.stringify({ ok: report.ok, size: report.size, writerError })}\n`);
