/**
 * OAuth2 client credentials of an application subscribed to SPLP APIs.
 *
 * @example
 * ```ts
 * import type { SplpOAuth2Auth } from '@spbe-kit/interop';
 * const auth: SplpOAuth2Auth = { type: 'oauth2-client-credentials', consumerKey: 'key', consumerSecret: 'secret', scopes: ['agenda'] };
 * ```
 */
export interface SplpOAuth2Auth {
  readonly type: 'oauth2-client-credentials';
  /** Consumer key of the subscribing application. */
  readonly consumerKey: string;
  /** Consumer secret of the subscribing application. */
  readonly consumerSecret: string;
  /** Token endpoint (default `{gatewayUrl}/oauth2/token`; older gateways use `/token`). */
  readonly tokenUrl?: string;
  /** Scopes to request; a token is only valid for the APIs its scopes cover. */
  readonly scopes?: readonly string[];
  /** Renew a cached token this long before it expires (default 60 000 ms). */
  readonly refreshBeforeExpiryMs?: number;
}

/**
 * An API-key JWT sent in a header whose name the API chooses.
 *
 * @example
 * ```ts
 * import type { SplpApiKeyAuth } from '@spbe-kit/interop';
 * const auth: SplpApiKeyAuth = { type: 'api-key', headerName: 'AuthorizationSPLP', key: process.env.SPLP_KEY ?? '' };
 * ```
 */
export interface SplpApiKeyAuth {
  readonly type: 'api-key';
  /** e.g. `'apikey'`, `'APIkey'`, `'AuthorizationSPLP'`. */
  readonly headerName: string;
  /** The key (a JWT issued by the SPLP developer portal). */
  readonly key: string;
}

/**
 * No credentials (public APIs).
 *
 * @example
 * ```ts
 * import type { SplpNoAuth } from '@spbe-kit/interop';
 * const auth: SplpNoAuth = { type: 'none' };
 * ```
 */
export interface SplpNoAuth {
  readonly type: 'none';
}

/**
 * How calls to an SPLP API are authenticated.
 *
 * @example
 * ```ts
 * import type { SplpAuth } from '@spbe-kit/interop';
 * const auth: SplpAuth = { type: 'api-key', headerName: 'apikey', key: 'eyJ...' };
 * ```
 */
export type SplpAuth = SplpOAuth2Auth | SplpApiKeyAuth | SplpNoAuth;
