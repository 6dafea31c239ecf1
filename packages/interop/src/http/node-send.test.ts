import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeSend } from './node-send.js';
import { RequestHeaders } from './request-headers.js';
import { fetchSend, type OutgoingRequest, type Send } from './send.js';

// A real server on 127.0.0.1 that answers as the test asks through the query: `?body=` (base64),
// `encoding=` (gzip, x-gzip, deflate, deflate-raw, br, identity), `bom=1`, `chunks=N`, and the
// redirect routes. Every request it sees is recorded, so both senders can be compared.
interface Seen {
  readonly method: string;
  readonly path: string;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}
const seen: Seen[] = [];
let server: http.Server;
let other: http.Server;
let base = '';
let otherBase = '';

function encode(encoding: string, body: Buffer): Buffer {
  switch (encoding) {
    case 'gzip':
    case 'x-gzip':
      return zlib.gzipSync(body);
    case 'deflate':
      return zlib.deflateSync(body);
    case 'deflate-raw':
      return zlib.deflateRawSync(body);
    case 'br':
      return zlib.brotliCompressSync(body);
    default:
      return body;
  }
}

function handler(request: http.IncomingMessage, response: http.ServerResponse): void {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const url = new URL(request.url ?? '/', 'http://x');
    seen.push({
      method: request.method ?? '',
      path: url.pathname,
      headers: request.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    });
    const redirect = url.searchParams.get('redirect');
    if (url.pathname === '/loop') {
      response.writeHead(302, { location: '/loop' }).end();
      return;
    }
    if (redirect !== null) {
      const status = Number(url.searchParams.get('status') ?? 302);
      response.writeHead(status, { location: redirect }).end('moved');
      return;
    }
    if (url.pathname === '/cut') {
      response.writeHead(200, { 'content-length': '100' });
      response.write('{"partial":');
      setTimeout(() => response.destroy(), 10);
      return;
    }
    if (url.pathname === '/echo') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(seen.at(-1)));
      return;
    }
    const encoding = url.searchParams.get('encoding') ?? 'identity';
    let body = Buffer.from(url.searchParams.get('body') ?? '', 'base64');
    if (url.searchParams.get('bom') === '1') body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]);
    const wire = encode(encoding, body);
    const headers: http.OutgoingHttpHeaders = { 'content-type': 'text/plain; charset=utf-8', 'x-answer': 'yes' };
    if (encoding !== 'identity') headers['content-encoding'] = encoding === 'deflate-raw' ? 'deflate' : encoding;
    response.writeHead(Number(url.searchParams.get('status') ?? 200), headers);
    const pieces = Math.max(1, Number(url.searchParams.get('chunks') ?? 1));
    const size = Math.ceil(wire.length / pieces);
    for (let offset = 0; offset < wire.length; offset += size) response.write(wire.subarray(offset, offset + size));
    response.end();
  });
}

