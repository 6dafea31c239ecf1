import { randomUUID } from 'node:crypto';
import { CkanMockStore, resourceCreate, sitePage } from './ckan-mock-store.js';
import { buildKaltimPackages, kaltimDatastore, kaltimGroups, kaltimOrganizations } from './kaltim-ckan-data.js';
import { json, startMockServer, type MockRequest, type MockResponse, type MockServer } from './mock-server.js';

/**
 * Options of {@link startCkanMock}.
 *
 * @example
 * ```ts
 * await startCkanMock({ apiToken: 'my-test-token', locales: ['id'] });
 * ```
 */
export interface CkanMockOptions {
  /** The API token that unlocks private datasets and may create datasets (default `'ckan-token-kaltim'`). */
  readonly apiToken?: string;
  /** Locale prefixes accepted before `/api` (default `['id', 'en']`). */
  readonly locales?: readonly string[];
  /** The loopback port (default: a free one). Give one with `stateFile` so links stay valid across restarts. */
  readonly port?: number;
  /**
   * A JSON file that keeps the datasets and uploaded files across restarts: read at start when it exists,
   * rewritten after every write (`package_create`, `package_update`, `package_delete`, `resource_create`).
   */
  readonly stateFile?: string;
}

/**
 * A running CKAN mock.
 *
 * @example
 * ```ts
 * const mock: CkanMock = await startCkanMock();
 * mock.faults.inject({ kind: 'status', status: 503 });
 * await mock.close();
 * ```
 */
export interface CkanMock extends MockServer {
  /** The portal root to give `createCkanClient` (same as `url`). */
  readonly baseUrl: string;
  /** The API token that unlocks private datasets and may create datasets (`package_create`). */
  readonly apiToken: string;
}

const actionPath = /^(?:\/([a-z]{2}))?\/api\/3\/action\/([a-z_]+)$/;

function envelope(siteUrl: string, action: string, result: unknown): MockResponse {
  return json(200, { help: `${siteUrl}/api/3/action/help_show?name=${action}`, success: true, result });
}

function failure(
  siteUrl: string,
  action: string,
  status: number,
  type: string,
  message: string,
  extra: Record<string, unknown> = {},
): MockResponse {
  return json(status, {
    help: `${siteUrl}/api/3/action/help_show?name=${action}`,
    success: false,
    error: { __type: type, message, ...extra },
  });
}

/** Licences the mock portal knows, as CKAN's default licence list names them. */
const licenceTitles: Readonly<Record<string, string>> = {
  'cc-by': 'Creative Commons Attribution',
  'cc-by-sa': 'Creative Commons Attribution Share-Alike',
  'cc-zero': 'Creative Commons CCZero',
  'odc-by': 'Open Data Commons Attribution License',
  'odc-odbl': 'Open Data Commons Open Database License (ODbL)',
  'other-open': 'Other (Open)',
  notspecified: 'License not specified',
};

const packageNamePattern = /^[a-z0-9_-]*$/;

/** CKAN's timestamp format: ISO 8601 with microseconds and no zone (UTC). */
function ckanTimestamp(date: Date): string {
  return `${date.toISOString().slice(0, 23)}000`;
}

type CreateOutcome =
  | { readonly ok: true; readonly pkg: Record<string, unknown> }
  | { readonly ok: false; readonly fields: Record<string, unknown[]> };

/**
 * Validates a `package_create` body the way CKAN 2.10's default schema does (the subset the
 * mock supports) and builds the package. Unowned datasets are allowed, as on portals with
 * `ckan.auth.create_unowned_dataset = true`.
 */
