import type * as Http from 'node:http';
import type * as Https from 'node:https';
import type * as Zlib from 'node:zlib';
import { RequestHeaders } from './request-headers.js';
import type { BufferedResponse, OutgoingRequest, Send } from './send.js';

interface NodeModules {
  readonly http: typeof Http;
  readonly https: typeof Https;
  readonly zlib: typeof Zlib;
}

/** What one exchange brought back, before redirects are followed and the body is decoded. */
interface RawAnswer {
  readonly status: number;
  readonly rawHeaders: readonly string[];
  readonly location: string | undefined;
  readonly encoding: string | undefined;
  readonly body: Buffer;
}

/** As many redirects as `fetch` follows. */
const maxRedirects = 20;
const redirectStatus = new Set([301, 302, 303, 307, 308]);
/** Headers that describe a request body, dropped when a redirect turns the request into a GET. */
const bodyHeaders = ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location'];
/** Credentials `fetch` does not carry to another origin on a redirect. */
const credentialHeaders = ['authorization', 'proxy-authorization', 'cookie'];

/** node:http, node:https and node:zlib, where the runtime offers them without an import. */
function nodeModules(): NodeModules | undefined {
  const load = (
    globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }
  ).process?.getBuiltinModule?.bind(globalThis.process);
  if (load === undefined) return undefined;
  const http = load('node:http') as typeof Http | undefined;
  const https = load('node:https') as typeof Https | undefined;
  const zlib = load('node:zlib') as typeof Zlib | undefined;
  return http && https && zlib ? { http, https, zlib } : undefined;
}

/**
 * A {@link Send} on node:http / node:https with the runtime's keep-alive agents, behaving as the
 * platform's `fetch` does for what the clients need: redirects followed (303, and 301/302 after a
 * POST, become a GET without body; credentials are not carried to another origin), gzip, deflate and
 * brotli bodies decoded, the text read as UTF-8 without a byte-order mark. `undefined` where the
 * runtime has no `process.getBuiltinModule` (browsers).
 */
export function nodeSend(): Send | undefined {
  const modules = nodeModules();
  if (modules === undefined) return undefined;
  return (request) => follow(modules, request, 0);
}

async function follow(modules: NodeModules, request: OutgoingRequest, redirects: number): Promise<BufferedResponse> {
  const answer = await exchange(modules, request);
  if (redirectStatus.has(answer.status) && answer.location !== undefined) {
    if (redirects >= maxRedirects) throw new TypeError(`more than ${maxRedirects} redirects`);
    return follow(modules, redirected(request, answer.status, answer.location), redirects + 1);
  }
  const body = await decode(modules.zlib, answer.encoding, answer.body);
  const headers = new Headers();
  for (let i = 0; i + 1 < answer.rawHeaders.length; i += 2)
    headers.append(answer.rawHeaders[i] as string, answer.rawHeaders[i + 1] as string);
  let text = body.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { status: answer.status, headers, text };
}

/** The request a redirect asks for, as `fetch` makes it. */
function redirected(request: OutgoingRequest, status: number, location: string): OutgoingRequest {
  const target = new URL(location, request.url);
  if (target.protocol !== 'http:' && target.protocol !== 'https:')
    throw new TypeError(`redirect to an unsupported scheme: ${target.protocol}`);
  const toGet =
    status === 303
      ? request.method !== 'GET' && request.method !== 'HEAD'
      : (status === 301 || status === 302) && request.method === 'POST';
  const dropped = [
    ...(toGet ? bodyHeaders : []),
    ...(target.origin === new URL(request.url).origin ? [] : credentialHeaders),
  ];
  if (!toGet && dropped.length === 0) return { ...request, url: target.href };
  const headers = new RequestHeaders(request.headers.record());
  for (const name of dropped) headers.delete(name);
  return {
    ...request,
    url: target.href,
    method: toGet ? 'GET' : request.method,
    body: toGet ? null : request.body,
    headers,
  };
}

/** One request and its whole answer (no redirect followed). */
function exchange(modules: NodeModules, request: OutgoingRequest): Promise<RawAnswer> {
  return new Promise<RawAnswer>((resolve, reject) => {
    const library = request.url.startsWith('https:') ? modules.https : modules.http;
    const headers: Record<string, string> = {
      accept: '*/*',
      'accept-encoding': 'gzip, deflate, br',
      'user-agent': 'node',
    };
    Object.assign(headers, request.headers.record());
    const body =
      request.body === null
        ? undefined
        : typeof request.body === 'string'
          ? request.body
          : new Uint8Array(request.body);
    const outgoing = library.request(
      request.url,
      { method: request.method, headers, signal: request.signal },
      (incoming) => {
        const chunks: Buffer[] = [];
        let ended = false;
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('error', reject);
        incoming.on('end', () => {
          ended = true;
          const location = incoming.headers.location;
          const encoding = incoming.headers['content-encoding'];
          resolve({
            status: incoming.statusCode ?? 0,
            rawHeaders: incoming.rawHeaders,
            location,
            encoding,
            body: chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks),
          });
        });
        incoming.on('close', () => {
          if (!ended) reject(new Error('the connection closed before the end of the response'));
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** The body decoded as its `Content-Encoding` says (the last coding applied is undone first). */
async function decode(zlib: typeof Zlib, encoding: string | undefined, body: Buffer): Promise<Buffer> {
  if (encoding === undefined || body.length === 0) return body;
  let decoded = body;
  const codings = encoding
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity');
  for (const coding of codings.reverse()) decoded = await undo(zlib, coding, decoded);
  return decoded;
}

function undo(zlib: typeof Zlib, coding: string, body: Buffer): Promise<Buffer> {
  const run = (inflate: (input: Buffer, callback: (error: Error | null, result: Buffer) => void) => void) =>
    new Promise<Buffer>((resolve, reject) =>
      inflate(body, (error, result) => (error ? reject(error) : resolve(result))),
    );
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      return run((input, callback) => zlib.gunzip(input, { finishFlush: zlib.constants.Z_SYNC_FLUSH }, callback));
    case 'deflate':
      // Servers send zlib-wrapped (first byte 0x?8) or raw deflate under this name.
      return ((body[0] ?? 0) & 0x0f) === 8
        ? run((input, callback) => zlib.inflate(input, callback))
        : run((input, callback) => zlib.inflateRaw(input, callback));
    case 'br':
      return run((input, callback) => zlib.brotliDecompress(input, callback));
    default:
      // An unknown coding is left as it is, as fetch leaves it.
      return Promise.resolve(body);
  }
}
