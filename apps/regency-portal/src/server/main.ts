import { serve } from '@hono/node-server';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { appendSampleProcessing } from './audit/sample-processing.js';
import { seedDemo } from './seed/seed-demo.js';
import { startInteropMocks } from './interop/start-mocks.js';
import { createServices } from './start-portal.js';

const reset = process.argv.includes('--reset');
const appRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// The demo serves plain HTTP on loopback, where Secure cookies would not be sent back: only there (no https
// PUBLIC_URL, not NODE_ENV=production) is the default relaxed; COOKIE_SECURE always wins.
const plainLocalDemo = process.env.NODE_ENV !== 'production' && !process.env.PUBLIC_URL?.startsWith('https:');
const env = {
  ...(plainLocalDemo ? { COOKIE_SECURE: 'false' } : {}),
  DATA_DIR: path.join(appRoot, '.data'),
  ...process.env,
};
// Without CKAN_URL / BPS_URL the demo runs the interop mocks and points the portal at them.
const mocks =
  process.env.CKAN_URL || process.env.BPS_URL
    ? null
    : await startInteropMocks({ dataDir: path.resolve(env.DATA_DIR), reset });
const config = loadConfig({ ...env, ...mocks?.env });
const services = await createServices(config, { reset });
const accounts = await seedDemo(services.db);
// A fresh demo's audit trail holds sample processing of one citizen, so a UU PDP request has an answer.
if ((await services.audit.log.size()) === 0) await appendSampleProcessing(services.audit);
const app = createApp(services, { uiDir: path.join(appRoot, 'dist/ui') });

services.transparency?.publisher.start(config.AUDIT_PUBLISH_SECONDS);

const server = serve({ fetch: app.fetch, hostname: config.HOST, port: config.PORT }, (info) => {
  const url = `http://${config.HOST}:${info.port}/`;
  services.listeningUrl = url.replace(/\/$/, '');
  console.log(`\nPortal SPBE Kota Balikpapan (sample data, not official results) is running at ${url}`);
  console.log(
    `Database: ${services.db.kind === 'pglite' ? `PGlite in ${path.join(config.dataDir, 'pglite')}` : 'PostgreSQL (DATABASE_URL)'}${reset ? ' (reset: started fresh)' : ''}`,
  );
  if (mocks) console.log(`Interop mocks: ${mocks.list.map((mock) => `${mock.name} ${mock.url}`).join(', ')}`);
  console.log('\nDemo accounts (password for all: ' + (accounts[0]?.password ?? '') + '):');
  for (const account of accounts)
    console.log(`  ${account.username.padEnd(22)} ${account.role.padEnd(12)} ${account.agency}`);
  console.log('\nPress Ctrl+C to stop. Data is kept across restarts; `npm run demo -- --reset` starts fresh.');
});

const shutdown = () => {
  // Stop taking requests, let those in flight finish, then close the database (at most 5 s).
  setTimeout(() => process.exit(0), 5000).unref();
  server.close(() => {
    void services.checkpoints
      .stop()
      .then(() => Promise.allSettled([services.transparency?.publisher.stop(), mocks?.close()]))
      .then(() => services.db.close())
      .finally(() => process.exit(0));
  });
  if ('closeIdleConnections' in server) server.closeIdleConnections();
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