function createPackage(
  body: Record<string, unknown>,
  existing: readonly Record<string, unknown>[],
  now: Date,
): CreateOutcome {
  const fields: Record<string, unknown[]> = {};
  const add = (field: string, message: unknown): void => {
    (fields[field] ??= []).push(message);
  };
  const text = (field: string): string | undefined => {
    const value = body[field];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') {
      add(field, 'Must be a string');
      return undefined;
    }
    return value;
  };

  const name = body.name;
  if (name === undefined || name === null || name === '') add('name', 'Missing value');
  else if (typeof name !== 'string' || !packageNamePattern.test(name))
    add('name', 'Must be purely lowercase alphanumeric (ascii) characters and these symbols: -_');
  else if (name.length < 2) add('name', 'Must be at least 2 characters long');
  else if (name.length > 100) add('name', 'Name must be a maximum of 100 characters long');
  else if (name === 'new' || name === 'edit') add('name', 'That name cannot be used');
  else if (existing.some((pkg) => pkg.name === name)) add('name', 'That URL is already in use.');

  const title = text('title');
  const notes = text('notes');
  const author = text('author');
  const authorEmail = text('author_email');
  const maintainer = text('maintainer');
  const maintainerEmail = text('maintainer_email');
  const licenceId = text('license_id');
  const ownerOrg = text('owner_org');
  const organization =
    ownerOrg === undefined || ownerOrg === ''
      ? undefined
      : kaltimOrganizations.find((entry) => entry.id === ownerOrg || entry.name === ownerOrg);
  if (ownerOrg !== undefined && ownerOrg !== '' && organization === undefined)
    add('owner_org', 'Organization does not exist');
  if (body.private !== undefined && typeof body.private !== 'boolean') add('private', 'Must be a boolean');
  const isPrivate = body.private === true;
  if (isPrivate && organization === undefined && fields.owner_org === undefined)
    add('private', "Datasets with no organization can't be private.");

  const tags: { id: string; name: string; display_name: string }[] = [];
  if (body.tags !== undefined) {
    if (!Array.isArray(body.tags)) add('tags', 'Must be a list');
    else {
      const tagErrors: Record<string, string[]>[] = [];
      let failed = false;
      for (const entry of body.tags as unknown[]) {
        const tagName = typeof entry === 'object' && entry !== null ? (entry as { name?: unknown }).name : undefined;
        const problems: Record<string, string[]> = {};
        if (typeof tagName !== 'string' || tagName === '') problems.name = ['Missing value'];
        else if (tagName.length < 2) problems.name = [`Tag "${tagName}" length is less than minimum 2`];
        else if (tagName.length > 100) problems.name = [`Tag "${tagName}" length is more than maximum 100`];
        else if (!/^[\p{L}\p{N} ._-]+$/u.test(tagName))
          problems.name = [`Tag "${tagName}" must be alphanumeric characters or symbols: -_.`];
        else tags.push({ id: `tag-${tagName}`, name: tagName, display_name: tagName });
        if (problems.name) failed = true;
        tagErrors.push(problems);
      }
      if (failed) fields.tags = tagErrors;
    }
  }
  const extras: { key: string; value: string }[] = [];
  if (body.extras !== undefined) {
    if (!Array.isArray(body.extras)) add('extras', 'Must be a list');
    else {
      for (const entry of body.extras as unknown[]) {
        const { key, value } = (typeof entry === 'object' && entry !== null ? entry : {}) as {
          key?: unknown;
          value?: unknown;
        };
        if (typeof key !== 'string' || key === '') add('extras', { key: ['Missing value'] });
        else if (typeof value !== 'string') add('extras', { value: ['Must be a string'] });
        else extras.push({ key, value });
      }
    }
  }
  const groups: { id: string; name: string; title: string; display_name: string; description: string }[] = [];
  if (body.groups !== undefined) {
    if (!Array.isArray(body.groups)) add('groups', 'Must be a list');
    else {
      for (const entry of body.groups as unknown[]) {
        const groupName = typeof entry === 'object' && entry !== null ? (entry as { name?: unknown }).name : undefined;
        const group = kaltimGroups.find((candidate) => candidate.name === groupName || candidate.id === groupName);
        if (group === undefined) add('groups', 'That group name or ID does not exist.');
        else
          groups.push({
            id: group.id,
            name: group.name,
            title: group.title,
            display_name: group.title,
            description: group.description,
          });
      }
    }
  }
  if (Object.keys(fields).length > 0) return { ok: false, fields };

  const packageName = name as string;
  const id = randomUUID();
  const timestamp = ckanTimestamp(now);
  // Fields this portal's schema does not know are kept, as ckanext-scheming does.
  const known = new Set([
    'id',
    'name',
    'title',
    'notes',
    'author',
    'author_email',
    'maintainer',
    'maintainer_email',
    'license_id',
    'owner_org',
    'private',
    'tags',
    'extras',
    'groups',
    'resources',
    'state',
    'type',
  ]);
  const additional = Object.fromEntries(Object.entries(body).filter(([key]) => !known.has(key)));
  return {
    ok: true,
    pkg: {
      ...additional,
      id,
      name: packageName,
      title: title === undefined || title === '' ? packageName : title,
      notes: notes ?? null,
      author: author ?? null,
      author_email: authorEmail ?? null,
      maintainer: maintainer ?? null,
      maintainer_email: maintainerEmail ?? null,
      license_id: licenceId ?? null,
      ...(licenceId !== undefined ? { license_title: licenceTitles[licenceId] ?? licenceId } : {}),
      metadata_created: timestamp,
      metadata_modified: timestamp,
      private: isPrivate,
      state: 'active',
      type: 'dataset',
      owner_org: organization?.id ?? null,
      organization: organization
        ? {
            id: organization.id,
            name: organization.name,
            title: organization.title,
            type: 'organization',
            description: organization.description,
            image_url: '',
            is_organization: true,
          }
        : null,
      num_resources: 0,
      num_tags: tags.length,
      resources: [],
      tags,
      groups,
      extras,
    },
  };
}

