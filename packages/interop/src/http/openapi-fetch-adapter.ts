import { InteropError } from '../errors/interop-error.js';
import { NetworkError } from '../errors/network-error.js';
import type { CallOptions } from './call-identity.js';
import type { BufferedResponse, ParseOutcome, Transport } from './transport.js';

const noBody = new Set(['GET', 'HEAD']);
const nullBodyStatus = new Set([101, 204, 205, 304]);

/**
 * openapi-fetch's documented `fetch` option for the SPLP `openapi` caller: the `Request`
 * openapi-fetch built goes through the transport (identity headers, credentials, timeouts,
 * retries, typed errors, hooks) and openapi-fetch receives the provider's answer as a
 * `Response`, which it parses as the caller asks (`parseAs`). `check` may reject a 2xx body
 * (a body that says it is JSON and is not).
 */
export function fetchThroughTransport(
  transport: Transport,
  operation: string,
  check: (response: BufferedResponse) => ParseOutcome<undefined>,
): (request: Request) => Promise<Response> {
  return async (request: Request): Promise<Response> => {
    try {
      const body = noBody.has(request.method) || request.body === null ? null : await request.arrayBuffer();
      const options: CallOptions = { signal: request.signal };
      const buffered = await transport.execute<BufferedResponse>({
        method: request.method,
        url: request.url,
        headers: request.headers,
        body,
        operation,
        options,
        parse: (response) => {
          const checked = check(response);
          return checked.ok ? { ok: true, value: response } : checked;
        },
      });
      const status = buffered.status;
      return new Response(nullBodyStatus.has(status) ? null : buffered.text, { status, headers: buffered.headers });
    } catch (error) {
      if (InteropError.isInstance(error)) throw error;
      throw new NetworkError({ reason: 'connection', cause: error });
    }
  };
}
