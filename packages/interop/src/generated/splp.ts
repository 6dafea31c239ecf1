/**
 * Generated from openapi/splp.openapi.yaml by openapi-typescript 7.13.0.
 * Do not edit: change the OpenAPI document and run `pnpm generate` in packages/interop.
 * `pnpm check-generated` fails when this file is stale.
 */

export interface paths {
    "/oauth2/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** OAuth2 client-credentials token for the subscribed APIs */
        post: operations["requestToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        TokenResponse: {
            access_token: string;
            /** @description `Bearer` */
            token_type: string;
            /** @description Lifetime in seconds */
            expires_in: number;
            scope?: string;
        };
        OAuthError: {
            error: string;
            error_description?: string;
        };
        GatewayFault: {
            /**
             * @description `900901` invalid credentials, `900902` missing credentials, `900908` resource forbidden
             *     (not subscribed or not in the token's scope), `900800`–`900807` throttled,
             *     `101503` back end unreachable, `101504` back end timeout, `303001` endpoint suspended.
             */
            code: string;
            message: string;
            description?: string;
            nextAccessTime?: string;
        };
    };
    responses: {
        /** @description A fault raised by the gateway itself, not by the provider behind it */
        GatewayFault: {
            headers: {
                /** @description Seconds to wait before retrying (throttling) */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayFault"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    requestToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @constant */
                    grant_type: "client_credentials";
                    /** @description Space-separated scopes; a token is only valid for the APIs its scopes cover. */
                    scope?: string;
                };
            };
        };
        responses: {
            /** @description An access token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description Bad token request (RFC 6749 §5.2) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
            /** @description Unknown consumer key or wrong secret (RFC 6749 §5.2) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
            429: components["responses"]["GatewayFault"];
            503: components["responses"]["GatewayFault"];
        };
    };
}
