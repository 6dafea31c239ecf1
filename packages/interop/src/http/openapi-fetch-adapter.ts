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
 * The request openapi-fetch builds for our clients (passed as its `Request` option): only what
 * the transport reads. A full `Request` would be built twice, once here and once inside
 * `fetch`, and costs more than the rest of the middleware together.
 */
class PlainRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: string | null;
  readonly signal: AbortSignal | undefined;

  constructor(
    input: string,
    init: { method?: string; headers?: Headers; body?: unknown; signal?: AbortSignal | null } = {},
  ) {
    this.url = input;
    this.method = init.method ?? 'GET';
    this.headers = init.headers ?? new Headers();
    // Our clients send JSON text or form fields; other body kinds never reach this class.
    this.body =
      typeof init.body === 'string' ? init.body : init.body instanceof URLSearchParams ? init.body.toString() : null;
    this.signal = init.signal ?? undefined;
  }
}

/** openapi-fetch's `Request` option for clients whose requests only ever reach {@link transportFetch}. */
export const plainRequestConstructor = PlainRequest as unknown as typeof Request;

/**
 * A `fetch` for openapi-fetch that sends the request it built through a {@link Transport}.
 * With `passBody` false the parsed value goes to `sink` and openapi-fetch receives an empty
 * 204 (nothing to parse twice); with `passBody` true it receives the body text again.
 */
export function transportFetch<T>(
  transport: Transport,
  spec: AdaptedCall<T>,
  sink: ParsedSink<T>,
  passBody = false,
  rewriteUrl?: (url: string) => string,
): (request: Request) => Promise<Response> {
  return async (incoming: Request): Promise<Response> => {
    const request = incoming as Request | PlainRequest;
    let body: string | ArrayBuffer | null = null;
    if (request instanceof PlainRequest) body = request.body;
    else if (!noBody.has(request.method) && request.body !== null) body = await request.arrayBuffer();
    let buffered: BufferedResponse | undefined;
    sink.value = await transport.execute<T>({
      method: request.method,
      url: rewriteUrl ? rewriteUrl(request.url) : request.url,
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
