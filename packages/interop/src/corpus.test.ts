import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBpsClient } from './bps/bps-client.js';
import { bpsDomainIdSchema } from './bps/bps-domain.js';
import type { BpsListModel } from './bps/bps-schemas.js';
import { createCkanClient } from './ckan/ckan-client.js';
import { type InteropError } from './errors/interop-error.js';
import { ProviderError } from './errors/provider-error.js';
import { ResponseValidationError } from './errors/response-validation-error.js';

// The contract test: every recorded answer of a real CKAN portal or of the BPS WebAPI in
// __fixtures__/corpus is served from a real HTTP server on 127.0.0.1 and read by the clients.
// Each must give a parsed result or the right typed error, judged from the body itself: adding a
// newly captured body is one file in <service>/<operation>/ plus its source in sources.json.

interface Source {
  readonly service: 'ckan' | 'bps';
  readonly source:
    { readonly repository: string; readonly path: string; readonly commit: string } | { readonly url: string };
  readonly captured: string;
  readonly instance: string;
  readonly notes: string;
  readonly httpStatus?: number;
  readonly contentType?: string;
  readonly expect?: 'ProviderError' | 'ResponseValidationError';
}

const corpusDirectory = fileURLToPath(new URL('./__fixtures__/corpus/', import.meta.url));
const sources = (
  JSON.parse(readFileSync(path.join(corpusDirectory, 'sources.json'), 'utf8')) as { bodies: Record<string, Source> }
).bodies;

function bodyFiles(directory: string, prefix = ''): string[] {
  return readdirSync(directory).flatMap((name) => {
    const full = path.join(directory, name);
    if (statSync(full).isDirectory()) return bodyFiles(full, `${prefix}${name}/`);
    return name === 'sources.json' ? [] : [`${prefix}${name}`];
  });
}
const files = bodyFiles(corpusDirectory).sort();