/** A JSON object body, or undefined when the body is not one. */
function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text === '' ? '{}' : text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The organisation name of a package, if it has one. */
function organizationName(pkg: Record<string, unknown>): string | undefined {
  return (pkg.organization as { name?: string } | null | undefined)?.name;
}

function intParam(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= 0 ? parsed : Number.NaN;
}

/**
 * Starts a mock CKAN 2.10 portal on 127.0.0.1 with the data of a Kalimantan Timur-style
 * Satu Data portal: organisations (OPD), groups, nine datasets (one private) and two
 * DataStore tables (population 2021–2023 and puskesmas 2023 per regency/city). It
 * implements `status_show`, `package_search` (`q`, `fq` on organization/tags/groups,
 * `rows`, `start`, `sort`, `facet.field`), `package_show`, `package_create` (POST with
 * `Authorization: <apiToken>`, else 403 `Authorization Error`; CKAN's name rules and
 * uniqueness, a known `owner_org`, tags, extras and groups checked, with CKAN's 409
 * `Validation Error` per field; the new dataset is then served by every read action of
 * this mock until it closes), `package_update` (replaces a dataset found by `id` or name,
 * checked like `package_create`, its resources kept; a deleted dataset becomes active again),
 * `package_delete` (state `deleted`: gone from every listing, 404 for readers without the token),
 * `package_list`,
 * `resource_create` (POST with the token: a file as multipart `upload`, or a link as JSON `url`; an uploaded file
 * is served at its resource `url`), the dataset pages `/dataset/<name>` (HTML, what a portal links to),
 * `organization_list`, `organization_show`, `group_list`, `resource_show` and
 * `datastore_search` (`filters`, `q`, `limit`, `offset`, `fields`, `sort`), with CKAN's
 * error envelope. Faults can be injected with `mock.faults.inject(...)`. With `stateFile` (and a fixed `port`)
 * the datasets and uploaded files survive a restart.
 *
 * @example
 * ```ts
 * import { createCkanClient } from '@spbe-kit/interop';
 * import { startCkanMock } from '@spbe-kit/interop/testing';
 * const mock = await startCkanMock();
 * const ckan = createCkanClient({ baseUrl: mock.baseUrl });
 * console.log((await ckan.packageSearch({ q: 'penduduk' })).count);
 * await mock.close();
 * ```
 */