const listen = async (target: http.Server): Promise<string> => {
  await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(target.address() as AddressInfo).port}`;
};

beforeAll(async () => {
  server = http.createServer(handler);
  other = http.createServer(handler);
  base = await listen(server);
  otherBase = (await listen(other)).replace('127.0.0.1', 'localhost');
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await new Promise((resolve) => other.close(resolve));
});

const send = nodeSend() as Send;
const viaFetch = fetchSend((input, init) => fetch(input, init));
const request = (url: string, extra: Partial<OutgoingRequest> = {}): OutgoingRequest => ({
  method: 'GET',
  url,
  headers: new RequestHeaders(),
  body: null,
  signal: new AbortController().signal,
  ...extra,
});

describe('sending with node:http', () => {
  it('is available in Node.js', () => {
    expect(typeof send).toBe('function');
  });

  it('reads every body and coding exactly as fetch reads it (property, against fetch itself)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'binary', maxLength: 400 }),
        fc.constantFrom('identity', 'gzip', 'x-gzip', 'deflate', 'deflate-raw', 'br'),
        fc.boolean(),
        fc.integer({ min: 1, max: 5 }),
        fc.constantFrom(200, 201, 404, 500),
        async (text, encoding, bom, chunks, status) => {
          const body = Buffer.from(text, 'utf8').toString('base64url');
          const url = `${base}/x?body=${body}&encoding=${encoding}&bom=${bom ? 1 : 0}&chunks=${chunks}&status=${status}`;
          const [mine, theirs] = await Promise.all([send(request(url)), viaFetch(request(url))]);
          expect(mine.status).toBe(theirs.status);
          expect(mine.text).toBe(theirs.text);
          expect(mine.headers.get('x-answer')).toBe('yes');
          expect(mine.headers.get('content-type')).toBe(theirs.headers.get('content-type'));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('sends the method, headers and body it is given', async () => {
    const headers = new RequestHeaders({ 'Content-Type': 'application/json', 'X-Request-Id': 'req-7' });
    const answer = await send(request(`${base}/echo`, { method: 'POST', headers, body: '{"a":1}' }));
    const echoed = JSON.parse(answer.text) as Seen;
    expect(echoed).toMatchObject({ method: 'POST', body: '{"a":1}' });
    expect(echoed.headers).toMatchObject({ 'content-type': 'application/json', 'x-request-id': 'req-7' });
    const bytes = await send(request(`${base}/echo`, { method: 'PUT', body: new TextEncoder().encode('é') }));
    expect((JSON.parse(bytes.text) as Seen).body).toBe('é');
  });

  it('follows redirects as fetch does: 303 and a redirected POST become a GET, 307 and 308 keep the body', async () => {
    for (const [status, method, expected] of [
      [303, 'POST', { method: 'GET', body: '' }],
      [302, 'POST', { method: 'GET', body: '' }],
      [301, 'POST', { method: 'GET', body: '' }],
      [307, 'POST', { method: 'POST', body: 'data' }],
      [308, 'PUT', { method: 'PUT', body: 'data' }],
      [302, 'PUT', { method: 'PUT', body: 'data' }],
    ] as const) {
      const headers = new RequestHeaders({ 'content-type': 'text/plain' });
      const url = `${base}/from?status=${status}&redirect=/echo`;
      const answer = await send(request(url, { method, headers, body: 'data' }));
      expect({ status, ...(JSON.parse(answer.text) as Seen) }).toMatchObject({ status, ...expected, path: '/echo' });
      if (expected.method === 'GET') expect((JSON.parse(answer.text) as Seen).headers['content-type']).toBeUndefined();
    }
  });

  it('keeps credentials on the same origin and drops them on another, as fetch does', async () => {
    const headers = (): RequestHeaders => new RequestHeaders({ authorization: 'Bearer secret', 'x-keep': '1' });
    const same = await send(request(`${base}/from?redirect=/echo`, { headers: headers() }));
    expect((JSON.parse(same.text) as Seen).headers.authorization).toBe('Bearer secret');
    const away = await send(
      request(`${base}/from?redirect=${encodeURIComponent(`${otherBase}/echo`)}`, { headers: headers() }),
    );
    const echoed = JSON.parse(away.text) as Seen;
    expect(echoed.headers.authorization).toBeUndefined();
    expect(echoed.headers['x-keep']).toBe('1');
  });

  it('gives up after 20 redirects and refuses a redirect to another scheme', async () => {
    await expect(send(request(`${base}/loop`))).rejects.toThrow(/20 redirects/);
    await expect(send(request(`${base}/from?redirect=${encodeURIComponent('file:///etc/passwd')}`))).rejects.toThrow(
      /unsupported scheme/,
    );
  });

  it('rejects when the connection drops mid-body, when refused, and when the signal aborts', async () => {
    await expect(send(request(`${base}/cut`))).rejects.toThrow();
    const closed = http.createServer();
    const closedUrl = await listen(closed);
    await new Promise((resolve) => closed.close(resolve));
    await expect(send(request(closedUrl))).rejects.toThrow();
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(send(request(`${base}/x`, { signal: controller.signal }))).rejects.toThrow();
  });
});

describe('request headers', () => {
  it('refuse what Headers refuses (and control characters node:http refuses), and keep the rest as Headers keeps it (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 40 }), (name, value) => {
        let expected: string | null | TypeError;
        try {
          const reference = new Headers();
          reference.set(name, value);
          expected = reference.get(name);
        } catch (error) {
          expected = error as TypeError;
        }
        const mine = new RequestHeaders();
        if (expected instanceof TypeError) {
          expect(() => mine.set(name, value)).toThrow(TypeError);
          return;
        }
        let refused = false;
        try {
          mine.set(name, value);
        } catch (error) {
          expect(error).toBeInstanceOf(TypeError);
          refused = true;
        }
        const control = [...value].some((char) => {
          const code = char.charCodeAt(0);
          return (code < 0x20 && code !== 0x09) || code === 0x7f;
        });
        if (refused) expect(control).toBe(true);
        else {
          expect(mine.get(name.toUpperCase())).toBe(expected);
          expect(Object.keys(mine.record())).toEqual([name.toLowerCase()]);
        }
      }),
    );
  });
});
