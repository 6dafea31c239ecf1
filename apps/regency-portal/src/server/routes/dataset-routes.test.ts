import { createCkanClient } from '@spbe-kit/interop';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, skipDatabase } from '../testing/database-targets.js';
import { createTestPortal, type TestAgent, type TestPortal } from '../testing/test-portal.js';

interface Publication {
  itemId: string;
  code: string;
  state: { status: string; reason?: string };
  allowedNext: string[];
  ckan: { id: string; url: string } | null;
}

describe.each(databaseKinds)('Satu Data publication and BPS statistics on %s', (kind) => {
  let portal: TestPortal;
  let operator: TestAgent;
  let admin: TestAgent;
  beforeAll(async () => {
    if (skipDatabase(kind)) return;
    portal = await createTestPortal(kind, {}, { interopMocks: true });
    operator = await portal.login('operator.balikpapan');
    admin = await portal.login('admin.balikpapan');
  });
  afterAll(async () => portal?.close());

  const datasets = async () =>
    (await operator.json<{ datasets: Publication[] }>('GET', '/api/agencies/64.71/datasets')).body.datasets;

  it.skipIf(skipDatabase(kind))(
    'follows produsen → walidata: submit, reject with a reason, revise, submit, check',
    async () => {
      const draft = (await datasets()).find((dataset) => dataset.code === 'DS-001')!;
      expect(draft.state.status).toBe('draft');
      expect(draft.allowedNext).toEqual(['submit']);
      // the walidata cannot check a draft, the produsen cannot check at all
      expect(
        (await admin.json('POST', `/api/agencies/64.71/datasets/${draft.itemId}/walidata`, { event: 'check' })).status,
      ).toBe(409);
      expect(
        (await operator.json('POST', `/api/agencies/64.71/datasets/${draft.itemId}/walidata`, { event: 'check' }))
          .status,
      ).toBe(403);
      const submitted = await operator.json<Publication>(
        'POST',
        `/api/agencies/64.71/datasets/${draft.itemId}/producer`,
        { event: 'submit' },
      );
      expect(submitted.body.state.status).toBe('submitted');
      expect(
        (await admin.json('POST', `/api/agencies/64.71/datasets/${draft.itemId}/walidata`, { event: 'reject' })).status,
      ).toBe(400);
      const rejected = await admin.json<Publication>('POST', `/api/agencies/64.71/datasets/${draft.itemId}/walidata`, {
        event: 'reject',
        reason: 'Metadata satuan belum sesuai',
      });
      expect(rejected.body.state).toEqual({ status: 'rejected', reason: 'Metadata satuan belum sesuai' });
      await operator.json('POST', `/api/agencies/64.71/datasets/${draft.itemId}/producer`, { event: 'revise' });
      await operator.json('POST', `/api/agencies/64.71/datasets/${draft.itemId}/producer`, { event: 'submit' });
      const checked = await admin.json<Publication>('POST', `/api/agencies/64.71/datasets/${draft.itemId}/walidata`, {
        event: 'check',
      });
      expect(checked.body.state.status).toBe('checked');
      expect(checked.body.allowedNext).toEqual(['publish', 'reject']);
    },
  );

  it.skipIf(skipDatabase(kind))(
    'publishes the checked dataset to the CKAN mock (package_create with the mock’s token)',
    async () => {
      const checked = (await datasets()).find((dataset) => dataset.code === 'DS-001')!;
      expect(checked.state.status).toBe('checked');
      // the produsen may not publish
      expect(
        (await operator.json('POST', `/api/agencies/64.71/datasets/${checked.itemId}/walidata`, { event: 'publish' }))
          .status,
      ).toBe(403);
      const published = await admin.json<Publication>(
        'POST',
        `/api/agencies/64.71/datasets/${checked.itemId}/walidata`,
        { event: 'publish' },
      );
      expect(published.status).toBe(200);
      expect(published.body.state.status).toBe('published');
      expect(published.body.allowedNext).toEqual(['withdraw']);
      const ckanMock = portal.mocks!.servers.ckan;
      expect(published.body.ckan?.url).toBe(`${ckanMock.baseUrl}/dataset/6471-ds-001`);
      const create = ckanMock.requests.filter((request) => request.url.pathname.endsWith('/package_create'));
      expect(create).toHaveLength(1);
      expect(create[0]?.headers.authorization).toBe(ckanMock.apiToken);
      // Every call carries the portal's client identity and a request id, for the provider's audit trail.
      expect(create[0]?.headers['x-spbe-client']).toBe('64.71/regency-portal');
      expect(create[0]?.headers['x-request-id']).toMatch(/\S/);
      // The dataset is on the portal for anyone: package_show, package_list and search.
      const reader = createCkanClient({ baseUrl: ckanMock.baseUrl });
      const shown = await reader.packageShow({ id: '6471-ds-001' });
      expect(shown.id).toBe(published.body.ckan?.id);
      expect(shown.extras).toContainEqual({ key: 'kode_wilayah', value: '64.71' });
      expect(await reader.packageList()).toContain('6471-ds-001');
      expect((await reader.packageSearch({ q: '6471-ds-001' })).count).toBe(1);
      // The publication is stored: the list shows it published with its CKAN page.
      const listed = (await datasets()).find((dataset) => dataset.code === 'DS-001')!;
      expect(listed.state.status).toBe('published');
      expect(listed.ckan?.url).toBe(published.body.ckan?.url);
    },
  );

  const inventoryItem = async (code: string) => {
    const list = await operator.json<{ items: { id: string; code: string; data: Record<string, unknown> }[] }>(
      'GET',
      '/api/agencies/64.71/inventories/dataset',
    );
    return list.body.items.find((item) => item.code === code)!;
  };
  const auditActions = async () => {
    const events = await admin.json<{ events: { action: string; outcome: string }[] }>(
      'GET',
      '/api/agencies/64.71/audit/events?limit=200',
    );
    return events.body.events.map((event) => `${event.action}:${event.outcome}`);
  };

  it.skipIf(skipDatabase(kind))(
    'never lets an inventory write (form or CSV import) set the publication state: new datasets start as drafts',
    async () => {
      const base = { ...(await inventoryItem('DS-001')).data };
      const forged = await operator.json<{ data: { publication: unknown } }>(
        'POST',
        '/api/agencies/64.71/inventories/dataset',
        { ...base, id: 'DS-900', title: 'Dataset palsu', publication: { status: 'published' } },
      );
      expect(forged.status).toBe(201);
      expect(forged.body.data.publication).toEqual({ status: 'draft' });
      const csv = [
        'id;title;standard.concept;standard.definition;standard.measure;standard.unit;producer.name;walidata.name;referenceCodes[];updateSchedule.frequency;licence;publication.status',
        'DS-901;Impor terbit;Sekolah;Satuan pendidikan;Jumlah;unit;Dinas Pendidikan;Diskominfo;;annual;CC-BY-4.0;published',
        'DS-902;Impor diperiksa;Sekolah;Satuan pendidikan;Jumlah;unit;Dinas Pendidikan;Diskominfo;;annual;CC-BY-4.0;checked',
      ].join('\n');
      const imported = await operator.json<{ imported: number; errors: unknown[] }>(
        'POST',
        '/api/agencies/64.71/inventories/dataset/import',
        { csv },
      );
      expect(imported.body).toMatchObject({ imported: 2, errors: [] });
      const list = await datasets();
      for (const code of ['DS-900', 'DS-901', 'DS-902']) {
        const dataset = list.find((candidate) => candidate.code === code)!;
        expect(dataset.state.status, code).toBe('draft');
        expect(dataset.ckan, code).toBeNull();
      }
      const ckanMock = portal.mocks!.servers.ckan;
      expect(ckanMock.requests.filter((request) => request.url.pathname.endsWith('/package_create'))).toHaveLength(1);
    },
  );

  it.skipIf(skipDatabase(kind))(
    'sends an edited published dataset back to review; publishing again updates the same CKAN package',
    async () => {
      const item = await inventoryItem('DS-001');
      const before = (await datasets()).find((dataset) => dataset.code === 'DS-001')!;
      expect(before.state.status).toBe('published');
      const edited = await operator.json('POST', '/api/agencies/64.71/inventories/dataset', {
        ...item.data,
        title: 'Jumlah Penduduk (revisi)',
        publication: { status: 'published' },
      });
      expect(edited.status).toBe(201);
      const returned = (await datasets()).find((dataset) => dataset.code === 'DS-001')!;
      expect(returned.state.status).toBe('submitted');
      expect(returned.allowedNext).toEqual(['check', 'reject']);
      // The portal keeps the reviewed version until the walidata publishes the edit.
      const reader = createCkanClient({ baseUrl: portal.mocks!.servers.ckan.baseUrl });
      expect((await reader.packageShow({ id: '6471-ds-001' })).title).toBe(item.data.title);
      expect(await auditActions()).toContain('dataset.returned-to-review:success');
      // Saving the same content again changes nothing.
      await operator.json('POST', '/api/agencies/64.71/inventories/dataset', (await inventoryItem('DS-001')).data);
      expect((await datasets()).find((dataset) => dataset.code === 'DS-001')!.state.status).toBe('submitted');
      await admin.json('POST', `/api/agencies/64.71/datasets/${returned.itemId}/walidata`, { event: 'check' });
      const republished = await admin.json<Publication>(
        'POST',
        `/api/agencies/64.71/datasets/${returned.itemId}/walidata`,
        { event: 'publish' },
      );
      expect(republished.body.state.status).toBe('published');
      expect(republished.body.ckan?.id).toBe(before.ckan?.id);
      const shown = await reader.packageShow({ id: '6471-ds-001' });
      expect(shown.title).toBe('Jumlah Penduduk (revisi)');
      expect(shown.id).toBe(before.ckan?.id);
      const updates = portal.mocks!.servers.ckan.requests.filter((request) =>
        request.url.pathname.endsWith('/package_update'),
      );
      expect(updates).toHaveLength(1);
    },
  );

  it.skipIf(skipDatabase(kind))(
    'refuses to delete a published dataset; the walidata withdraws it from CKAN with a reason, then it can go',
    async () => {
      const published = (await datasets()).find((dataset) => dataset.code === 'DS-001')!;
      expect(published.allowedNext).toEqual(['withdraw']);
      const refused = await operator.json<{ error: { code: string } }>(
        'DELETE',
        `/api/agencies/64.71/inventories/dataset/${published.itemId}`,
      );
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('datasets.published_delete');
      expect(await auditActions()).toContain('inventory.dataset.delete:denied');
      const walidata = `/api/agencies/64.71/datasets/${published.itemId}/walidata`;
      expect((await operator.json('POST', walidata, { event: 'withdraw', reason: 'Salah data' })).status).toBe(403);
      expect((await admin.json('POST', walidata, { event: 'withdraw' })).status).toBe(400);
      const withdrawn = await admin.json<Publication>('POST', walidata, {
        event: 'withdraw',
        reason: 'Data ganda dengan BPS',
      });
      expect(withdrawn.status).toBe(200);
      expect(withdrawn.body.state).toEqual({ status: 'rejected', reason: 'Data ganda dengan BPS' });
      expect(withdrawn.body.ckan).toBeNull();
      const reader = createCkanClient({ baseUrl: portal.mocks!.servers.ckan.baseUrl });
      expect(await reader.packageList()).not.toContain('6471-ds-001');
      await expect(reader.packageShow({ id: '6471-ds-001' })).rejects.toMatchObject({ status: 404 });
      expect(await auditActions()).toContain('dataset.withdraw:success');
      expect((await admin.json('POST', walidata, { event: 'withdraw', reason: 'lagi' })).status).toBe(409);
      const deleted = await operator.json('DELETE', `/api/agencies/64.71/inventories/dataset/${published.itemId}`);
      expect(deleted.status).toBe(200);
    },
  );

  it.skipIf(skipDatabase(kind))(
    'reads the province agenda through the SPLP gateway (OAuth2 client credentials)',
    async () => {
      const agenda = await operator.json<{ source: string; items: { kegiatan: string }[] }>(
        'GET',
        '/api/agencies/64.71/province-agenda',
      );
      expect(agenda.status).toBe(200);
      expect(agenda.body.source).toContain('/t/kaltimprov.go.id/agenda/1.0/api/agenda');
      expect(agenda.body.items.some((item) => item.kegiatan.includes('SPBE'))).toBe(true);
    },
  );

  it.skipIf(skipDatabase(kind))('answers 502 with the typed interop error when BPS answers nonsense', async () => {
    portal.mocks!.servers.bps.faults.inject({ kind: 'malformed-json' }, { times: Infinity });
    try {
      const failed = await operator.json<{ error: { code: string } }>(
        'GET',
        '/api/agencies/64.71/statistics/population',
      );
      expect(failed.status).toBe(502);
      expect(failed.body.error.code).toMatch(/^interop\./);
    } finally {
      portal.mocks!.servers.bps.faults.clear();
    }
  });

  it.skipIf(skipDatabase(kind))(
    'shows the regency’s population from the BPS mock, bridged to BPS code 6471, with attribution',
    async () => {
      const stats = await operator.json<{
        bpsDomain: string;
        rows: { year: string; total: number }[];
        attribution: { id: string; en: string };
      }>('GET', '/api/agencies/64.71/statistics/population');
      expect(stats.status).toBe(200);
      expect(stats.body.bpsDomain).toBe('6471');
      expect(stats.body.rows.length).toBeGreaterThan(0);
      expect(stats.body.rows.every((row) => row.total > 0)).toBe(true);
      expect(stats.body.attribution.id).toMatch(/BPS|Badan Pusat Statistik/);
    },
  );
});
