import { z } from 'zod';

/**
 * The token endpoint's answer (RFC 6749 §5.1).
 *
 * @example
 * ```ts
 * import { splpTokenResponseSchema } from '@spbe-kit/interop';
 * splpTokenResponseSchema.parse({ access_token: 't', token_type: 'Bearer', expires_in: 3600 }).expires_in; // 3600
 * ```
 */
export const splpTokenResponseSchema = z.looseObject({
  access_token: z.string().min(1),
  token_type: z.string(),
  expires_in: z.number().int().nonnegative(),
  scope: z.string().optional(),
});

/**
 * A fault raised by the SPLP gateway itself (WSO2 API Manager format): `code` in the
 * `900xxx` (authentication, authorisation, throttling), `101xxx` or `303xxx` (back end) families.
 *
 * @example
 * ```ts
 * import { splpGatewayFaultSchema } from '@spbe-kit/interop';
 * splpGatewayFaultSchema.parse({ code: '900901', message: 'Invalid Credentials' });
 * ```
 */
export const splpGatewayFaultSchema = z.looseObject({
  code: z
    .union([z.string(), z.number()])
    .transform(String)
    .pipe(z.string().regex(/^(900[0-9]{3}|101[0-9]{3}|303[0-9]{3})$/)),
  message: z.string(),
  description: z.string().optional(),
  nextAccessTime: z.string().optional(),
});

/**
 * An OAuth2 error answer of the token endpoint (RFC 6749 §5.2).
 *
 * @example
 * ```ts
 * import { splpOAuthErrorSchema } from '@spbe-kit/interop';
 * splpOAuthErrorSchema.parse({ error: 'invalid_client' });
 * ```
 */
export const splpOAuthErrorSchema = z.looseObject({
  error: z.string(),
  error_description: z.string().optional(),
});

/**
 * The token endpoint's answer.
 *
 * @example
 * ```ts
 * import { type SplpTokenResponse, splpTokenResponseSchema } from '@spbe-kit/interop';
 * const token: SplpTokenResponse = splpTokenResponseSchema.parse(json);
 * token.expires_in; // seconds
 * ```
 */
export type SplpTokenResponse = z.output<typeof splpTokenResponseSchema>;
/**
 * A fault raised by the gateway itself.
 *
 * @example
 * ```ts
 * import { type SplpGatewayFault, splpGatewayFaultSchema } from '@spbe-kit/interop';
 * import { GatewayError } from '@spbe-kit/interop';
 * if (GatewayError.isInstance(error)) {
 *   const fault: SplpGatewayFault = splpGatewayFaultSchema.parse(JSON.parse(error.body));
 * }
 * ```
 */
export type SplpGatewayFault = z.output<typeof splpGatewayFaultSchema>;
