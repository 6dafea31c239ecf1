/**
 * A fault a mock server can inject into its next responses.
 *
 * - `status`: answer with this HTTP status (and the mock's usual error body for it, or `body`);
 * on the SPLP mock, `origin` says whether the gateway or the provider behind it fails.
 * - `rate-limit`: 429 with `Retry-After: retryAfterSeconds`.
 * - `slow`: wait `delayMs` before answering normally (for timeouts).
 * - `malformed-json`: 200 with a body that is not JSON.
 * - `truncated-json`: 200 with the real body cut in half (and a matching `Content-Length`).
 * - `html-error-page`: an HTML error page from a reverse proxy (default status 502).
 * - `drop-connection`: close the socket without answering, or after the headers and half the
 * body when `midBody` is set.
 *
 * @example
 * ```ts
 * mock.faults.inject({ kind: 'rate-limit', retryAfterSeconds: 1 });
 * mock.faults.inject({ kind: 'drop-connection', midBody: true });
 * ```
 */
export type MockFault =
  | {
      readonly kind: 'status';
      readonly status: number;
      readonly body?: string;
      readonly contentType?: string;
      readonly origin?: 'gateway' | 'provider';
    }
  | { readonly kind: 'rate-limit'; readonly retryAfterSeconds: number; readonly origin?: 'gateway' | 'provider' }
  | { readonly kind: 'slow'; readonly delayMs: number }
  | { readonly kind: 'malformed-json' }
  | { readonly kind: 'truncated-json' }
  | { readonly kind: 'html-error-page'; readonly status?: number }
  | { readonly kind: 'drop-connection'; readonly midBody?: boolean };

/**
 * Which requests a fault applies to, and how many times.
 *
 * @example
 * ```ts
 * mock.faults.inject({ kind: 'slow', delayMs: 5_000 }, { times: 3, path: '/package_search' });
 * ```
 */
export interface FaultOptions {
  /** How many matching requests get the fault (default 1; `Infinity` for all until cleared). */
  readonly times?: number;
  /** Only requests whose path (without query) contains this string or matches this pattern. */
  readonly path?: string | RegExp;
}

/**
 * Injects faults into a running mock server.
 *
 * @example
 * ```ts
 * const faults: FaultController = mock.faults;
 * faults.inject({ kind: 'html-error-page' });
 * faults.clear();
 * ```
 */
export interface FaultController {
  /**
   * Queues a fault for the next matching requests.
   *
   * @example
   * ```ts
   * mock.faults.inject({ kind: 'rate-limit', retryAfterSeconds: 1 }, { times: 2 });
   * ```
   */
  inject(fault: MockFault, options?: FaultOptions): void;
  /** Removes every queued fault. */
  clear(): void;
  /** Faults still queued. */
  readonly pending: number;
}

interface QueuedFault {
  readonly fault: MockFault;
  remaining: number;
  readonly path: string | RegExp | undefined;
}

/** The fault queue behind a {@link FaultController}. */
export class FaultQueue implements FaultController {
  private readonly queue: QueuedFault[] = [];

  inject(fault: MockFault, options: FaultOptions = {}): void {
    this.queue.push({ fault, remaining: options.times ?? 1, path: options.path });
  }

  clear(): void {
    this.queue.length = 0;
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Takes the fault for a request to `path`, if one is queued. */
  take(path: string): MockFault | undefined {
    for (let i = 0; i < this.queue.length; i++) {
      const entry = this.queue[i];
      if (entry === undefined) continue;
      const matches =
        entry.path === undefined ||
        (typeof entry.path === 'string' ? path.includes(entry.path) : entry.path.test(path));
      if (!matches) continue;
      entry.remaining -= 1;
      if (entry.remaining <= 0) this.queue.splice(i, 1);
      return entry.fault;
    }
    return undefined;
  }
}
