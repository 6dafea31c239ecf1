import { ValidationError } from '@spbe-kit/models';
import type { InteropIssueCode } from '../errors/error-codes.js';

/**
 * Options of {@link createRateLimiter}.
 *
 * @example
 * ```ts
 * import { createRateLimiter } from '@spbe-kit/interop';
 * createRateLimiter({ requestsPerSecond: 2, burst: 5 });
 * ```
 */
export interface RateLimiterOptions {
  /** Sustained requests per second allowed to one host. */
  readonly requestsPerSecond: number;
  /** Requests that may go at once after a quiet period (default: `requestsPerSecond`, at least 1). */
  readonly burst?: number;
}

/**
 * Spaces out requests per host. Share one instance between clients that call the same host.
 *
 * @example
 * ```ts
 * import { type RateLimiter, createRateLimiter } from '@spbe-kit/interop';
 * const limiter: RateLimiter = createRateLimiter({ requestsPerSecond: 5 });
 * await limiter.acquire('webapi.bps.go.id');
 * ```
 */
export interface RateLimiter {
  /**
   * Resolves when a request to `host` may go; takes one token. Returns `undefined` without
   * waiting when a token is free; rejects with `signal.reason` when `signal` aborts first.
   */
  acquire(host: string, signal?: AbortSignal): Promise<void> | undefined;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * A token-bucket rate limiter keyed by host: each host gets `burst` tokens, refilled at
 * `requestsPerSecond`. Callers that find the bucket empty wait their turn in order.
 *
 * @example
 * ```ts
 * import { createRateLimiter, createBpsClient } from '@spbe-kit/interop';
 * const limiter = createRateLimiter({ requestsPerSecond: 5 });
 * const bps = createBpsClient({ key: process.env.BPS_KEY ?? '', rateLimiter: limiter });
 * ```
 */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const rate = options.requestsPerSecond;
  if (!(rate > 0) || !Number.isFinite(rate)) {
    throw new ValidationError([
      {
        code: 'interop.rate_limiter.rate' satisfies InteropIssueCode,
        path: ['requestsPerSecond'],
        message: { id: 'Harus berupa bilangan positif', en: 'Must be a positive number' },
      },
    ]);
  }
  const burst = Math.max(1, options.burst ?? rate);
  const buckets = new Map<string, Bucket>();

  return {
    acquire(host: string, signal?: AbortSignal): Promise<void> | undefined {
      const now = Date.now();
      let bucket = buckets.get(host);
      if (bucket === undefined) {
        bucket = { tokens: burst, updatedAt: now };
        buckets.set(host, bucket);
      } else {
        bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.updatedAt) / 1000) * rate);
        bucket.updatedAt = now;
      }
      bucket.tokens -= 1;
      if (bucket.tokens >= 0) return undefined;
      // Negative tokens are reservations: this caller waits until its token has been refilled.
      const waitMs = Math.ceil((-bucket.tokens / rate) * 1000);
      const reserved = bucket;
      return new Promise<void>((resolve, reject) => {
        const onAbort = (): void => {
          clearTimeout(timer);
          reserved.tokens += 1;
          reject(signal?.reason as Error);
        };
        const timer = setTimeout(() => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        }, waitMs);
        if (signal) {
          if (signal.aborted) onAbort();
          else signal.addEventListener('abort', onAbort, { once: true });
        }
      });
    },
  };
}
