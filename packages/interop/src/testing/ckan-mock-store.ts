import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { json, type MockRequest, type MockResponse } from './mock-server.js';

/** A file uploaded with `resource_create`. */
interface UploadedFile {
  readonly fileName: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

/** What the CKAN mock keeps across restarts when given a state file. */
interface SavedState {
  readonly version: 1;
  readonly packages: Record<string, unknown>[];
  readonly uploads: Record<string, { fileName: string; contentType: string; base64: string }>;
}

/** Uploaded files of the CKAN mock, and the state file that keeps them (and every dataset) across restarts. */
export class CkanMockStore {
  readonly uploads = new Map<string, UploadedFile>();

  constructor(private readonly stateFile: string | undefined) {}

  /** The datasets saved by a previous run, or `undefined` (no state file yet). */
  load(): Record<string, unknown>[] | undefined {
    if (!this.stateFile || !existsSync(this.stateFile)) return undefined;
    const saved = JSON.parse(readFileSync(this.stateFile, 'utf8')) as SavedState;
    for (const [id, file] of Object.entries(saved.uploads))
      this.uploads.set(id, {
        fileName: file.fileName,
        contentType: file.contentType,
        bytes: new Uint8Array(Buffer.from(file.base64, 'base64')),
      });
    return saved.packages;
  }

