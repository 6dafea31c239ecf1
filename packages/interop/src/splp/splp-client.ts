import createClient, { type Client } from 'openapi-fetch';
import { ValidationError, type LocalizedText } from '@spbe-kit/models';
import type { z } from 'zod';
import type { InteropIssueCode } from '../errors/error-codes.js';
import type { CallOptions } from '../http/call-identity.js';
import type { InteropClientOptions } from '../http/client-options.js';
import { fetchThroughTransport } from '../http/openapi-fetch-adapter.js';
import { parseJsonText, validateWith } from '../http/parse-json.js';
import {
  createTransport,
  type Authenticator,
  type BufferedResponse,
  type ParseOutcome,
  type Transport,
} from '../http/transport.js';
import { classifySplpFailure, classifyTokenFailure } from './gateway-faults.js';
import { createTokenCache, type TokenCache } from './oauth2-token-cache.js';
import type { SplpAuth } from './splp-auth.js';

/**
 * Options of {@link createSplpClient}.
 *
 * @example
 * ```ts
 * import type { SplpClientOptions } from '@spbe-kit/interop';
 * const options: SplpClientOptions = { gatewayUrl: 'https://splp.layanan.go.id', tenantDomain: 'kaltimprov.go.id', auth: { type: 'none' } };
 * ```
 */
export interface SplpClientOptions extends InteropClientOptions {
  /** The gateway root, e.g. `https://splp.layanan.go.id`. */
  readonly gatewayUrl: string;
  /** The provider's tenant domain (`kaltimprov.go.id`); omit for super-tenant APIs. */
  readonly tenantDomain?: string;
  /** How calls are authenticated (each API may override it). */
  readonly auth: SplpAuth;
}

/**
 * Which subscribed API to call.
 *
 * @example
 * ```ts
 * splp.api({ context: 'agenda', version: '1.0', scopes: ['agenda'] });
 * ```
 */
export interface SplpApiOptions {
  /** The API's context, e.g. `'agenda'` or `'simalik'`. */
  readonly context: string;
  /** The API's version, e.g. `'1.0'`. */
  readonly version: string;
  /** Overrides the client's tenant domain (`null` for a super-tenant API). */
  readonly tenantDomain?: string | null;
  /** Overrides the client's authentication for this API. */
  readonly auth?: SplpAuth;
  /** OAuth2 scopes for this API's tokens (default: the client's `auth.scopes`). */
  readonly scopes?: readonly string[];
}

/**
 * Options of one untyped call.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * await agenda.get('/api/agenda', { query: { tanggal: '2026-01-12' }, schema: z.object({ data: z.array(z.unknown()) }) });
 * ```
 */
export interface SplpRequestOptions<T> extends CallOptions {
  /** Query parameters (arrays repeat the parameter). */
  readonly query?: Readonly<Record<string, string | number | boolean | readonly (string | number)[] | undefined>>;
  /** Extra headers. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Request body, sent as JSON. */
  readonly body?: unknown;
  /** Validates the response; without it the parsed JSON is returned as `unknown`. */
  readonly schema?: z.ZodType<T>;
  /** `'json'` (default) or `'text'`. */
  readonly responseType?: 'json' | 'text';
  /** Allow retries for a method that is not GET/HEAD/OPTIONS (only when the provider guarantees it is safe). */
  readonly idempotent?: boolean;
}

/**
 * A caller for one subscribed API. `get`/`post`/`request` are untyped (optionally validated
 * with a zod schema); `openapi` is an openapi-fetch client typed by the provider's
 * OpenAPI document (types generated with openapi-typescript). Both go through the same
 * middleware and throw only `InteropError`s: a {@link GatewayError} when SPLP itself
 * refused or failed, a {@link ProviderError} when the provider did.
 *
 * @example
 * ```ts
 * import type { SplpApi } from '@spbe-kit/interop';
 * const agenda: SplpApi = splp.api({ context: 'agenda', version: '1.0' });
 * const items = await agenda.get('/api/agenda');
 * ```
 */
export interface SplpApi<Paths extends object = Record<string, never>> {
  /** `{gateway}/t/{tenant}/{context}/{version}`. */
  readonly baseUrl: string;
  /** Typed calls: `api.openapi.GET('/api/agenda/{id}', { params: { path: { id: 1 } } })`. */
  readonly openapi: Client<Paths>;
  /** GET a resource path (relative to the API). */
  get<T = unknown>(path: string, options?: SplpRequestOptions<T>): Promise<T>;
  /** POST to a resource path (not retried unless `idempotent`). */
  post<T = unknown>(path: string, options?: SplpRequestOptions<T>): Promise<T>;
  /** Any method. */
  request<T = unknown>(method: string, path: string, options?: SplpRequestOptions<T>): Promise<T>;
}

