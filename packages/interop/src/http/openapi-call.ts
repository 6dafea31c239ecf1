import { InteropError } from '../errors/interop-error.js';
import { NetworkError } from '../errors/network-error.js';
import { transportFetch, type AdaptedCall, type ParsedSink } from './openapi-fetch-adapter.js';
import type { Transport } from './transport.js';

/** The per-request options openapi-fetch accepts that route a call through a transport. */
export type RoutedRequestInit = {
  readonly fetch: (request: Request) => Promise<Response>;
  readonly parseAs: 'text';
};

/**
 * Runs one openapi-fetch call through a transport and returns what the transport parsed.
 * Only interop errors leave: anything else openapi-fetch or the runtime throws (an
 * unserialisable request, a broken `fetch`) becomes a {@link NetworkError} with the cause.
 */
export async function callThroughTransport<T>(
  transport: Transport,
  spec: AdaptedCall<T>,
  run: (init: RoutedRequestInit) => Promise<unknown>,
  rewriteUrl?: (url: string) => string,
): Promise<T> {
  const sink: ParsedSink<T> = {};
  try {
    await run({ fetch: transportFetch(transport, spec, sink, false, rewriteUrl), parseAs: 'text' });
  } catch (error) {
    if (InteropError.isInstance(error)) throw error;
    throw new NetworkError({ reason: 'connection', cause: error });
  }
  return sink.value as T;
}
