import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { GatewayError, NetworkError, ProviderError, ResponseValidationError, TimeoutError } from '../index.js';
import { startSplpMock, type AgendaApiPaths, type SplpMock } from '../testing/index.js';
import { createSplpClient, type SplpClientOptions } from './splp-client.js';

let mock: SplpMock;
beforeAll(async () => {
  mock = await startSplpMock({
    applications: [
      { consumerKey: 'kaltim-sipd-key', consumerSecret: 'kaltim-sipd-secret', subscriptions: ['agenda/1.0'] },
      { consumerKey: 'other-app', consumerSecret: 'other-secret', subscriptions: [] },
    ],
    throttleLimit: 40,
  });
});
afterAll(async () => {
  await mock.close();
});
beforeEach(() => {
  mock.faults.clear();
});

const client = (extra: Partial<SplpClientOptions> = {}) =>
  createSplpClient({
    gatewayUrl: mock.gatewayUrl,
    tenantDomain: mock.tenantDomain,
    auth: { type: 'oauth2-client-credentials', consumerKey: mock.consumerKey, consumerSecret: mock.consumerSecret },
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    attemptTimeoutMs: 2_000,
    identity: { regionCode: '64', application: 'sipd-kaltim' },
    ...extra,
  });

const agendaSchema = z.object({ data: z.array(z.object({ id: z.number(), kegiatan: z.string() })) });

describe('SPLP client: OAuth2 client credentials', () => {
  it('fetches a token once and reuses it until shortly before expiry', async () => {
    const agenda = client().api({ context: 'agenda', version: '1.0' });
    const before = mock.tokensIssued;
    const first = await agenda.get('/api/agenda', { schema: agendaSchema });
    await agenda.get('/api/agenda', { query: { tanggal: '2026-01-13' }, schema: agendaSchema });
    expect(first.data).toHaveLength(3);
    expect(mock.tokensIssued - before).toBe(1);
    const seen = mock.requests.at(-1);
    expect(seen?.url.pathname).toBe('/t/kaltimprov.go.id/agenda/1.0/api/agenda');
    expect(seen?.headers.authorization).toMatch(/^Bearer /);
    expect(seen?.headers['x-spbe-client']).toBe('64/sipd-kaltim');
  });

  it('lets concurrent callers share one token request', async () => {
    const agenda = client().api({ context: 'agenda', version: '1.0' });
    const before = mock.tokensIssued;
    const results = await Promise.all(
      Array.from({ length: 8 }, () => agenda.get('/api/agenda', { schema: agendaSchema })),
    );
    expect(results.every((result) => result.data.length === 3)).toBe(true);
    expect(mock.tokensIssued - before).toBe(1);
  });

  it('refreshes the token once after a 401 and succeeds', async () => {
    const agenda = client().api({ context: 'agenda', version: '1.0' });
    await agenda.get('/api/agenda');
    const before = mock.tokensIssued;
    mock.revokeTokens();
    const result = await agenda.get('/api/agenda', { schema: agendaSchema });
    expect(result.data).toHaveLength(3);
    expect(mock.tokensIssued - before).toBe(1);
  });

  it('refreshes only once: a second 401 is a GatewayError', async () => {
    const agenda = client().api({ context: 'agenda', version: '1.0' });
    mock.faults.inject({ kind: 'status', status: 401, origin: 'gateway' }, { times: 2, path: '/agenda/' });
    const error = await agenda.get('/api/agenda').catch((thrown: unknown) => thrown);
    expect(error).toSatisfy(GatewayError.isInstance);
    expect(error).toMatchObject({ status: 401, gatewayCode: '900901', code: 'interop.gateway' });
    expect((error as GatewayError).call?.attempts).toBe(2);
  });

  it('reports wrong client credentials as a GatewayError from the token endpoint', async () => {
    const splp = client({
      auth: { type: 'oauth2-client-credentials', consumerKey: mock.consumerKey, consumerSecret: 'wrong' },
    });
    const error = await splp
      .api({ context: 'agenda', version: '1.0' })
      .get('/api/agenda')
      .catch((thrown: unknown) => thrown);
    expect(error).toSatisfy(GatewayError.isInstance);
    expect(error).toMatchObject({ status: 401, gatewayCode: 'invalid_client' });
    expect((error as GatewayError).body).toContain('Client Authentication failed');
  });

  it('retries a failing token endpoint', async () => {
    mock.faults.inject({ kind: 'status', status: 503, origin: 'gateway' }, { path: '/oauth2/token' });
    const token = await client().accessToken(['agenda']);
    expect(token).toMatch(/[0-9a-f-]{36}/);
  });

  it('scopes tokens per API: a token scoped elsewhere or an unsubscribed app is refused with 403', async () => {
    const outOfScope = await client()
      .api({ context: 'agenda', version: '1.0', scopes: ['laporan'] })
      .get('/api/agenda')
      .catch((thrown: unknown) => thrown);
    expect(outOfScope).toMatchObject({ status: 403, gatewayCode: '900908' });
    expect(outOfScope).toSatisfy(GatewayError.isInstance);
    const unsubscribed = client({
      auth: { type: 'oauth2-client-credentials', consumerKey: 'other-app', consumerSecret: 'other-secret' },
    });
    await expect(unsubscribed.api({ context: 'agenda', version: '1.0' }).get('/api/agenda')).rejects.toMatchObject({
      status: 403,
      gatewayCode: '900908',
    });
    const scoped = await client()
      .api({ context: 'agenda', version: '1.0', scopes: ['agenda'] })
      .get('/api/agenda', { schema: agendaSchema });
    expect(scoped.data).toHaveLength(3);
  });
});

