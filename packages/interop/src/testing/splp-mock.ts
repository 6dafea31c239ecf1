import { randomUUID } from 'node:crypto';
import { kaltimRegencies } from './kaltim-regencies.js';
import { json, startMockServer, type MockRequest, type MockResponse, type MockServer } from './mock-server.js';

/**
 * An application registered on the mock gateway.
 *
 * @example
 * ```ts
 * await startSplpMock({ applications: [{ consumerKey: 'k', consumerSecret: 's', subscriptions: ['agenda/1.0'] }] });
 * ```
 */
export interface SplpMockApplication {
  readonly consumerKey: string;
  readonly consumerSecret: string;
  /** APIs it is subscribed to, as `context/version`. */
  readonly subscriptions: readonly string[];
}

/**
 * Options of {@link startSplpMock}.
 *
 * @example
 * ```ts
 * await startSplpMock({ throttleLimit: 2, tokenLifetimeSeconds: 60 });
 * ```
 */
export interface SplpMockOptions {
  /** Tenant of the provider APIs (default `'kaltimprov.go.id'`). */
  readonly tenantDomain?: string;
  /** Registered applications (default: one subscribed to `agenda/1.0`). */
  readonly applications?: readonly SplpMockApplication[];
  /** Token lifetime in seconds (default 3600). */
  readonly tokenLifetimeSeconds?: number;
  /** The API key accepted by `perizinan/1.0` in the `AuthorizationSPLP` header (default `'splp-api-key-kaltim'`). */
  readonly apiKey?: string;
  /** Requests per token (or key) per API per window before 429 (default 1 000). */
  readonly throttleLimit?: number;
  /** Throttling window in milliseconds (default 60 000). */
  readonly throttleWindowMs?: number;
}

/**
 * A running SPLP gateway mock.
 *
 * @example
 * ```ts
 * const mock: SplpMock = await startSplpMock();
 * mock.revokeTokens(); // the next call gets a 401 and refreshes its token
 * ```
 */
export interface SplpMock extends MockServer {
  /** The gateway root to give `createSplpClient({ gatewayUrl })`. */
  readonly gatewayUrl: string;
  readonly tenantDomain: string;
  /** The default application's credentials. */
  readonly consumerKey: string;
  readonly consumerSecret: string;
  /** The API key of `perizinan/1.0`. */
  readonly apiKey: string;
  /** How many tokens the token endpoint has issued. */
  readonly tokensIssued: number;
  /** Invalidates every issued token (as a key-manager restart or revocation would). */
  revokeTokens(): void;
}

interface IssuedToken {
  readonly consumerKey: string;
  readonly scopes: readonly string[];
  readonly expiresAt: number;
}

const gatewayFault = (
  status: number,
  code: string,
  message: string,
  description: string,
  headers: Record<string, string> = {},
): MockResponse => json(status, { code, message, description }, headers);

const agendaItems = [
  {
    id: 1,
    tanggal: '2026-01-12',
    waktu: '09:00',
    kegiatan: 'Rapat Koordinasi SPBE Provinsi Kalimantan Timur',
    lokasi: 'Kantor Gubernur Kaltim, Samarinda',
    pejabat: 'Sekretaris Daerah',
  },
  {
    id: 2,
    tanggal: '2026-01-12',
    waktu: '13:30',
    kegiatan: 'Peluncuran Portal Satu Data Kaltim',
    lokasi: 'Diskominfo Kaltim',
    pejabat: 'Gubernur',
  },
  {
    id: 3,
    tanggal: '2026-01-13',
    waktu: '10:00',
    kegiatan: 'Evaluasi Indeks SPBE Kabupaten/Kota',
    lokasi: 'Bappeda Kaltim',
    pejabat: 'Kepala Bappeda',
  },
];

const apis: Record<string, { readonly auth: 'oauth2' | 'api-key' | 'none'; readonly tenant: boolean }> = {
  'agenda/1.0': { auth: 'oauth2', tenant: true },
  'perizinan/1.0': { auth: 'api-key', tenant: true },
  'cuaca/1.0': { auth: 'none', tenant: false },
};

/** The application whose consumer key and secret the request's Basic authorization carries. */
function authenticatedApplication<A extends { consumerKey: string; consumerSecret: string }>(
  request: MockRequest,
  applications: readonly A[],
): A | undefined {
  const basic = /^Basic (.+)$/.exec(request.headers.authorization ?? '');
  const [consumerKey, consumerSecret] = basic?.[1] ? Buffer.from(basic[1], 'base64').toString('utf8').split(':') : [];
  return applications.find(
    (candidate) => candidate.consumerKey === consumerKey && candidate.consumerSecret === consumerSecret,
  );
}

/** The gateway's answer to a granted token request. */
function tokenResponse(accessToken: string, lifetime: number, scopes: readonly string[]): MockResponse {
  return json(200, {
    access_token: accessToken,
    token_type: 'Bearer',
    expires_in: lifetime,
    scope: scopes.length > 0 ? scopes.join(' ') : 'default',
  });
}

