import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, skipDatabase } from '../testing/database-targets.js';
import { createTestPortal, type TestAgent, type TestPortal } from '../testing/test-portal.js';

const base = '/api/agencies/64.71/inventories';

interface ImportReport {
  imported: number;
  rows: number;
  errors: {
    row: number;
    id: string | null;
    issues: { code: string; path: (string | number)[]; message: { id: string; en: string } }[];
  }[];
}

describe.each(databaseKinds)('inventories on %s', (kind) => {
  let portal: TestPortal;
  let operator: TestAgent;
  beforeAll(async () => {
    if (skipDatabase(kind)) return;
    portal = await createTestPortal(kind);
    operator = await portal.login('operator.balikpapan');
  });
  afterAll(async () => portal?.close());

  it.skipIf(skipDatabase(kind))('lists the seeded items of each kind, validated by the models', async () => {
    for (const [inventory, count] of [
      ['application', 2],
      ['service', 2],
      ['dataset', 2],
      ['architecture', 2],
    ] as const) {
      const list = await operator.json<{ items: { code: string }[] }>('GET', `${base}/${inventory}`);
      expect(list.status, inventory).toBe(200);
      expect(list.body.items).toHaveLength(count);
    }
  });

  it.skipIf(skipDatabase(kind))(
    'adds an application, normalising its RAA code, and rejects a wrong reference model',
    async () => {
      const created = await operator.json<{ code: string; data: { raaCode: string } }>('POST', `${base}/application`, {
        id: 'APP-010',
        name: 'SIMPEG',
        type: 'khusus',
        raaCode: 'raa.02.02',
        owner: { name: 'BKPSDM' },
        hosting: 'pdn',
        licence: { kind: 'open-source' },
        lifecycle: 'operational',
        splpIntegration: 'integrated',
        sourceRepository: { url: 'https://git.balikpapan.go.id/bkpsdm/simpeg', registeredNationally: false },
      });
      expect(created.status).toBe(201);
      expect(created.body.data.raaCode).toBe('RAA.02.02');
      const wrong = await operator.json<{ error: { issues: { path: string[] }[] } }>('POST', `${base}/application`, {
        id: 'APP-011',
        name: 'X',
        type: 'umum',
        raaCode: 'RAB.01',
        owner: { name: 'X' },
        hosting: 'pdn',
        licence: { kind: 'open-source' },
        lifecycle: 'operational',
        splpIntegration: 'integrated',
      });
      expect(wrong.status).toBe(400);
      expect(wrong.body.error.issues.some((issue) => issue.path.includes('raaCode'))).toBe(true);
    },
  );

  it.skipIf(skipDatabase(kind))('refuses a link to a service that does not exist (dangling-link check)', async () => {
    const dangling = await operator.json<{ error: { code: string; issues: { code: string }[] } }>(
      'POST',
      `${base}/application`,
      {
        id: 'APP-012',
        name: 'Aplikasi Tanpa Layanan',
        type: 'umum',
        raaCode: 'RAA.01.01',
        owner: { name: 'Dinas' },
        hosting: 'pdn',
        licence: { kind: 'government-owned' },
        lifecycle: 'planned',
        splpIntegration: 'planned',
        serviceIds: ['SVC-404'],
      },
    );
    expect(dangling.status).toBe(422);
    expect(dangling.body.error.issues[0]!.code).toBe('inventory.dangling_link');
  });

  it.skipIf(skipDatabase(kind))(
    'imports CSV rows, reporting each bad row with its spreadsheet row number',
    async () => {
      const csv = [
        'id;name;type;raaCode;owner.name;hosting;licence.kind;lifecycle;splpIntegration;serviceIds[]',
        'APP-020;e-Kinerja;umum;RAA.01.02;BKPSDM;pdn;government-owned;operational;integrated;SVC-002',
        'APP-021;"Aplikasi; dengan titik koma";umum;RAA.09.99;Dinas;pdn;government-owned;operational;integrated;',
        'APP-022;SIPD;umum;RAA.01.02;Bappeda;cloud;government-owned;operational;integrated;',
        'APP-023;Tautan Putus;umum;RAA.01.02;Dinas;pdn;government-owned;operational;integrated;SVC-999',
      ].join('\r\n');
      const report = await operator.json<ImportReport>('POST', `${base}/application/import`, { csv });
      expect(report.status).toBe(200);
      expect(report.body.rows).toBe(4);
      expect(report.body.imported).toBe(1);
      expect(report.body.errors.map((error) => error.row)).toEqual([3, 4, 5]);
      expect(report.body.errors[0]!.issues[0]!.path).toEqual(['raaCode']);
      expect(report.body.errors[1]!.issues[0]!.path).toEqual(['hosting']);
      expect(report.body.errors[2]!.issues[0]!.code).toBe('inventory.dangling_link');
      const list = await operator.json<{ items: { code: string }[] }>('GET', `${base}/application`);
      expect(list.body.items.map((item) => item.code)).toContain('APP-020');
      expect(list.body.items.map((item) => item.code)).not.toContain('APP-022');
      expect((await operator.json('POST', `${base}/application/import`, { csv: 'id;name' })).status).toBe(400);
    },
  );

  it.skipIf(skipDatabase(kind))('lets read-only roles read but not write', async () => {
    const auditor = await portal.login('auditor.balikpapan');
    expect((await auditor.request('GET', `${base}/service`)).status).toBe(200);
    expect((await auditor.request('POST', `${base}/service/import`, { csv: 'id\nx' })).status).toBe(403);
  });
});
