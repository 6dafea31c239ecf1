import { safeParseWith, ValidationError, type IssuePath, type SpbeIssue } from '@spbe-kit/models';
import { z } from 'zod';
import type { InteropIssueCode } from '../errors/error-codes.js';
import type { CallDescription } from '../errors/interop-error.js';
import { MissingCredentialsError } from '../errors/missing-credentials-error.js';
import { ProviderError } from '../errors/provider-error.js';
import { RequestValidationError } from '../errors/request-validation-error.js';
import type { paths } from '../generated/ckan.js';
import type { CallOptions } from '../http/call-identity.js';
import type { InteropClientOptions } from '../http/client-options.js';
import { parseJsonText, validateWith } from '../http/parse-json.js';
import { createTransport, retryAfterOf, type BufferedResponse, type ParseOutcome } from '../http/transport.js';
import { withQuery, type QueryOf } from '../http/typed-url.js';
import { sendResourceCreate, type ResourceCreateParams } from './ckan-resource-create.js';
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
 * import type { CkanClientOptions } from '@spbe-kit/interop';
 * const options: CkanClientOptions = { baseUrl: 'https://data.kaltimprov.go.id', locale: 'id', retry: { maxAttempts: 4 } };
 * ```
 */
export interface CkanClientOptions extends InteropClientOptions {
  /** The portal's root, e.g. `https://data.kaltimprov.go.id` (without `/api/3`). */
  readonly baseUrl: string;
  /** A CKAN API token (sent in `Authorization`): needed for private datasets and for `packageCreate`. */
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
 * Parameters of `package_create`: the dataset to create. Fields a portal adds (ckanext-scheming)
 * may be given too and are sent as they are; they must be JSON values.
 *
 * @example
 * ```ts
 * await ckan.packageCreate({
 *   name: 'jumlah-penduduk-kota-balikpapan',
 *   title: 'Jumlah Penduduk Kota Balikpapan',
 *   owner_org: 'diskominfo',
 *   tags: [{ name: 'kependudukan' }],
 *   extras: [{ key: 'frekuensi', value: 'tahunan' }],
 * });
 * ```
 */
export interface PackageCreateParams {
  /** URL name, unique on the portal: 2–100 characters of lowercase `a-z`, `0-9`, `-` and `_` (CKAN checks it). */
  readonly name: string;
  /** Title shown on the portal. */
  readonly title: string;
  /** Description (Markdown). */
  readonly notes?: string;
  /** Id or name of the owning organisation (OPD); most portals require one. */
  readonly owner_org?: string;
  /** A licence id the portal knows, e.g. `'cc-by'`. */
  readonly license_id?: string;
  /** The producing agency or person. */
  readonly author?: string;
  readonly author_email?: string;
  /** Who maintains the dataset (e.g. the walidata). */
  readonly maintainer?: string;
  readonly maintainer_email?: string;
  /** Keywords. */
  readonly tags?: readonly { readonly name: string }[];
  /** Free key/value metadata (values are strings). */
  readonly extras?: readonly { readonly key: string; readonly value: string }[];
  /** Groups (topics) by name. */
  readonly groups?: readonly { readonly name: string }[];
  /** Create the dataset as private (visible to the organisation only). */
  readonly private?: boolean;
  /** Portal-specific fields (ckanext-scheming), sent as they are. */
  readonly [field: string]: unknown;
}

/**
 * Parameters of `package_update`: the whole dataset as it should be, named by `id` (its id or
 * name). Fields not given are removed on the portal, except the resources.
 *
 * @example
 * ```ts
 * await ckan.packageUpdate({
 *   id: 'jumlah-penduduk-kota-balikpapan',
 *   name: 'jumlah-penduduk-kota-balikpapan',
 *   title: 'Jumlah Penduduk Kota Balikpapan 2025',
 * });
 * ```
 */
export interface PackageUpdateParams extends PackageCreateParams {
  /** The dataset's id or current name. */
  readonly id: string;
}

/**
 * Per-call options of a write: {@link CallOptions} plus whether the call may be repeated.
 *
 * @example
 * ```ts
 * // Safe to retry: the portal rejects a second dataset with the same name (409), so a retried
 * // create cannot make a duplicate.
 * await ckan.packageCreate({ name: 'jumlah-penduduk', title: 'Jumlah Penduduk' }, { idempotent: true });
 * ```
 */
