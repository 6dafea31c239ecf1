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

      const client = new pg.Client({ connectionString: url });
      await client.connect();
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
