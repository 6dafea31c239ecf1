import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import {
  databaseUrl,
  serverReachable,
  servicesRequired,
  sqlCrash,
  sqlTamperer,
  uniqueSchema,
} from '../../__fixtures__/postgres-fixtures.js';
import { toHex } from '../../bytes.js';
import { createAuditLog } from '../../log.js';
import { createNoteSigner, generateNoteKey } from '../../note.js';
import { runStoreConformanceSuite } from '../../testing/conformance.js';
import { nodeSha256 } from '../file/node-sha256.js';
import { pgDriver } from './driver.js';
import { createPostgresStore, type PostgresStore } from './postgres-store.js';

// Service rule: run when the server answers; skip when it does not, unless SPBE_REQUIRE_SERVICES=1 (then fail).
const reachable = await serverReachable();
const run = reachable || servicesRequired;
const pool = new pg.Pool({ connectionString: databaseUrl, max: 6 });
const driver = pgDriver(pool);
const schemas: string[] = [];
const prefix = uniqueSchema('spbe_audit_test');

afterAll(async () => {
  if (reachable) for (const schema of schemas) await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await pool.end();
});

function newSchema(): string {
  const schema = `${prefix}_${schemas.length}`;
  schemas.push(schema);
  return schema;
}

describe.skipIf(!run)('PostgreSQL server', () => {
  runStoreConformanceSuite({
    name: 'PostgreSQL server (pg)',
    createStore: () => createPostgresStore({ driver, schema: newSchema() }),
    reopenStore: async (store) => {
      await store.close();
      return createPostgresStore({ driver, schema: (store as PostgresStore).schema });
    },
    hasher: nodeSha256,
    simulateCrash: sqlCrash(
      () => driver,
      (store) => createPostgresStore({ driver, schema: (store as PostgresStore).schema }),
    ),
    tamper: sqlTamperer(() => driver),
    describe,
    it,
  });

  it('serialises appends from 4 processes into one tree with exactly the acknowledged events', async () => {
    const here = dirname(fileURLToPath(import.meta.url));
    expect(existsSync(join(here, '../../../dist/postgres.js')), 'build the package first (pnpm build)').toBe(true);
    const schema = newSchema();
    const { signerKey } = await generateNoteKey('audit.test.go.id');
    const origin = 'audit.test.go.id/concurrent';
    // Create the schema once before the workers race.
    await (await createPostgresStore({ driver, schema })).close();
    const acknowledged = new Map<number, string>();
    await Promise.all(
      [0, 1, 2, 3].map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const child = spawn(
              process.execPath,
              [
                join(here, '../../__fixtures__/pg-append-child.mjs'),
                databaseUrl,
                schema,
                signerKey,
                origin,
                String(worker),
                '40',
              ],
              {
                stdio: ['ignore', 'pipe', 'inherit'],
              },
            );
            let buffered = '';
            child.stdout.on('data', (chunk: Buffer) => {
              buffered += chunk.toString();
              const lines = buffered.split('\n');
              buffered = lines.pop()!;
              for (const line of lines) {
                const match = /^ack (\d+) ([0-9a-f]{64})$/.exec(line);
                if (!match) continue;
                expect(acknowledged.has(Number(match[1])), `index ${match[1]} acknowledged twice`).toBe(false);
                acknowledged.set(Number(match[1]), match[2]!);
              }
            });
            child.on('exit', (code) =>
              code === 0 ? resolve() : reject(new Error(`worker ${worker} exited with ${code}`)),
            );
          }),
      ),
    );
    const store = await createPostgresStore({ driver, schema });
    const log = createAuditLog({ store, signer: await createNoteSigner(signerKey), origin, hasher: nodeSha256 });
    // 4 workers × 40 calls, every fourth a batch of two: 4 × 50 events.
    expect(acknowledged.size).toBe(200);
    expect(await log.size()).toBe(200);
    for (const [index, leafHash] of acknowledged) {
      const [stored] = await store.readNodes(0, index, index + 1);
      expect(toHex(stored!)).toBe(leafHash);
    }
    expect(await log.verify()).toMatchObject({ ok: true, size: 200 });
  });
});