export interface WriteCallOptions extends CallOptions {
  /**
   * Let the client retry this call on 5xx, 429 and dropped connections (default `false`: a write
   * is sent once, because a retried write may be applied twice).
   */
  readonly idempotent?: boolean;
}

/**
 * A typed client for one CKAN portal's Action API. Every method throws only {@link InteropError}s.
 *
 * @example
 * ```ts
 * import { type CkanClient, createCkanClient } from '@spbe-kit/interop';
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
  /**
   * `package_create`: creates a dataset and returns it as `package_show` would. Needs the
   * client's `apiToken` ({@link MissingCredentialsError} before any request when missing).
   * Sent once, never retried, unless `options.idempotent` is `true`. CKAN's answers become
   * {@link ProviderError}s: 403 `Authorization Error` (token unknown or not allowed), 409
   * `Validation Error` with one issue per field message in `issues` (e.g.
   * `name: That URL is already in use.`) and the body kept. Parameters that are not of the
   * documented types throw {@link RequestValidationError} before any request.
   *
   * @example
   * ```ts
   * import { createCkanClient } from '@spbe-kit/interop';
   * const ckan = createCkanClient({ baseUrl: 'https://data.kaltimprov.go.id', apiToken: process.env.CKAN_API_TOKEN });
   * const created = await ckan.packageCreate({ name: 'jumlah-penduduk-kota-balikpapan', title: 'Jumlah Penduduk Kota Balikpapan', owner_org: 'diskominfo' });
   * console.log(created.id, created.name);
   * ```
   */
  packageCreate(params: PackageCreateParams, options?: WriteCallOptions): Promise<CkanPackage>;
  /**
   * `package_update`: replaces a dataset (found by `params.id`, its id or name) and returns it
   * as `package_show` would; a deleted dataset becomes active again. Needs the client's
   * `apiToken`; sent once unless `options.idempotent` is `true` (a replace is safe to repeat).
   * Failures as for `packageCreate`, plus 404 `Not Found Error` for an unknown id.
   *
   * @example
   * ```ts
   * import { createCkanClient } from '@spbe-kit/interop';
   * const ckan = createCkanClient({ baseUrl: 'https://data.kaltimprov.go.id', apiToken: process.env.CKAN_API_TOKEN });
   * await ckan.packageUpdate({ id: 'jumlah-penduduk-kota-balikpapan', name: 'jumlah-penduduk-kota-balikpapan', title: 'Jumlah Penduduk 2025' });
   * ```
   */
  packageUpdate(params: PackageUpdateParams, options?: WriteCallOptions): Promise<CkanPackage>;
  /**
   * `package_delete`: withdraws a dataset (state `deleted`: gone from searches and the public
   * pages; `packageUpdate` can restore it). Needs the client's `apiToken`.
   *
   * @example
   * ```ts
   * import { createCkanClient } from '@spbe-kit/interop';
   * const ckan = createCkanClient({ baseUrl: 'https://data.kaltimprov.go.id', apiToken: process.env.CKAN_API_TOKEN });
   * await ckan.packageDelete({ id: 'jumlah-penduduk-kota-balikpapan' });
   * ```
   */
  packageDelete(params: { readonly id: string }, options?: WriteCallOptions): Promise<void>;
  /** `package_list`: names of all public datasets. */
  packageList(params?: Omit<ListParams, 'sort'>, options?: CallOptions): Promise<string[]>;
  /** `organization_list`: organisation names. */
  organizationList(params?: ListParams & { readonly all_fields?: false }, options?: CallOptions): Promise<string[]>;
  /** `organization_list` with `all_fields`: full organisations. */
  organizationList(
    params: ListParams & { readonly all_fields: true },
    options?: CallOptions,
  ): Promise<CkanOrganization[]>;
  /** `organization_show`: one organisation (OPD). */
  organizationShow(
    params: { readonly id: string; readonly include_datasets?: boolean },
    options?: CallOptions,
  ): Promise<CkanOrganization>;
  /** `group_list`: group names. */
  groupList(params?: ListParams & { readonly all_fields?: false }, options?: CallOptions): Promise<string[]>;
  /** `group_list` with `all_fields`: full groups. */
  groupList(params: ListParams & { readonly all_fields: true }, options?: CallOptions): Promise<CkanGroup[]>;
  /**
   * `resource_create`: adds a file (uploaded as multipart `upload`) or a link (`url`) to a dataset and returns
   * the new resource (its `url` is where the portal serves the file). Needs the client's `apiToken`; sent once
   * unless `options.idempotent` is `true` (a repeated upload adds a second resource). Parameters that are not of
   * the documented types, or neither/both of `url` and `upload`, throw {@link RequestValidationError}.
   *
   * @example
   * ```ts
   * import { createCkanClient } from '@spbe-kit/interop';
   * const ckan = createCkanClient({ baseUrl: 'https://data.kaltimprov.go.id', apiToken: process.env.CKAN_API_TOKEN });
   * const csv = new TextEncoder().encode('kecamatan;jumlah\nBalikpapan Kota;128000\n');
   * const resource = await ckan.resourceCreate({ package_id: 'jumlah-penduduk-kota-balikpapan', name: 'Data 2025', format: 'CSV', upload: { data: csv, fileName: 'penduduk-2025.csv', contentType: 'text/csv' } });
   * console.log(resource.url);
   * ```
   */
  resourceCreate(params: ResourceCreateParams, options?: WriteCallOptions): Promise<CkanResource>;
  /** `resource_show`: one resource. */
  resourceShow(params: { readonly id: string }, options?: CallOptions): Promise<CkanResource>;
  /** `datastore_search`: one page of rows of a DataStore table. */
  datastoreSearch(params: DatastoreSearchParams, options?: CallOptions): Promise<CkanDatastoreSearchResult>;
  /** Every dataset matching a search, page after page (`rows` is the page size, default 100). */
  searchDatasets(
    params?: Omit<PackageSearchParams, 'start'>,
    options?: CallOptions,
  ): AsyncIterableIterator<CkanPackage>;
  /** Every row of a DataStore table matching the filters, page after page (`limit` is the page size, default 1000). */
  datastoreRecords(
    params: Omit<DatastoreSearchParams, 'offset'>,
    options?: CallOptions,
  ): AsyncIterableIterator<Record<string, unknown>>;
}

