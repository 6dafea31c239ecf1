import { jsonParser } from '../http/parse-json.js';
import type { Transport } from '../http/transport.js';
import type { SplpOAuth2Auth } from './splp-auth.js';
import { splpTokenResponseSchema } from './splp-schemas.js';

interface CachedToken {
  readonly accessToken: string;
  readonly renewAt: number;
}

/** Caches OAuth2 client-credentials tokens per scope set. */
export interface TokenCache {
  /** A valid token for these scopes: cached, or fetched once for all concurrent callers. */
  get(scopes: readonly string[], signal?: AbortSignal): Promise<string>;
  /** Forgets `accessToken` if it is the one cached (after a 401). */
  invalidate(accessToken: string): void;
}

function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function waitFor<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return promise;
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  let onAbort = (): void => undefined;
  const aborted = new Promise<never>((_resolve, reject) => {
    onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  return Promise.race([promise, aborted]).finally(() => signal.removeEventListener('abort', onAbort));
}

/**
 * A token cache: a token is reused until `refreshBeforeExpiryMs` before it expires;
 * concurrent callers share one token request; a caller giving up (its signal) does not
 * cancel the request others wait for.
 */
export function createTokenCache(
  auth: SplpOAuth2Auth,
  tokenUrl: string,
  transport: Transport,
  now: () => number = Date.now,
): TokenCache {
  const refreshBeforeExpiryMs = auth.refreshBeforeExpiryMs ?? 60_000;
  const cached = new Map<string, CachedToken>();
  const pending = new Map<string, Promise<string>>();
  const authorization = `Basic ${base64(`${auth.consumerKey}:${auth.consumerSecret}`)}`;
  const parse = jsonParser(splpTokenResponseSchema);

  const request = async (key: string, scopes: readonly string[]): Promise<string> => {
    const body = new URLSearchParams({ grant_type: 'client_credentials' });
    if (scopes.length > 0) body.set('scope', scopes.join(' '));
    const requestedAt = now();
    const token = await transport.execute({
      method: 'POST',
      url: tokenUrl,
      headers: new Headers({
        Authorization: authorization,
        'Content-Type': 'application/x-www-form-urlencoded',
        Accept: 'application/json',
      }),
      body: body.toString(),
      operation: 'splp.token',
      // Asking for a client-credentials token again has no side effect.
      idempotent: true,
      parse,
    });
    const lifetimeMs = token.expires_in * 1000;
    cached.set(key, {
      accessToken: token.access_token,
      renewAt: requestedAt + Math.max(0, lifetimeMs - Math.min(refreshBeforeExpiryMs, lifetimeMs / 2)),
    });
    return token.access_token;
  };

  return {
    get(scopes, signal) {
      const key = [...scopes].sort().join(' ');
      const hit = cached.get(key);
      if (hit !== undefined && now() < hit.renewAt) return Promise.resolve(hit.accessToken);
      let shared = pending.get(key);
      if (shared === undefined) {
        shared = request(key, scopes).finally(() => pending.delete(key));
        pending.set(key, shared);
        // Nobody may be waiting when it fails (all callers aborted): do not leave an unhandled rejection.
        shared.catch(() => undefined);
      }
      return waitFor(shared, signal);
    },
    invalidate(accessToken) {
      for (const [key, entry] of cached) if (entry.accessToken === accessToken) cached.delete(key);
    },
  };
}
