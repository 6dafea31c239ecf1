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
      expect(published.body.allowedNext).toEqual([]);
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
