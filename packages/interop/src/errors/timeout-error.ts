import { InteropError, type CallDescription } from './interop-error.js';

const marker = Symbol.for('spbe-kit.error.TimeoutError');

/**
 * Options of {@link TimeoutError}.
 *
 * @example
 * ```ts
 * import { TimeoutError } from '@spbe-kit/interop';
 * new TimeoutError({ scope: 'attempt', timeoutMs: 15_000 });
 * ```
 */
export interface TimeoutErrorOptions {
  /** Which limit ran out: one attempt's, or the whole call's (all attempts and waits). */
  readonly scope: 'attempt' | 'overall';
  /** The limit, in milliseconds. */
  readonly timeoutMs: number;
  /** The call that failed. */
  readonly call?: CallDescription;
  /** The underlying error, if any. */
  readonly cause?: unknown;
}

/**
 * The call took longer than allowed: one attempt exceeded `attemptTimeoutMs` (and no retry
 * was left or allowed), or all attempts together exceeded `totalTimeoutMs`.
 *
 * @example
 * ```ts
 * import { TimeoutError } from '@spbe-kit/interop';
 * try {
 *   await ckan.datastoreSearch({ resource_id: 'abc' });
 * } catch (error) {
 *   if (TimeoutError.isInstance(error)) console.log(error.scope, error.timeoutMs);
 * }
 * ```
 */
export class TimeoutError extends InteropError {
  private readonly [marker] = true;

  /** Whether `value` is a {@link TimeoutError}, from this copy of the package or any other (see `SpbeError.isInstance`). */
  static override isInstance(this: void, value: unknown): value is TimeoutError {
    return InteropError.hasMarker(value, marker);
  }

  /** Which limit ran out. */
  readonly scope: 'attempt' | 'overall';
  /** The limit, in milliseconds. */
  readonly timeoutMs: number;

  constructor(options: TimeoutErrorOptions) {
    super(
      options.scope === 'attempt' ? 'interop.timeout.attempt' : 'interop.timeout',
      options.scope === 'attempt'
        ? {
            id: `Layanan tidak menjawab dalam ${options.timeoutMs} ms`,
            en: `The service did not answer within ${options.timeoutMs} ms`,
          }
        : {
            id: `Panggilan tidak selesai dalam ${options.timeoutMs} ms`,
            en: `The call did not complete within ${options.timeoutMs} ms`,
          },
      { call: options.call, cause: options.cause },
    );
    this.scope = options.scope;
    this.timeoutMs = options.timeoutMs;
  }
}
