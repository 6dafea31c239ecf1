import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  InteropError,
  MissingCredentialsError,
  NetworkError,
  ProviderError,
  RequestValidationError,
  ResponseValidationError,
  type CallRecord,
} from '../index.js';
import { startCkanMock, type CkanMock } from '../testing/index.js';
import { createCkanClient, type CkanClientOptions, type PackageCreateParams } from './ckan-client.js';

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
const writer = (extra: Partial<CkanClientOptions> = {}) =>
  createCkanClient({ baseUrl: mock.baseUrl, apiToken: mock.apiToken, ...fast, ...extra });
const reader = () => createCkanClient({ baseUrl: mock.baseUrl, ...fast });

let serial = 0;
const uniqueName = (stem: string): string => `${stem}-${++serial}`;

const balikpapan = (name: string): PackageCreateParams => ({
  name,
  title: 'Jumlah Penduduk Kota Balikpapan',
  notes: 'Jumlah penduduk per kecamatan.',
  owner_org: 'diskominfo',
  license_id: 'cc-by',
  author: 'Dinas Kependudukan dan Pencatatan Sipil',
  maintainer: 'Walidata Diskominfo',
  tags: [{ name: 'kependudukan' }, { name: 'balikpapan' }],
  extras: [
    { key: 'kode_wilayah', value: '64.71' },
    { key: 'frekuensi', value: 'tahunan' },
  ],
});

const requestsTo = (action: string) =>
  mock.requests.filter((request) => request.url.pathname.endsWith(`/${action}`)).length;

