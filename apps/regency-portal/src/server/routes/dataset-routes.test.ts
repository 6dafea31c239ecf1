import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, skipDatabase } from '../testing/database-targets.js';
import { createTestPortal, type TestAgent, type TestPortal } from '../testing/test-portal.js';

interface Publication {
  itemId: string;
  code: string;
  state: { status: string; reason?: string };
  allowedNext: string[];
  ckan: { url: string } | null;
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

  const datasets = async () => (await operator.json<{ datasets: Publication[] }>('GET', '/api/agencies/64.71/datasets')).body.datasets;

  it.skipIf(skipDatabase(kind))('follows produsen → walidata: submit, reject with a reason, revise, submit, check', async () => {
    const draft = (await datasets()).find((dataset) => dataset.code === 'DS-001')!;
    expect(draft.state.status).toBe('draft');
    expect(draft.allowedNext).toEqual(['submit']);
    // the walidata cannot check a draft, the produsen cannot check at all
    expect((await admin.json('POST', `/api/agencies/64.71/datasets/${draft.itemId}/walidata`, { event: 'check' })).status).toBe(409);
    expect((await operator.json('POST', `/api/agencies/64.71/datasets/${draft.itemId}/walidata`, { event: 'check' })).status).toBe(403);
    const submitted = await operator.json<Publication>('POST', `/api/agencies/64.71/datasets/${draft.itemId}/producer`, { event: 'submit' });
    expect(submitted.body.state.status).toBe('submitted');
    expect((await admin.json('POST', `/api/agencies/64.71/datasets/${draft.itemId}/walidata`, { event: 'reject' })).status).toBe(400);
    const rejected = await admin.json<Publication>('POST', `/api/agencies/64.71/datasets/${draft.itemId}/walidata`, { event: 'reject', reason: 'Metadata satuan belum sesuai' });
    expect(rejected.body.state).toEqual({ status: 'rejected', reason: 'Metadata satuan belum sesuai' });
    await operator.json('POST', `/api/agencies/64.71/datasets/${draft.itemId}/producer`, { event: 'revise' });
    await operator.json('POST', `/api/agencies/64.71/datasets/${draft.itemId}/producer`, { event: 'submit' });
    const checked = await admin.json<Publication>('POST', `/api/agencies/64.71/datasets/${draft.itemId}/walidata`, { event: 'check' });
    expect(checked.body.state.status).toBe('checked');
    expect(checked.body.allowedNext).toEqual(['publish', 'reject']);
  });

  it.skipIf(skipDatabase(kind))('reads the province agenda through the SPLP gateway (OAuth2 client credentials)', async () => {
    const agenda = await operator.json<{ source: string; items: { kegiatan: string }[] }>('GET', '/api/agencies/64.71/province-agenda');
    expect(agenda.status).toBe(200);
    expect(agenda.body.source).toContain('/t/kaltimprov.go.id/agenda/1.0/api/agenda');
    expect(agenda.body.items.some((item) => item.kegiatan.includes('SPBE'))).toBe(true);
  });

  it.skipIf(skipDatabase(kind))('answers 502 with the typed interop error when BPS answers nonsense', async () => {
    portal.mocks!.servers.bps.faults.inject({ kind: 'malformed-json' }, { times: Infinity });
    try {
      const failed = await operator.json<{ error: { code: string } }>('GET', '/api/agencies/64.71/statistics/population');
      expect(failed.status).toBe(502);
      expect(failed.body.error.code).toMatch(/^interop\./);
    } finally {
      portal.mocks!.servers.bps.faults.clear();
    }
  });

  it.skipIf(skipDatabase(kind))('shows the regency’s population from the BPS mock, bridged to BPS code 6471, with attribution', async () => {
    const stats = await operator.json<{ bpsDomain: string; rows: { year: string; total: number }[]; attribution: { id: string; en: string } }>(
      'GET',
      '/api/agencies/64.71/statistics/population',
    );
    expect(stats.status).toBe(200);
    expect(stats.body.bpsDomain).toBe('6471');
    expect(stats.body.rows.length).toBeGreaterThan(0);
    expect(stats.body.rows.every((row) => row.total > 0)).toBe(true);
    expect(stats.body.attribution.id).toMatch(/BPS|Badan Pusat Statistik/);
  });
});
