/**
 * How a client retries failed idempotent calls.
 *
 * @example
 * ```ts
 * import type { RetryPolicy } from '@spbe-kit/interop';
 * const retry: RetryPolicy = { maxAttempts: 5, baseDelayMs: 500, maxRetryAfterMs: 30_000 };
 * ```
 */
export interface RetryPolicy {
  /** Attempts in all, the first included (default 3; 1 disables retries). */
  readonly maxAttempts?: number;
  /** Backoff base: attempt n waits a random time in [0, min(maxDelayMs, baseDelayMs · 2^(n-1))] (default 250). */
  readonly baseDelayMs?: number;
  /** Longest backoff between two attempts (default 10 000). */
  readonly maxDelayMs?: number;
  /** Longest `Retry-After` the client will wait; a longer one ends the call with the error (default 60 000). */
  readonly maxRetryAfterMs?: number;
  /** HTTP statuses worth another attempt (default 408, 425, 429, 500, 502, 503, 504). */
  readonly retryOnStatus?: readonly number[];
}

/**
 * A {@link RetryPolicy} with every field filled in.
 *
 * @example
 * ```ts
 * import { type ResolvedRetryPolicy, resolveRetryPolicy } from '@spbe-kit/interop';
 * const policy: ResolvedRetryPolicy = resolveRetryPolicy({ maxAttempts: 2 });
 * ```
 */
export type ResolvedRetryPolicy = Required<RetryPolicy>;

/**
 * The retry policy used when a client is given none: 3 attempts, full-jitter backoff from
 * 250 ms up to 10 s, `Retry-After` honoured up to 60 s.
 *
 * @example
 * ```ts
 * import { defaultRetryPolicy } from '@spbe-kit/interop';
 * defaultRetryPolicy.maxAttempts; // 3
 * ```
 */
export const defaultRetryPolicy: ResolvedRetryPolicy = Object.freeze({
  maxAttempts: 3,
  baseDelayMs: 250,
  maxDelayMs: 10_000,
  maxRetryAfterMs: 60_000,
  retryOnStatus: Object.freeze([408, 425, 429, 500, 502, 503, 504]),
});

/**
 * Fills a partial retry policy with the defaults.
 *
 * @example
 * ```ts
 * import { resolveRetryPolicy } from '@spbe-kit/interop';
 * resolveRetryPolicy({ maxAttempts: 5 }).baseDelayMs; // 250
 * ```
 */
export function resolveRetryPolicy(policy: RetryPolicy | false | undefined): ResolvedRetryPolicy {
  if (policy === false) return { ...defaultRetryPolicy, maxAttempts: 1 };
  return {
    ...defaultRetryPolicy,
    ...policy,
    maxAttempts: Math.max(1, Math.floor(policy?.maxAttempts ?? defaultRetryPolicy.maxAttempts)),
  };
}

/**
 * Exponential backoff with full jitter (AWS Architecture Blog, "Exponential Backoff And
 * Jitter"): before retry number `retry` (1 for the first retry) wait a uniformly random
 * time between 0 and `min(maxDelayMs, baseDelayMs · 2^(retry-1))`.
 *
 * @example
 * ```ts
 * import { backoffDelayMs, defaultRetryPolicy } from '@spbe-kit/interop';
 * backoffDelayMs(2, defaultRetryPolicy, () => 0.5); // 250
 * ```
 */
export function backoffDelayMs(
  retry: number,
  policy: Pick<ResolvedRetryPolicy, 'baseDelayMs' | 'maxDelayMs'>,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}

/**
 * Reads a `Retry-After` header (RFC 9110 §10.2.3): delay-seconds or an HTTP date. Returns
 * milliseconds to wait, or `undefined` when the header is absent or unreadable.
 *
 * @example
 * ```ts
 * import { parseRetryAfter } from '@spbe-kit/interop';
 * parseRetryAfter('2'); // 2000
 * parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('Wed, 21 Oct 2015 07:27:00 GMT')); // 60000
 * ```
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) {
    const seconds = Number(trimmed);
    return Number.isSafeInteger(seconds) ? seconds * 1000 : undefined;
  }
  // An HTTP date names its weekday and month; bare numbers such as "-5" are not dates.
  const date = /[A-Za-z]/.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
