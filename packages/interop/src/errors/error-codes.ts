/**
 * Every code an error of `@spbe-kit/interop` carries, one per kind of failure:
 *
 * - `interop.gateway`: the SPLP gateway refused or failed the call ({@link GatewayError});
 * - `interop.provider`: the provider behind the gateway (CKAN, BPS, a service) answered with an error ({@link ProviderError});
 * - `interop.credentials.missing`: no credentials for a call that needs them ({@link MissingCredentialsError});
 * - `interop.request_validation`: the request was refused before it was sent ({@link RequestValidationError});
 * - `interop.response_validation`: the answer does not have the documented shape ({@link ResponseValidationError});
 * - `interop.timeout` / `interop.timeout.attempt`: the whole call / one attempt ran out of time ({@link TimeoutError});
 * - `interop.network` / `interop.network.aborted`: the connection failed / the caller aborted ({@link NetworkError}).
 *
 * @example
 * ```ts
 * import { InteropError, type InteropErrorCode } from '@spbe-kit/interop';
 * function retryable(error: unknown): boolean {
 *   const code: InteropErrorCode | undefined = InteropError.isInstance(error) ? error.code : undefined;
 *   return code === 'interop.timeout.attempt' || code === 'interop.network';
 * }
 * ```
 */
export type InteropErrorCode =
  | 'interop.gateway'
  | 'interop.provider'
  | 'interop.credentials.missing'
  | 'interop.request_validation'
  | 'interop.response_validation'
  | 'interop.timeout'
  | 'interop.timeout.attempt'
  | 'interop.network'
  | 'interop.network.aborted';

/**
 * Every code `@spbe-kit/interop` itself puts on an issue (`error.issues[].code`): of the
 * `ValidationError` of a bad client option, of a {@link RequestValidationError} or {@link ProviderError},
 * or of a BPS dynamic table that cannot be decoded. Other issues carry zod's codes.
 */
export type InteropIssueCode =
  | 'interop.config.url'
  | 'interop.config.splp'
  | 'interop.config.bps_key'
  | 'interop.rate_limiter.rate'
  | 'interop.request.unserialisable'
  | 'interop.provider.validation'
  | 'bps.datacontent.unknown_key'
  | 'bps.datacontent.ambiguous_key';
