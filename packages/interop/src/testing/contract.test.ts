import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDocument, type DocumentName, type OpenApiDocument } from '../__fixtures__/openapi-documents.js';
import { startBpsMock, type BpsMock } from './bps-mock.js';
import { startCkanMock, type CkanMock } from './ckan-mock.js';
import { startSplpMock, type SplpMock } from './splp-mock.js';

// Contract test: every JSON answer of the mocks (successes, errors, injected JSON faults)
// validates against the response schema our OpenAPI documents give for that path and status.
// Faults that break the contract on purpose (malformed or truncated JSON, HTML proxy pages,
// dropped connections, slow answers) are exercised by the client tests instead.

const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
const documents = new Map<DocumentName, OpenApiDocument>();
for (const name of ['ckan', 'bps', 'splp', 'agenda'] as const) {
  const document = loadDocument(name);
  documents.set(name, document);
  ajv.addSchema(document, `https://spbe-kit.example/${name}.json`);
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function validatorFor(name: DocumentName, pathTemplate: string, method: string, status: number): ValidateFunction {
  const document = documents.get(name);
  const operation = document?.paths[pathTemplate]?.[method];
  if (document === undefined || operation === undefined)
    throw new TypeError(`${name}: no operation ${method} ${pathTemplate}`);
  const key = [String(status), `${String(status)[0]}XX`, 'default'].find(
    (candidate) => candidate in operation.responses,
  );
  if (key === undefined) throw new TypeError(`${name}: ${method} ${pathTemplate} declares no response ${status}`);
  // Point at the response object itself, or at the component it references.
  const raw = operation.responses[key] as { $ref?: string };
  const pointer = raw.$ref
    ? `${raw.$ref}/content/application~1json/schema`
    : `#/paths/${escapePointer(pathTemplate)}/${method}/responses/${key}/content/application~1json/schema`;
  const validate = ajv.getSchema(`https://spbe-kit.example/${name}.json${pointer}`);
  if (validate === undefined) throw new TypeError(`${name}: no schema at ${pointer}`);
  return validate;
}

const gatewayFault = (): ValidateFunction => {
  const validate = ajv.getSchema('https://spbe-kit.example/splp.json#/components/schemas/GatewayFault');
  if (validate === undefined) throw new TypeError('no GatewayFault schema');
  return validate;
};

interface Exchange {
  readonly label: string;
  readonly status: number;
  readonly body: unknown;
}

async function exchange(label: string, url: string, init?: RequestInit): Promise<Exchange> {
  const response = await fetch(url, init);
  const text = await response.text();
  expect(response.headers.get('content-type'), label).toMatch(/application\/json/);
  return { label, status: response.status, body: JSON.parse(text) as unknown };
}

function expectValid(validate: ValidateFunction, result: Exchange): void {
  const valid = validate(result.body);
  expect(valid, `${result.label} (${result.status}): ${JSON.stringify(validate.errors)}`).toBe(true);
}

let ckan: CkanMock;
let bps: BpsMock;
let splp: SplpMock;
beforeAll(async () => {
  [ckan, bps, splp] = await Promise.all([startCkanMock(), startBpsMock(), startSplpMock()]);
});
afterAll(async () => {
  await Promise.all([ckan.close(), bps.close(), splp.close()]);
});

describe('contract: mocks answer what the OpenAPI documents describe', () => {
  it('rejects bodies that break the documents (the validators can fail)', () => {
    expect(validatorFor('ckan', '/api/3/action/package_show', 'get', 200)({ success: true, result: { id: 1 } })).toBe(
      false,
    );
    expect(validatorFor('ckan', '/api/3/action/package_show', 'get', 404)({ success: false, error: {} })).toBe(false);
    expect(
      validatorFor(
        'bps',
        '/domain',
        'get',
        200,
      )({
        status: 'OK',
        'data-availability': 'available',
        data: [{ page: 1, pages: 1, total: 1 }, [{ domain_id: '64.00', domain_name: 'x' }]],
      }),
    ).toBe(false);
    expect(gatewayFault()({ code: '123', message: 'x' })).toBe(false);
  });

  it('CKAN mock', async () => {
    const resource = '3f6c1c52-6a57-4c1e-9a0b-4a1d2c9e8b01';
    const calls: [string, string][] = [
      ['status_show', ''],
      ['package_search', 'q=penduduk&facet.field=%5B%22organization%22%2C%22tags%22%5D'],
      ['package_search', 'fq=organization:dinas-kesehatan&rows=2&start=1&sort=name%20asc'],
      ['package_search', 'rows=abc'],
      ['package_show', 'id=jumlah-penduduk-kalimantan-timur'],
      ['package_show', 'id=tidak-ada'],
      ['package_show', 'id=data-kasus-kekerasan-anak-terpilah'],
      ['package_show', ''],
      ['package_list', ''],
      ['organization_list', ''],
      ['organization_list', 'all_fields=true'],
      ['organization_show', 'id=dinas-kesehatan&include_datasets=true'],
      ['organization_show', 'id=tidak-ada'],
      ['group_list', ''],
      ['group_list', 'all_fields=true'],
      ['resource_show', `id=${resource}`],
      ['resource_show', 'id=x'],
      [
        'datastore_search',
        `resource_id=${resource}&limit=5&offset=5&filters=%7B%22tahun%22%3A2023%7D&sort=tahun%20desc`,
      ],
      ['datastore_search', `resource_id=${resource}&fields=kode_wilayah,tahun`],
      ['datastore_search', ''],
      ['datastore_search', 'resource_id=x'],
    ];
    for (const [action, query] of calls) {
      const result = await exchange(`${action}?${query}`, `${ckan.baseUrl}/api/3/action/${action}?${query}`);
      expectValid(validatorFor('ckan', `/api/3/action/${action}`, 'get', result.status), result);
    }
    const prefixed = await exchange('locale prefix', `${ckan.baseUrl}/id/api/3/action/status_show`);
    expectValid(validatorFor('ckan', '/api/3/action/status_show', 'get', prefixed.status), prefixed);
    for (const fault of [
      { kind: 'status', status: 500 },
      { kind: 'status', status: 503 },
      { kind: 'rate-limit', retryAfterSeconds: 1 },
    ] as const) {
      ckan.faults.inject(fault);
      const result = await exchange(`fault ${fault.kind}`, `${ckan.baseUrl}/api/3/action/package_list`);
      expectValid(validatorFor('ckan', '/api/3/action/package_list', 'get', result.status), result);
    }
  });

  it('CKAN mock: package_create (created, 403 Authorization Error, 409 Validation Error, 400, faults)', async () => {
    const url = `${ckan.baseUrl}/api/3/action/package_create`;
    const validate = (status: number) => validatorFor('ckan', '/api/3/action/package_create', 'post', status);
    const post = (label: string, body: unknown, authorization: string | null = ckan.apiToken) =>
      exchange(label, url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization === null ? {} : { authorization }) },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
    const dataset = {
      name: 'kontrak-jumlah-penduduk',
      title: 'Jumlah Penduduk',
      owner_org: 'diskominfo',
      license_id: 'cc-by',
      tags: [{ name: 'kependudukan' }],
      extras: [{ key: 'frekuensi', value: 'tahunan' }],
    };
    const created = await post('created', dataset);
    expect(created.status).toBe(200);
    expectValid(validate(200), created);
    const exchanges = [
      await post('unowned', { name: 'kontrak-tanpa-opd', title: 'Tanpa OPD' }),
      await post('no token', { ...dataset, name: 'kontrak-tanpa-token' }, null),
      await post('wrong token', { ...dataset, name: 'kontrak-token-salah' }, 'salah'),
      await post('duplicate', dataset),
      await post('bad name', { ...dataset, name: 'Nama Salah!', owner_org: 'tidak-ada' }),
      await post('short name and bad tag', {
        name: 'a',
        tags: [{ name: 'x' }],
        extras: [{ key: '', value: 1 }],
        groups: [{ name: 'tidak-ada' }],
        private: 'ya',
      }),
      await post('not JSON', '{'),
      await post('not an object', '[1]'),
      await exchange('GET', `${url}?name=kontrak-get`),
    ];
    expect(exchanges.map((result) => result.status)).toEqual([200, 403, 403, 409, 409, 409, 400, 400, 400]);
    for (const result of exchanges) expectValid(validate(result.status), result);
    // The 409s follow the stricter Validation Error envelope (one message list per field).
    expect(validate(409)({ success: false, error: { __type: 'Not Found Error', message: 'x' } })).toBe(false);
    for (const fault of [
      { kind: 'status', status: 503 },
      { kind: 'rate-limit', retryAfterSeconds: 1 },
    ] as const) {
      ckan.faults.inject(fault);
      const result = await post(`fault ${fault.kind}`, { ...dataset, name: 'kontrak-gangguan' });
      expectValid(validate(result.status), result);
    }
  });

  it('CKAN mock: package_update and package_delete (updated, deleted, 403, 404, 409)', async () => {
    const post = (action: string, label: string, body: unknown, authorization: string | null = ckan.apiToken) =>
      exchange(label, `${ckan.baseUrl}/api/3/action/${action}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization === null ? {} : { authorization }) },
        body: JSON.stringify(body),
      });
    const validate = (action: string, status: number) =>
      validatorFor('ckan', `/api/3/action/${action}`, 'post', status);
    await post('package_create', 'create', { name: 'kontrak-ubah', title: 'Awal' });
    await post('package_create', 'create other', { name: 'kontrak-lain', title: 'Lain' });
    const updates = [
      await post('package_update', 'updated', { id: 'kontrak-ubah', name: 'kontrak-ubah', title: 'Baru' }),
      await post('package_update', 'no token', { id: 'kontrak-ubah', name: 'kontrak-ubah' }, null),
      await post('package_update', 'unknown', { id: 'tidak-ada', name: 'tidak-ada' }),
      await post('package_update', 'name taken', { id: 'kontrak-ubah', name: 'kontrak-lain' }),
    ];
    expect(updates.map((result) => result.status)).toEqual([200, 403, 404, 409]);
    for (const result of updates) expectValid(validate('package_update', result.status), result);
    const deletes = [
      await post('package_delete', 'deleted', { id: 'kontrak-ubah' }),
      await post('package_delete', 'no token', { id: 'kontrak-lain' }, null),
      await post('package_delete', 'unknown', { id: 'tidak-ada' }),
    ];
    expect(deletes.map((result) => result.status)).toEqual([200, 403, 404]);
    for (const result of deletes) expectValid(validate('package_delete', result.status), result);
  });

  it('BPS mock', async () => {
    const base = `${bps.baseUrl}`;
    const key = `key=${bps.key}`;
    const domainCalls = [
      'type=all',
      'type=prov',
      'type=kab',
      'type=kabbyprov&prov=6400',
      'type=kabbyprov&prov=1100',
      'type=nope',
      '',
    ];
    for (const query of domainCalls) {
      const result = await exchange(`domain ${query}`, `${base}/domain?${query}&${key}`);
      expectValid(validatorFor('bps', '/domain', 'get', result.status), result);
    }
    const models = [
      'publication',
      'pressrelease',
      'statictable',
      'subject',
      'subcat',
      'var',
      'vervar',
      'th',
      'turvar',
      'turth',
      'unit',
      'indicators',
    ];
    for (const model of models) {
      for (const query of [
        `model=${model}&domain=6400`,
        `model=${model}&domain=6400&page=2`,
        `model=${model}&domain=6100`,
      ]) {
        const result = await exchange(`list ${query}`, `${base}/list?${query}&${key}`);
        expectValid(validatorFor('bps', '/list', 'get', result.status), result);
      }
    }
    for (const query of [
      'model=data&domain=6400&var=1001',
      'model=data&domain=6400&var=1001&th=121:122',
      'model=data&domain=6400&var=1003',
      'model=data&domain=6400&var=9',
      'model=data&domain=6400',
      'model=nope&domain=6400',
      'model=var',
    ]) {
      const result = await exchange(`list ${query}`, `${base}/list?${query}&${key}`);
      expectValid(validatorFor('bps', '/list', 'get', result.status), result);
    }
    for (const query of [
      'model=var&id=1001&domain=6400',
      'model=publication&id=8f1c0000a1b2c3d4e5f6a7b8&domain=6400',
      'model=var&id=1&domain=6400',
      'model=nope&id=1&domain=6400',
    ]) {
      const result = await exchange(`view ${query}`, `${base}/view?${query}&${key}`);
      expectValid(validatorFor('bps', '/view', 'get', result.status), result);
    }
    const wrongKey = await exchange('wrong key', `${base}/domain?type=all&key=wrong`);
    expectValid(validatorFor('bps', '/domain', 'get', wrongKey.status), wrongKey);
    for (const fault of [
      { kind: 'status', status: 500 },
      { kind: 'rate-limit', retryAfterSeconds: 2 },
    ] as const) {
      bps.faults.inject(fault);
      const result = await exchange(`fault ${fault.kind}`, `${base}/list?model=var&domain=6400&${key}`);
      expectValid(validatorFor('bps', '/list', 'get', result.status), result);
    }
  });

  it('SPLP mock: token endpoint, gateway faults and the example provider API', async () => {
    const basic = `Basic ${btoa(`${splp.consumerKey}:${splp.consumerSecret}`)}`;
    const token = async (authorization: string, body: string): Promise<Exchange> =>
      exchange(`token ${body}`, `${splp.gatewayUrl}/oauth2/token`, {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/x-www-form-urlencoded' },
        body,
      });
    const issued = await token(basic, 'grant_type=client_credentials&scope=agenda');
    expectValid(validatorFor('splp', '/oauth2/token', 'post', issued.status), issued);
    for (const [authorization, body] of [
      [basic, 'grant_type=client_credentials'],
      [basic, 'grant_type=password'],
      [`Basic ${btoa('x:y')}`, 'grant_type=client_credentials'],
    ] as const) {
      const result = await token(authorization, body);
      expectValid(validatorFor('splp', '/oauth2/token', 'post', result.status), result);
    }
    splp.faults.inject({ kind: 'status', status: 503, origin: 'gateway' }, { path: '/oauth2/token' });
    const tokenFault = await token(basic, 'grant_type=client_credentials');
    expectValid(validatorFor('splp', '/oauth2/token', 'post', tokenFault.status), tokenFault);

    const accessToken = (issued.body as { access_token: string }).access_token;
    const api = `${splp.gatewayUrl}/t/${splp.tenantDomain}/agenda/1.0`;
    const bearer = { authorization: `Bearer ${accessToken}` };
    const agendaCalls: [string, string, Record<string, string>][] = [
      ['/api/agenda', '/api/agenda', bearer],
      ['/api/agenda?tanggal=2026-01-13', '/api/agenda', bearer],
      ['/api/agenda/1', '/api/agenda/{id}', bearer],
      ['/api/agenda/99', '/api/agenda/{id}', bearer],
      ['/api/agenda', '/api/agenda', {}],
      ['/api/agenda', '/api/agenda', { authorization: 'Bearer expired' }],
    ];
    for (const [resource, template, headers] of agendaCalls) {
      const result = await exchange(`agenda ${resource}`, `${api}${resource}`, { headers });
      if (result.status >= 400 && typeof result.body === 'object' && result.body !== null && 'code' in result.body)
        expectValid(gatewayFault(), result);
      else expectValid(validatorFor('agenda', template, 'get', result.status), result);
    }
    for (const fault of [
      { kind: 'status', status: 500, origin: 'provider' },
      { kind: 'status', status: 503, origin: 'gateway' },
      { kind: 'status', status: 403, origin: 'gateway' },
      { kind: 'rate-limit', retryAfterSeconds: 3, origin: 'gateway' },
    ] as const) {
      splp.faults.inject(fault);
      const result = await exchange(`fault ${fault.kind} ${fault.origin}`, `${api}/api/agenda`, { headers: bearer });
      if (fault.origin === 'gateway') expectValid(gatewayFault(), result);
      else expectValid(validatorFor('agenda', '/api/agenda', 'get', result.status), result);
    }
    const unknown = await exchange('unknown API', `${splp.gatewayUrl}/t/${splp.tenantDomain}/tidak-ada/1.0/x`);
    expectValid(gatewayFault(), unknown);
  });
});