/**
 * Starts a mock SPLP gateway (WSO2 API Manager behaviour) on 127.0.0.1: an OAuth2
 * client-credentials token endpoint (`/oauth2/token`, Basic auth, scoped tokens), gateway
 * faults in WSO2's JSON format (900901 invalid credentials, 900902 missing credentials,
 * 900908 not subscribed / out of scope, 900800 throttled with `Retry-After`, 101503 back
 * end down) and three provider APIs behind it: `agenda/1.0` (OAuth2, tenant
 * `kaltimprov.go.id`, the API of `openapi/splp-example-agenda.openapi.yaml`),
 * `perizinan/1.0` (API key in `AuthorizationSPLP`) and `cuaca/1.0` (public, super-tenant).
 * Inject faults with `mock.faults.inject(...)`; `origin: 'gateway'` makes a `status` fault
 * a gateway fault, otherwise the provider fails.
 *
 * @example
 * ```ts
 * import { createSplpClient } from '@spbe-kit/interop';
 * import { startSplpMock } from '@spbe-kit/interop/testing';
 * const mock = await startSplpMock();
 * const splp = createSplpClient({
 *   gatewayUrl: mock.gatewayUrl,
 *   tenantDomain: mock.tenantDomain,
 *   auth: { type: 'oauth2-client-credentials', consumerKey: mock.consumerKey, consumerSecret: mock.consumerSecret },
 * });
 * console.log(await splp.api({ context: 'agenda', version: '1.0' }).get('/api/agenda'));
 * await mock.close();
 * ```
 */