export async function startCkanMock(options: CkanMockOptions = {}): Promise<CkanMock> {
  const apiToken = options.apiToken ?? 'ckan-token-kaltim';
  const locales = new Set(options.locales ?? ['id', 'en']);
  let siteUrl = 'http://127.0.0.1';
  let packages: Record<string, unknown>[] = [];
  const store = new CkanMockStore(options.stateFile);

  const handle = async (request: MockRequest): Promise<MockResponse> => {
    const site = request.method === 'GET' ? sitePage(request, packages, store) : undefined;
    if (site) return site;
    const match = actionPath.exec(request.url.pathname);
    if (!match || (match[1] !== undefined && !locales.has(match[1]))) {
      return {
        status: 404,
        body: '<html><body><h1>404 Not Found</h1></body></html>',
        headers: { 'content-type': 'text/html' },
      };
    }
    const action = match[2] ?? '';
    const params: Record<string, string> = Object.fromEntries(request.url.searchParams);
    const multipart = String(request.headers['content-type'] ?? '').startsWith('multipart/form-data');
    if (request.method === 'POST' && request.body !== '' && !multipart) {
      try {
        const parsed: unknown = JSON.parse(request.body);
        if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
          for (const [key, value] of Object.entries(parsed))
            params[key] = typeof value === 'string' ? value : JSON.stringify(value);
        }
      } catch {
        return failure(siteUrl, action, 400, 'Bad request', 'Bad request - JSON Error: Could not read request body');
      }
    }
    const authorized = request.headers.authorization === apiToken;
    // A deleted dataset leaves every listing; only a token holder still sees it (state `deleted`) by id.
    const visible = packages.filter((pkg) => pkg.state !== 'deleted' && (pkg.private !== true || authorized));

    const context: ActionContext = { siteUrl, action, params, request, authorized, packages, visible, store };
    switch (action) {
      case 'status_show':
        return envelope(siteUrl, action, {
          site_title: 'Satu Data Kalimantan Timur (mock)',
          site_url: siteUrl,
          site_description: 'Portal data Pemerintah Provinsi Kalimantan Timur',
          ckan_version: '2.10.4',
          error_emails_to: null,
          locale_default: 'id',
          extensions: ['datastore', 'datapusher', 'scheming_datasets'],
        });
      case 'package_search':
        return searchPackagesAction(context);
      case 'package_show': {
        if (params.id === undefined)
          return failure(siteUrl, action, 409, 'Validation Error', 'Missing value', { id: ['Missing value'] });
        const pkg = packages.find((candidate) => candidate.id === params.id || candidate.name === params.id);
        if (pkg === undefined || (pkg.state === 'deleted' && !authorized))
          return failure(siteUrl, action, 404, 'Not Found Error', 'Not found');
        if (pkg.private === true && !authorized) {
          return failure(
            siteUrl,
            action,
            403,
            'Authorization Error',
            `User not authorized to read package ${String(pkg.id)}`,
          );
        }
        return envelope(siteUrl, action, pkg);
      }
      case 'package_create':
        return createPackageAction(context);
      case 'package_update':
      case 'package_delete':
        return updateOrDeletePackageAction(context);
      case 'resource_create':
        return resourceCreate({ store, siteUrl, packages }, request, authorized);
      case 'package_list': {
        const names = visible
          .filter((pkg) => pkg.private !== true)
          .map((pkg) => String(pkg.name))
          .sort();
        const offset = intParam(params.offset, 0);
        const limit = intParam(params.limit, names.length);
        return envelope(siteUrl, action, names.slice(offset, offset + limit));
      }
      case 'organization_list':
      case 'group_list':
        return listGroupsAction(context);
      case 'organization_show': {
        const organization = kaltimOrganizations.find((entry) => entry.id === params.id || entry.name === params.id);
        if (organization === undefined)
          return failure(siteUrl, action, 404, 'Not Found Error', 'Organization not found');
        const owned = visible.filter((pkg) => organizationName(pkg) === organization.name);
        return envelope(siteUrl, action, {
          id: organization.id,
          name: organization.name,
          title: organization.title,
          display_name: organization.title,
          description: organization.description,
          image_url: '',
          created: '2023-06-01T00:00:00.000000',
          is_organization: true,
          state: 'active',
          type: 'organization',
          package_count: owned.length,
          ...(params.include_datasets === 'true' ? { packages: owned } : {}),
        });
      }
      case 'resource_show': {
        for (const pkg of visible) {
          const resource = (pkg.resources as { id: string }[]).find((candidate) => candidate.id === params.id);
          if (resource !== undefined) return envelope(siteUrl, action, resource);
        }
        return failure(siteUrl, action, 404, 'Not Found Error', 'Resource was not found.');
      }
      case 'datastore_search':
        return datastoreSearchAction(context);
      default:
        return failure(siteUrl, action, 400, 'Bad request', `Bad request - Action name not known: ${action}`);
    }
  };

  const server = await startMockServer(handle, {
    port: options.port,
    errorResponse: (status, fault) =>
      fault.kind === 'status' && fault.body !== undefined
        ? { status, body: fault.body, headers: { 'content-type': fault.contentType ?? 'application/json' } }
        : json(
            status,
            {
              success: false,
              error: {
                __type: status === 429 ? 'Rate Limit Error' : 'Internal Server Error',
                message: status === 429 ? 'Too many requests' : 'Internal server error',
              },
            },
            fault.kind === 'rate-limit' ? { 'retry-after': String(fault.retryAfterSeconds) } : {},
          ),
  });
  siteUrl = server.url;
  packages = store.load() ?? buildKaltimPackages(siteUrl);
  return Object.assign(server, { baseUrl: server.url, apiToken });
}

