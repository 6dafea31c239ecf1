// Load benchmark (`pnpm bench`, not part of `pnpm test`): starts the built portal on PGlite and, when reachable,
// on the PostgreSQL server, signs in, and drives the dashboard, province and public endpoints with autocannon
// on loopback. Bounded: each endpoint runs a few seconds. Results go to .bench/results.json in the shape the
// root bench report reads (one group per database; the health check is the baseline).
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const appRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(appRoot, '.bench');
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const databaseUrl = process.env.SPBE_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const freePort = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const reachable = (url) =>
  new Promise((resolve) => {
    const { hostname, port } = new URL(url);
    const socket = net.connect({ host: hostname, port: Number(port || 5432) });
    socket.setTimeout(1500);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });

async function startPortal(env) {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(appRoot, 'dist/server/main.js'), '--reset'], {
    cwd: appRoot,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOGIN_MAX_FAILURES: '100' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('Press Ctrl+C')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`portal exited with ${code}:\n${output}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => (child.once('exit', resolve), child.kill('SIGTERM'))),
  };
}

async function signIn(url, username) {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'demo-spbe-2025' }),
  });
  if (!response.ok) throw new Error(`sign-in of ${username} failed: ${response.status}`);
  return response.headers.get('set-cookie').split(';')[0];
}

function load(url, cookie) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: seconds, headers: cookie ? { cookie } : {} }, (error, result) => {
      if (error) reject(error);
      else if (result.non2xx > 0) reject(new Error(`${url}: ${result.non2xx} responses were not 2xx`));
      else resolve(result);
    });
  });
}

const toBenchmark = (name, result) => ({
  name,
  hz: result.requests.average,
  mean: result.latency.mean,
  median: result.latency.p50,
  p99: result.latency.p99,
  sampleCount: result.requests.total,
});

const targets = [{ name: 'PGlite (embedded)', env: { DATA_DIR: path.join(benchDir, 'data') } }];
if (await reachable(databaseUrl)) {
  targets.push({
    name: 'PostgreSQL server',
    env: {
      DATA_DIR: path.join(benchDir, 'data-pg'),
      DATABASE_URL: databaseUrl,
      DATABASE_SCHEMA: `portal_bench_${process.pid}`,
      AUDIT_SCHEMA: `portal_bench_${process.pid}_audit`,
    },
  });
} else {
  console.log(`[bench] PostgreSQL at ${databaseUrl} is not reachable: PGlite only.`);
}

mkdirSync(benchDir, { recursive: true });
const groups = [];
for (const target of targets) {
  console.log(`\n[bench] ${target.name}: starting the portal…`);
  const portal = await startPortal(target.env);
  try {
    const operator = await signIn(portal.url, 'operator.balikpapan');
    const coordinator = await signIn(portal.url, 'koordinator.kaltim');
    const benchmarks = [];
    for (const [name, url, cookie] of [
      ['baseline: GET /api/health', `${portal.url}/api/health`, null],
      ['GET dashboard (operator, 64.71)', `${portal.url}/api/agencies/64.71/dashboard`, operator],
      ['GET public index summary (64.72)', `${portal.url}/api/public/v1/regions/64.72/index-summary`, null],
      [
        'GET province overview (coordinator, 11 API calls each)',
        `${portal.url}/api/agencies/64/province-overview`,
        coordinator,
      ],
    ]) {
      const result = await load(url, cookie);
      benchmarks.push(toBenchmark(name, result));
      console.log(
        `  ${name.padEnd(58)} ${result.requests.average.toFixed(0).padStart(6)} req/s   p50 ${result.latency.p50} ms   p99 ${result.latency.p99} ms`,
      );
    }
    groups.push({
      fullName: `load.bench.ts > regency portal on ${target.name} (${connections} connections, ${seconds} s each)`,
      benchmarks,
    });
  } finally {
    await portal.stop();
    if (target.env.DATABASE_URL) {
      const { default: pg } = await import('pg');
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      await client.query(
        `DROP SCHEMA IF EXISTS ${target.env.DATABASE_SCHEMA} CASCADE; DROP SCHEMA IF EXISTS ${target.env.AUDIT_SCHEMA} CASCADE`,
      );
      await client.end();
    }
    rmSync(target.env.DATA_DIR, { recursive: true, force: true });
  }
}
writeFileSync(path.join(benchDir, 'results.json'), JSON.stringify({ files: [{ groups }] }, null, 2));
console.log(`\n[bench] written to .bench/results.json`);