/**
 * A client for APIs subscribed through SPLP.
 *
 * @example
 * ```ts
 * import { type SplpClient, createSplpClient } from '@spbe-kit/interop';
 * const splp: SplpClient = createSplpClient({ gatewayUrl: 'https://splp.layanan.go.id', auth: { type: 'none' } });
 * ```
 */
export interface SplpClient {
  /**
   * A caller for one subscribed API; pass the `paths` type generated from the provider's
   * OpenAPI document for typed calls.
   */
  api<Paths extends object = Record<string, never>>(options: SplpApiOptions): SplpApi<Paths>;
  /** An access token for these scopes (cached), for diagnostics or other tools; only with OAuth2. */
  accessToken(scopes?: readonly string[], options?: CallOptions): Promise<string>;
}

function configError(path: string, message: LocalizedText, cause?: unknown): ValidationError {
  return new ValidationError([{ code: 'interop.config.splp' satisfies InteropIssueCode, path: [path], message }], {
    cause,
  });
}

function trimSlashes(value: string): string {
  return value.replace(/^\/+|\/+$/g, '');
}

function checkGatewayUrl(value: string): string {
  let cause: unknown;
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return value.replace(/\/+$/, '');
  } catch (error) {
    cause = error; // reported below
  }
  throw configError(
    'gatewayUrl',
    { id: 'Harus berupa URL http(s) yang lengkap', en: 'Must be a complete http(s) URL' },
    cause,
  );
}

function parserFor<T>(options: SplpRequestOptions<T> | undefined): (response: BufferedResponse) => ParseOutcome<T> {
  return (response) => {
    if (options?.responseType === 'text') return { ok: true, value: response.text as T };
    if (response.text === '' && options?.schema === undefined) return { ok: true, value: undefined as T };
    const json = parseJsonText(response.text);
    if (!json.ok) return json;
    return options?.schema ? validateWith(options.schema, json.value) : { ok: true, value: json.value as T };
  };
}

/**
 * openapi-fetch receives the body again and parses it as the caller asks (`parseAs`), so only the
 * syntax of a body that says it is JSON is checked here: a broken one becomes a ResponseValidationError.
 */
const jsonSyntax = (response: BufferedResponse): ParseOutcome<undefined> => {
  if (response.text === '' || !(response.headers.get('content-type') ?? '').includes('json'))
    return { ok: true, value: undefined };
  const json = parseJsonText(response.text);
  return json.ok ? { ok: true, value: undefined } : json;
};

/**
 * Creates a client for the SPLP government service bus. `auth` is OAuth2 client
 * credentials (tokens cached until shortly before they expire, one refresh after a 401,
 * one shared token request for concurrent callers), an API-key header with a configurable
 * name, or none. `client.api({ context, version })` gives a caller for one subscribed API
 * at `{gateway}/t/{tenant}/{context}/{version}`.
 *
 * @example
 * ```ts
 * import { createSplpClient } from '@spbe-kit/interop';
 * // openapi-typescript output for the API; here the example agenda API that ships with the mocks
 * import type { AgendaApiPaths as AgendaPaths } from '@spbe-kit/interop/testing';
 * const splp = createSplpClient({
 *   gatewayUrl: 'https://splp.layanan.go.id',
 *   tenantDomain: 'kaltimprov.go.id',
 *   auth: { type: 'oauth2-client-credentials', consumerKey: 'key', consumerSecret: 'secret' },
 *   identity: { regionCode: '64.72', application: 'sipd-samarinda' },
 * });
 * const agenda = splp.api<AgendaPaths>({ context: 'agenda', version: '1.0', scopes: ['agenda'] });
 * const { data } = await agenda.openapi.GET('/api/agenda/{id}', { params: { path: { id: 1 } } });
 * const untyped = await agenda.get('/api/agenda', { query: { tanggal: '2026-01-12' } });
 * ```
 */
