import { inflateRawSync } from 'node:zlib';
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

/** Reads one entry of a zip archive (enough of APPNOTE to check the xlsx the portal writes). */
function unzipEntry(archive: Buffer, name: string): string {
  let offset = 0;
  while (archive.readUInt32LE(offset) === 0x04034b50) {
    const size = archive.readUInt32LE(offset + 18);
    const nameLength = archive.readUInt16LE(offset + 26);
    const extraLength = archive.readUInt16LE(offset + 28);
    const entryName = archive.subarray(offset + 30, offset + 30 + nameLength).toString('utf8');
    const start = offset + 30 + nameLength + extraLength;
    if (entryName === name) return inflateRawSync(archive.subarray(start, start + size)).toString('utf8');
    offset = start + size;
  }
  throw new Error(`no ${name} in the archive`);
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

  it.skipIf(skipDatabase(kind))(
    'reports every row when a quote is never closed, and keeps reading the rows after it',
    async () => {
      const csv = [
        'id;name;type;ralCode;sector;channels[];owner.name',
        'SVC-040;"Layanan tanpa tutup kutip;publik;RAL.01;perizinan;web;DPMPTSP',
        'SVC-041;Layanan Kedua;publik;RAL.01;perizinan;web;DPMPTSP',
        '',
        'SVC-042;Layanan Ketiga;publik;RAL.01;perizinan;web;DPMPTSP',
      ].join('\n');
      const report = await operator.json<ImportReport>('POST', `${base}/service/import`, { csv });
      expect(report.status).toBe(200);
      expect(report.body.rows).toBe(3);
      expect(report.body.imported).toBe(2);
      expect(report.body.errors).toHaveLength(1);
      expect(report.body.errors[0]).toMatchObject({ row: 2, issues: [{ code: 'inventory.csv-unclosed-quote' }] });
      expect(report.body.errors[0]!.issues[0]!.message.id).toContain('Baris 2');
      const codes = (await operator.json<{ items: { code: string }[] }>('GET', `${base}/service`)).body.items.map(
        (item) => item.code,
      );
      expect(codes).toEqual(expect.arrayContaining(['SVC-041', 'SVC-042']));
    },
  );

  it.skipIf(skipDatabase(kind))(
    'exports CSV and xlsx with formula cells neutralised, and the export imports back unchanged',
    async () => {
      const hostile = {
        id: 'APP-050',
        name: '=HYPERLINK("http://evil.example","klik")',
        type: 'umum',
        raaCode: 'RAA.01.02',
        owner: { name: '@SUM(1+1)' },
        hosting: 'pdn',
        licence: { kind: 'government-owned' },
        lifecycle: 'operational',
        splpIntegration: 'integrated',
        serviceIds: [],
        description: '-2+3',
      };
      expect((await operator.json('POST', `${base}/application`, hostile)).status).toBe(201);
      const csvResponse = await operator.request('GET', `${base}/application/export`);
      expect(csvResponse.status).toBe(200);
      expect(csvResponse.headers.get('content-type')).toContain('text/csv');
      const csv = await csvResponse.text();
      const line = csv.split('\r\n').find((row) => row.startsWith('APP-050'))!;
      // No cell of the export starts with a formula character.
      for (const cell of line.split(';')) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@]/);
      expect(line).toContain(`'@SUM(1+1)`);
      expect(csv).toContain(`'-2+3`);
      const xlsx = await operator.request('GET', `${base}/application/export?format=xlsx`);
      expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
      const bytes = Buffer.from(await xlsx.arrayBuffer());
      expect(bytes.subarray(0, 4).toString('hex')).toBe('504b0304');
      const sheet = unzipEntry(bytes, 'xl/worksheets/sheet1.xml');
      expect(sheet).toContain(
        `<t xml:space="preserve">'=HYPERLINK(&quot;http://evil.example&quot;,&quot;klik&quot;)</t>`,
      );
      expect(sheet).not.toMatch(/<f>/);
      // Re-importing the exported CSV gives back the same values.
      const reimport = await operator.json<ImportReport>('POST', `${base}/application/import`, { csv });
      expect(reimport.body.errors).toEqual([]);
      const stored = (
        await operator.json<{ items: { code: string; data: Record<string, unknown> }[] }>('GET', `${base}/application`)
      ).body.items.find((item) => item.code === 'APP-050')!;
      expect(stored.data).toMatchObject({ name: hostile.name, owner: hostile.owner, description: '-2+3' });
    },
  );

  it.skipIf(skipDatabase(kind))('offers an import template per kind, CSV and xlsx', async () => {
    const template = await operator.request('GET', `${base}/dataset/template`);
    const bytes = Buffer.from(await template.arrayBuffer());
    // A UTF-8 byte-order mark, so Excel reads the accents.
    expect(bytes.subarray(0, 3).toString('hex')).toBe('efbbbf');
    const text = bytes.toString('utf8');
    expect(text.startsWith('\uFEFFid;title;')).toBe(true);
    expect(text).not.toContain('publication');
    const [header, example] = text.replace('\uFEFF', '').trim().split('\r\n');
    const imported = await operator.json<ImportReport>('POST', `${base}/dataset/import`, {
      csv: `${header}\n${example!.replace('DS-030', 'DS-031')}`,
    });
    expect(imported.body).toMatchObject({ imported: 1, errors: [] });
    const xlsx = await operator.request('GET', `${base}/service/template?format=xlsx`);
    expect(unzipEntry(Buffer.from(await xlsx.arrayBuffer()), 'xl/worksheets/sheet1.xml')).toContain('channels[]');
    expect((await operator.request('GET', `${base}/service/template?format=ods`)).status).toBe(400);
  });

  it.skipIf(skipDatabase(kind))('lets read-only roles read but not write', async () => {
    const auditor = await portal.login('auditor.balikpapan');
    expect((await auditor.request('GET', `${base}/service`)).status).toBe(200);
    expect((await auditor.request('POST', `${base}/service/import`, { csv: 'id\nx' })).status).toBe(403);
  });
});
