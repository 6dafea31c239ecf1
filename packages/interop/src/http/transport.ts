import type { IssuePath, SpbeIssue } from '@spbe-kit/models';
import { GatewayError } from '../errors/gateway-error.js';
import { InteropError, type CallDescription } from '../errors/interop-error.js';
import { NetworkError } from '../errors/network-error.js';
import { ProviderError } from '../errors/provider-error.js';
import { ResponseValidationError } from '../errors/response-validation-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { interopHeaders, newRequestId, redactUrl, type CallOptions } from './call-identity.js';
import type { InteropClientOptions } from './client-options.js';
import type { CallRecord, InteropHooks } from './hooks.js';
import { RequestHeaders } from './request-headers.js';
import { backoffDelayMs, parseRetryAfter, resolveRetryPolicy, type ResolvedRetryPolicy } from './retry-policy.js';
import { defaultSend, fetchSend, type BufferedResponse, type Send } from './send.js';

export type { BufferedResponse } from './send.js';

/** What a parser returns: the value, or where the body did not match. */
export type ParseOutcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly path: IssuePath; readonly issues?: readonly SpbeIssue[]; readonly cause?: unknown };

/** One call for {@link Transport.execute}. */
interface TransportCall<T> {
  readonly method: string;
  readonly url: string;
  readonly headers?: Headers;
  readonly body?: string | ArrayBuffer | Uint8Array | null;
  /** e.g. `ckan.package_search`. */
  readonly operation: string;
  /** Whether the call may be repeated safely (GET always is). */
  readonly idempotent?: boolean;
  readonly options?: CallOptions | undefined;
  /** Reads a 2xx body; may throw an {@link InteropError} (e.g. a 200 that carries an error envelope). */
  readonly parse: (response: BufferedResponse, call: CallDescription) => ParseOutcome<T>;
}

/** Adds credentials to each attempt; may refresh them once when the gateway answers 401. */
export interface Authenticator {
  authorize(headers: RequestHeaders, signal: AbortSignal): void | Promise<void>;
  /** Forget the credentials just used (they are in `headers`); return `true` to try once more with fresh ones. */
  refreshAfterUnauthorized?(error: InteropError, headers: RequestHeaders): boolean;
}

/** Turns a non-2xx answer into the error that says who failed. */
type FailureClassifier = (response: BufferedResponse, call: CallDescription) => InteropError;

/** Settings of {@link createTransport} beyond the shared client options. */
export interface TransportSettings {
  /** Default: every non-2xx answer is a {@link ProviderError}. */
  readonly classifyFailure?: FailureClassifier;
  readonly authenticator?: Authenticator;
}

/** The middleware chain every client sends its calls through. */
export interface Transport {
  execute<T>(call: TransportCall<T>): Promise<T>;
  readonly hooks: InteropHooks | undefined;
}

const defaultAttemptTimeoutMs = 15_000;
const defaultTotalTimeoutMs = 60_000;

/** The default {@link FailureClassifier}: every non-2xx answer is the provider's. */
function defaultClassifyFailure(response: BufferedResponse, call: CallDescription): InteropError {
  return new ProviderError({
    status: response.status,
    body: response.text,
    retryAfterMs: retryAfterOf(response),
    call,
  });
}

/** The `Retry-After` of a response in milliseconds, if it sent a readable one. */
export function retryAfterOf(response: BufferedResponse): number | undefined {
  return parseRetryAfter(response.headers.get('retry-after'));
}