describe('SPLP client: API key, none, typed and untyped callers', () => {
  it('sends an API key in a header with a configurable name', async () => {
    const perizinan = client().api({
      context: 'perizinan',
      version: '1.0',
      auth: { type: 'api-key', headerName: 'AuthorizationSPLP', key: mock.apiKey },
    });
    const permit = await perizinan.get<{ status: string }>('/api/izin/PBG-6472-2026-0001');
    expect(permit.status).toBe('DIPROSES');
    expect(mock.requests.at(-1)?.headers.authorizationsplp).toBe(mock.apiKey);
    const wrongHeader = client().api({
      context: 'perizinan',
      version: '1.0',
      auth: { type: 'api-key', headerName: 'apikey', key: mock.apiKey },
    });
    await expect(wrongHeader.get('/api/izin/PBG-1')).rejects.toMatchObject({ status: 401, gatewayCode: '900902' });
  });

  it('calls a public super-tenant API without credentials', async () => {
    const cuaca = client({ auth: { type: 'none' } }).api({ context: 'cuaca', version: '1.0', tenantDomain: null });
    expect(cuaca.baseUrl).toBe(`${mock.gatewayUrl}/cuaca/1.0`);
    const forecast = await cuaca.get<{ nama: string }>('/api/prakiraan', { query: { wilayah: '64.74' } });
    expect(forecast.nama).toBe('Kota Bontang');
    expect(mock.requests.at(-1)?.headers.authorization).toBeUndefined();
  });

  it('gives a typed openapi-fetch caller from the provider OpenAPI types', async () => {
    const agenda = client().api<AgendaApiPaths>({ context: 'agenda', version: '1.0' });
    const { data } = await agenda.openapi.GET('/api/agenda/{id}', { params: { path: { id: 2 } } });
    expect(data?.data.kegiatan).toBe('Peluncuran Portal Satu Data Kaltim');
    const missing = await agenda.openapi
      .GET('/api/agenda/{id}', { params: { path: { id: 99 } } })
      .catch((thrown: unknown) => thrown);
    expect(missing).toSatisfy(ProviderError.isInstance);
    expect(missing).toMatchObject({ status: 404 });
    expect((missing as ProviderError).body).toContain('Agenda tidak ditemukan');
    mock.faults.inject({ kind: 'malformed-json' }, { path: '/agenda/' });
    await expect(agenda.openapi.GET('/api/agenda', {})).rejects.toSatisfy(ResponseValidationError.isInstance);
  });

  it('validates an untyped response with a schema and reports the path', async () => {
    const agenda = client().api({ context: 'agenda', version: '1.0' });
    const wrong = z.object({ data: z.array(z.object({ id: z.string() })) });
    const error = await agenda.get('/api/agenda', { schema: wrong }).catch((thrown: unknown) => thrown);
    expect(error).toSatisfy(ResponseValidationError.isInstance);
    expect((error as ResponseValidationError).path).toEqual(['data', 0, 'id']);
  });
});

