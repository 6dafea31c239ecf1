import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NetworkError, ProviderError, ResponseValidationError, TimeoutError, type CallRecord } from '../index.js';
import { startBpsMock, type BpsMock } from '../testing/index.js';
import { createBpsClient, type BpsClientOptions } from './bps-client.js';
import { bpsDomainIdSchema, bpsDomainLevel } from './bps-domain.js';

let mock: BpsMock;
beforeAll(async () => {
  mock = await startBpsMock();
});
afterAll(async () => {
  await mock.close();
});
beforeEach(() => {
  mock.faults.clear();
});

const kaltim = bpsDomainIdSchema.parse('6400');
const client = (extra: Partial<BpsClientOptions> = {}) =>
  createBpsClient({
    key: mock.key,
    baseUrl: mock.baseUrl,
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    attemptTimeoutMs: 2_000,
    ...extra,
  });

describe('BPS client against the mock', () => {
  it('lists the domains of Kalimantan Timur with BPS codes and bridges them to Kemendagri codes', async () => {
    const bps = client();
    const regencies = await bps.listDomains({ type: 'kabbyprov', prov: kaltim });
    expect(regencies).toHaveLength(10);
    const kutaiBarat = regencies.find((domain) => domain.domain_name === 'Kutai Barat');
    expect(kutaiBarat?.domain_id).toBe('6402');
    if (kutaiBarat === undefined) return;
    expect(bpsDomainLevel(kutaiBarat.domain_id)).toBe('regency');
    const bridged = bps.kemendagriCodeOf(kutaiBarat.domain_id);
    expect(bridged).toMatchObject({ found: true, code: '64.07' });
    expect(bps.kemendagriCodeOf(kaltim)).toMatchObject({ found: true, code: '64' });
    expect(bps.kemendagriCodeOf(bpsDomainIdSchema.parse('0000')).found).toBe(false);
    const provinces = await bps.listDomains({ type: 'prov' });
    expect(provinces.map((domain) => domain.domain_id)).toContain('6400');
    expect(await bps.listDomains({ type: 'kabbyprov', prov: bpsDomainIdSchema.parse('1100') })).toEqual([]);
  });

  it('sends the key as a query parameter and redacts it from audit records', async () => {
    const records: CallRecord[] = [];
    await client({ hooks: { onCallEnd: (record) => void records.push(record) } }).listDomains({ type: 'prov' });
    expect(mock.requests.at(-1)?.url.searchParams.get('key')).toBe(mock.key);
    expect(records[0]?.url).not.toContain(mock.key);
    expect(records[0]?.url).toContain('key=%5Bredacted%5D');
  });

  it('reads a page of a list and every page with listAll', async () => {
    const bps = client();
    const first = await bps.list('publication', { domain: kaltim });
    expect(first.pagination).toMatchObject({ page: 1, pages: 2, total: 12 });
    expect(first.items).toHaveLength(10);
    expect(first.attribution.id).toContain('Badan Pusat Statistik');
    const all: string[] = [];
    for await (const publication of bps.listAll('publication', { domain: kaltim })) all.push(publication.title);
    expect(all).toHaveLength(12);
    const variables = await bps.list('var', { domain: kaltim, keyword: 'penduduk' });
    expect(variables.items.map((item) => item.var_id)).toEqual([1001, 1002]);
    const years = await bps.list('th', { domain: kaltim, perpage: 100 });
    expect(years.items.find((item) => item.th === '2023')?.th_id).toBe(123);
  });

  it('reports list-not-available as an empty, unavailable page', async () => {
    const page = await client().list('subject', { domain: bpsDomainIdSchema.parse('6100') });
    expect(page).toMatchObject({ available: false, items: [] });
  });

  it('views one item, or undefined', async () => {
    const bps = client();
    expect((await bps.view('var', { id: 1001, domain: kaltim }))?.unit).toBe('Jiwa');
    expect(await bps.view('var', { id: 999, domain: kaltim })).toBeUndefined();
  });

  it('decodes the population dynamic table into labelled rows', async () => {
    const table = await client().dynamicTable({ domain: kaltim, var: 1001, th: '123' });
    expect(table?.labelVervar).toBe('Kabupaten/Kota');
    expect(table?.rows).toHaveLength(11 * 3);
    const kutaiBarat = table?.rows.filter((row) => row.vervar.id === 6402);
    expect(kutaiBarat?.map((row) => [row.turvar.label, row.tahun.label, row.value])).toEqual([
      ['Laki-laki', '2023', 92_210],
      ['Perempuan', '2023', 84_010],
      ['Laki-laki + Perempuan', '2023', 176_220],
    ]);
    expect(table?.rows[0]?.var).toMatchObject({ id: 1001, unit: 'Jiwa' });
  });

  it('decodes a table without turvar (id 0) and answers undefined when there is no data', async () => {
    const bps = client();
    const puskesmas = await bps.dynamicTable({ domain: kaltim, var: 1003 });
    expect(puskesmas?.rows.find((row) => row.vervar.label === 'Kota Samarinda')).toMatchObject({
      turvar: { id: 0, label: 'Tidak ada' },
      value: 26,
    });
    expect(await bps.dynamicTable({ domain: kaltim, var: 1003, th: '121' })).toBeUndefined();
  });

  it('turns status "Error" into ProviderError with the body kept', async () => {
    const error = await createBpsClient({ key: 'wrong', baseUrl: mock.baseUrl })
      .listDomains({ type: 'all' })
      .catch((thrown: unknown) => thrown);
    expect(error).toSatisfy(ProviderError.isInstance);
    expect(error).toMatchObject({ status: 200, providerMessage: 'Invalid key' });
    expect((error as ProviderError).body).toContain('Invalid key');
  });

  it('refuses an empty key at creation', () => {
    expect(() => createBpsClient({ key: ' ' })).toThrow(/key/i);
  });
});

