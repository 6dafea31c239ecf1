import { describe, expect, it } from 'vitest';
import { createTransport } from '../http/transport.js';
import { createTokenCache } from './oauth2-token-cache.js';

/** A token endpoint in a function: counts requests and answers with a fresh token each time. */
function fakeTokenEndpoint(expiresIn: number) {
  const seen: { body: string; authorization: string | null }[] = [];
  const fetch = async (_url: string, init: RequestInit): Promise<Response> => {
    seen.push({ body: init.body as string, authorization: new Headers(init.headers).get('authorization') });
    await new Promise((resolve) => setTimeout(resolve, 5));
    return new Response(
      JSON.stringify({ access_token: `token-${seen.length}`, token_type: 'Bearer', expires_in: expiresIn }),
      { status: 200 },
    );
  };
  return { seen, transport: createTransport({ fetch }) };
}

const auth = { type: 'oauth2-client-credentials', consumerKey: 'key', consumerSecret: 'rahasia' } as const;

describe('OAuth2 token cache', () => {
  it('reuses a token until refreshBeforeExpiryMs before it expires, then fetches a new one', async () => {
    let now = 1_000_000;
    const endpoint = fakeTokenEndpoint(3600);
    const cache = createTokenCache(
      { ...auth, refreshBeforeExpiryMs: 60_000 },
      'https://splp.example/oauth2/token',
      endpoint.transport,
      () => now,
    );
    expect(await cache.get([])).toBe('token-1');
    now += 3_539_000; // 1 s before the renewal point
    expect(await cache.get([])).toBe('token-1');
    now += 1_000; // at the renewal point: 60 s before expiry
    expect(await cache.get([])).toBe('token-2');
    expect(endpoint.seen).toHaveLength(2);
    expect(endpoint.seen[0]?.authorization).toBe(`Basic ${btoa('key:rahasia')}`);
    expect(endpoint.seen[0]?.body).toBe('grant_type=client_credentials');
  });

  it('keeps one token per scope set and sends the scopes', async () => {
    const endpoint = fakeTokenEndpoint(3600);
    const cache = createTokenCache(auth, 'https://splp.example/oauth2/token', endpoint.transport);
    const [a, b] = await Promise.all([cache.get(['agenda', 'cuaca']), cache.get(['cuaca', 'agenda'])]);
    expect(a).toBe(b);
    expect(await cache.get(['perizinan'])).not.toBe(a);
    expect(endpoint.seen.map((entry) => entry.body)).toEqual([
      'grant_type=client_credentials&scope=agenda+cuaca',
      'grant_type=client_credentials&scope=perizinan',
    ]);
  });

  it('forgets a rejected token only if it is still the cached one', async () => {
    const endpoint = fakeTokenEndpoint(3600);
    const cache = createTokenCache(auth, 'https://splp.example/oauth2/token', endpoint.transport);
    const first = await cache.get([]);
    cache.invalidate('some-older-token');
    expect(await cache.get([])).toBe(first);
    cache.invalidate(first);
    expect(await cache.get([])).toBe('token-2');
  });

  it('never keeps a short-lived token past half its lifetime', async () => {
    let now = 0;
    const endpoint = fakeTokenEndpoint(10);
    const cache = createTokenCache(auth, 'https://splp.example/oauth2/token', endpoint.transport, () => now);
    await cache.get([]);
    now = 5_000;
    expect(await cache.get([])).toBe('token-2');
  });
});
