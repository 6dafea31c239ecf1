import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { FaultQueue, type FaultController, type MockFault } from './faults.js';

/**
 * A request as a mock server saw it.
 *
 * @example
 * ```ts
 * const last: MockRequest | undefined = mock.requests.at(-1);
 * last?.url.searchParams.get('q');
 * ```
 */
export interface MockRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: IncomingHttpHeaders;
  /** The body as UTF-8 text. */
  readonly body: string;
  /** The body's bytes (a multipart upload, a binary file). */
  readonly rawBody: Uint8Array;
}

/**
 * What a mock route answers.
 *
 * @example
 * ```ts
 * const answer: MockResponse = { status: 200, body: '{}', headers: { 'content-type': 'application/json' } };
 * ```
 */
export interface MockResponse {
  readonly status: number;
  /** Text (sent as UTF-8) or bytes (a file download). */
  readonly body: string | Uint8Array;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * A running mock server.
 *
 * @example
 * ```ts
 * const server: MockServer = await startCkanMock();
 * server.requests.at(-1)?.headers['x-request-id'];
 * ```
 */
export interface MockServer {
  /** `http://127.0.0.1:{port}` */
  readonly url: string;
  /** Injects faults into the next responses. */
  readonly faults: FaultController;
  /** Every request received, oldest first (the last 1 000). */
  readonly requests: readonly MockRequest[];
  /** Stops the server and closes every open connection. */
  close(): Promise<void>;
}

/**
 * How a specific mock renders error bodies for injected faults.
 *
 * @example
 * ```ts
 * await startMockServer(handler, { errorResponse: (status) => json(status, { error: 'injected' }) });
 * ```
 */
export interface MockServerSettings {
  /** Body and headers of an injected `status` or `rate-limit` fault. */
  readonly errorResponse: (status: number, fault: MockFault, request: MockRequest) => MockResponse;
  /** The loopback port to listen on (default `0`: a free port). */
  readonly port?: number;
}

/**
 * Convenience: a JSON response.
 *
 * @example
 * ```ts
 * json(404, { success: false, error: { __type: 'Not Found Error' } });
 * ```
 */
export function json(status: number, value: unknown, headers: Readonly<Record<string, string>> = {}): MockResponse {
  return {
    status,
    body: JSON.stringify(value),
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  };
}

const htmlErrorPage = (status: number): string =>
  `<html>\r\n<head><title>${status} Bad Gateway</title></head>\r\n<body>\r\n<center><h1>${status} Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

const bytesOf = (body: string | Uint8Array): Buffer =>
  typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body.buffer, body.byteOffset, body.byteLength);

function send(response: ServerResponse, answer: MockResponse, bodyOverride?: Uint8Array): void {
  const body = bodyOverride ? bytesOf(bodyOverride) : bytesOf(answer.body);
  response.writeHead(answer.status, { ...answer.headers, 'content-length': String(body.length) });
  response.end(body);
}

/**
 * Starts a real HTTP server on 127.0.0.1 (a free port) that answers with `handler`, records
 * requests and applies injected faults. The CKAN, BPS and SPLP mocks are built on it.
 *
 * @example
 * ```ts
 * import { startMockServer, json } from '@spbe-kit/interop/testing';
 * const server = await startMockServer(() => json(200, { ok: true }), {
 *   errorResponse: (status) => json(status, { error: 'injected' }),
 * });
 * await fetch(server.url);
 * await server.close();
 * ```
 */
export async function startMockServer(
  handler: (request: MockRequest) => MockResponse | Promise<MockResponse>,
  settings: MockServerSettings,
): Promise<MockServer> {
  const faults = new FaultQueue();
  const requests: MockRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<ReturnType<typeof setTimeout>>();

  const server = createServer((incoming, response) => {
    void (async () => {
      const rawBody = await readBody(incoming);
      const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
      const request: MockRequest = {
        method: incoming.method ?? 'GET',
        url,
        headers: incoming.headers,
        body: rawBody.toString('utf8'),
        rawBody: new Uint8Array(rawBody),
      };
      requests.push(request);
      if (requests.length > 1000) requests.shift();

      const fault = faults.take(url.pathname);
      if (fault?.kind === 'drop-connection' && fault.midBody !== true) {
        incoming.socket.destroy();
        return;
      }
      if (fault?.kind === 'slow') {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            timers.delete(timer);
            resolve();
          }, fault.delayMs);
          timers.add(timer);
          incoming.socket.once('close', () => {
            clearTimeout(timer);
            timers.delete(timer);
            resolve();
          });
        });
        if (incoming.socket.destroyed) return;
      }
      if (fault?.kind === 'status' || fault?.kind === 'rate-limit') {
        send(response, settings.errorResponse(fault.kind === 'status' ? fault.status : 429, fault, request));
        return;
      }
      if (fault?.kind === 'html-error-page') {
        const status = fault.status ?? 502;
        send(response, { status, body: htmlErrorPage(status), headers: { 'content-type': 'text/html' } });
        return;
      }
      if (fault?.kind === 'malformed-json') {
        send(response, {
          status: 200,
          body: '{"success": true, "result": [1, 2,, }',
          headers: { 'content-type': 'application/json' },
        });
        return;
      }

      const answer = await handler(request);
      if (fault?.kind === 'truncated-json') {
        const full = bytesOf(answer.body);
        send(response, answer, full.subarray(0, Math.floor(full.length / 2)));
        return;
      }
      if (fault?.kind === 'drop-connection') {
        // Promise the whole body, send half, then cut the connection.
        const full = bytesOf(answer.body);
        response.writeHead(answer.status, { ...answer.headers, 'content-length': String(full.length + 16) });
        response.write(full.subarray(0, Math.floor(full.length / 2)), () => incoming.socket.destroy());
        return;
      }
      send(response, answer);
    })().catch(() => {
      if (!response.headersSent)
        send(response, { status: 500, body: 'mock server failure', headers: { 'content-type': 'text/plain' } });
      else response.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    faults,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
