import { InteropError, type CallDescription } from './interop-error.js';

const marker = Symbol.for('spbe-kit.error.GatewayError');

/**
 * Options of {@link GatewayError}.
 *
 * @example
 * ```ts
 * import { GatewayError } from '@spbe-kit/interop';
 * new GatewayError({ status: 429, body: '{"code":"900800"}', gatewayCode: '900800', retryAfterMs: 1000 });
 * ```
 */
export interface GatewayErrorOptions {
  /** HTTP status the gateway answered with (401, 403, 429, 503, …). */
  readonly status: number;
  /** The response body, exactly as received. */
  readonly body: string;
  /** The gateway's fault code (WSO2 family, e.g. `900901`, `900800`, `101503`), when the body carries one. */
  readonly gatewayCode?: string | undefined;
  /** The wait the gateway asked for (`Retry-After`), in milliseconds. */
  readonly retryAfterMs?: number | undefined;
  /** The call that failed. */
  readonly call?: CallDescription;
  /** The underlying error, if any. */
  readonly cause?: unknown;
}

function describe(status: number): { id: string; en: string } {
  if (status === 401) return { id: 'kredensial ditolak', en: 'credentials rejected' };
  if (status === 403) return { id: 'akses ke API ini tidak diizinkan', en: 'access to this API is not allowed' };
  if (status === 429) return { id: 'kuota permintaan terlampaui', en: 'request quota exceeded' };
  if (status === 503 || status === 502 || status === 504)
    return {
      id: 'layanan di belakang gateway tidak dapat dijangkau',
      en: 'the service behind the gateway cannot be reached',
    };
  return { id: 'gateway menolak permintaan', en: 'the gateway rejected the request' };
}

/**
 * The SPLP gateway (the API manager) refused or could not forward the call: missing or
 * invalid credentials (401), an API the token is not subscribed or scoped for (403),
 * throttling (429) or an unreachable back end (503). The provider behind the gateway never
 * answered; compare {@link ProviderError}. `body` keeps the gateway's response verbatim.
 *
 * @example
 * ```ts
 * import { GatewayError } from '@spbe-kit/interop';
 * try {
 *   await agenda.get('/api/agenda');
 * } catch (error) {
 *   if (GatewayError.isInstance(error) && error.status === 429) console.log('retry after', error.retryAfterMs);
 * }
 * ```
 */
export class GatewayError extends InteropError {
  private readonly [marker] = true;

  /** Whether `value` is a {@link GatewayError}, from this copy of the package or any other (see `SpbeError.isInstance`). */
  static override isInstance(this: void, value: unknown): value is GatewayError {
    return InteropError.hasMarker(value, marker);
  }

  /** HTTP status the gateway answered with. */
  readonly status: number;
  /** The response body, exactly as received. */
  readonly body: string;
  /** The gateway's fault code, e.g. `900901` (invalid credentials) or `900800` (throttled). */
  readonly gatewayCode: string | undefined;
  /** The wait the gateway asked for, in milliseconds, when it sent `Retry-After`. */
  readonly retryAfterMs: number | undefined;

  constructor(options: GatewayErrorOptions) {
    const what = describe(options.status);
    const code = options.gatewayCode ? ` (${options.gatewayCode})` : '';
    super(
      'interop.gateway',
      {
        id: `Gateway SPLP menjawab HTTP ${options.status}${code}: ${what.id}`,
        en: `The SPLP gateway answered HTTP ${options.status}${code}: ${what.en}`,
      },
      { call: options.call, cause: options.cause },
    );
    this.status = options.status;
    this.body = options.body;
    this.gatewayCode = options.gatewayCode;
    this.retryAfterMs = options.retryAfterMs;
  }
}
