import createClient from 'openapi-fetch';
import { ValidationError } from '@spbe-kit/models';
import { z } from 'zod';
import type { CallDescription } from '../errors/interop-error.js';
import { ProviderError } from '../errors/provider-error.js';
import type { paths } from '../generated/ckan.js';
import type { CallOptions } from '../http/call-identity.js';
import type { InteropClientOptions } from '../http/client-options.js';
import { callThroughTransport } from '../http/openapi-call.js';
import { plainRequestConstructor } from '../http/openapi-fetch-adapter.js';
import { parseJsonText, validateWith } from '../http/parse-json.js';
import { createTransport, retryAfterOf, type BufferedResponse, type ParseOutcome } from '../http/transport.js';
import {
  ckanDatastoreSearchResultSchema,
  ckanEnvelope,
  ckanGroupSchema,
  ckanOrganizationSchema,
  ckanPackageSchema,
  ckanPackageSearchResultSchema,
  ckanResourceSchema,
  ckanStatusSchema,
  type CkanDatastoreSearchResult,
  type CkanGroup,
  type CkanOrganization,
  type CkanPackage,
  type CkanPackageSearchResult,
  type CkanResource,
  type CkanStatus,
} from './ckan-schemas.js';

/**
 * Options of {@link createCkanClient}.
 *
 * @example
 * ```ts
 * const options: CkanClientOptions = { baseUrl: 'https://data.kaltimprov.go.id', locale: 'id', retry: { maxAttempts: 4 } };
 * ```
 */
export interface CkanClientOptions extends InteropClientOptions {
  /** The portal's root, e.g. `https://data.kaltimprov.go.id` (without `/api/3`). */
  readonly baseUrl: string;
  /** A CKAN API token, for private datasets (sent in `Authorization`). */
  readonly apiToken?: string;
  /** A locale prefix some portals put before `/api` (`'id'` → `/id/api/3/action/...`). */
  readonly locale?: string;
}

/**
 * Parameters of `package_search`.
 *
 * @example
 * ```ts
 * await ckan.packageSearch({ q: 'penduduk', fq: 'organization:dkp3a', rows: 20, sort: 'metadata_modified desc' });
 * ```
 */
export interface PackageSearchParams {
  /** Solr query, e.g. `'penduduk'`. */
  readonly q?: string;
  /** Filter query, e.g. `'organization:dinas-kesehatan'`. */
  readonly fq?: string;
  /** Page size (CKAN default 10, maximum usually 1000). */
  readonly rows?: number;
  /** Offset of the first result. */
  readonly start?: number;
  /** e.g. `'metadata_modified desc'`. */
  readonly sort?: string;
  /** Fields to facet on, e.g. `['organization', 'tags']`. */
  readonly facetFields?: readonly string[];
  /** Include private datasets the token may see. */
  readonly include_private?: boolean;
}

/**
 * Parameters of `datastore_search`.
 *
 * @example
 * ```ts
 * await ckan.datastoreSearch({ resource_id: '3f6c1c52-6a57-4c1e-9a0b-4a1d2c9e8b01', filters: { tahun: 2023 }, limit: 50 });
 * ```
 */
export interface DatastoreSearchParams {
  /** The DataStore resource id. */
  readonly resource_id: string;
  /** Full-text query. */
  readonly q?: string;
  /** Exact-match filters, e.g. `{ tahun: 2023 }`. */
  readonly filters?: Readonly<Record<string, unknown>>;
  /** Page size (CKAN default 100). */
  readonly limit?: number;
  /** Offset of the first row. */
  readonly offset?: number;
  /** Columns to return. */
  readonly fields?: readonly string[];
  /** e.g. `'tahun desc'`. */
  readonly sort?: string;
}

/**
 * Paging for `package_list`, `organization_list`, `group_list`.
 *
 * @example
 * ```ts
 * await ckan.organizationList({ limit: 10, offset: 10 });
 * ```
 */
export interface ListParams {
  readonly limit?: number;
  readonly offset?: number;
  readonly sort?: string;
}

/**
 * A typed client for one CKAN portal's Action API. Every method throws only {@link InteropError}s.
 *
 * @example
 * ```ts
 * const ckan: CkanClient = createCkanClient({ baseUrl: 'https://data.kaltimprov.go.id' });
 * const dataset = await ckan.packageShow({ id: 'jumlah-penduduk-kalimantan-timur' });
 * ```
 */