describe('packageCreate against the CKAN mock', () => {
  it('creates a dataset that every read action then shows', async () => {
    const name = uniqueName('jumlah-penduduk-kota-balikpapan');
    const created = await writer().packageCreate(balikpapan(name));
    expect(created).toMatchObject({
      name,
      title: 'Jumlah Penduduk Kota Balikpapan',
      license_title: 'Creative Commons Attribution',
      private: false,
      num_tags: 2,
    });
    expect(created.organization?.name).toBe('diskominfo');
    expect(created.extras).toContainEqual({ key: 'kode_wilayah', value: '64.71' });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);

    const seen = mock.requests.at(-1);
    expect(seen?.method).toBe('POST');
    expect(seen?.headers.authorization).toBe(mock.apiToken);
    expect(seen?.headers['content-type']).toMatch(/application\/json/);
    expect(JSON.parse(seen?.body ?? '{}')).toMatchObject({
      name,
      tags: [{ name: 'kependudukan' }, { name: 'balikpapan' }],
    });

    const ckan = reader();
    expect((await ckan.packageShow({ id: name })).id).toBe(created.id);
    expect((await ckan.packageShow({ id: created.id })).name).toBe(name);
    expect(await ckan.packageList()).toContain(name);
    expect((await ckan.packageSearch({ q: name })).results.map((pkg) => pkg.id)).toEqual([created.id]);
    expect(
      (await ckan.packageSearch({ fq: 'organization:diskominfo tags:balikpapan' })).results.map((pkg) => pkg.name),
    ).toContain(name);
    const organization = await ckan.organizationShow({ id: 'diskominfo', include_datasets: true });
    expect(organization.packages?.map((pkg) => pkg.name)).toContain(name);
  });

  it('creates an unowned dataset with only a name and a title', async () => {
    const name = uniqueName('dataset_minimal');
    const created = await writer().packageCreate({ name, title: 'Minimal' });
    expect(created).toMatchObject({ name, owner_org: null, organization: null, tags: [], extras: [] });
    expect(await reader().packageList()).toContain(name);
    // Search facets and organisation counts cope with a dataset without an organisation.
    expect((await reader().packageSearch({ q: name, facetFields: ['organization'] })).facets).toEqual({
      organization: {},
    });
  });

  it('throws MissingCredentialsError before any request when the client has no apiToken', async () => {
    const before = mock.requests.length;
    const error = await reader()
      .packageCreate(balikpapan(uniqueName('tanpa-token')))
      .catch((thrown: unknown) => thrown);
    expect(error).toSatisfy(MissingCredentialsError.isInstance);
    expect(error).toSatisfy(InteropError.isInstance);
    expect(error).toMatchObject({
      code: 'interop.credentials.missing',
      path: ['apiToken'],
      option: 'apiToken',
      operation: 'ckan.package_create',
    });
    expect((error as MissingCredentialsError).format('id')).toContain('apiToken');
    expect(mock.requests.length).toBe(before);
  });

  it('maps a wrong token to a 403 Authorization Error ProviderError, sent once', async () => {
    const before = requestsTo('package_create');
    const name = uniqueName('token-salah');
    const error = await writer({ apiToken: 'not-the-token' })
      .packageCreate(balikpapan(name))
      .catch((thrown: unknown) => thrown);
    expect(error).toSatisfy(ProviderError.isInstance);
    expect(error).toMatchObject({ status: 403, providerCode: 'Authorization Error', code: 'interop.provider' });
    expect((error as ProviderError).providerMessage).toContain('not authorized to create packages');
    expect(requestsTo('package_create') - before).toBe(1);
    expect(await reader().packageList()).not.toContain(name);
  });

  it('maps a duplicate name to a 409 Validation Error ProviderError with the field message and the body kept', async () => {
    const name = uniqueName('dataset-kembar');
    await writer().packageCreate(balikpapan(name));
    const error = await writer()
      .packageCreate(balikpapan(name))
      .catch((thrown: unknown) => thrown);
    expect(error).toSatisfy(ProviderError.isInstance);
    const failure = error as ProviderError;
    expect(failure).toMatchObject({
      status: 409,
      providerCode: 'Validation Error',
      providerMessage: 'name: That URL is already in use.',
    });
    expect(failure.issues).toEqual([
      {
        code: 'interop.provider.validation',
        path: ['name'],
        message: { id: 'That URL is already in use.', en: 'That URL is already in use.' },
      },
    ]);
    expect(failure.path).toEqual(['name']);
    expect(JSON.parse(failure.body)).toMatchObject({
      success: false,
      error: { __type: 'Validation Error', name: ['That URL is already in use.'] },
    });
    expect(failure.call?.operation).toBe('ckan.package_create');
    expect(failure.call?.attempts).toBe(1);
  });

  it('reports each field CKAN rejects: name pattern and length, unknown organisation, private without one, tags', async () => {
    const codeOf = async (params: PackageCreateParams) => {
      const error = await writer()
        .packageCreate(params)
        .catch((thrown: unknown) => thrown);
      expect(error).toSatisfy(ProviderError.isInstance);
      return (error as ProviderError).issues.map((issue) => [issue.path.join('.'), issue.message.en]);
    };
    const pattern = 'Must be purely lowercase alphanumeric (ascii) characters and these symbols: -_';
    expect(await codeOf({ name: 'Jumlah Penduduk', title: 'x' })).toEqual([['name', pattern]]);
    expect(await codeOf({ name: 'data.csv', title: 'x' })).toEqual([['name', pattern]]);
    expect(await codeOf({ name: 'a', title: 'x' })).toEqual([['name', 'Must be at least 2 characters long']]);
    expect(await codeOf({ name: 'a'.repeat(101), title: 'x' })).toEqual([
      ['name', 'Name must be a maximum of 100 characters long'],
    ]);
    expect(await codeOf({ name: '', title: 'x' })).toEqual([['name', 'Missing value']]);
    expect(await codeOf({ name: uniqueName('tanpa-opd'), title: 'x', owner_org: 'tidak-ada' })).toEqual([
      ['owner_org', 'Organization does not exist'],
    ]);
    expect(await codeOf({ name: uniqueName('rahasia'), title: 'x', private: true })).toEqual([
      ['private', "Datasets with no organization can't be private."],
    ]);
    expect(await codeOf({ name: uniqueName('tag'), title: 'x', tags: [{ name: 'ok' }, { name: 'x' }] })).toEqual([
      ['tags.1.name', 'Tag "x" length is less than minimum 2'],
    ]);
    // Names of exactly 2 and 100 characters are accepted.
    await expect(writer().packageCreate({ name: 'ab', title: 'x' })).resolves.toMatchObject({ name: 'ab' });
    await expect(writer().packageCreate({ name: 'b'.repeat(100), title: 'x' })).resolves.toMatchObject({
      name: 'b'.repeat(100),
    });
  });

  it('keeps a private dataset of an organisation hidden from readers without the token', async () => {
    const name = uniqueName('data-terbatas');
    await writer().packageCreate({ name, title: 'Terbatas', owner_org: 'dkp3a', private: true });
    expect(await reader().packageList()).not.toContain(name);
    await expect(reader().packageShow({ id: name })).rejects.toMatchObject({ status: 403 });
    expect((await writer().packageShow({ id: name })).private).toBe(true);
  });

  it('passes portal-specific fields through', async () => {
    const name = uniqueName('dengan-kode-urusan');
    const created = await writer().packageCreate({ name, title: 'x', kode_urusan: '2.16' });
    expect(created.kode_urusan).toBe('2.16');
  });
});