describe('SPLP client: gateway or provider, injected faults', () => {
  it('tells a provider error from a gateway error', async () => {
    const agenda = client().api({ context: 'agenda', version: '1.0' });
    const provider = await agenda.get('/api/agenda/42').catch((thrown: unknown) => thrown);
    expect(provider).toSatisfy(ProviderError.isInstance);
    expect(provider).not.toSatisfy(GatewayError.isInstance);
    mock.faults.inject({ kind: 'status', status: 503, origin: 'gateway' }, { times: 3, path: '/agenda/' });
    const gateway = await agenda.get('/api/agenda').catch((thrown: unknown) => thrown);
    expect(gateway).toSatisfy(GatewayError.isInstance);
    expect(gateway).toMatchObject({ status: 503, gatewayCode: '101503' });
  });

  it('retries a gateway 503 for GET but never for POST', async () => {
    const agenda = client().api({ context: 'agenda', version: '1.0' });
    await agenda.get('/api/agenda');
    mock.faults.inject({ kind: 'status', status: 503, origin: 'gateway' }, { path: '/agenda/' });
    expect((await agenda.get('/api/agenda', { schema: agendaSchema })).data).toHaveLength(3);
    mock.faults.inject({ kind: 'status', status: 503, origin: 'gateway' }, { times: 2, path: '/agenda/' });
    const before = mock.requests.length;
    await expect(agenda.post('/api/agenda', { body: { kegiatan: 'x' } })).rejects.toSatisfy(GatewayError.isInstance);
    expect(mock.requests.length - before).toBe(1);
  });

  it('reports throttling as a GatewayError with Retry-After when waiting is not allowed', async () => {
    const splp = client({ retry: { maxAttempts: 3, baseDelayMs: 1, maxRetryAfterMs: 500 } });
    const agenda = splp.api({ context: 'agenda', version: '1.0' });
    mock.faults.inject({ kind: 'rate-limit', retryAfterSeconds: 30, origin: 'gateway' }, { path: '/agenda/' });
    const error = await agenda.get('/api/agenda').catch((thrown: unknown) => thrown);
    expect(error).toSatisfy(GatewayError.isInstance);
    expect(error).toMatchObject({ status: 429, gatewayCode: '900800', retryAfterMs: 30_000 });
  });

  it('throttles per token and API after the limit', async () => {
    const throttledMock = await startSplpMock({ throttleLimit: 2 });
    try {
      const agenda = createSplpClient({
        gatewayUrl: throttledMock.gatewayUrl,
        tenantDomain: throttledMock.tenantDomain,
        auth: {
          type: 'oauth2-client-credentials',
          consumerKey: throttledMock.consumerKey,
          consumerSecret: throttledMock.consumerSecret,
        },
        retry: { maxRetryAfterMs: 100 },
      }).api({ context: 'agenda', version: '1.0' });
      await agenda.get('/api/agenda');
      await agenda.get('/api/agenda');
      await expect(agenda.get('/api/agenda')).rejects.toMatchObject({ status: 429, gatewayCode: '900800' });
    } finally {
      await throttledMock.close();
    }
  });

  it('maps provider 500, HTML proxy pages, slow answers and dropped connections', async () => {
    const agenda = client({ retry: { maxAttempts: 2, baseDelayMs: 1 }, attemptTimeoutMs: 1_000 }).api({
      context: 'agenda',
      version: '1.0',
    });
    await agenda.get('/api/agenda');
    mock.faults.inject({ kind: 'status', status: 500 }, { times: 2, path: '/agenda/' });
    await expect(agenda.get('/api/agenda')).rejects.toMatchObject({ status: 500, code: 'interop.provider' });
    mock.faults.inject({ kind: 'html-error-page', status: 502 }, { times: 2, path: '/agenda/' });
    const html = await agenda.get('/api/agenda').catch((thrown: unknown) => thrown);
    expect(html).toSatisfy(ProviderError.isInstance);
    expect((html as ProviderError).body).toContain('Bad Gateway');
    mock.faults.inject({ kind: 'slow', delayMs: 5_000 }, { times: 2, path: '/agenda/' });
    await expect(agenda.get('/api/agenda')).rejects.toSatisfy(TimeoutError.isInstance);
    mock.faults.inject({ kind: 'drop-connection' }, { times: 2, path: '/agenda/' });
    await expect(agenda.get('/api/agenda')).rejects.toSatisfy(NetworkError.isInstance);
    mock.faults.inject({ kind: 'truncated-json' }, { path: '/agenda/' });
    await expect(agenda.get('/api/agenda')).rejects.toSatisfy(ResponseValidationError.isInstance);
  });

  it('lets one caller abort while others still get the shared token', async () => {
    const splp = client();
    mock.faults.inject({ kind: 'slow', delayMs: 300 }, { path: '/oauth2/token' });
    const controller = new AbortController();
    const agenda = splp.api({ context: 'agenda', version: '1.0' });
    const aborted = agenda.get('/api/agenda', { signal: controller.signal });
    const waiting = agenda.get('/api/agenda', { schema: agendaSchema });
    setTimeout(() => controller.abort(), 20);
    await expect(aborted).rejects.toMatchObject({ code: 'interop.network.aborted' });
    expect((await waiting).data).toHaveLength(3);
  });

  it('refuses a bad configuration at creation', () => {
    expect(() => createSplpClient({ gatewayUrl: 'splp', auth: { type: 'none' } })).toThrow(/URL/);
    expect(() => client().api({ context: '', version: '1.0' })).toThrow();
  });
});