export interface CkanClient {
  /** `status_show`: CKAN version and site details. */
  statusShow(options?: CallOptions): Promise<CkanStatus>;
  /** `package_search`: one page of matching datasets and the total count. */
  packageSearch(params?: PackageSearchParams, options?: CallOptions): Promise<CkanPackageSearchResult>;
  /** `package_show`: one dataset by id or name. */
  packageShow(params: { readonly id: string }, options?: CallOptions): Promise<CkanPackage>;
  /** `package_list`: names of all public datasets. */
  packageList(params?: Omit<ListParams, 'sort'>, options?: CallOptions): Promise<string[]>;
  /** `organization_list`: organisation names. */
  organizationList(params?: ListParams & { readonly all_fields?: false }, options?: CallOptions): Promise<string[]>;
  /** `organization_list` with `all_fields`: full organisations. */
  organizationList(params: ListParams & { readonly all_fields: true }, options?: CallOptions): Promise<CkanOrganization[]>;
  /** `organization_show`: one organisation (OPD). */
  organizationShow(params: { readonly id: string; readonly include_datasets?: boolean }, options?: CallOptions): Promise<CkanOrganization>;
  /** `group_list`: group names. */
  groupList(params?: ListParams & { readonly all_fields?: false }, options?: CallOptions): Promise<string[]>;
  /** `group_list` with `all_fields`: full groups. */
  groupList(params: ListParams & { readonly all_fields: true }, options?: CallOptions): Promise<CkanGroup[]>;
  /** `resource_show`: one resource. */
  resourceShow(params: { readonly id: string }, options?: CallOptions): Promise<CkanResource>;
  /** `datastore_search`: one page of rows of a DataStore table. */
  datastoreSearch(params: DatastoreSearchParams, options?: CallOptions): Promise<CkanDatastoreSearchResult>;
  /** Every dataset matching a search, page after page (`rows` is the page size, default 100). */
  searchDatasets(params?: Omit<PackageSearchParams, 'start'>, options?: CallOptions): AsyncIterableIterator<CkanPackage>;
  /** Every row of a DataStore table matching the filters, page after page (`limit` is the page size, default 1000). */
  datastoreRecords(params: Omit<DatastoreSearchParams, 'offset'>, options?: CallOptions): AsyncIterableIterator<Record<string, unknown>>;
}

/** Reads CKAN's `success: false` envelope, which some portals send with HTTP 200. */
function ckanFailure(response: BufferedResponse, call: CallDescription, json: unknown): ProviderError {
  let providerCode: string | undefined;
  let providerMessage: string | undefined;
  if (typeof json === 'object' && json !== null && 'error' in json) {
    const error = json.error;
    if (typeof error === 'object' && error !== null) {
      const fields = error as Record<string, unknown>;
      if (typeof fields.__type === 'string') providerCode = fields.__type;
      if (typeof fields.message === 'string') providerMessage = fields.message;
    }
  }
  return new ProviderError({ status: response.status, body: response.text, providerCode, providerMessage, retryAfterMs: retryAfterOf(response), call });
}

function classifyCkanFailure(response: BufferedResponse, call: CallDescription): ProviderError {
  const json = parseJsonText(response.text);
  return ckanFailure(response, call, json.ok ? json.value : undefined);
}

function ckanParser<S extends z.ZodType>(result: S): (response: BufferedResponse, call: CallDescription) => ParseOutcome<z.output<S>> {
  const envelope = ckanEnvelope(result);
  return (response, call) => {
    const json = parseJsonText(response.text);
    if (!json.ok) return json;
    const value = json.value;
    if (typeof value === 'object' && value !== null && (value as { success?: unknown }).success === false) {
      throw ckanFailure(response, call, value);
    }
    const checked = validateWith(envelope, value);
    return checked.ok ? { ok: true, value: checked.value.result as z.output<S> } : checked;
  };
}

function checkUrl(value: string, field: string): string {
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return value.replace(/\/+$/, '');
  } catch {
    // reported below
  }
  throw new ValidationError([
    { code: 'interop.config.url', path: [field], message: { id: 'Harus berupa URL http(s) yang lengkap', en: 'Must be a complete http(s) URL' } },
  ]);
}

const namesSchema = z.array(z.string());

/**
 * Creates a client for a CKAN 2.10-style Satu Data portal. Methods are named after the
 * Action API's actions and return the parsed `result`; unknown fields pass through.
 * Failures are typed: {@link ProviderError} (with CKAN's `__type` in `providerCode`),
 * {@link NetworkError}, {@link TimeoutError}, {@link ResponseValidationError}.
 *
 * @example
 * ```ts
 * import { createCkanClient } from '@spbe-kit/interop';
 * const ckan = createCkanClient({ baseUrl: 'https://data.kaltimprov.go.id', identity: { regionCode: '64', application: 'satu-data-sync' } });
 * const { count } = await ckan.packageSearch({ q: 'penduduk', rows: 5 });
 * for await (const dataset of ckan.searchDatasets({ fq: 'organization:dinas-kesehatan' })) console.log(dataset.title);
 * ```
 */