/** What one CKAN action call of the mock sees: the request, its parameters and the mock's datasets. */
interface ActionContext {
  readonly siteUrl: string;
  readonly action: string;
  readonly params: Record<string, string>;
  readonly request: MockRequest;
  readonly authorized: boolean;
  /** Every dataset, changed in place by the write actions. */
  readonly packages: Record<string, unknown>[];
  /** The datasets the caller may see in listings. */
  readonly visible: Record<string, unknown>[];
  readonly store: CkanMockStore;
}

/** `package_search`: full-text `q`, `fq` clauses, sorting, paging and facets. */
function searchPackagesAction({ siteUrl, action, params, visible }: ActionContext): MockResponse {
  const rows = intParam(params.rows, 10);
  const start = intParam(params.start, 0);
  if (Number.isNaN(rows) || Number.isNaN(start)) {
    return failure(siteUrl, action, 409, 'Validation Error', 'Invalid integer', { rows: ['Invalid integer'] });
  }
  let found = params.include_private === 'true' ? visible : visible.filter((pkg) => pkg.private !== true);
  const q = (params.q ?? '').trim().toLowerCase();
  if (q !== '' && q !== '*:*') {
    found = found.filter((pkg) => JSON.stringify([pkg.title, pkg.notes, pkg.name, pkg.tags]).toLowerCase().includes(q));
  }
  for (const clause of (params.fq ?? '').split(/\s+AND\s+|\s+/).filter((part) => part !== '')) {
    const [field, rawValue] = clause.split(':', 2);
    const value = (rawValue ?? '').replace(/^"|"$/g, '');
    found = found.filter((pkg) => {
      if (field === 'organization') return organizationName(pkg) === value;
      if (field === 'tags') return (pkg.tags as { name: string }[]).some((tag) => tag.name === value);
      if (field === 'groups') return (pkg.groups as { name: string }[]).some((group) => group.name === value);
      if (field === 'res_format')
        return (pkg.resources as { format: string }[]).some((resource) => resource.format === value);
      return true;
    });
  }
  const sort = params.sort ?? 'score desc, metadata_modified desc';
  const sorted = [...found].sort((a, b) =>
    sort.startsWith('name')
      ? String(a.name).localeCompare(String(b.name))
      : String(b.metadata_modified).localeCompare(String(a.metadata_modified)),
  );
  const facets: Record<string, Record<string, number>> = {};
  const searchFacets: Record<string, unknown> = {};
  if (params['facet.field'] !== undefined) {
    let fields: unknown;
    try {
      fields = JSON.parse(params['facet.field']);
    } catch {
      return failure(siteUrl, action, 409, 'Validation Error', 'Invalid facet.field', {
        'facet.field': ['Invalid JSON'],
      });
    }
    for (const field of Array.isArray(fields) ? fields : []) {
      const counts: Record<string, number> = {};
      for (const pkg of found) {
        const names =
          field === 'organization'
            ? [organizationName(pkg) ?? ''].filter((name) => name !== '')
            : field === 'tags'
              ? (pkg.tags as { name: string }[]).map((tag) => tag.name)
              : [];
        for (const name of names) counts[name] = (counts[name] ?? 0) + 1;
      }
      facets[String(field)] = counts;
      searchFacets[String(field)] = {
        title: String(field),
        items: Object.entries(counts).map(([name, count]) => ({ name, display_name: name, count })),
      };
    }
  }
  return envelope(siteUrl, action, {
    count: sorted.length,
    facets,
    search_facets: searchFacets,
    sort,
    results: sorted.slice(start, start + rows),
  });
}