export async function startSplpMock(options: SplpMockOptions = {}): Promise<SplpMock> {
  const tenantDomain = options.tenantDomain ?? 'kaltimprov.go.id';
  const applications = options.applications ?? [
    { consumerKey: 'kaltim-sipd-key', consumerSecret: 'kaltim-sipd-secret', subscriptions: ['agenda/1.0'] },
  ];
  const lifetime = options.tokenLifetimeSeconds ?? 3600;
  const apiKey = options.apiKey ?? 'splp-api-key-kaltim';
  const throttleLimit = options.throttleLimit ?? 1000;
  const throttleWindowMs = options.throttleWindowMs ?? 60_000;
  const tokens = new Map<string, IssuedToken>();
  const usage = new Map<string, { windowStart: number; count: number }>();
  let tokensIssued = 0;

  const issueToken = (request: MockRequest): MockResponse => {
    const application = authenticatedApplication(request, applications);
    if (application === undefined)
      return json(401, { error: 'invalid_client', error_description: 'Client Authentication failed.' });
    const form = new URLSearchParams(request.body);
    if (form.get('grant_type') !== 'client_credentials')
      return json(400, { error: 'unsupported_grant_type', error_description: 'Unsupported grant_type value' });
    const scopes = (form.get('scope') ?? '').split(' ').filter((scope) => scope !== '');
    const accessToken = randomUUID();
    tokens.set(accessToken, { consumerKey: application.consumerKey, scopes, expiresAt: Date.now() + lifetime * 1000 });
    tokensIssued += 1;
    return tokenResponse(accessToken, lifetime, scopes);
  };

  const throttled = (subject: string, api: string): MockResponse | undefined => {
    const key = `${subject} ${api}`;
    const now = Date.now();
    let entry = usage.get(key);
    if (entry === undefined || now - entry.windowStart >= throttleWindowMs) {
      entry = { windowStart: now, count: 0 };
      usage.set(key, entry);
    }
    entry.count += 1;
    if (entry.count <= throttleLimit) return undefined;
    const retryAfter = Math.max(1, Math.ceil((entry.windowStart + throttleWindowMs - now) / 1000));
    return json(
      429,
      {
        code: '900800',
        message: 'Message throttled out',
        description: 'You have exceeded your quota',
        nextAccessTime: new Date(entry.windowStart + throttleWindowMs).toISOString(),
      },
      { 'retry-after': String(retryAfter) },
    );
  };

  const provider = (api: string, method: string, resource: string, url: URL): MockResponse => {
    if (api === 'agenda/1.0') {
      if (method !== 'GET') return json(405, { status: 'error', message: 'Metode tidak diizinkan' });
      if (resource === '/api/agenda') {
        const date = url.searchParams.get('tanggal');
        return json(200, { data: agendaItems.filter((item) => date === null || item.tanggal === date) });
      }
      const match = /^\/api\/agenda\/(\d+)$/.exec(resource);
      const item = match ? agendaItems.find((candidate) => candidate.id === Number(match[1])) : undefined;
      return item ? json(200, { data: item }) : json(404, { status: 'error', message: 'Agenda tidak ditemukan' });
    }
    if (api === 'perizinan/1.0') {
      const match = /^\/api\/izin\/([A-Z0-9/-]+)$/.exec(resource);
      if (match?.[1] === undefined) return json(404, { status: 'error', message: 'Permohonan tidak ditemukan' });
      return json(200, {
        nomor: match[1],
        jenis: 'Persetujuan Bangunan Gedung',
        status: 'DIPROSES',
        kode_wilayah: '64.72',
        diperbarui: '2026-01-10T08:00:00+08:00',
      });
    }
    const wilayah = url.searchParams.get('wilayah') ?? '64.72';
    const regency = kaltimRegencies.find((candidate) => candidate.kemendagriCode === wilayah);
    if (regency === undefined) return json(404, { status: 'error', message: 'Wilayah tidak dikenal' });
    return json(200, {
      wilayah: regency.kemendagriCode,
      nama: regency.name,
      prakiraan: [{ tanggal: '2026-01-12', cuaca: 'Hujan Ringan', suhu_min: 23, suhu_max: 31 }],
    });
  };

  const handle = (request: MockRequest): MockResponse => {
    const path = request.url.pathname;
    if (path === '/oauth2/token') {
      return request.method === 'POST'
        ? issueToken(request)
        : json(405, { error: 'invalid_request', error_description: 'Use POST' });
    }
    const match = /^(?:\/t\/([^/]+))?\/([^/]+)\/([^/]+)(\/.*)?$/.exec(path);
    const [, tenant, context, version, resource = '/'] = match ?? [];
    const api = `${context}/${version}`;
    const definition = apis[api];
    if (
      match === null ||
      definition === undefined ||
      (definition.tenant ? tenant !== tenantDomain : tenant !== undefined)
    ) {
      return gatewayFault(
        404,
        '900906',
        'No matching resource found for given API Request',
        'The requested resource is not available.',
      );
    }
    let subject = 'anonymous';
    if (definition.auth === 'oauth2') {
      const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
      if (bearer === undefined)
        return gatewayFault(
          401,
          '900902',
          'Missing Credentials',
          'Invalid Credentials. Make sure your API invocation call has a header: "Authorization : Bearer ACCESS_TOKEN"',
        );
      const token = tokens.get(bearer);
      if (token === undefined || token.expiresAt <= Date.now()) {
        return gatewayFault(
          401,
          '900901',
          'Invalid Credentials',
          'Invalid Credentials. Make sure you have provided the correct security credentials',
        );
      }
      const application = applications.find((candidate) => candidate.consumerKey === token.consumerKey);
      const inScope = token.scopes.length === 0 || token.scopes.includes(context ?? '');
      if (!application?.subscriptions.includes(api) || !inScope) {
        return gatewayFault(
          403,
          '900908',
          'Resource forbidden',
          'User is NOT authorized to access the Resource. API Subscription validation failed.',
        );
      }
      subject = bearer;
    } else if (definition.auth === 'api-key') {
      const key = request.headers.authorizationsplp;
      if (key === undefined)
        return gatewayFault(
          401,
          '900902',
          'Missing Credentials',
          'Invalid Credentials. Make sure your API invocation call has the API key header',
        );
      if (key !== apiKey)
        return gatewayFault(
          401,
          '900901',
          'Invalid Credentials',
          'Invalid Credentials. Make sure you have provided the correct security credentials',
        );
      subject = `key:${key}`;
    }
    const limited = throttled(subject, api);
    if (limited !== undefined) return limited;
    return provider(api, request.method, resource, request.url);
  };

  const server = await startMockServer(handle, {
    errorResponse: (status, fault) => {
      const origin = fault.kind === 'status' || fault.kind === 'rate-limit' ? (fault.origin ?? 'provider') : 'provider';
      const headers: Record<string, string> =
        fault.kind === 'rate-limit' ? { 'retry-after': String(fault.retryAfterSeconds) } : {};
      if (fault.kind === 'status' && fault.body !== undefined)
        return { status, body: fault.body, headers: { 'content-type': fault.contentType ?? 'application/json' } };
      if (origin === 'gateway') {
        if (status === 429)
          return gatewayFault(429, '900800', 'Message throttled out', 'You have exceeded your quota', headers);
        if (status === 401)
          return gatewayFault(
            401,
            '900901',
            'Invalid Credentials',
            'Invalid Credentials. Make sure you have provided the correct security credentials',
          );
        if (status === 403)
          return gatewayFault(403, '900908', 'Resource forbidden', 'User is NOT authorized to access the Resource.');
        return gatewayFault(status, '101503', 'Runtime Error', 'Error connecting to the back end', headers);
      }
      return json(
        status,
        { status: 'error', message: status === 429 ? 'Terlalu banyak permintaan' : 'Kesalahan internal pada layanan' },
        headers,
      );
    },
  });

  const firstApplication = applications[0];
  const mock = Object.assign(server, {
    gatewayUrl: server.url,
    tenantDomain,
    consumerKey: firstApplication?.consumerKey ?? '',
    consumerSecret: firstApplication?.consumerSecret ?? '',
    apiKey,
    tokensIssued: 0,
    revokeTokens() {
      tokens.clear();
    },
  });
  // A live count (Object.assign would copy a getter's current value).
  Object.defineProperty(mock, 'tokensIssued', { get: () => tokensIssued, enumerable: true });
  return mock;
}