  /** Writes the datasets and files (to a temporary file first, so a crash never leaves half a state file). */
  save(packages: readonly Record<string, unknown>[]): void {
    if (!this.stateFile) return;
    const state: SavedState = {
      version: 1,
      packages: [...packages],
      uploads: Object.fromEntries(
        [...this.uploads].map(([id, file]) => [
          id,
          {
            fileName: file.fileName,
            contentType: file.contentType,
            base64: Buffer.from(file.bytes).toString('base64'),
          },
        ]),
      ),
    };
    mkdirSync(path.dirname(this.stateFile), { recursive: true });
    const temporary = `${this.stateFile}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(state));
    renameSync(temporary, this.stateFile);
  }
}

/** The fields of a `resource_create` call: multipart (with an `upload` file) or JSON (a link resource). */
interface ResourceInput {
  readonly fields: Record<string, string>;
  readonly file?: UploadedFile;
}

/** Reads a `resource_create` body as CKAN does: `multipart/form-data` with an `upload` file, or JSON. */
async function readResourceInput(request: MockRequest): Promise<ResourceInput | undefined> {
  const contentType = String(request.headers['content-type'] ?? '');
  if (!contentType.startsWith('multipart/form-data')) {
    try {
      const parsed: unknown = JSON.parse(request.body === '' ? '{}' : request.body);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
      return {
        fields: Object.fromEntries(Object.entries(parsed).map(([key, value]) => [key, String(value)])),
      };
    } catch {
      return undefined;
    }
  }
  let form: FormData;
  try {
    form = await new Response(request.rawBody, { headers: { 'content-type': contentType } }).formData();
  } catch {
    return undefined;
  }
  const fields: Record<string, string> = {};
  let file: UploadedFile | undefined;
  for (const [key, value] of form) {
    if (typeof value === 'string') fields[key] = value;
    else if (key === 'upload')
      file = {
        fileName: value.name || 'upload',
        contentType: value.type || 'application/octet-stream',
        bytes: new Uint8Array(await value.arrayBuffer()),
      };
  }
  return file ? { fields, file } : { fields };
}

/** CKAN's timestamp format (microseconds, no zone). */
const ckanTime = (date: Date) => `${date.toISOString().slice(0, 23)}000`;

/** A file name safe in a URL path segment. */
const urlSafeName = (name: string) => name.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 200) || 'upload';

/** Makes the resource `resource_create` answers with, keeping an uploaded file for download. */
function createResource(
  store: CkanMockStore,
  siteUrl: string,
  pkg: Record<string, unknown>,
  input: ResourceInput,
  now: Date,
): Record<string, unknown> {
  const id = randomUUID();
  const timestamp = ckanTime(now);
  const fileName = input.file ? urlSafeName(input.file.fileName) : undefined;
  if (input.file) store.uploads.set(id, { ...input.file, fileName: fileName! });
  const format = input.fields.format ?? fileName?.split('.').pop()?.toUpperCase() ?? '';
  return {
    id,
    package_id: pkg.id,
    name: input.fields.name ?? fileName ?? '',
    description: input.fields.description ?? '',
    format,
    mimetype: input.file?.contentType ?? input.fields.mimetype ?? null,
    size: input.file?.bytes.byteLength ?? null,
    url: input.file ? `${siteUrl}/dataset/${String(pkg.id)}/resource/${id}/download/${fileName}` : input.fields.url,
    url_type: input.file ? 'upload' : '',
    state: 'active',
    datastore_active: false,
    created: timestamp,
    last_modified: timestamp,
  };
}

const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

const htmlPage = (title: string, main: string): MockResponse => ({
  status: 200,
  body: `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><main>${main}</main></body></html>`,
  headers: { 'content-type': 'text/html; charset=utf-8' },
});

/** The portal's front page: every public dataset, linked to its page. */
function indexPage(packages: readonly Record<string, unknown>[]): MockResponse {
  const items = packages
    .filter((pkg) => pkg.state !== 'deleted' && pkg.private !== true)
    .map(
      (pkg) =>
        `<li><a href="/dataset/${encodeURIComponent(textOf(pkg.name))}">${escapeHtml(textOf(pkg.title))}</a></li>`,
    )
    .join('');
  return htmlPage('Satu Data (mock)', `<h1>Dataset</h1><ul>${items}</ul>`);
}

const datasetPage = /^\/dataset\/([^/]+)\/?$/;
const downloadPath = /^\/dataset\/([^/]+)\/resource\/([^/]+)\/download\/[^/]+$/;

/**
 * The CKAN site's public pages the mock serves: a dataset's page (`/dataset/<name>`, what a portal links to)
 * and an uploaded file's download. `undefined` for any other path.
 */
export function sitePage(
  request: MockRequest,
  packages: readonly Record<string, unknown>[],
  store: CkanMockStore,
): MockResponse | undefined {
  const download = downloadPath.exec(request.url.pathname);
  if (download) {
    const file = store.uploads.get(decodeURIComponent(download[2]!));
    return file
      ? { status: 200, body: file.bytes, headers: { 'content-type': file.contentType } }
      : { status: 404, body: 'Not found', headers: { 'content-type': 'text/plain' } };
  }
  if (request.url.pathname === '/' || request.url.pathname === '/dataset') return indexPage(packages);
  const page = datasetPage.exec(request.url.pathname);
  if (!page) return undefined;
  const key = decodeURIComponent(page[1]!);
  const pkg = packages.find(
    (candidate) =>
      (candidate.name === key || candidate.id === key) && candidate.state !== 'deleted' && candidate.private !== true,
  );
  if (!pkg) return { status: 404, body: '<h1>Dataset not found</h1>', headers: { 'content-type': 'text/html' } };
  const resources = ((pkg.resources ?? []) as Record<string, unknown>[])
    .map(
      (resource) =>
        `<li><a href="${escapeHtml(textOf(resource.url))}">${escapeHtml(textOf(resource.name))}</a> (${escapeHtml(textOf(resource.format))})</li>`,
    )
    .join('');
  const title = textOf(pkg.title);
  return htmlPage(
    title,
    `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(textOf(pkg.notes))}</p><h2>Data dan sumber daya</h2><ul>${resources}</ul>`,
  );
}

const failure = (siteUrl: string, status: number, type: string, message: string, extra: object = {}) =>
  json(status, {
    help: `${siteUrl}/api/3/action/help_show?name=resource_create`,
    success: false,
    error: { __type: type, message, ...extra },
  });

/**
 * `resource_create`: a file (multipart `upload`) or a link (`url`) added to a dataset the token holder may
 * edit; the dataset list is updated in place and saved.
 */
export async function resourceCreate(
  mock: { store: CkanMockStore; siteUrl: string; packages: Record<string, unknown>[] },
  request: MockRequest,
  authorized: boolean,
): Promise<MockResponse> {
  const { store, siteUrl, packages } = mock;
  if (request.method !== 'POST')
    return failure(siteUrl, 400, 'Bad request', 'Bad request - Please use POST method for your request');
  if (!authorized)
    return failure(siteUrl, 403, 'Authorization Error', 'Access denied: User  not authorized to create resources');
  const input = await readResourceInput(request);
  if (input === undefined) return failure(siteUrl, 400, 'Bad request', 'Bad request - Could not read request body');
  const key = input.fields.package_id;
  if (key === undefined || key === '')
    return failure(siteUrl, 409, 'Validation Error', 'Missing value', { package_id: ['Missing value'] });
  const index = packages.findIndex((candidate) => candidate.id === key || candidate.name === key);
  const pkg = packages[index];
  if (pkg === undefined) return failure(siteUrl, 404, 'Not Found Error', 'Not found');
  if (input.file === undefined && !input.fields.url)
    return failure(siteUrl, 409, 'Validation Error', 'Missing value', { url: ['Missing value'] });
  const now = new Date();
  const resource = createResource(store, siteUrl, pkg, input, now);
  const resources = [...((pkg.resources ?? []) as unknown[]), resource];
  const modified = ckanTime(now);
  packages[index] = { ...pkg, resources, num_resources: resources.length, metadata_modified: modified };
  store.save(packages);
  return json(200, { help: `${siteUrl}/api/3/action/help_show?name=resource_create`, success: true, result: resource });
}
