import { SpbeError, type IssuePath, type LocalizedText, type SpbeIssue } from '@spbe-kit/models';
import type { InteropErrorCode } from './error-codes.js';

const marker = Symbol.for('spbe-kit.error.InteropError');

/**
 * What a failed call was: enough to find it again in an audit log, never a secret (keys and tokens are redacted).
 *
 * @example
 * ```ts
 * import { InteropError } from '@spbe-kit/interop';
 * if (InteropError.isInstance(error)) console.log(error.call?.requestId, error.call?.attempts);
 * ```
 */
export interface CallDescription {
  /** The request id sent in `X-Request-Id`. */
  readonly requestId: string;
  /** HTTP method, e.g. `GET`. */
  readonly method: string;
  /** The URL with credentials (`key`, `apikey`, `access_token`) replaced by `[redacted]`. */
  readonly url: string;
  /** The operation, e.g. `ckan.package_search` or `splp.agenda/1.0`. */
  readonly operation: string;
  /** How many attempts were made (1 when not retried). */
  readonly attempts: number;
}

/**
 * Options shared by every interop error.
 *
 * @example
 * ```ts
 * import { InteropError, type InteropErrorOptions } from '@spbe-kit/interop';
 * const options: InteropErrorOptions = { cause: new Error('socket hang up') };
 * new InteropError('interop.network', { id: 'Koneksi gagal', en: 'The connection failed' }, options);
 * ```
 */
export interface InteropErrorOptions {
  /** The call that failed. */
  readonly call?: CallDescription;
  /** The underlying error, if any. */
  readonly cause?: unknown;
  /** Path of the offending field (response validation). */
  readonly path?: IssuePath;
  /** Every problem found (response validation). */
  readonly issues?: readonly SpbeIssue[];
}

/**
 * The base of every error a call through `@spbe-kit/interop` can throw. Catch this one
 * class to handle them all; the `isInstance` of a subclass says who failed: {@link GatewayError}
 * (the SPLP gateway), {@link ProviderError} (the service), {@link NetworkError},
 * {@link TimeoutError} or {@link ResponseValidationError}.
 *
 * @example
 * ```ts
 * import { InteropError } from '@spbe-kit/interop';
 * try {
 *   await ckan.packageShow({ id: 'jumlah-penduduk' });
 * } catch (error) {
 *   if (InteropError.isInstance(error)) console.log(error.code, error.call?.requestId);
 * }
 * ```
 */
export class InteropError extends SpbeError {
  private readonly [marker] = true;

  /** Whether `value` is an {@link InteropError}, from this copy of the package or any other (see `SpbeError.isInstance`). */
  static override isInstance(this: void, value: unknown): value is InteropError {
    return SpbeError.hasMarker(value, marker);
  }

  /** The call that failed, when it got as far as being sent. */
  readonly call: CallDescription | undefined;

  /** What kind of failure this is; see {@link InteropErrorCode}. */
  declare readonly code: InteropErrorCode;

  constructor(code: InteropErrorCode, messages: LocalizedText, options: InteropErrorOptions = {}) {
    super(code, messages, { path: options.path, issues: options.issues, cause: options.cause });
    this.call = options.call;
  }
}
