import type { InteropError } from '../errors/interop-error.js';
import type { ClientIdentity } from './call-identity.js';

/**
 * One finished call, as an audit log records it. Holds no credentials and no body.
 *
 * @example
 * ```ts
 * import type { InteropHooks, CallRecord } from '@spbe-kit/interop';
 * const hooks: InteropHooks = { onCallEnd: (record: CallRecord) => auditLog.append(record) };
 * ```
 */
export interface CallRecord {
  /** The request id sent in `X-Request-Id`. */
  readonly requestId: string;
  /** The operation, e.g. `ckan.package_search`, `bps.list`, `splp.agenda/1.0`. */
  readonly operation: string;
  /** HTTP method. */
  readonly method: string;
  /** The URL with credentials redacted. */
  readonly url: string;
  /** Host called (the rate limiter's key). */
  readonly host: string;
  /** The calling agency and application, when configured. */
  readonly identity: ClientIdentity | undefined;
  /** Pseudonymous acting-user id, when given. */
  readonly actingUserId: string | undefined;
  /** Case or file number, when given. */
  readonly caseNumber: string | undefined;
  /** When the call started (ISO 8601). */
  readonly startedAt: string;
  /** Wall-clock duration in milliseconds, waits and retries included. */
  readonly durationMs: number;
  /** Attempts made. */
  readonly attempts: number;
  /** HTTP status of the last answer, if any arrived. */
  readonly status: number | undefined;
  /** `'success'`, or the `code` of the error the call ended with (e.g. `'interop.gateway'`). */
  readonly outcome: string;
  /** The error the call ended with, if any. */
  readonly error: InteropError | undefined;
}

/**
 * One attempt about to be sent.
 *
 * @example
 * ```ts
 * import type { InteropHooks, AttemptEvent } from '@spbe-kit/interop';
 * const hooks: InteropHooks = { onAttempt: (event: AttemptEvent) => metrics.count(event.operation) };
 * ```
 */
export interface AttemptEvent {
  /** The request id (the same on every attempt of a call). */
  readonly requestId: string;
  /** The operation. */
  readonly operation: string;
  /** 1 for the first attempt. */
  readonly attempt: number;
  /** HTTP method. */
  readonly method: string;
  /** The URL with credentials redacted. */
  readonly url: string;
}

/**
 * A retry about to wait.
 *
 * @example
 * ```ts
 * import type { InteropHooks, RetryEvent } from '@spbe-kit/interop';
 * const hooks: InteropHooks = { onRetry: (event: RetryEvent) => console.warn(event.operation, 'retry in', event.delayMs) };
 * ```
 */
export interface RetryEvent extends AttemptEvent {
  /** What went wrong with the attempt. */
  readonly error: InteropError;
  /** How long the client will wait before the next attempt. */
  readonly delayMs: number;
  /** Whether the wait came from the server's `Retry-After`. */
  readonly fromRetryAfter: boolean;
}

/**
 * Callbacks a client calls around every call: write `onCallEnd` records to the audit log
 * (`@spbe-kit/audit`) to answer "who read my data". Hooks may be async (they are awaited);
 * a hook that throws never changes the call's outcome: its error goes to `onHookError`.
 *
 * @example
 * ```ts
 * import { createCkanClient } from '@spbe-kit/interop';
 * const ckan = createCkanClient({
 *   baseUrl: 'https://data.kaltimprov.go.id',
 *   hooks: { onCallEnd: (record) => auditLog.append(record), onHookError: (error) => console.error(error) },
 * });
 * ```
 */
export interface InteropHooks {
  /** Before every attempt. What it returns is awaited and ignored. */
  readonly onAttempt?: (event: AttemptEvent) => unknown;
  /** Before waiting for a retry. What it returns is awaited and ignored. */
  readonly onRetry?: (event: RetryEvent) => unknown;
  /**
   * Once per call, when it has succeeded or failed for good. What it returns is awaited and ignored, so
   * `(record) => auditLog.append(record)` is fine whatever `append` resolves to.
   */
  readonly onCallEnd?: (record: CallRecord) => unknown;
  /** Receives whatever another hook threw. */
  readonly onHookError?: (error: unknown) => void;
}