function safeHost(url: string): string {
  const start = url.indexOf('//');
  if (start === -1) return '';
  const rest = url.slice(start + 2);
  const end = rest.search(/[/?#]/);
  return end === -1 ? rest : rest.slice(0, end);
}

function retryableStatus(error: InteropError, policy: ResolvedRetryPolicy): boolean {
  if (GatewayError.isInstance(error) || ProviderError.isInstance(error))
    return policy.retryOnStatus.includes(error.status);
  if (NetworkError.isInstance(error)) return error.reason === 'connection';
  if (TimeoutError.isInstance(error)) return error.scope === 'attempt';
  return false;
}

function retryAfterMsOf(error: InteropError): number | undefined {
  if (GatewayError.isInstance(error) || ProviderError.isInstance(error)) return error.retryAfterMs;
  return undefined;
}

async function runHook<E>(
  hooks: InteropHooks | undefined,
  hook: ((event: E) => unknown) | undefined,
  event: E,
): Promise<void> {
  if (hook === undefined) return;
  try {
    await hook(event);
  } catch (error) {
    try {
      hooks?.onHookError?.(error);
    } catch {
      // A broken error hook must not break the call either.
    }
  }
}

/**
 * The headers of one call: the call's own, the client's extra headers, and unless propagation is off
 * (`identityHeader === false`) the request id, the client identity, the acting user and the case number.
 */
function requestHeaders(
  call: TransportCall<unknown>,
  requestId: string,
  extraHeaders: readonly [string, string][],
  identityHeader: string | undefined | false,
): RequestHeaders {
  const headers = new RequestHeaders(call.headers);
  for (const [name, value] of extraHeaders) if (!headers.has(name)) headers.set(name, value);
  if (identityHeader === false) return headers;
  headers.set(interopHeaders.requestId, requestId);
  if (identityHeader !== undefined) headers.set(interopHeaders.client, identityHeader);
  const callOptions = call.options;
  if (callOptions?.actingUserId !== undefined) headers.set(interopHeaders.userId, callOptions.actingUserId);
  if (callOptions?.caseNumber !== undefined) headers.set(interopHeaders.caseNumber, callOptions.caseNumber);
  return headers;
}

/**
 * Builds the middleware chain shared by every client: request id and identity headers,
 * rate limiting, credentials, per-attempt and overall timeouts, retries with full-jitter
 * backoff (idempotent calls only, `Retry-After` honoured), typed errors and hooks.
 * Each client builds its own.
 */
export function createTransport(options: InteropClientOptions = {}, settings: TransportSettings = {}): Transport {
  const policy = resolveRetryPolicy(options.retry);
  const attemptTimeoutMs = options.attemptTimeoutMs ?? defaultAttemptTimeoutMs;
  const totalTimeoutMs = options.totalTimeoutMs ?? defaultTotalTimeoutMs;
  const propagate = options.propagateHeaders ?? true;
  const identity = options.identity;
  const identityHeader = identity ? `${identity.regionCode}/${identity.application}` : undefined;
  const extraHeaders = options.headers ? Object.entries(options.headers) : [];
  const hooks = options.hooks;
  const classify = settings.classifyFailure ?? defaultClassifyFailure;
  const authenticator = settings.authenticator;
  const send: Send = options.fetch ? fetchSend(options.fetch) : defaultSend();

  async function execute<T>(call: TransportCall<T>): Promise<T> {
    const startedAtMs = Date.now();
    const callOptions = call.options;
    const requestId = callOptions?.requestId ?? newRequestId();
    let redactedUrl: string | undefined;
    const redacted = (): string => (redactedUrl ??= redactUrl(call.url));
    const host = safeHost(call.url);
    const idempotent =
      call.idempotent ?? (call.method === 'GET' || call.method === 'HEAD' || call.method === 'OPTIONS');
    const headers = requestHeaders(call, requestId, extraHeaders, propagate ? identityHeader : false);

    let attempt = 0;
    let lastStatus: number | undefined;
    const describe = (): CallDescription => ({
      requestId,
      method: call.method,
      url: redacted(),
      operation: call.operation,
      attempts: attempt,
    });

    // One AbortController and one timer per attempt: the timer fires at the attempt's timeout or at
    // the overall deadline, whichever comes first (the wait between attempts never outlives the
    // deadline, see retryOrThrow). The caller's signal aborts the current attempt or wait.
    let current: AbortController | undefined;
    let cancelWait: ((reason: Error) => void) | undefined;
    let overallTimedOut = false;
    let callerAborted = false;
    const callerSignal = callOptions?.signal;
    const onCallerAbort = (): void => {
      callerAborted = true;
      current?.abort(callerSignal?.reason);
      cancelWait?.(callerSignal?.reason as Error);
    };
    if (callerSignal) {
      if (callerSignal.aborted) callerAborted = true;
      else callerSignal.addEventListener('abort', onCallerAbort, { once: true });
    }

    const fromThrown = (thrown: unknown, attemptTimedOut: boolean): InteropError => {
      if (InteropError.isInstance(thrown)) return thrown;
      if (callerAborted) return new NetworkError({ reason: 'aborted', call: describe(), cause: thrown });
      if (overallTimedOut)
        return new TimeoutError({ scope: 'overall', timeoutMs: totalTimeoutMs, call: describe(), cause: thrown });
      if (attemptTimedOut)
        return new TimeoutError({ scope: 'attempt', timeoutMs: attemptTimeoutMs, call: describe(), cause: thrown });
      return new NetworkError({ reason: 'connection', call: describe(), cause: thrown });
    };

    const finish = async (error: InteropError | undefined): Promise<void> => {
      if (hooks?.onCallEnd === undefined) return;
      // Written out field by field: a spread followed by more fields takes V8's slow path (about
      // 15 µs a call, measured with the overhead benchmark).
      const record: CallRecord = {
        requestId,
        method: call.method,
        url: redacted(),
        operation: call.operation,
        attempts: attempt,
        host,
        identity,
        actingUserId: callOptions?.actingUserId,
        caseNumber: callOptions?.caseNumber,
        startedAt: new Date(startedAtMs).toISOString(),
        durationMs: Date.now() - startedAtMs,
        status: lastStatus,
        outcome: error === undefined ? 'success' : error.code,
        error,
      };
      await runHook(hooks, hooks.onCallEnd, record);
    };

    let refreshed = false;
    try {
      for (;;) {
        attempt += 1;
        let attemptTimedOut = false;
        let response: BufferedResponse | undefined;
        let attemptFailure: InteropError | undefined;
        const controller = new AbortController();
        current = controller;
        const remainingMs = totalTimeoutMs - (Date.now() - startedAtMs);
        const overallFirst = remainingMs <= attemptTimeoutMs;
        const attemptTimer = setTimeout(
          () => {
            if (overallFirst) overallTimedOut = true;
            else attemptTimedOut = true;
            controller.abort();
          },
          Math.max(0, overallFirst ? remainingMs : attemptTimeoutMs),
        );
        try {
          if (callerAborted || overallTimedOut) throw callerSignal?.reason;
          const wait = options.rateLimiter?.acquire(host, controller.signal);
          if (wait !== undefined) await wait;
          if (authenticator !== undefined) await authenticator.authorize(headers, controller.signal);
          if (hooks?.onAttempt !== undefined) {
            await runHook(hooks, hooks.onAttempt, {
              requestId,
              operation: call.operation,
              attempt,
              method: call.method,
              url: redacted(),
            });
          }
          response = await send({
            method: call.method,
            url: call.url,
            headers,
            body: call.body ?? null,
            signal: controller.signal,
          });
        } catch (thrown) {
          if (InteropError.isInstance(thrown)) throw thrown; // from the authenticator: already final
          attemptFailure = fromThrown(thrown, attemptTimedOut);
        } finally {
          clearTimeout(attemptTimer);
          current = undefined;
        }
        if (attemptFailure !== undefined || response === undefined) {
          await retryOrThrow(attemptFailure ?? fromThrown(undefined, attemptTimedOut));
          continue;
        }

        lastStatus = response.status;
        if (response.status >= 200 && response.status < 300) {
          const outcome = call.parse(response, describe());
          if (outcome.ok) {
            if (hooks?.onCallEnd !== undefined) await finish(undefined);
            return outcome.value;
          }
          throw new ResponseValidationError({
            status: response.status,
            body: response.text,
            path: outcome.path,
            issues: outcome.issues,
            call: describe(),
            cause: outcome.cause,
          });
        }
        const failure = classify(response, describe());
        if (
          GatewayError.isInstance(failure) &&
          failure.status === 401 &&
          !refreshed &&
          authenticator?.refreshAfterUnauthorized?.(failure, headers) === true
        ) {
          refreshed = true;
          continue;
        }
        await retryOrThrow(failure);
      }
    } catch (thrown) {
      const error = fromThrown(thrown, false);
      await finish(error);
      throw error;
    } finally {
      callerSignal?.removeEventListener('abort', onCallerAbort);
    }

    async function retryOrThrow(error: InteropError): Promise<void> {
      if (!idempotent || attempt >= policy.maxAttempts || !retryableStatus(error, policy)) throw error;
      const retryAfter = retryAfterMsOf(error);
      if (retryAfter !== undefined && retryAfter > policy.maxRetryAfterMs) throw error;
      const delayMs = retryAfter ?? backoffDelayMs(attempt, policy);
      if (Date.now() + delayMs - startedAtMs >= totalTimeoutMs) throw error;
      if (hooks?.onRetry !== undefined) {
        await runHook(hooks, hooks.onRetry, {
          requestId,
          operation: call.operation,
          attempt,
          method: call.method,
          url: redacted(),
          error,
          delayMs,
          fromRetryAfter: retryAfter !== undefined,
        });
      }
      try {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(resolve, delayMs);
          cancelWait = (reason) => {
            clearTimeout(timer);
            reject(reason);
          };
          if (callerAborted || overallTimedOut) cancelWait(callerSignal?.reason as Error);
        });
      } catch (thrown) {
        throw fromThrown(thrown, false);
      } finally {
        cancelWait = undefined;
      }
    }
  }

  return { execute, hooks };
}
