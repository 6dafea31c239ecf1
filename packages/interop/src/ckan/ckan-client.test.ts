import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  GatewayError,
  NetworkError,
  ProviderError,
  ResponseValidationError,
  TimeoutError,
  type CallRecord,
  type RetryEvent,
} from '../index.js';
import { startCkanMock, type CkanMock } from '../testing/index.js';
import { createCkanClient, type CkanClientOptions } from './ckan-client.js';

let mock: CkanMock;
beforeAll(async () => {
  mock = await startCkanMock();
});
afterAll(async () => {
  await mock.close();
});
beforeEach(() => {
  mock.faults.clear();
});

const fast = {
  retry: { baseDelayMs: 1, maxDelayMs: 5 },
  attemptTimeoutMs: 2_000,
  totalTimeoutMs: 10_000,
} satisfies Partial<CkanClientOptions>;
const client = (extra: Partial<CkanClientOptions> = {}) =>
  createCkanClient({ baseUrl: mock.baseUrl, ...fast, ...extra });

describe('CKAN client against the Kalimantan Timur mock', () => {
  it('reads status_show', async () => {
    const status = await client().statusShow();
    expect(status.ckan_version).toBe('2.10.4');
    expect(status.site_url).toBe(mock.baseUrl);
  });

  it('searches datasets with q, fq and facets, passing unknown fields through', async () => {
    const page = await client().packageSearch({ q: 'penduduk', facetFields: ['organization'] });
    expect(page.count).toBe(1);
    expect(page.results[0]?.name).toBe('jumlah-penduduk-kalimantan-timur');
    expect(page.results[0]?.kode_urusan).toBe('2.00');
    expect(page.facets).toEqual({ organization: { dkp3a: 1 } });
    const health = await client().packageSearch({ fq: 'organization:dinas-kesehatan' });
    expect(health.count).toBe(3);
  });

  it('pages through every dataset with searchDatasets', async () => {
    const names: string[] = [];
    for await (const dataset of client().searchDatasets({ rows: 3 })) names.push(dataset.name);
    expect(names).toHaveLength(8);
    expect(new Set(names).size).toBe(8);
    const searches = mock.requests.filter((request) => request.url.pathname.endsWith('package_search'));
    expect(searches.slice(-3).map((request) => request.url.searchParams.get('start'))).toEqual(['0', '3', '6']);
  });

  it('shows a dataset, an organisation, a resource, lists and groups', async () => {
    const ckan = client();
    const dataset = await ckan.packageShow({ id: 'jumlah-penduduk-kalimantan-timur' });
    expect(dataset.organization?.name).toBe('dkp3a');
    expect(dataset.extras).toContainEqual({ key: 'frekuensi', value: 'tahunan' });
    expect(await ckan.packageList()).toContain('produksi-kelapa-sawit');
    expect(await ckan.organizationList()).toEqual(['bappeda', 'dinas-kesehatan', 'disbun', 'diskominfo', 'dkp3a']);
    const organizations = await ckan.organizationList({ all_fields: true });
    expect(organizations.find((organization) => organization.name === 'dinas-kesehatan')?.package_count).toBe(3);
    const organization = await ckan.organizationShow({ id: 'diskominfo', include_datasets: true });
    expect(organization.packages?.map((pkg) => pkg.name)).toContain('indeks-spbe-kabupaten-kota');
    expect(await ckan.groupList()).toEqual(['ekonomi', 'kependudukan', 'kesehatan']);
    expect((await ckan.groupList({ all_fields: true }))[0]?.title).toBe('Ekonomi');
    const resource = await ckan.resourceShow({ id: '3f6c1c52-6a57-4c1e-9a0b-4a1d2c9e8b01' });
    expect(resource.datastore_active).toBe(true);
  });

  it('reads DataStore rows with filters and pages through them', async () => {
    const ckan = client();
    const page = await ckan.datastoreSearch({
      resource_id: '3f6c1c52-6a57-4c1e-9a0b-4a1d2c9e8b01',
      filters: { tahun: 2023, kode_wilayah: '64.07' },
    });
    expect(page.total).toBe(1);
    expect(page.records[0]).toMatchObject({ kabupaten_kota: 'Kutai Barat', tahun: 2023, jumlah_penduduk: 176_220 });
    const rows: Record<string, unknown>[] = [];
    for await (const row of ckan.datastoreRecords({ resource_id: '3f6c1c52-6a57-4c1e-9a0b-4a1d2c9e8b01', limit: 7 }))
      rows.push(row);
    expect(rows).toHaveLength(30);
    expect(new Set(rows.map((row) => row._id)).size).toBe(30);
  });

  it('uses a locale prefix and the API token for private datasets', async () => {
    const privateId = 'data-kasus-kekerasan-anak-terpilah';
    await expect(client().packageShow({ id: privateId })).rejects.toMatchObject({
      status: 403,
      providerCode: 'Authorization Error',
    });
    const withToken = client({ apiToken: mock.apiToken, locale: 'id' });
    expect((await withToken.packageShow({ id: privateId })).private).toBe(true);
    expect(mock.requests.at(-1)?.url.pathname).toBe('/id/api/3/action/package_show');
  });

  it('turns CKAN error envelopes into ProviderError with the body kept', async () => {
    const error = await client()
      .packageShow({ id: 'tidak-ada' })
      .catch((thrown: unknown) => thrown);
    expect(error).toSatisfy(ProviderError.isInstance);
    expect(error).toMatchObject({
      status: 404,
      providerCode: 'Not Found Error',
      providerMessage: 'Not found',
      code: 'interop.provider',
    });
    expect(JSON.parse((error as ProviderError).body)).toMatchObject({ success: false });
    expect((error as ProviderError).call?.operation).toBe('ckan.package_show');
  });

  it('sends the request id and identity headers and reports every call to the audit hook', async () => {
    const records: CallRecord[] = [];
    const ckan = client({
      identity: { regionCode: '64.72', application: 'sipd-samarinda' },
      hooks: { onCallEnd: (record) => void records.push(record) },
    });
    await ckan.statusShow({ actingUserId: 'u-7f3a', caseNumber: 'SPBE/2026/001' });
    const seen = mock.requests.at(-1);
    expect(seen?.headers['x-spbe-client']).toBe('64.72/sipd-samarinda');
    expect(seen?.headers['x-spbe-user-id']).toBe('u-7f3a');
    expect(seen?.headers['x-spbe-case-number']).toBe('SPBE/2026/001');
    expect(seen?.headers['x-request-id']).toBe(records[0]?.requestId);
    expect(records[0]).toMatchObject({
      operation: 'ckan.status_show',
      outcome: 'success',
      status: 200,
      attempts: 1,
      actingUserId: 'u-7f3a',
    });
  });
});

