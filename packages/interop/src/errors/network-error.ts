import { InteropError, type CallDescription } from './interop-error.js';

const marker = Symbol.for('spbe-kit.error.NetworkError');

/**
 * Options of {@link NetworkError}.
 *
 * @example
 * ```ts
 * import { NetworkError } from '@spbe-kit/interop';
 * new NetworkError({ reason: 'connection', cause: new TypeError('fetch failed') });
 * ```
 */
export interface NetworkErrorOptions {
  /** Why: `'connection'` (refused, reset, dropped, DNS) or `'aborted'` (the caller's `signal`). */
  readonly reason: 'connection' | 'aborted';
  /** The call that failed. */
  readonly call?: CallDescription;
  /** The underlying error (e.g. undici's `TypeError: fetch failed`). */
  readonly cause?: unknown;
}

/**
 * No usable HTTP answer arrived: the connection was refused, reset or dropped mid-response,
 * DNS failed, or the caller aborted the call with its own `signal` (`reason: 'aborted'`,
 * code `interop.network.aborted`).
 *
 * @example
 * ```ts
 * import { NetworkError } from '@spbe-kit/interop';
 * try {
 *   await bps.listDomains({ type: 'prov' });
 * } catch (error) {
 *   if (NetworkError.isInstance(error)) console.log(error.reason, error.cause);
 * }
 * ```
 */
export class NetworkError extends InteropError {
  private readonly [marker] = true;

  /** Whether `value` is a {@link NetworkError}, from this copy of the package or any other (see `SpbeError.isInstance`). */
  static override isInstance(this: void, value: unknown): value is NetworkError {
    return InteropError.hasMarker(value, marker);
  }

  /** Why no answer arrived. */
  readonly reason: 'connection' | 'aborted';

  constructor(options: NetworkErrorOptions) {
    super(
      options.reason === 'aborted' ? 'interop.network.aborted' : 'interop.network',
      options.reason === 'aborted'
        ? { id: 'Permintaan dibatalkan oleh pemanggil', en: 'The request was aborted by the caller' }
        : { id: 'Koneksi ke layanan gagal atau terputus', en: 'The connection to the service failed or was dropped' },
      { call: options.call, cause: options.cause },
    );
    this.reason = options.reason;
  }
}