describe('packageCreate with injected faults', () => {
  it('does not retry a 503 (a create is not idempotent)', async () => {
    mock.faults.inject({ kind: 'status', status: 503 }, { times: 2, path: '/package_create' });
    const before = requestsTo('package_create');
    const records: CallRecord[] = [];
    const error = await writer({ hooks: { onCallEnd: (record) => void records.push(record) } })
      .packageCreate(balikpapan(uniqueName('tanpa-retry')))
      .catch((thrown: unknown) => thrown);
    expect(error).toSatisfy(ProviderError.isInstance);
    expect(error).toMatchObject({ status: 503 });
    expect(requestsTo('package_create') - before).toBe(1);
    expect(records[0]).toMatchObject({
      operation: 'ckan.package_create',
      method: 'POST',
      attempts: 1,
      outcome: 'interop.provider',
    });
  });

  it('does not retry a dropped connection either', async () => {
    mock.faults.inject({ kind: 'drop-connection' }, { path: '/package_create' });
    const before = requestsTo('package_create');
    const error = await writer()
      .packageCreate(balikpapan(uniqueName('koneksi-putus')))
      .catch((thrown: unknown) => thrown);
    expect(error).toSatisfy(NetworkError.isInstance);
    expect(requestsTo('package_create') - before).toBe(1);
  });

  it('retries when the caller marks the call idempotent', async () => {
    mock.faults.inject({ kind: 'status', status: 503 }, { times: 2, path: '/package_create' });
    const before = requestsTo('package_create');
    const name = uniqueName('boleh-diulang');
    const created = await writer().packageCreate(balikpapan(name), { idempotent: true });
    expect(created.name).toBe(name);
    expect(requestsTo('package_create') - before).toBe(3);
  });

  it('rejects a malformed or truncated success body with ResponseValidationError', async () => {
    mock.faults.inject({ kind: 'malformed-json' }, { path: '/package_create' });
    await expect(writer().packageCreate(balikpapan(uniqueName('json-rusak')))).rejects.toBeInstanceOf(
      ResponseValidationError,
    );
    mock.faults.inject({ kind: 'truncated-json' }, { path: '/package_create' });
    await expect(writer().packageCreate(balikpapan(uniqueName('json-terpotong')))).rejects.toBeInstanceOf(
      ResponseValidationError,
    );
  });

  it('reports an HTML proxy page as ProviderError and a 429 without retrying', async () => {
    mock.faults.inject({ kind: 'html-error-page', status: 502 }, { path: '/package_create' });
    await expect(writer().packageCreate(balikpapan(uniqueName('proxy')))).rejects.toMatchObject({ status: 502 });
    mock.faults.inject({ kind: 'rate-limit', retryAfterSeconds: 1 }, { path: '/package_create' });
    await expect(writer().packageCreate(balikpapan(uniqueName('dibatasi')))).rejects.toMatchObject({
      status: 429,
      retryAfterMs: 1000,
    });
  });
});

describe('packageCreate with hostile parameters', () => {
  const hostileValue = fc.oneof(fc.anything(), fc.bigInt(), fc.func(fc.anything()), fc.constant(Symbol('x')));
  const hostileParams = fc.oneof(
    hostileValue,
    fc.record(
      {
        name: fc.oneof(fc.string(), hostileValue),
        title: fc.oneof(fc.string(), hostileValue),
        notes: hostileValue,
        tags: fc.oneof(fc.array(fc.record({ name: fc.oneof(fc.string(), hostileValue) })), hostileValue),
        extras: fc.oneof(
          fc.array(fc.record({ key: fc.string(), value: fc.oneof(fc.string(), hostileValue) })),
          hostileValue,
        ),
        private: hostileValue,
        owner_org: fc.oneof(fc.string(), hostileValue),
      },
      { requiredKeys: [] },
    ),
    fc.dictionary(fc.string(), hostileValue),
  );

  it("only ever throws typed errors (RequestValidationError before sending, or the portal's ProviderError)", async () => {
    const ckan = writer({ retry: false });
    await fc.assert(
      fc.asyncProperty(hostileParams, async (params) => {
        const outcome = await ckan.packageCreate(params as PackageCreateParams).then(
          (created) => created,
          (error: unknown) => error,
        );
        if (outcome instanceof Error) {
          expect(outcome).toSatisfy(InteropError.isInstance);
          expect(
            [RequestValidationError, ProviderError].some((kind) => outcome instanceof kind),
            String(outcome),
          ).toBe(true);
          if (RequestValidationError.isInstance(outcome)) expect(outcome.issues.length).toBeGreaterThan(0);
        } else {
          expect(typeof (outcome as { id?: unknown }).id).toBe('string');
        }
      }),
      { numRuns: 200 },
    );
  });

  it('checks the parameter types before sending anything', async () => {
    const before = mock.requests.length;
    const error = await writer()
      .packageCreate({ name: 'ok-name', title: 'x', tags: [{ name: 5 }] } as unknown as PackageCreateParams)
      .catch((thrown: unknown) => thrown);
    expect(error).toSatisfy(RequestValidationError.isInstance);
    expect(error).toMatchObject({
      code: 'interop.request_validation',
      path: ['tags', 0, 'name'],
      operation: 'ckan.package_create',
    });
    expect(mock.requests.length).toBe(before);
  });
});
