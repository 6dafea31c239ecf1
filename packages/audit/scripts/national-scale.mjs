// National-scale benchmark on a PostgreSQL server: one database, one audit log per government (one schema
// each, so each log has its own tables and indexes), growing the number of logs and, for a sample log, the
// number of entries. Reports append throughput, inclusion-proof latency and bytes stored per event.
//
//   node scripts/national-scale.mjs [--logs 10,100,550] [--entries 1000] [--sample 10000,100000,1000000]
//                                   [--database-url postgres://…] [--keep]
//
// Needs the built package (pnpm build). Schemas are named spbe_national_*; they are dropped at the end
// unless --keep is given. The default run (550 logs × 1,000 entries and a sample log grown to 1,000,000)
// takes about a quarter of an hour on two cores.
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { createAuditLog, createNoteSigner, generateNoteKey } from '../dist/index.js';
import { nodeSha256 } from '../dist/file.js';
import { createPostgresStore, pgDriver } from '../dist/postgres.js';
import { sampleEvent } from '../dist/testing.js';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const logSteps = option('logs', '10,100,550').split(',').map(Number);
const entriesPerLog = Number(option('entries', '1000'));
const sampleSteps = option('sample', '10000,100000,1000000').split(',').map(Number);
const databaseUrl = option(
  'database-url',
  process.env.SPBE_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
);
const keep = args.includes('--keep');
const BATCH = 1000;

const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
const driver = pgDriver(pool);
const { signerKey } = await generateNoteKey('bench.spbe-kit.test');
const signer = await createNoteSigner(signerKey);
const logs = [];

async function openLog(i) {
  const schema = `spbe_national_${String(i).padStart(3, '0')}`;
  const store = await createPostgresStore({ driver, schema });
  return {
    schema,
    log: createAuditLog({ store, signer, origin: `bench.spbe-kit.test/pemda-${i}`, hasher: nodeSha256 }),
  };
}

async function append(log, count) {
  const start = await log.size();
  for (let done = 0; done < count; done += BATCH) {
    const n = Math.min(BATCH, count - done);
    await log.appendBatch(Array.from({ length: n }, (_, k) => sampleEvent(start + done + k)));
  }
}

async function proofLatency(targets, samples = 200) {
  const times = [];
  for (let s = 0; s < samples; s++) {
    const { log, size } = targets[s % targets.length];
    const index = Math.floor(Math.random() * size);
    const t0 = performance.now();
    await log.proveInclusion(index, size);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], p95: times[Math.floor(times.length * 0.95)] };
}

async function bytesPerEvent(schemas, events) {
  const { rows } = await pool.query(
    `SELECT coalesce(sum(pg_total_relation_size(format('%I.%I', schemaname, tablename)::regclass)), 0)::bigint AS bytes
     FROM pg_tables WHERE schemaname = ANY($1)`,
    [schemas],
  );
  return Number(rows[0].bytes) / events;
}

const fmt = (n, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
console.log(`# National scale on PostgreSQL (${new Date().toISOString()})\n`);
console.log(
  `Node ${process.version}; ${entriesPerLog} entries per log, appended in batches of ${BATCH} (appendBatch).\n`,
);
console.log('## Growing the number of logs\n');
console.log(
  '| logs | append (events/s, new logs) | append to log 0 (events/s) | proof median / p95 (ms), all logs | proof median on log 0 (ms) | bytes per event |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
try {
  for (const target of logSteps) {
    const t0 = performance.now();
    const before = logs.length;
    for (let i = logs.length; i < target; i++) {
      const opened = await openLog(i);
      await append(opened.log, entriesPerLog);
      logs.push(opened);
    }
    const appendRate = ((target - before) * entriesPerLog) / ((performance.now() - t0) / 1000);
    // Log 0's own cost with this many neighbours: 1,000 more events, then proofs in it alone.
    const t1 = performance.now();
    await append(logs[0].log, 1000);
    const ownRate = 1000 / ((performance.now() - t1) / 1000);
    const targets = await Promise.all(logs.map(async ({ log }) => ({ log, size: await log.size() })));
    const all = await proofLatency(targets);
    const own = await proofLatency([targets[0]]);
    const events = targets.reduce((sum, t) => sum + t.size, 0);
    const bytes = await bytesPerEvent(
      logs.map((l) => l.schema),
      events,
    );
    console.log(
      `| ${fmt(target)} | ${fmt(appendRate)} | ${fmt(ownRate)} | ${fmt(all.median, 2)} / ${fmt(all.p95, 2)} | ${fmt(own.median, 2)} | ${fmt(bytes)} |`,
    );
  }

  console.log('\n## Growing one sample log\n');
  console.log('| entries | append (events/s, this step) | proof median / p95 (ms) | bytes per event |');
  console.log('| ---: | ---: | ---: | ---: |');
  const sample = await openLog(999);
  logs.push(sample);
  for (const target of sampleSteps) {
    const size = await sample.log.size();
    const t0 = performance.now();
    await append(sample.log, target - size);
    const rate = (target - size) / ((performance.now() - t0) / 1000);
    const latency = await proofLatency([{ log: sample.log, size: target }]);
    const bytes = await bytesPerEvent([sample.schema], target);
    console.log(
      `| ${fmt(target)} | ${fmt(rate)} | ${fmt(latency.median, 2)} / ${fmt(latency.p95, 2)} | ${fmt(bytes)} |`,
    );
  }
} finally {
  if (!keep) for (const { schema } of logs) await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await pool.end();
}
