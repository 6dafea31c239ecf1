import { ValidationError } from '@spbe-kit/models';
import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limiter.js';

describe('per-host rate limiter', () => {
  it('lets a burst through at once, then makes callers wait their turn, per host', async () => {
    const limiter = createRateLimiter({ requestsPerSecond: 5, burst: 2 });
    expect(limiter.acquire('a.example')).toBeUndefined();
    expect(limiter.acquire('a.example')).toBeUndefined();
    const third = limiter.acquire('a.example');
    expect(third).toBeInstanceOf(Promise);
    // Another host has its own bucket.
    expect(limiter.acquire('b.example')).toBeUndefined();
    const order: number[] = [];
    const fourth = limiter.acquire('a.example');
    await Promise.all([third?.then(() => order.push(3)), fourth?.then(() => order.push(4))]);
    expect(order).toEqual([3, 4]);
  });

  it('rejects with the signal reason when the caller gives up, and returns the token', async () => {
    const limiter = createRateLimiter({ requestsPerSecond: 1, burst: 1 });
    void limiter.acquire('a.example');
    const controller = new AbortController();
    const waiting = limiter.acquire('a.example', controller.signal);
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
  });

  it('refuses a rate that is not a positive number', () => {
    expect(() => createRateLimiter({ requestsPerSecond: 0 })).toThrow(expect.toSatisfy(ValidationError.isInstance));
    expect(() => createRateLimiter({ requestsPerSecond: Number.NaN })).toThrow(
      expect.toSatisfy(ValidationError.isInstance),
    );
  });
});
