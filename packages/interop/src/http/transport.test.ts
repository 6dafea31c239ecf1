import { describe, expect, it } from 'vitest';
import { NetworkError } from '../errors/network-error.js';
import { ProviderError } from '../errors/provider-error.js';
import type { AttemptEvent, CallRecord } from './hooks.js';
import { createTransport } from './transport.js';

const text = (response: { text: string }) => ({ ok: true as const, value: response.text });

describe('transport middleware', () => {
  it('keeps the request id across retries and reports every attempt', async () => {
    let calls = 0;
    const seenIds: (string | null)[] = [];
    const attempts: AttemptEvent[] = [];
    const records: CallRecord[] = [];
    const transport = createTransport(
      {
        retry: { baseDelayMs: 1 },
        headers: { 'User-Agent': 'spbe-kit-test' },
        hooks: { onAttempt: (event) => void attempts.push(event), onCallEnd: (record) => void records.push(record) },
        fetch: (_url, init) => {
          calls += 1;
          seenIds.push(new Headers(init.headers).get('x-request-id'));
          return Promise.resolve(new Response(calls < 3 ? 'busy' : 'ok', { status: calls < 3 ? 503 : 200 }));
        },
      },
      {},
    );
    expect(
      await transport.execute({
        method: 'GET',
        url: 'https://a.example/x',
        operation: 'test',
        parse: text,
        options: { requestId: 'req-1' },
      }),
    ).toBe('ok');
    expect(seenIds).toEqual(['req-1', 'req-1', 'req-1']);
    expect(attempts.map((event) => event.attempt)).toEqual([1, 2, 3]);
    expect(records).toEqual([
      expect.objectContaining({ requestId: 'req-1', attempts: 3, outcome: 'success', status: 200, host: 'a.example' }),
    ]);
  });

  it('never lets a throwing hook change the outcome', async () => {
    const hookErrors: unknown[] = [];
    const transport = createTransport({
      hooks: {
        onAttempt: () => {
          throw new TypeError('audit store down');
        },
        onCallEnd: () => Promise.reject(new TypeError('audit store down')),
        onHookError: (error) => void hookErrors.push(error),
      },
      fetch: () => Promise.resolve(new Response('ok')),
    });
    expect(await transport.execute({ method: 'GET', url: 'https://a.example/', operation: 'test', parse: text })).toBe(
      'ok',
    );
    expect(hookErrors).toHaveLength(2);
  });

  it('does not send the audit headers when propagateHeaders is false', async () => {
    let headers = new Headers();
    const transport = createTransport({
      propagateHeaders: false,
      identity: { regionCode: '64.72', application: 'app' },
      fetch: (_url, init) => {
        headers = new Headers(init.headers);
        return Promise.resolve(new Response('ok'));
      },
    });
    await transport.execute({
      method: 'GET',
      url: 'https://a.example/',
      operation: 'test',
      parse: text,
      options: { actingUserId: 'u1' },
    });
    expect(headers.has('x-request-id')).toBe(false);
    expect(headers.has('x-spbe-client')).toBe(false);
    expect(headers.has('x-spbe-user-id')).toBe(false);
  });

  it('turns whatever fetch throws into NetworkError, and keeps the cause', async () => {
    const cause = new TypeError('fetch failed');
    const transport = createTransport({ retry: false, fetch: () => Promise.reject(cause) });
    const error = await transport
      .execute({ method: 'GET', url: 'https://a.example/', operation: 'test', parse: text })
      .catch((thrown: unknown) => thrown);
    expect(error).toSatisfy(NetworkError.isInstance);
    expect((error as NetworkError).cause).toBe(cause);
  });

  it('does not retry a POST unless it is declared idempotent', async () => {
    let calls = 0;
    const transport = createTransport({
      retry: { baseDelayMs: 1 },
      fetch: () => {
        calls += 1;
        return Promise.resolve(new Response('busy', { status: 503 }));
      },
    });
    await expect(
      transport.execute({ method: 'POST', url: 'https://a.example/', body: '{}', operation: 'test', parse: text }),
    ).rejects.toSatisfy(ProviderError.isInstance);
    expect(calls).toBe(1);
    await expect(
      transport.execute({
        method: 'POST',
        url: 'https://a.example/',
        body: '{}',
        operation: 'test',
        idempotent: true,
        parse: text,
      }),
    ).rejects.toSatisfy(ProviderError.isInstance);
    expect(calls).toBe(4);
  });

  it('throws NetworkError (aborted) at once for an already-aborted signal', async () => {
    let calls = 0;
    const transport = createTransport({
      fetch: () => {
        calls += 1;
        return Promise.resolve(new Response('ok'));
      },
    });
    const controller = new AbortController();
    controller.abort();
    await expect(
      transport.execute({
        method: 'GET',
        url: 'https://a.example/',
        operation: 'test',
        parse: text,
        options: { signal: controller.signal },
      }),
    ).rejects.toMatchObject({
      reason: 'aborted',
    });
    expect(calls).toBe(0);
  });
});
