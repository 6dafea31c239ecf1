import type { FetchFunction } from './client-options.js';
import { nodeSend } from './node-send.js';
import type { RequestHeaders } from './request-headers.js';

/** One HTTP exchange as the transport sends it: redirects followed, the body read to the end. */
export interface OutgoingRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: RequestHeaders;
  readonly body: string | ArrayBuffer | Uint8Array | null;
  readonly signal: AbortSignal;
}

/** A response read to the end. */
export interface BufferedResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
}

/** Sends one request and reads its answer; rejects when the connection fails or `signal` aborts. */
export type Send = (request: OutgoingRequest) => Promise<BufferedResponse>;

/** Sends through a `fetch` (the caller's, or the platform's where node:http is not available). */
export function fetchSend(fetchImpl: FetchFunction): Send {
  return async (request) => {
    const raw = await fetchImpl(request.url, {
      method: request.method,
      headers: request.headers.record(),
      body: request.body,
      signal: request.signal,
      redirect: 'follow',
    });
    // The body is read inside the attempt: a connection dropped mid-body is a network error.
    const text = await raw.text();
    return { status: raw.status, headers: raw.headers, text };
  };
}

/**
 * The default way to send: node:http and node:https where the runtime has them (Node.js, and the
 * runtimes that offer `process.getBuiltinModule`), which costs about half of what the platform's
 * `fetch` costs per call (ADR 0057); the global `fetch` everywhere else (browsers).
 */
export function defaultSend(): Send {
  return nodeSend() ?? fetchSend((input, init) => globalThis.fetch(input, init));
}
