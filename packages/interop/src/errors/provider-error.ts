import type { SpbeIssue } from '@spbe-kit/models';
import { InteropError, type CallDescription } from './interop-error.js';

const marker = Symbol.for('spbe-kit.error.ProviderError');

/**
 * Options of {@link ProviderError}.
 *
 * @example
 * ```ts
 * import { ProviderError } from '@spbe-kit/interop';
 * new ProviderError({ status: 404, body: '{"success":false}', providerCode: 'Not Found Error' });
 * ```
 */
export interface ProviderErrorOptions {
  /** HTTP status of the provider's answer. */
  readonly status: number;
  /** The response body, exactly as received. */
  readonly body: string;
  /** The provider's own error kind, e.g. CKAN's `Not Found Error` or BPS's message. */
  readonly providerCode?: string | undefined;
  /** The provider's error message, when the body carries one. */
  readonly providerMessage?: string | undefined;
  /** The wait the provider asked for (`Retry-After`), in milliseconds. */
  readonly retryAfterMs?: number | undefined;
  /** The call that failed. */
  readonly call?: CallDescription;
  /** Per-field problems the provider reported (e.g. CKAN's `Validation Error` fields), path = the field. */
  readonly issues?: readonly SpbeIssue[] | undefined;
}

/**
 * The service itself (a CKAN portal, BPS, or the provider behind SPLP) answered with an
 * error: an HTTP error status, a CKAN `success: false` envelope, a BPS `status: Error`,
 * or an error page from a proxy in front of it. `status` and `body` are kept verbatim; per-field
 * messages the provider sent (CKAN's `Validation Error`) are in `issues`, each with the field as `path`.
 *
 * @example
 * ```ts
 * import { ProviderError } from '@spbe-kit/interop';
 * try {
 *   await ckan.packageShow({ id: 'tidak-ada' });
 * } catch (error) {
 *   if (ProviderError.isInstance(error)) console.log(error.status, error.providerCode, error.body);
 * }
 * ```
 */
export class ProviderError extends InteropError {
  private readonly [marker] = true;

  /** Whether `value` is a {@link ProviderError}, from this copy of the package or any other (see `SpbeError.isInstance`). */
  static override isInstance(this: void, value: unknown): value is ProviderError {
    return InteropError.hasMarker(value, marker);
  }

  /** HTTP status of the provider's answer. */
  readonly status: number;
  /** The response body, exactly as received. */
  readonly body: string;
  /** The provider's own error kind, e.g. `Not Found Error`. */
  readonly providerCode: string | undefined;
  /** The provider's error message, when the body carries one. */
  readonly providerMessage: string | undefined;
  /** The wait the provider asked for, in milliseconds, when it sent `Retry-After`. */
  readonly retryAfterMs: number | undefined;

  constructor(options: ProviderErrorOptions) {
    const detail = options.providerMessage ?? options.providerCode;
    const suffix = detail ? `: ${detail}` : '';
    super(
      'interop.provider',
      {
        id: `Layanan penyedia menjawab dengan galat (HTTP ${options.status})${suffix}`,
        en: `The provider answered with an error (HTTP ${options.status})${suffix}`,
      },
      {
        call: options.call,
        issues: options.issues,
        path: options.issues?.length === 1 ? options.issues[0]?.path : undefined,
      },
    );
    this.status = options.status;
    this.body = options.body;
    this.providerCode = options.providerCode;
    this.providerMessage = options.providerMessage;
    this.retryAfterMs = options.retryAfterMs;
  }
}
