// Runs a Verdaccio registry for the release rehearsal in its own process, so that the rehearsal can
// drive npm and changesets synchronously. Usage: node verdaccio-server.mjs <storage-dir> <upstream-url>
// Prints `listening <port>` once the registry answers on 127.0.0.1.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runServer } from 'verdaccio';

const [storage, upstream] = process.argv.slice(2);
if (!storage || !upstream) {
  console.error('usage: verdaccio-server.mjs <storage-dir> <upstream-url>');
  process.exit(2);
}
mkdirSync(storage, { recursive: true });
const htpasswd = path.join(storage, 'htpasswd');
writeFileSync(htpasswd, '');

const app = await runServer({
  self_path: storage,
  storage,
  auth: { htpasswd: { file: htpasswd, max_users: 10 } },
  // Our scope is only ever served from this registry; everything else (zod, commander, ...) comes
  // from the registry npm is configured with on this machine.
  uplinks: { upstream: { url: upstream, timeout: '60s', max_fails: 4 } },
  packages: {
    '@spbe-kit/*': { access: '$all', publish: '$authenticated', unpublish: '$authenticated' },
    '**': { access: '$all', publish: '$authenticated', proxy: 'upstream' },
  },
  server: { keepAliveTimeout: 60 },
  logs: { type: 'stdout', format: 'pretty', level: 'error' },
  web: { enable: false },
});
const server = app.listen(0, '127.0.0.1', () => {
  console.log(`listening ${server.address().port}`);
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