describe('CKAN client with injected faults', () => {
  it('retries a 503 and succeeds', async () => {
    mock.faults.inject({ kind: 'status', status: 503 }, { times: 2 });
    const retries: RetryEvent[] = [];
    const status = await client({ hooks: { onRetry: (event) => void retries.push(event) } }).statusShow();
    expect(status.ckan_version).toBe('2.10.4');
    expect(retries.map((event) => event.attempt)).toEqual([1, 2]);
  });

  it('gives up after maxAttempts with a ProviderError carrying status and body', async () => {
    mock.faults.inject({ kind: 'status', status: 500 }, { times: 5 });
    const error = await client()
      .statusShow()
      .catch((thrown: unknown) => thrown);
    expect(error).toSatisfy(ProviderError.isInstance);
    expect(error).toMatchObject({ status: 500, providerCode: 'Internal Server Error' });
    expect((error as ProviderError).call?.attempts).toBe(3);
    expect(error).not.toSatisfy(GatewayError.isInstance);
  });

  it('honours Retry-After on 429', async () => {
    mock.faults.inject({ kind: 'rate-limit', retryAfterSeconds: 1 });
    const retries: RetryEvent[] = [];
    await client({ hooks: { onRetry: (event) => void retries.push(event) } }).statusShow();
    expect(retries).toHaveLength(1);
    expect(retries[0]).toMatchObject({ delayMs: 1000, fromRetryAfter: true });
  });

  it('does not wait for a Retry-After longer than allowed', async () => {
    mock.faults.inject({ kind: 'rate-limit', retryAfterSeconds: 120 });
    const error = await client()
      .statusShow()
      .catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 120_000 });
    expect((error as ProviderError).call?.attempts).toBe(1);
  });

  it('times out a slow attempt, then retries', async () => {
    mock.faults.inject({ kind: 'slow', delayMs: 5_000 });
    const status = await client({ attemptTimeoutMs: 1_000 }).statusShow();
    expect(status.ckan_version).toBe('2.10.4');
  });

  it('throws TimeoutError when every attempt is too slow', async () => {
    mock.faults.inject({ kind: 'slow', delayMs: 5_000 }, { times: 3 });
    const error = await client({ attemptTimeoutMs: 100 })
      .statusShow()
      .catch((thrown: unknown) => thrown);
    expect(error).toSatisfy(TimeoutError.isInstance);
    expect(error).toMatchObject({ scope: 'attempt', timeoutMs: 100 });
  });

  it('throws TimeoutError (overall) when the whole call runs out of time', async () => {
    mock.faults.inject({ kind: 'slow', delayMs: 5_000 }, { times: 3 });
    const error = await client({ attemptTimeoutMs: 2_000, totalTimeoutMs: 200 })
      .statusShow()
      .catch((thrown: unknown) => thrown);
    expect(error).toSatisfy(TimeoutError.isInstance);
    expect(error).toMatchObject({ scope: 'overall', timeoutMs: 200 });
  });

  it('rejects malformed JSON with ResponseValidationError and does not retry', async () => {
    mock.faults.inject({ kind: 'malformed-json' });
    const before = mock.requests.length;
    const error = await client()
      .statusShow()
      .catch((thrown: unknown) => thrown);
    expect(error).toSatisfy(ResponseValidationError.isInstance);
    expect((error as ResponseValidationError).body).toContain('"success": true');
    expect(mock.requests.length - before).toBe(1);
  });

  it('rejects truncated JSON with ResponseValidationError', async () => {
    mock.faults.inject({ kind: 'truncated-json' });
    const error = await client()
      .packageShow({ id: 'jumlah-penduduk-kalimantan-timur' })
      .catch((thrown: unknown) => thrown);
    expect(error).toSatisfy(ResponseValidationError.isInstance);
    expect((error as ResponseValidationError).path).toEqual([]);
  });

  it('reports an HTML proxy error page as ProviderError with the page kept', async () => {
    mock.faults.inject({ kind: 'html-error-page', status: 502 }, { times: 3 });
    const error = await client()
      .statusShow()
      .catch((thrown: unknown) => thrown);
    expect(error).toSatisfy(ProviderError.isInstance);
    expect((error as ProviderError).status).toBe(502);
    expect((error as ProviderError).body).toContain('<center>nginx</center>');
  });

  it('retries a dropped connection, and reports NetworkError when it keeps dropping', async () => {
    mock.faults.inject({ kind: 'drop-connection' });
    expect((await client().statusShow()).ckan_version).toBe('2.10.4');
    mock.faults.inject({ kind: 'drop-connection', midBody: true }, { times: 3 });
    const error = await client()
      .statusShow()
      .catch((thrown: unknown) => thrown);
    expect(error).toSatisfy(NetworkError.isInstance);
    expect(error).toMatchObject({ reason: 'connection', code: 'interop.network' });
  });

  it('never retries when retries are disabled', async () => {
    mock.faults.inject({ kind: 'status', status: 503 }, { times: 2 });
    const before = mock.requests.length;
    await expect(client({ retry: false }).statusShow()).rejects.toSatisfy(ProviderError.isInstance);
    expect(mock.requests.length - before).toBe(1);
    mock.faults.clear();
  });

  it('stops when the caller aborts', async () => {
    mock.faults.inject({ kind: 'slow', delayMs: 5_000 });
    const controller = new AbortController();
    const pending = client().statusShow({ signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toMatchObject({ reason: 'aborted', code: 'interop.network.aborted' });
  });

  it('refuses a non-URL baseUrl at creation', () => {
    expect(() => createCkanClient({ baseUrl: 'data.kaltimprov.go.id' })).toThrow(/URL/);
  });
});
