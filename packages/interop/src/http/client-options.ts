import type { ClientIdentity } from './call-identity.js';
import type { InteropHooks } from './hooks.js';
import type { RateLimiter } from './rate-limiter.js';
import type { RetryPolicy } from './retry-policy.js';

/**
 * A `fetch` a client sends requests with instead of its default (see {@link InteropClientOptions.fetch}).
 *
 * @example
 * ```ts
 * import type { FetchFunction } from '@spbe-kit/interop';
 * const fetchWithProxy: FetchFunction = (input, init) => fetch(input, init);
 * ```
 */
export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;

/**
 * Options every client shares: identity, timeouts, retries, rate limiting and hooks.
 * Each client is configured on its own; pass the same `rateLimiter` to several clients to
 * share a host's budget.
 *
 * @example
 * ```ts
 * import { type InteropClientOptions, createCkanClient } from '@spbe-kit/interop';
 * const shared: InteropClientOptions = { identity: { regionCode: '64', application: 'satu-data' }, attemptTimeoutMs: 5_000, totalTimeoutMs: 20_000 };
 * const ckan = createCkanClient({ baseUrl: 'https://data.kaltimprov.go.id', ...shared });
 * ```
 */
export interface InteropClientOptions {
  /** The calling agency and application, sent as `X-SPBE-Client` on every call. */
  readonly identity?: ClientIdentity;
  /** Retries for idempotent calls; `false` disables them. */
  readonly retry?: RetryPolicy | false;
  /** Longest wait for one attempt: rate-limiter turn, credentials, answer and body (default 15 000 ms). */
  readonly attemptTimeoutMs?: number;
  /** Longest wait for the whole call, retries and waits included (default 60 000 ms). */
  readonly totalTimeoutMs?: number;
  /** Spaces out requests per host; none by default. */
  readonly rateLimiter?: RateLimiter;
  /** Callbacks around every call (audit log, metrics). */
  readonly hooks?: InteropHooks;
  /** Extra headers sent on every call. */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * Send the request-id, identity, acting-user and case-number headers (default `true`).
   * Set `false` in a browser when the service does not allow these headers in CORS; they
   * still reach the hooks.
   */
  readonly propagateHeaders?: boolean;
  /**
   * The `fetch` to send with. Default: node:http / node:https in Node.js (about half the cost of the
   * platform's `fetch` per call), the global `fetch` in browsers. Give one to send through a proxy, a
   * test double or an instrumented `fetch`.
   */
  readonly fetch?: FetchFunction;
}