export function createSplpClient(options: SplpClientOptions): SplpClient {
  const gatewayUrl = checkGatewayUrl(options.gatewayUrl);
  const tokenCaches = new Map<string, TokenCache>();

  const tokenCacheFor = (auth: Extract<SplpAuth, { type: 'oauth2-client-credentials' }>): TokenCache => {
    const tokenUrl = auth.tokenUrl ?? `${gatewayUrl}/oauth2/token`;
    const key = `${tokenUrl} ${auth.consumerKey}`;
    let cache = tokenCaches.get(key);
    if (cache === undefined) {
      // The token request has its own transport: same identity, hooks and limits, gateway-style errors.
      const tokenTransport = createTransport(options, { classifyFailure: classifyTokenFailure });
      cache = createTokenCache(auth, tokenUrl, tokenTransport);
      tokenCaches.set(key, cache);
    }
    return cache;
  };

  const authenticatorFor = (auth: SplpAuth, scopes: readonly string[]): Authenticator | undefined => {
    switch (auth.type) {
      case 'none':
        return undefined;
      case 'api-key': {
        if (auth.headerName.trim() === '')
          throw configError('auth', {
            id: 'Nama header kunci API wajib diisi',
            en: 'The API-key header name is required',
          });
        return { authorize: (headers) => headers.set(auth.headerName, auth.key) };
      }
      case 'oauth2-client-credentials': {
        const cache = tokenCacheFor(auth);
        return {
          async authorize(headers, signal) {
            headers.set('Authorization', `Bearer ${await cache.get(scopes, signal)}`);
          },
          refreshAfterUnauthorized(_error, headers) {
            const used = headers.get('Authorization')?.replace(/^Bearer /, '');
            if (used !== undefined) cache.invalidate(used);
            return true;
          },
        };
      }
    }
  };

  function api<Paths extends object = Record<string, never>>(apiOptions: SplpApiOptions): SplpApi<Paths> {
    const context = trimSlashes(apiOptions.context);
    const version = trimSlashes(apiOptions.version);
    if (context === '' || version === '')
      throw configError('context', {
        id: 'Konteks dan versi API wajib diisi',
        en: 'The API context and version are required',
      });
    const tenant = apiOptions.tenantDomain === null ? undefined : (apiOptions.tenantDomain ?? options.tenantDomain);
    const baseUrl = `${gatewayUrl}${tenant ? `/t/${encodeURIComponent(tenant)}` : ''}/${context}/${version}`;
    const auth = apiOptions.auth ?? options.auth;
    const scopes = apiOptions.scopes ?? (auth.type === 'oauth2-client-credentials' ? (auth.scopes ?? []) : []);
    const transport: Transport = createTransport(options, {
      classifyFailure: classifySplpFailure,
      authenticator: authenticatorFor(auth, scopes),
    });
    const operation = `splp.${context}/${version}`;

    const openapi = createClient<Paths>({ baseUrl, fetch: fetchThroughTransport(transport, operation, jsonSyntax) });

    const request = <T>(method: string, path: string, requestOptions?: SplpRequestOptions<T>): Promise<T> => {
      const url = new URL(`${baseUrl}/${path.replace(/^\/+/, '')}`);
      for (const [name, value] of Object.entries(requestOptions?.query ?? {})) {
        if (value === undefined) continue;
        if (Array.isArray(value))
          for (const item of value as readonly (string | number)[]) url.searchParams.append(name, String(item));
        else url.searchParams.set(name, String(value));
      }
      const headers = new Headers(requestOptions?.headers);
      if (!headers.has('Accept'))
        headers.set('Accept', requestOptions?.responseType === 'text' ? '*/*' : 'application/json');
      let body: string | null = null;
      if (requestOptions?.body !== undefined) {
        body = JSON.stringify(requestOptions.body);
        if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
      }
      const upper = method.toUpperCase();
      return transport.execute<T>({
        method: upper,
        url: url.toString(),
        headers,
        body,
        operation,
        idempotent: requestOptions?.idempotent ?? (upper === 'GET' || upper === 'HEAD' || upper === 'OPTIONS'),
        options: requestOptions,
        parse: parserFor(requestOptions),
      });
    };

    return {
      baseUrl,
      openapi,
      get: (path, requestOptions) => request('GET', path, requestOptions),
      post: (path, requestOptions) => request('POST', path, requestOptions),
      request,
    };
  }

  return {
    api,
    accessToken(scopes, callOptions) {
      if (options.auth.type !== 'oauth2-client-credentials') {
        return Promise.reject(
          configError('auth', { id: 'Klien ini tidak memakai OAuth2', en: 'This client does not use OAuth2' }),
        );
      }
      return tokenCacheFor(options.auth).get(scopes ?? options.auth.scopes ?? [], callOptions?.signal);
    },
  };
}
