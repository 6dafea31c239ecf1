import type { CallDescription } from '../errors/interop-error.js';
import type { CallOptions } from './call-identity.js';
import type { BufferedResponse, ParseOutcome, Transport } from './transport.js';

/** Receives what the transport parsed, for the client method to return. */
export interface ParsedSink<T> {
  value?: T;
}

/** What an adapted call needs besides the request openapi-fetch builds. */
export interface AdaptedCall<T> {
  readonly operation: string;
  readonly idempotent?: boolean;
  readonly options?: CallOptions | undefined;
  readonly parse: (response: BufferedResponse, call: CallDescription) => ParseOutcome<T>;
}

const noBody = new Set(['GET', 'HEAD']);

/**
 * A `fetch` for openapi-fetch that sends the request it built through a {@link Transport}.
 * With `passBody` false the parsed value goes to `sink` and openapi-fetch receives an empty
 * 204 (nothing to parse twice); with `passBody` true it receives the body text again.
 */
export function transportFetch<T>(transport: Transport, spec: AdaptedCall<T>, sink: ParsedSink<T>, passBody = false): (request: Request) => Promise<Response> {
  return async (request: Request): Promise<Response> => {
    const body = noBody.has(request.method) || request.body === null ? null : await request.arrayBuffer();
    let buffered: BufferedResponse | undefined;
    sink.value = await transport.execute<T>({
      method: request.method,
      url: request.url,
      headers: request.headers,
      body,
      operation: spec.operation,
      idempotent: spec.idempotent,
      options: spec.options,
      parse: (response, call) => {
        buffered = response;
        return spec.parse(response, call);
      },
    });
    if (!passBody || buffered === undefined) return new Response(null, { status: 204 });
    const status = buffered.status;
    const nullBody = status === 204 || status === 205 || status === 304;
    return new Response(nullBody ? null : buffered.text, { status, headers: buffered.headers });
  };
}