let server: Server;
let baseUrl = '';
let current: { body: Buffer; status: number; contentType: string } = {
  body: Buffer.alloc(0),
  status: 200,
  contentType: 'application/json',
};
beforeAll(async () => {
  server = createServer((_request, response) => {
    response.writeHead(current.status, { 'content-type': current.contentType });
    response.end(current.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const quick = { retry: { maxAttempts: 1 }, attemptTimeoutMs: 5_000 } as const;
const parseOrUndefined = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};
type Json = Record<string, unknown>;
const asObject = (value: unknown): Json => (typeof value === 'object' && value !== null ? (value as Json) : {});

/** The error the body alone calls for, if any (shared by both services). */
function expectedError(
  entry: Source,
  json: unknown,
): { type: typeof ProviderError | typeof ResponseValidationError; code?: string } | undefined {
  const status = entry.httpStatus ?? 200;
  if (entry.expect === 'ProviderError') return { type: ProviderError };
  if (entry.expect === 'ResponseValidationError') return { type: ResponseValidationError };
  if (json === undefined) return { type: status >= 400 ? ProviderError : ResponseValidationError };
  if (entry.service === 'ckan' && asObject(json).success === false)
    return { type: ProviderError, code: String(asObject(asObject(json).error).__type) };
  if (entry.service === 'bps' && typeof asObject(json).status === 'string' && asObject(json).status !== 'OK')
    return { type: ProviderError, code: String(asObject(json).status) };
  if (status >= 400) return { type: ProviderError };
  return undefined;
}

async function callCkan(operation: string): Promise<unknown> {
  const ckan = createCkanClient({ baseUrl, apiToken: 'corpus-token', ...quick });
  switch (operation) {
    case 'status_show':
    case 'other':
      return ckan.statusShow();
    case 'package_show':
      return ckan.packageShow({ id: 'dataset' });
    case 'package_search':
      return ckan.packageSearch({ q: 'data' });
    case 'package_list':
      return ckan.packageList();
    case 'organization_list':
      return ckan.organizationList({ all_fields: true });
    case 'group_list':
      return ckan.groupList();
    case 'resource_show':
      return ckan.resourceShow({ id: 'resource' });
    case 'datastore_search':
      return ckan.datastoreSearch({ resource_id: 'resource' });
    case 'package_create':
      return ckan.packageCreate({ name: 'dataset', title: 'Dataset' });
    default:
      throw new TypeError(`no client call for the CKAN operation folder ${operation}`);
  }
}

function checkCkanResult(operation: string, json: Json, value: unknown): void {
  const result = json.result;
  if (Array.isArray(result)) {
    expect(value).toHaveLength(result.length);
    (value as unknown[]).forEach((item, index) => {
      const expected = result[index] as unknown;
      if (typeof expected === 'string') expect(item).toBe(expected);
      else expect(asObject(item).name).toBe(asObject(expected).name);
    });
    return;
  }
  const expected = asObject(result);
  const actual = asObject(value);
  // Every field passes through, what we do not interpret included.
  for (const key of Object.keys(expected)) expect(actual, `result.${key}`).toHaveProperty(key);
  if (operation === 'package_search') {
    expect(actual.count).toBe(Number(expected.count));
    const ids = (expected.results as Json[]).map((item) => item.id);
    expect((actual.results as Json[]).map((item) => item.id)).toEqual(ids);
  } else if (typeof expected.id === 'string') {
    expect(actual.id).toBe(expected.id);
  }
}

const domain = bpsDomainIdSchema.parse('7200');
async function callBps(operation: string, name: string): Promise<unknown> {
  const bps = createBpsClient({ key: 'corpus-key', baseUrl, ...quick });
  const model = name.split('-')[0] as string;
  switch (operation) {
    case 'domain':
      return bps.listDomains({ type: 'kabbyprov', prov: domain });
    case 'list':
      return bps.list((model === 'any' ? 'var' : model) as BpsListModel, { domain });
    case 'view':
      return bps.view((model === 'any' ? 'publication' : model) as BpsListModel, { id: 1, domain });
    case 'data':
      return bps.dynamicTable({ domain, var: 31 });
    default:
      throw new TypeError(`no client call for the BPS operation folder ${operation}`);
  }
}

function checkBpsResult(operation: string, json: Json, value: unknown): void {
  const available = json['data-availability'] === 'available';
  const data = json.data;
  switch (operation) {
    case 'domain':
      expect(value).toHaveLength(available && Array.isArray(data) ? (data[1] as unknown[]).length : 0);
      return;
    case 'list': {
      const page = asObject(value);
      expect(page.available).toBe(available);
      if (!available) {
        expect(page.items).toEqual([]);
        return;
      }
      const [paging, items] = data as [Json, Json[]];
      expect(page.items).toHaveLength(items.length);
      expect(asObject(page.pagination).total).toBe(Number(paging.total));
      expect(page.attribution).toBeDefined();
      return;
    }
    case 'view':
      if (!available) expect(value).toBeUndefined();
      else for (const key of Object.keys(asObject(data))) expect(value).toHaveProperty(key);
      return;
    case 'data': {
      if (!available) {
        expect(value).toBeUndefined();
        return;
      }
      const content = json.datacontent;
      const cells = Array.isArray(content) ? content.length : Object.keys(asObject(content)).length;
      expect(asObject(value).rows).toHaveLength(cells);
      return;
    }
    default:
      throw new TypeError(`no check for the BPS operation folder ${operation}`);
  }
}

describe('the corpus of real answers', () => {
  it('has a source, a capture date and a known service for every body, and a body for every source', () => {
    expect(Object.keys(sources).sort()).toEqual(files);
    for (const [file, entry] of Object.entries(sources)) {
      expect(file.startsWith(`${entry.service}/`), file).toBe(true);
      expect(entry.captured, file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(entry.instance.length, file).toBeGreaterThan(0);
      if ('commit' in entry.source) expect(entry.source.commit, file).toMatch(/^[0-9a-f]{40}$/);
      else expect(entry.source.url, file).toMatch(/^https:\/\//);
    }
  });

  it('holds at least 40 bodies, from both services, with error answers of each', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
    const errors = files.filter((file) => {
      const entry = sources[file] as Source;
      return expectedError(entry, parseOrUndefined(readFileSync(path.join(corpusDirectory, file), 'utf8')));
    });
    expect(errors.some((file) => file.startsWith('ckan/'))).toBe(true);
    expect(files.some((file) => file.endsWith('.html'))).toBe(true);
  });

  for (const file of files) {
    const entry = sources[file];
    it(`${file} is read into a result or the right typed error`, async () => {
      expect(entry, `${file} needs its source in sources.json`).toBeDefined();
      if (entry === undefined) return;
      const body = readFileSync(path.join(corpusDirectory, file));
      const [service, operation = '', name = ''] = file.split('/');
      current = {
        body,
        status: entry.httpStatus ?? 200,
        contentType: entry.contentType ?? (file.endsWith('.html') ? 'text/html' : 'application/json'),
      };
      const json = parseOrUndefined(body.toString('utf8'));
      const error = expectedError(entry, json);
      const call = service === 'ckan' ? callCkan(operation) : callBps(operation, name);
      if (error !== undefined) {
        const thrown: unknown = await call.then(
          () => undefined,
          (reason: unknown) => reason,
        );
        expect(thrown).toBeInstanceOf(error.type);
        if (error.code !== undefined) expect((thrown as ProviderError).providerCode).toBe(error.code);
        expect((thrown as InteropError).message.length).toBeGreaterThan(0);
        return;
      }
      const value = await call;
      if (service === 'ckan') checkCkanResult(operation, asObject(json), value);
      else checkBpsResult(operation, asObject(json), value);
    });
  }
});