export function createCkanClient(options: CkanClientOptions): CkanClient {
  const root = checkUrl(options.baseUrl, 'baseUrl');
  const baseUrl = options.locale ? `${root}/${encodeURIComponent(options.locale)}` : root;
  const headers = options.apiToken ? { ...options.headers, Authorization: options.apiToken } : options.headers;
  const transport = createTransport({ ...options, headers }, { classifyFailure: classifyCkanFailure });
  const client = createClient<paths>({ baseUrl, Request: plainRequestConstructor });

  const statusParser = ckanParser(ckanStatusSchema);
  const searchParser = ckanParser(ckanPackageSearchResultSchema);
  const packageParser = ckanParser(ckanPackageSchema);
  const namesParser = ckanParser(namesSchema);
  const organizationsParser = ckanParser(z.union([namesSchema, z.array(ckanOrganizationSchema)]));
  const organizationParser = ckanParser(ckanOrganizationSchema);
  const groupsParser = ckanParser(z.union([namesSchema, z.array(ckanGroupSchema)]));
  const resourceParser = ckanParser(ckanResourceSchema);
  const datastoreParser = ckanParser(ckanDatastoreSearchResultSchema);

  const ckan: CkanClient = {
    statusShow(callOptions) {
      return callThroughTransport(transport, { operation: 'ckan.status_show', options: callOptions, parse: statusParser }, (init) =>
        client.GET('/api/3/action/status_show', init),
      );
    },
    packageSearch(params = {}, callOptions) {
      const query = {
        q: params.q,
        fq: params.fq,
        rows: params.rows,
        start: params.start,
        sort: params.sort,
        'facet.field': params.facetFields ? JSON.stringify(params.facetFields) : undefined,
        include_private: params.include_private,
      };
      return callThroughTransport(transport, { operation: 'ckan.package_search', options: callOptions, parse: searchParser }, (init) =>
        client.GET('/api/3/action/package_search', { params: { query }, ...init }),
      );
    },
    packageShow(params, callOptions) {
      return callThroughTransport(transport, { operation: 'ckan.package_show', options: callOptions, parse: packageParser }, (init) =>
        client.GET('/api/3/action/package_show', { params: { query: { id: params.id } }, ...init }),
      );
    },
    packageList(params = {}, callOptions) {
      return callThroughTransport(transport, { operation: 'ckan.package_list', options: callOptions, parse: namesParser }, (init) =>
        client.GET('/api/3/action/package_list', { params: { query: { limit: params.limit, offset: params.offset } }, ...init }),
      );
    },
    organizationList(params: ListParams & { readonly all_fields?: boolean } = {}, callOptions?: CallOptions) {
      return callThroughTransport(transport, { operation: 'ckan.organization_list', options: callOptions, parse: organizationsParser }, (init) =>
        client.GET('/api/3/action/organization_list', { params: { query: { ...params } }, ...init }),
      ) as Promise<never>;
    },
    organizationShow(params, callOptions) {
      return callThroughTransport(transport, { operation: 'ckan.organization_show', options: callOptions, parse: organizationParser }, (init) =>
        client.GET('/api/3/action/organization_show', { params: { query: { id: params.id, include_datasets: params.include_datasets } }, ...init }),
      );
    },
    groupList(params: ListParams & { readonly all_fields?: boolean } = {}, callOptions?: CallOptions) {
      return callThroughTransport(transport, { operation: 'ckan.group_list', options: callOptions, parse: groupsParser }, (init) =>
        client.GET('/api/3/action/group_list', { params: { query: { ...params } }, ...init }),
      ) as Promise<never>;
    },
    resourceShow(params, callOptions) {
      return callThroughTransport(transport, { operation: 'ckan.resource_show', options: callOptions, parse: resourceParser }, (init) =>
        client.GET('/api/3/action/resource_show', { params: { query: { id: params.id } }, ...init }),
      );
    },
    datastoreSearch(params, callOptions) {
      const query = {
        resource_id: params.resource_id,
        q: params.q,
        filters: params.filters ? JSON.stringify(params.filters) : undefined,
        limit: params.limit,
        offset: params.offset,
        fields: params.fields ? params.fields.join(',') : undefined,
        sort: params.sort,
      };
      return callThroughTransport(transport, { operation: 'ckan.datastore_search', options: callOptions, parse: datastoreParser }, (init) =>
        client.GET('/api/3/action/datastore_search', { params: { query }, ...init }),
      );
    },
    async *searchDatasets(params = {}, callOptions) {
      const rows = params.rows ?? 100;
      let start = 0;
      for (;;) {
        const page = await ckan.packageSearch({ ...params, rows, start }, callOptions);
        yield* page.results;
        start += page.results.length;
        if (page.results.length === 0 || start >= page.count) return;
      }
    },
    async *datastoreRecords(params, callOptions) {
      const limit = params.limit ?? 1000;
      let offset = 0;
      for (;;) {
        const page = await ckan.datastoreSearch({ ...params, limit, offset }, callOptions);
        yield* page.records;
        offset += page.records.length;
        if (page.records.length < limit || (page.total !== undefined && offset >= page.total)) return;
      }
    },
  };
  return ckan;
}