const maxFieldIssues = 100;
const maxBareMessage = 500;

/**
 * The per-field messages of CKAN's `Validation Error` (`{ "name": ["That URL is already in use."] }`,
 * nested for tags, extras and resources: `{ "tags": [{ "name": ["..."] }] }`) as issues.
 */
function validationIssues(value: unknown, path: IssuePath, issues: SpbeIssue[], depth = 0): void {
  if (issues.length >= maxFieldIssues || depth > 8) return;
  if (typeof value === 'string') {
    issues.push({
      code: 'interop.provider.validation' satisfies InteropIssueCode,
      path,
      message: { id: value, en: value },
    });
  } else if (Array.isArray(value)) {
    const items: unknown[] = value;
    const allText = items.every((item) => typeof item === 'string');
    items.forEach((item, index) => validationIssues(item, allText ? path : [...path, index], issues, depth + 1));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, nested] of Object.entries(value)) validationIssues(nested, [...path, key], issues, depth + 1);
  }
}

/** Reads CKAN's `success: false` envelope, which some portals send with HTTP 200. */
function ckanFailure(response: BufferedResponse, call: CallDescription, json: unknown): ProviderError {
  let providerCode: string | undefined;
  let providerMessage: string | undefined;
  let issues: SpbeIssue[] | undefined;
  // A request CKAN rejects before any action runs (an unknown action, GET on a write action) is
  // answered with a bare JSON string, localised: "Bad request - Action name not known: datastore_search".
  if (typeof json === 'string' && json.trim() !== '') providerMessage = json.trim().slice(0, maxBareMessage);
  if (typeof json === 'object' && json !== null && 'error' in json) {
    const error = json.error;
    if (typeof error === 'object' && error !== null) {
      const fields = error as Record<string, unknown>;
      if (typeof fields.__type === 'string') providerCode = fields.__type;
      if (typeof fields.message === 'string') providerMessage = fields.message;
      if (providerCode === 'Validation Error') {
        issues = [];
        for (const [field, messages] of Object.entries(fields)) {
          if (field !== '__type' && field !== 'message') validationIssues(messages, [field], issues);
        }
        // CKAN sends no `message` with a validation error: summarise the fields instead.
        if (providerMessage === undefined && issues.length > 0) {
          providerMessage = issues
            .slice(0, 5)
            .map((issue) => `${issue.path.join('.')}: ${issue.message.en}`)
            .join('; ');
        }
      }
    }
  }
  return new ProviderError({
    status: response.status,
    body: response.text,
    providerCode,
    providerMessage,
    retryAfterMs: retryAfterOf(response),
    call,
    issues,
  });
}

