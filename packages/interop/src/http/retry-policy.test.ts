import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelayMs, defaultRetryPolicy, parseRetryAfter, resolveRetryPolicy } from './retry-policy.js';

describe('retry policy', () => {
  it('draws full-jitter delays in [0, min(max, base * 2^(retry-1))]', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.double({ min: 0, max: 0.999_999, noNaN: true }),
        (retry, random) => {
          const delay = backoffDelayMs(retry, defaultRetryPolicy, () => random);
          expect(delay).toBeGreaterThanOrEqual(0);
          expect(delay).toBeLessThan(Math.min(10_000, 250 * 2 ** (retry - 1)));
        },
      ),
      { numRuns: 200 },
    );
    expect(backoffDelayMs(1, defaultRetryPolicy, () => 0.999)).toBe(249);
    expect(backoffDelayMs(3, defaultRetryPolicy, () => 0.5)).toBe(500);
    expect(backoffDelayMs(30, defaultRetryPolicy, () => 0.5)).toBe(5_000);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(parseRetryAfter('0')).toBe(0);
    expect(parseRetryAfter(' 120 ')).toBe(120_000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('Wed, 21 Oct 2015 07:27:30 GMT'))).toBe(30_000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('Wed, 21 Oct 2015 08:00:00 GMT'))).toBe(0);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('-5')).toBeUndefined();
  });

  it('fills defaults and turns false into a single attempt', () => {
    expect(resolveRetryPolicy(undefined)).toEqual(defaultRetryPolicy);
    expect(resolveRetryPolicy(false).maxAttempts).toBe(1);
    expect(resolveRetryPolicy({ maxAttempts: 0 }).maxAttempts).toBe(1);
    expect(resolveRetryPolicy({ baseDelayMs: 10 })).toMatchObject({ baseDelayMs: 10, maxAttempts: 3 });
  });
});
