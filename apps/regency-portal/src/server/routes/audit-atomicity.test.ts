import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, skipDatabase } from '../testing/database-targets.js';
import { createTestPortal, type TestAgent, type TestPortal } from '../testing/test-portal.js';

const base = '/api/agencies/64.71/inventories';

const application = (id: string) => ({
  id,
  name: `Aplikasi ${id}`,
  type: 'khusus',
  raaCode: 'RAA.02.02',
  owner: { name: 'BKPSDM' },
  hosting: 'pdn',
  licence: { kind: 'open-source' },
  lifecycle: 'operational',
  splpIntegration: 'integrated',
  sourceRepository: { url: 'https://git.balikpapan.go.id/bkpsdm/simpeg', registeredNationally: false },
});

describe.each(databaseKinds)('a change and its audit entry commit together on %s', (kind) => {
  let portal: TestPortal;
  let operator: TestAgent;
  beforeAll(async () => {
    if (skipDatabase(kind)) return;
    portal = await createTestPortal(kind);
    operator = await portal.login('operator.balikpapan');
  });
  afterAll(async () => portal?.close());

  const entriesFor = async (resourceId: string) =>
    (await portal.services.audit.log.query({ resource: { id: resourceId }, limit: 10 })).entries;
  const codes = async () =>
    (await operator.json<{ items: { code: string }[] }>('GET', `${base}/application`)).body.items.map(
      (item) => item.code,
    );

  it.skipIf(skipDatabase(kind))('logs exactly one entry for a saved change, in the same transaction', async () => {
    const created = await operator.json<{ id: string }>('POST', `${base}/application`, application('APP-201'));
    expect(created.status).toBe(201);
    const entries = await entriesFor(created.body.id);
    expect(entries.map((entry) => entry.event.action)).toEqual(['inventory.application.save']);
  });

  it.skipIf(skipDatabase(kind))('saves nothing when the audit entry cannot be written', async () => {
    const schema = portal.services.config.AUDIT_SCHEMA;
    const sizeBefore = await portal.services.audit.log.size();
    await portal.services.db.exec(`ALTER TABLE ${schema}.entries RENAME TO entries_away`);
    try {
      const refused = await operator.request('POST', `${base}/application`, application('APP-202'));
      expect(refused.ok).toBe(false);
    } finally {
      await portal.services.db.exec(`ALTER TABLE ${schema}.entries_away RENAME TO entries`);
    }
    expect(await codes()).not.toContain('APP-202');
    expect(await portal.services.audit.log.size()).toBe(sizeBefore);
    expect(await portal.services.audit.log.verify()).toMatchObject({ ok: true });
  });

  it.skipIf(skipDatabase(kind))('logs nothing for a delete that changed nothing', async () => {
    const sizeBefore = await portal.services.audit.log.size();
    const missing = await operator.request('DELETE', `${base}/application/00000000-0000-4000-8000-000000000000`);
    expect(missing.status).toBe(404);
    expect(await portal.services.audit.log.size()).toBe(sizeBefore);
  });
});