/** `package_create`: a token holder creates a dataset, validated as CKAN validates it. */
function createPackageAction({ siteUrl, action, request, authorized, packages, store }: ActionContext): MockResponse {
  if (request.method !== 'POST') {
    return failure(
      siteUrl,
      action,
      400,
      'Bad request',
      'Bad request - JSON Error: Invalid request. Please use POST method for your request',
    );
  }
  if (!authorized)
    return failure(
      siteUrl,
      action,
      403,
      'Authorization Error',
      'Access denied: User  not authorized to create packages',
    );
  let body: unknown;
  try {
    body = JSON.parse(request.body === '' ? '{}' : request.body);
  } catch {
    return failure(siteUrl, action, 400, 'Bad request', 'Bad request - JSON Error: Could not read request body');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return failure(
      siteUrl,
      action,
      400,
      'Bad request',
      'Bad request - JSON Error: Request data JSON decoded to a non-dictionary',
    );
  }
  const outcome = createPackage(body as Record<string, unknown>, packages, new Date());
  if (!outcome.ok) {
    return json(409, {
      help: `${siteUrl}/api/3/action/help_show?name=${action}`,
      success: false,
      error: { __type: 'Validation Error', ...outcome.fields },
    });
  }
  packages.push(outcome.pkg);
  store.save(packages);
  return envelope(siteUrl, action, outcome.pkg);
}

/** `package_update` replaces a dataset (keeping its resources); `package_delete` marks it deleted. */
function updateOrDeletePackageAction({
  siteUrl,
  action,
  request,
  authorized,
  packages,
  store,
}: ActionContext): MockResponse {
  if (request.method !== 'POST') {
    return failure(
      siteUrl,
      action,
      400,
      'Bad request',
      'Bad request - JSON Error: Invalid request. Please use POST method for your request',
    );
  }
  if (!authorized) {
    const verb = action === 'package_update' ? 'edit' : 'delete';
    return failure(
      siteUrl,
      action,
      403,
      'Authorization Error',
      `Access denied: User  not authorized to ${verb} package`,
    );
  }
  const body = parseObject(request.body);
  if (body === undefined) {
    return failure(
      siteUrl,
      action,
      400,
      'Bad request',
      'Bad request - JSON Error: Request data JSON decoded to a non-dictionary',
    );
  }
  const key = body.id ?? body.name;
  if (typeof key !== 'string' || key === '')
    return failure(siteUrl, action, 409, 'Validation Error', 'Missing value', { id: ['Missing value'] });
  const index = packages.findIndex((candidate) => candidate.id === key || candidate.name === key);
  const current = packages[index];
  if (current === undefined) return failure(siteUrl, action, 404, 'Not Found Error', 'Not found');
  if (action === 'package_delete') {
    packages[index] = { ...current, state: 'deleted', metadata_modified: ckanTimestamp(new Date()) };
    store.save(packages);
    return envelope(siteUrl, action, null);
  }
  const outcome = createPackage(
    { ...body, name: body.name ?? current.name },
    packages.filter((candidate) => candidate !== current),
    new Date(),
  );
  if (!outcome.ok) {
    return json(409, {
      help: `${siteUrl}/api/3/action/help_show?name=${action}`,
      success: false,
      error: { __type: 'Validation Error', ...outcome.fields },
    });
  }
  // package_update replaces the dataset (and makes a deleted one active again); resources are kept
  // when the update does not list them.
  const updated = {
    ...outcome.pkg,
    id: current.id,
    metadata_created: current.metadata_created,
    resources: current.resources,
    num_resources: current.num_resources,
  };
  packages[index] = updated;
  store.save(packages);
  return envelope(siteUrl, action, updated);
}