function classifyCkanFailure(response: BufferedResponse, call: CallDescription): ProviderError {
  const json = parseJsonText(response.text);
  return ckanFailure(response, call, json.ok ? json.value : undefined);
}

function ckanParser<S extends z.ZodType>(
  result: S,
): (response: BufferedResponse, call: CallDescription) => ParseOutcome<z.output<S>> {
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
  let cause: unknown;
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return value.replace(/\/+$/, '');
  } catch (error) {
    cause = error; // reported below
  }
  throw new ValidationError(
    [
      {
        code: 'interop.config.url' satisfies InteropIssueCode,
        path: [field],
        message: { id: 'Harus berupa URL http(s) yang lengkap', en: 'Must be a complete http(s) URL' },
      },
    ],
    { cause },
  );
}

const namesSchema = z.array(z.string());

const optionalText = z.string().optional();
/** The shape of {@link PackageCreateParams}; CKAN itself checks the values (name pattern, licence, organisation). */
const packageCreateParamsSchema = z
  .object({
    name: z.string(),
    title: z.string(),
    notes: optionalText,
    owner_org: optionalText,
    license_id: optionalText,
    author: optionalText,
    author_email: optionalText,
    maintainer: optionalText,
    maintainer_email: optionalText,
    tags: z.array(z.object({ name: z.string() }).catchall(z.json())).optional(),
    extras: z.array(z.object({ key: z.string(), value: z.string() })).optional(),
    groups: z.array(z.object({ name: z.string() }).catchall(z.json())).optional(),
    private: z.boolean().optional(),
  })
  .catchall(z.json());
const packageUpdateParamsSchema = packageCreateParamsSchema.extend({ id: z.string().min(1) });
const packageDeleteParamsSchema = z.object({ id: z.string().min(1) });

// The parsers of every action's result; built once, shared by every client.
const statusParser = ckanParser(ckanStatusSchema);
const searchParser = ckanParser(ckanPackageSearchResultSchema);
const packageParser = ckanParser(ckanPackageSchema);
const namesParser = ckanParser(namesSchema);
const organizationsParser = ckanParser(z.union([namesSchema, z.array(ckanOrganizationSchema)]));
const organizationParser = ckanParser(ckanOrganizationSchema);
const groupsParser = ckanParser(z.union([namesSchema, z.array(ckanGroupSchema)]));
const resourceParser = ckanParser(ckanResourceSchema);
const datastoreParser = ckanParser(ckanDatastoreSearchResultSchema);
const deletedParser = ckanParser(z.null().optional());

