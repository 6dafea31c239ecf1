import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { migrations } from './db/migrations/index.js';
import { seedDemo } from './seed/seed-demo.js';
import { createServices } from './start-portal.js';

describe('starting the portal on its embedded database', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('migrates, seeds Kalimantan Timur once, keeps data and the audit log across restarts, and --reset starts fresh', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'regency-portal-start-'));
    dirs.push(dataDir);
    const config = loadConfig({ DATA_DIR: dataDir });

    const first = await createServices(config);
    expect(
      (await first.db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')).map(
        (row) => row.version,
      ),
    ).toEqual(migrations.map((migration) => migration.version));
    await seedDemo(first.db);
    const agencies = await first.db.query<{ region_code: string }>(
      'SELECT region_code FROM agencies ORDER BY region_code',
    );
    expect(agencies.map((row) => row.region_code)).toEqual([
      '64',
      '64.01',
      '64.02',
      '64.03',
      '64.07',
      '64.08',
      '64.09',
      '64.11',
      '64.71',
      '64.72',
      '64.74',
    ]);
    await first.db.query(`UPDATE agencies SET name = 'Kota Balikpapan (diubah)' WHERE id = '64.71'`);
    await first.audit.record({ actor: null, category: 'configuration', action: 'test.restart', outcome: 'success' });
    const auditSize = await first.audit.log.size();
    const verifierKey = first.audit.log.verifierKey;
    await first.db.close();

    const second = await createServices(config);
    await seedDemo(second.db);
    expect((await second.db.query<{ name: string }>(`SELECT name FROM agencies WHERE id = '64.71'`))[0]?.name).toBe(
      'Kota Balikpapan (diubah)',
    );
    expect(await second.audit.log.size()).toBe(auditSize);
    expect(second.audit.log.verifierKey).toBe(verifierKey);
    expect((await second.audit.log.verify()).ok).toBe(true);
    await second.db.close();

    const reset = await createServices(config, { reset: true });
    expect(await reset.audit.log.size()).toBe(0);
    expect((await reset.db.query<{ count: number }>('SELECT count(*)::int AS count FROM agencies'))[0]?.count).toBe(0);
    await reset.db.close();
  });

  it('refuses an invalid configuration with every problem named', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' })).toThrow(/PORT[\s\S]*DATABASE_URL/);
  });
});
