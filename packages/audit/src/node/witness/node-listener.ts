import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';

/**
 * Adapts a fetch handler `(Request) => Promise<Response>` (the witness handler, the tiles handler) to a
 * `node:http` request listener.
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http';
 * import { createWitnessHandler, toNodeListener } from '@spbe-kit/audit/witness';
 * createServer(toNodeListener(createWitnessHandler(witness))).listen(8080, '127.0.0.1');
 * ```
 */
export function toNodeListener(
  handler: (request: Request) => Promise<Response>,
): (request: IncomingMessage, response: ServerResponse) => void {
  return (incoming, outgoing) => {
    void (async () => {
      try {
        const url = `http://${incoming.headers.host ?? 'localhost'}${incoming.url ?? '/'}`;
        const headers = new Headers();
        for (const [name, value] of Object.entries(incoming.headers)) {
          if (typeof value === 'string') headers.set(name, value);
          else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
        }
        const hasBody = incoming.method !== 'GET' && incoming.method !== 'HEAD';
        const request = new Request(url, {
          method: incoming.method ?? 'GET',
          headers,
          body: hasBody ? (Readable.toWeb(incoming) as ReadableStream<Uint8Array>) : undefined,
          ...(hasBody ? { duplex: 'half' } : {}),
        });
        const response = await handler(request);
        outgoing.statusCode = response.status;
        response.headers.forEach((value, name) => outgoing.setHeader(name, value));
        const body = incoming.method === 'HEAD' ? undefined : new Uint8Array(await response.arrayBuffer());
        outgoing.end(body);
      } catch {
        if (!outgoing.headersSent) outgoing.statusCode = 500;
        outgoing.end();
      }
    })();
  };
}
