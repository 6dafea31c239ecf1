import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseUrl, serverReachable, servicesRequired, uniqueSchema } from '../../__fixtures__/postgres-fixtures.js';
import { createAuditLog, type AuditLog } from '../../log.js';
import { createNoteSigner, generateNoteKey } from '../../note.js';
import { sampleEvent } from '../../testing/sample-events.js';
import { nodeSha256 } from '../file/node-sha256.js';
import { pgDriver, pgliteDriver, type PostgresDriver } from './driver.js';
import { createPostgresStore } from './postgres-store.js';

const here = dirname(fileURLToPath(import.meta.url));
const reachable = await serverReachable();
const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
const schemas: string[] = [];
const { signerKey } = await generateNoteKey('audit.test.go.id');
const origin = 'audit.test.go.id/append-in';

afterAll(async () => {
  if (reachable)
    for (const schema of schemas) {
      await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await pool.query(`DROP TABLE IF EXISTS ${schema}_business`);
    }
  await pool.end();
});

/** Runs the child, kills it with SIGKILL after a random 150–600 ms of work, and returns the acknowledged ids. */
function runAndKill(args: string[], firstId: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(here, '../../__fixtures__/business-child.mjs'), ...args, String(firstId)],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const acknowledged: number[] = [];
    let buffered = '';
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), 150 + Math.random() * 450);
        const match = /^ack (\d+)$/.exec(line);
        if (match) acknowledged.push(Number(match[1]));
      }
    });
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve(acknowledged) : reject(new Error(`child ended without being killed: ${errors}`)),
    );
  });
}

/** Every acknowledged row is there; every business row has exactly one entry and every entry its row; the log verifies. */
async function checkAtomic(driver: PostgresDriver, schema: string, acknowledged: number[]): Promise<AuditLog> {
  const store = await createPostgresStore({ driver, schema });
  const log = createAuditLog({ store, signer: await createNoteSigner(signerKey), origin, hasher: nodeSha256 });
  const { rows } = await driver.query(`SELECT id::text AS id FROM ${schema}_business ORDER BY id`);
  const business = rows.map((row) => Number(row.id)).sort((a, b) => a - b);
  expect(business).toEqual(expect.arrayContaining(acknowledged));
  const size = await log.size();
  const audited: number[] = [];
  for (let start = 0; start < size; start += 1000) {
    const entries = await log.query({
      action: 'record.create',
      limit: 1000,
      ...(start > 0 ? { cursor: `i${start - 1}` } : {}),
    });
    for (const entry of entries.entries) audited.push(Number(entry.event.resource?.id));
  }
  expect(audited.sort((a, b) => a - b)).toEqual(business);
  expect(business.every((id) => id % 5 !== 4)).toBe(true);
  expect(await log.verify()).toMatchObject({ ok: true, size: business.length });
  return log;
}

describe('log.appendIn: the business write and its audit entry commit together', () => {
  it('rolls back with the caller on PGlite, and refuses a store without transactions', async () => {
    const db = await PGlite.create();
    const driver = pgliteDriver(db);
    const store = await createPostgresStore({ driver, schema: 'append_in' });
    const log = createAuditLog({ store, signer: await createNoteSigner(signerKey), origin, hasher: nodeSha256 });
    await db.query('CREATE TABLE things (id int PRIMARY KEY)');
    await expect(
      db.transaction(async (tx) => {
        await tx.query('INSERT INTO things VALUES (1)');
        await log.appendIn(tx, sampleEvent(0));
        throw new Error('business rule failed');
      }),
    ).rejects.toThrow('business rule failed');
    expect(await log.size()).toBe(0);
    const receipt = await db.transaction(async (tx) => {
      await tx.query('INSERT INTO things VALUES (2)');
      return log.appendIn(tx, sampleEvent(1));
    });
    expect(receipt.index).toBe(0);
    await log.append(sampleEvent(2));
    expect(await log.verify()).toMatchObject({ ok: true, size: 2 });
    const { createMemoryStore } = await import('../../testing/memory-store.js');
    const memory = createAuditLog({ store: createMemoryStore(), signer: await createNoteSigner(signerKey), origin });
    await expect(memory.appendIn({ query: () => Promise.resolve({ rows: [] }) }, sampleEvent(0))).rejects.toMatchObject(
      {
        code: 'log.transactions_unsupported',
      },
    );
    await db.close();
  });

  it('keeps business rows and audit entries one-to-one through repeated SIGKILLs on PGlite', async () => {
    expect(existsSync(join(here, '../../../dist/postgres.js')), 'build the package first (pnpm build)').toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'spbe-append-in-'));
    try {
      const acknowledged: number[] = [];
      for (let round = 0; round < 4; round++)
        acknowledged.push(...(await runAndKill(['pglite', dir, 'crash', signerKey, origin], round * 100_000)));
      expect(acknowledged.length).toBeGreaterThan(0);
      const db = await PGlite.create(dir);
      await checkAtomic(pgliteDriver(db), 'crash', acknowledged);
      await db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);

  it.skipIf(!(reachable || servicesRequired))(
    'keeps business rows and audit entries one-to-one through repeated SIGKILLs on a PostgreSQL server',
    async () => {
      const schema = uniqueSchema('spbe_audit_crash');
      schemas.push(schema);
      const acknowledged: number[] = [];
      for (let round = 0; round < 10; round++)
        acknowledged.push(...(await runAndKill(['pg', databaseUrl, schema, signerKey, origin], round * 100_000)));
      expect(acknowledged.length).toBeGreaterThan(0);
      await checkAtomic(pgDriver(pool), schema, acknowledged);
    },
    120_000,
  );
});
