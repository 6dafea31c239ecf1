import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sampleEvent } from '@spbe-kit/audit/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spbe } from './spbe-cli-harness.js';

// A real PostgreSQL server: the test runs when it is reachable, is skipped when it is not (locally),
// and fails when it is not and SPBE_REQUIRE_SERVICES=1 (CI).
const url = process.env.SPBE_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const required = process.env.SPBE_REQUIRE_SERVICES === '1';
const schema = `spbe_cli_${process.pid}_${Date.now().toString(36)}`;
const ORIGIN = 'audit.example.go.id/postgres';

async function reachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const available = await reachable();

describe('spbe audit --db (PostgreSQL)', () => {
  it('is reachable when services are required', () => {
    if (required) expect(available, `PostgreSQL at ${url} is not reachable and SPBE_REQUIRE_SERVICES=1`).toBe(true);
  });

  describe.runIf(available)('on a real server', () => {
    let dir: string;
    let verifierKey: string;
    const db = ['--db', url, '--db-schema', schema, '--origin', ORIGIN];

    beforeAll(async () => {
      dir = mkdtempSync(path.join(os.tmpdir(), 'spbe-cli-pg-'));
      writeFileSync(
        path.join(dir, 'events.jsonl'),
        `${Array.from({ length: 12 }, (_, i) => JSON.stringify(sampleEvent(i))).join('\n')}\n`,
      );
      verifierKey = (
        await spbe(['audit', 'keygen', ORIGIN, '--out', 'signer.key', '--quiet'], { cwd: dir })
      ).stdout.trim();
    });

    afterAll(async () => {
      rmSync(dir, { recursive: true, force: true });
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.query(`DROP ROLE IF EXISTS ${schema}_auditor`);
      await client.query(`DROP ROLE IF EXISTS ${schema}_stranger`);
      await client.end();
    });

    it('appends, verifies, exports and detects tampering done with SQL', async () => {
      const append = await spbe(
        ['audit', 'append', 'events.jsonl', ...db, '--signer-key-file', 'signer.key', '--json'],
        { cwd: dir },
      );
      expect(append.code, append.stderr).toBe(0);
      expect(JSON.parse(append.stdout)).toMatchObject({ appended: 12, firstIndex: 0, size: 12 });

      const verify = await spbe(['audit', 'verify', ...db, '--key', verifierKey, '--json'], { cwd: dir });
      expect(JSON.parse(verify.stdout)).toMatchObject({ ok: true, size: 12 });

      const exported = await spbe(
        ['audit', 'export', '4', ...db, '--signer-key-file', 'signer.key', '-o', 'e4.proof'],
        { cwd: dir },
      );
      expect(exported.code, exported.stderr).toBe(0);
      expect((await spbe(['audit', 'verify-bundle', 'e4.proof', '--key', verifierKey], { cwd: dir })).code).toBe(0);

      // An auditor with a SELECT-only role verifies, proves and exports (a checkpoint covers entry 4).
      const owner = new pg.Client({ connectionString: url });
      await owner.connect();
      const role = `${schema}_auditor`;
      await owner.query(`CREATE ROLE ${role} LOGIN`);
      await owner.query(`CREATE ROLE ${schema}_stranger LOGIN`);
      await owner.query(`GRANT USAGE ON SCHEMA ${schema} TO ${role}`);
      await owner.query(`GRANT SELECT ON ALL TABLES IN SCHEMA ${schema} TO ${role}`);
      await owner.end();
      const auditorUrl = new URL(url);
      auditorUrl.username = role;
      const asAuditor = [
        '--db',
        auditorUrl.toString(),
        '--db-schema',
        schema,
        '--origin',
        ORIGIN,
        '--key',
        verifierKey,
      ];
      const readOnlyVerify = await spbe(['audit', 'verify', ...asAuditor, '--json'], { cwd: dir });
      expect(readOnlyVerify.code, readOnlyVerify.stderr).toBe(0);
      expect(JSON.parse(readOnlyVerify.stdout)).toMatchObject({ ok: true, size: 12 });
      expect((await spbe(['audit', 'prove', '3', ...asAuditor], { cwd: dir })).code).toBe(0);
      expect((await spbe(['audit', 'export', '4', ...asAuditor, '-o', 'auditor.proof'], { cwd: dir })).code).toBe(0);
      // A role without grants is told what is missing; a mistyped schema is named and not created.
      const strangerUrl = new URL(url);
      strangerUrl.username = `${schema}_stranger`;
      const denied = await spbe(
        [
          'audit',
          'verify',
          '--db',
          strangerUrl.toString(),
          '--db-schema',
          schema,
          '--origin',
          ORIGIN,
          '--key',
          verifierKey,
          '--lang',
          'en',
        ],
        { cwd: dir },
      );
      expect(denied.code).toBe(1);
      expect(denied.stderr).toContain(`Permission denied for role ${schema}_stranger on schema ${schema}`);
      const typo = await spbe(
        [
          'audit',
          'verify',
          '--db',
          url,
          '--db-schema',
          `${schema}_typo`,
          '--origin',
          ORIGIN,
          '--key',
          verifierKey,
          '--lang',
          'en',
          '--debug',
        ],
        { cwd: dir },
      );
      expect(typo.code).toBe(1);
      expect(typo.stderr).toContain(`No audit log: schema ${schema}_typo does not exist`);
      const refused = await spbe(
        [
          'audit',
          'verify',
          '--db',
          'postgres://postgres@127.0.0.1:1/test',
          '--origin',
          ORIGIN,
          '--key',
          verifierKey,
          '--lang',
          'en',
          '--debug',
        ],
        { cwd: dir },
      );
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/^spbe: The database server refused the connection/);
      expect(refused.stderr).toMatch(/caused by \[ECONNREFUSED\]/);

      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query('SELECT count(*)::int AS n FROM pg_namespace WHERE nspname = $1', [
        `${schema}_typo`,
      ]);
      expect(rows[0]).toEqual({ n: 0 });
      await client.query(
        `UPDATE ${schema}.entries SET leaf_data = convert_to(replace(convert_from(leaf_data, 'UTF8'), 'REC-9', 'REC-8'), 'UTF8') WHERE idx = 9`,
      );
      await client.end();
      const tampered = await spbe(['audit', 'verify', ...db, '--key', verifierKey, '--json'], { cwd: dir });
      expect(tampered.code).toBe(1);
      expect(JSON.parse(tampered.stdout)).toMatchObject({ ok: false, firstBadIndex: 9 });
    });
  });
});