/** `organization_list` and `group_list`, names or full entries, paged. */
function listGroupsAction({ siteUrl, action, params, visible }: ActionContext): MockResponse {
  const isOrganization = action === 'organization_list';
  const source = isOrganization ? kaltimOrganizations : kaltimGroups;
  const full = source.map((entry) => ({
    id: entry.id,
    name: entry.name,
    title: entry.title,
    display_name: entry.title,
    description: entry.description,
    image_url: '',
    created: '2023-06-01T00:00:00.000000',
    is_organization: isOrganization,
    state: 'active',
    type: isOrganization ? 'organization' : 'group',
    package_count: visible.filter((pkg) =>
      isOrganization
        ? organizationName(pkg) === entry.name
        : (pkg.groups as { name: string }[]).some((group) => group.name === entry.name),
    ).length,
  }));
  const offset = intParam(params.offset, 0);
  const limit = intParam(params.limit, full.length);
  const page = [...full].sort((a, b) => a.name.localeCompare(b.name)).slice(offset, offset + limit);
  return envelope(siteUrl, action, params.all_fields === 'true' ? page : page.map((entry) => entry.name));
}

/** `datastore_search`: filters, `q`, sorting, fields and paging over the sample tables. */
function datastoreSearchAction({ siteUrl, action, params }: ActionContext): MockResponse {
  if (params.resource_id === undefined) {
    return failure(siteUrl, action, 409, 'Validation Error', 'Missing value', { resource_id: ['Missing value'] });
  }
  const table = kaltimDatastore.find((candidate) => candidate.resourceId === params.resource_id);
  if (table === undefined)
    return failure(siteUrl, action, 404, 'Not Found Error', `Resource "${params.resource_id}" was not found.`);
  let filters: Record<string, unknown> = {};
  if (params.filters !== undefined) {
    try {
      filters = JSON.parse(params.filters) as Record<string, unknown>;
    } catch {
      return failure(siteUrl, action, 409, 'Validation Error', 'Invalid filters', {
        filters: ['Cannot parse JSON'],
      });
    }
  }
  const limit = intParam(params.limit, 100);
  const offset = intParam(params.offset, 0);
  if (Number.isNaN(limit) || Number.isNaN(offset)) {
    return failure(siteUrl, action, 409, 'Validation Error', 'Invalid integer', { limit: ['Invalid integer'] });
  }
  let records = table.records.filter((record) =>
    Object.entries(filters).every(([field, expected]) =>
      Array.isArray(expected)
        ? expected.map(String).includes(String(record[field]))
        : String(record[field]) === String(expected),
    ),
  );
  const q = (params.q ?? '').toLowerCase();
  if (q !== '') records = records.filter((record) => JSON.stringify(record).toLowerCase().includes(q));
  if (params.sort !== undefined) {
    const [field = '_id', direction] = params.sort.split(' ');
    records = [...records].sort((a, b) => {
      const order = String(a[field]).localeCompare(String(b[field]), 'en', { numeric: true });
      return direction === 'desc' ? -order : order;
    });
  }
  const fieldNames = params.fields?.split(',').map((name) => name.trim());
  const fields = fieldNames ? table.fields.filter((field) => fieldNames.includes(field.id)) : table.fields;
  const page = records
    .slice(offset, offset + limit)
    .map((record) => (fieldNames ? Object.fromEntries(fieldNames.map((name) => [name, record[name]])) : record));
  const base = `/api/3/action/datastore_search?resource_id=${table.resourceId}`;
  return envelope(siteUrl, action, {
    resource_id: table.resourceId,
    include_total: true,
    records_format: 'objects',
    fields,
    records: page,
    total: records.length,
    total_was_estimated: false,
    limit,
    ...(offset > 0 ? { offset } : {}),
    _links: { start: base, next: `${base}&offset=${offset + limit}` },
  });
}