/** The JSON text of a request body, or a `RequestValidationError` when it cannot be serialised. */
function jsonBody(body: unknown, operation: string): string {
  try {
    return JSON.stringify(body);
  } catch (cause) {
    throw new RequestValidationError({
      operation,
      issues: [
        {
          code: 'interop.request.unserialisable' satisfies InteropIssueCode,
          path: [],
          message: { id: 'Parameter tidak dapat dikirim sebagai JSON', en: 'The parameters cannot be sent as JSON' },
        },
      ],
      cause,
    });
  }
}

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
  const actionUrl = <P extends keyof paths>(path: P): string => `${baseUrl}${path}`;
  /** One GET of an action, its query typed by the OpenAPI document. */
  const get = <P extends keyof paths, T>(
    path: P,
    query: QueryOf<paths, P> | undefined,
    operation: string,
    parse: (response: BufferedResponse, call: CallDescription) => ParseOutcome<T>,
    callOptions: CallOptions | undefined,
  ): Promise<T> =>
    transport.execute({
      method: 'GET',
      url: withQuery(actionUrl(path), query as Record<string, string | number | boolean | undefined> | undefined),
      operation,
      options: callOptions,
      parse,
    });

  /** POSTs a write action's JSON body (parameters already checked by their schema, so they serialise). */
  const postAction = <T>(
    path: '/api/3/action/package_update' | '/api/3/action/package_delete',
    operation: string,
    body: unknown,
    parse: (response: BufferedResponse, call: CallDescription) => ParseOutcome<T>,
    callOptions: WriteCallOptions | undefined,
  ): Promise<T> => {
    const { idempotent = false, ...rest } = callOptions ?? {};
    return transport.execute({
      method: 'POST',
      url: actionUrl(path),
      headers: new Headers({ 'Content-Type': 'application/json' }),
      body: JSON.stringify(body),
      operation,
      idempotent,
      options: rest,
      parse,
    });
  };

  const ckan: CkanClient = {
    statusShow(callOptions) {
      return get('/api/3/action/status_show', undefined, 'ckan.status_show', statusParser, callOptions);
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
      return get('/api/3/action/package_search', query, 'ckan.package_search', searchParser, callOptions);
    },
    packageShow(params, callOptions) {
      return get('/api/3/action/package_show', { id: params.id }, 'ckan.package_show', packageParser, callOptions);
    },
    async packageCreate(params, callOptions) {
      if (!options.apiToken)
        throw new MissingCredentialsError({ option: 'apiToken', operation: 'ckan.package_create' });
      const checked = safeParseWith(packageCreateParamsSchema, params);
      if (!checked.success)
        throw new RequestValidationError({
          operation: 'ckan.package_create',
          issues: checked.error.issues,
          cause: checked.error,
        });
      const body = checked.data;
      const { idempotent = false, ...rest } = callOptions ?? {};
      const json = jsonBody(body, 'ckan.package_create');
      return transport.execute({
        method: 'POST',
        url: actionUrl('/api/3/action/package_create'),
        headers: new Headers({ 'Content-Type': 'application/json' }),
        body: json,
        operation: 'ckan.package_create',
        idempotent,
        options: rest,
        parse: packageParser,
      });
    },
    async packageUpdate(params, callOptions) {
      if (!options.apiToken)
        throw new MissingCredentialsError({ option: 'apiToken', operation: 'ckan.package_update' });
      const checked = safeParseWith(packageUpdateParamsSchema, params);
      if (!checked.success)
        throw new RequestValidationError({
          operation: 'ckan.package_update',
          issues: checked.error.issues,
          cause: checked.error,
        });
      return postAction(
        '/api/3/action/package_update',
        'ckan.package_update',
        checked.data,
        packageParser,
        callOptions,
      );
    },
    async packageDelete(params, callOptions) {
      if (!options.apiToken)
        throw new MissingCredentialsError({ option: 'apiToken', operation: 'ckan.package_delete' });
      const checked = safeParseWith(packageDeleteParamsSchema, params);
      if (!checked.success)
        throw new RequestValidationError({
          operation: 'ckan.package_delete',
          issues: checked.error.issues,
          cause: checked.error,
        });
      await postAction(
        '/api/3/action/package_delete',
        'ckan.package_delete',
        { id: checked.data.id },
        deletedParser,
        callOptions,
      );
    },
    packageList(params = {}, callOptions) {
      const query = { limit: params.limit, offset: params.offset };
      return get('/api/3/action/package_list', query, 'ckan.package_list', namesParser, callOptions);
    },
    organizationList(params: ListParams & { readonly all_fields?: boolean } = {}, callOptions?: CallOptions) {
      const query = { limit: params.limit, offset: params.offset, sort: params.sort, all_fields: params.all_fields };
      return get(
        '/api/3/action/organization_list',
        query,
        'ckan.organization_list',
        organizationsParser,
        callOptions,
      ) as Promise<never>;
    },
    organizationShow(params, callOptions) {
      const query = { id: params.id, include_datasets: params.include_datasets };
      return get('/api/3/action/organization_show', query, 'ckan.organization_show', organizationParser, callOptions);
    },
    groupList(params: ListParams & { readonly all_fields?: boolean } = {}, callOptions?: CallOptions) {
      const query = { limit: params.limit, offset: params.offset, sort: params.sort, all_fields: params.all_fields };
      return get('/api/3/action/group_list', query, 'ckan.group_list', groupsParser, callOptions) as Promise<never>;
    },
    resourceCreate(params, callOptions) {
      const url = `${baseUrl}/api/3/action/resource_create`;
      return sendResourceCreate(
        { transport, url, apiToken: options.apiToken, parse: resourceParser },
        params,
        callOptions,
      );
    },
    resourceShow(params, callOptions) {
      return get('/api/3/action/resource_show', { id: params.id }, 'ckan.resource_show', resourceParser, callOptions);
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
      return get('/api/3/action/datastore_search', query, 'ckan.datastore_search', datastoreParser, callOptions);
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