describe('BPS client with injected faults', () => {
  it('retries 500 and 429, then succeeds', async () => {
    mock.faults.inject({ kind: 'status', status: 500 });
    mock.faults.inject({ kind: 'rate-limit', retryAfterSeconds: 0 });
    const page = await client().list('subject', { domain: kaltim });
    expect(page.items.length).toBeGreaterThan(0);
  });

  it('reports a slow BPS as TimeoutError', async () => {
    mock.faults.inject({ kind: 'slow', delayMs: 5_000 }, { times: 2 });
    const error = await client({ attemptTimeoutMs: 100, retry: { maxAttempts: 2, baseDelayMs: 1 } })
      .listDomains({ type: 'all' })
      .catch((thrown: unknown) => thrown);
    expect(error).toSatisfy(TimeoutError.isInstance);
  });

  it('reports malformed and truncated JSON as ResponseValidationError', async () => {
    mock.faults.inject({ kind: 'malformed-json' });
    await expect(client().listDomains({ type: 'all' })).rejects.toSatisfy(ResponseValidationError.isInstance);
    mock.faults.inject({ kind: 'truncated-json' });
    await expect(client().dynamicTable({ domain: kaltim, var: 1001 })).rejects.toSatisfy(
      ResponseValidationError.isInstance,
    );
  });

  it('reports an HTML proxy page as ProviderError and a dropped connection as NetworkError', async () => {
    mock.faults.inject({ kind: 'html-error-page', status: 504 }, { times: 3 });
    const html = await client()
      .listDomains({ type: 'all' })
      .catch((thrown: unknown) => thrown);
    expect(html).toMatchObject({ status: 504 });
    expect((html as ProviderError).body).toContain('<html>');
    mock.faults.inject({ kind: 'drop-connection' }, { times: 3 });
    await expect(client().listDomains({ type: 'all' })).rejects.toSatisfy(NetworkError.isInstance);
  });

  it('reports a wrong shape with the path of the mismatch', async () => {
    mock.faults.inject({
      kind: 'status',
      status: 200,
      body: JSON.stringify({
        status: 'OK',
        'data-availability': 'available',
        data: [{ page: 1, pages: 1, total: 1 }, [{ domain_id: '64.00', domain_name: 'x' }]],
      }),
    });
    const error = await client()
      .listDomains({ type: 'all' })
      .catch((thrown: unknown) => thrown);
    expect(error).toSatisfy(ResponseValidationError.isInstance);
    expect((error as ResponseValidationError).path).toEqual(['data', 1, 0, 'domain_id']);
  });
});

describe('BPS client against the mock in both answer formats', () => {
  for (const format of ['current', 'legacy'] as const) {
    it(`${format}: reads the same dynamic tables and lists`, async () => {
      const formatted = await startBpsMock({ format });
      try {
        const bps = createBpsClient({ key: formatted.key, baseUrl: formatted.baseUrl, retry: { maxAttempts: 1 } });
        const population = await bps.dynamicTable({ domain: kaltim, var: 1001, th: '123' });
        expect(population?.rows).toHaveLength(33);
        const puskesmas = await bps.dynamicTable({ domain: kaltim, var: 1003 });
        expect(puskesmas?.rows.every((row) => row.turvar.id === 0)).toBe(true);
        const years = await bps.list('th', { domain: kaltim });
        expect(years.items.map((item) => item.th)).toEqual(expect.arrayContaining(['2021', '2022', '2023']));
        expect(await bps.view('var', { id: 999_999, domain: kaltim })).toBeUndefined();
        const none = await bps.list('publication', { domain: kaltim, keyword: 'tidak-ada-yang-cocok' });
        expect(none).toMatchObject({ available: false, items: [] });
      } finally {
        await formatted.close();
      }
    });
  }

  it('current: a table that exists but has no data yet is an empty table, not an error and not "no table"', async () => {
    const current = await startBpsMock({ format: 'current' });
    const legacy = await startBpsMock({ format: 'legacy' });
    try {
      const read = (mockServer: BpsMock) =>
        createBpsClient({ key: mockServer.key, baseUrl: mockServer.baseUrl }).dynamicTable({
          domain: kaltim,
          var: 1005,
        });
      const table = await read(current);
      expect(table).toBeDefined();
      expect(table?.rows).toEqual([]);
      expect(table?.lastUpdate).toBeUndefined();
      expect(await read(legacy)).toBeUndefined();
    } finally {
      await current.close();
      await legacy.close();
    }
  });
});
