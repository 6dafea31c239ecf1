import { GatewayError } from '../errors/gateway-error.js';
import type { CallDescription, InteropError } from '../errors/interop-error.js';
import { ProviderError } from '../errors/provider-error.js';
import { parseJsonText } from '../http/parse-json.js';
import { retryAfterOf, type BufferedResponse } from '../http/transport.js';
import { splpGatewayFaultSchema, splpOAuthErrorSchema } from './splp-schemas.js';

const xmlFaultCode = /<(?:am:)?code>\s*((?:900|101|303)[0-9]{3})\s*<\/(?:am:)?code>/;

/**
 * The gateway's fault code in an error body, if the body is a gateway fault: JSON
 * `{ code: '900901', message }` or WSO2's XML `<am:fault><am:code>900901</am:code>…`.
 *
 * @example
 * ```ts
 * import { gatewayFaultCode } from '@spbe-kit/interop';
 * gatewayFaultCode('{"code":"900800","message":"Message throttled out"}'); // '900800'
 * gatewayFaultCode('{"status":"error","message":"Agenda tidak ditemukan"}'); // undefined
 * ```
 */
export function gatewayFaultCode(body: string): string | undefined {
  const json = parseJsonText(body);
  if (json.ok) {
    const fault = splpGatewayFaultSchema.safeParse(json.value);
    return fault.success ? fault.data.code : undefined;
  }
  return xmlFaultCode.exec(body)?.[1];
}

/**
 * Decides who failed for a non-2xx answer through SPLP: a body carrying a gateway fault
 * code is a {@link GatewayError} (the API manager refused or could not forward the call);
 * anything else came from the provider behind the gateway ({@link ProviderError}).
 */
export function classifySplpFailure(response: BufferedResponse, call: CallDescription): InteropError {
  const code = gatewayFaultCode(response.text);
  const retryAfterMs = retryAfterOf(response);
  if (code !== undefined)
    return new GatewayError({ status: response.status, body: response.text, gatewayCode: code, retryAfterMs, call });
  return new ProviderError({ status: response.status, body: response.text, retryAfterMs, call });
}

/** Token endpoint failures are the gateway's (its key manager), with the OAuth2 `error` as the code. */
export function classifyTokenFailure(response: BufferedResponse, call: CallDescription): InteropError {
  const json = parseJsonText(response.text);
  const oauth = json.ok ? splpOAuthErrorSchema.safeParse(json.value) : undefined;
  return new GatewayError({
    status: response.status,
    body: response.text,
    gatewayCode: oauth?.success ? oauth.data.error : gatewayFaultCode(response.text),
    retryAfterMs: retryAfterOf(response),
    call,
  });
}
