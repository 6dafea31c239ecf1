/**
 * Who is calling, sent on every call so the provider and the audit trail can tie a request
 * to an application of a government agency (as X-Road's `X-Road-Client` does).
 *
 * @example
 * ```ts
 * import { type ClientIdentity, createCkanClient } from '@spbe-kit/interop';
 * const identity: ClientIdentity = { regionCode: '64.72', application: 'sipd-samarinda' };
 * createCkanClient({ baseUrl: 'https://data.kaltimprov.go.id', identity });
 * ```
 */
export interface ClientIdentity {
  /** Kemendagri region code of the calling government, e.g. `'64.72'` (Kota Samarinda) or `'64'`. */
  readonly regionCode: string;
  /** The calling application, e.g. `'sipd-samarinda'`. */
  readonly application: string;
}

/**
 * Per-call context: cancellation and the audit fields of one call.
 *
 * @example
 * ```ts
 * await ckan.packageShow({ id: 'jumlah-penduduk' }, { actingUserId: 'u-7f3a', caseNumber: 'SPBE/2026/001', signal: AbortSignal.timeout(5_000) });
 * ```
 */
export interface CallOptions {
  /** Aborts the call (throws `NetworkError` with `reason: 'aborted'`). */
  readonly signal?: AbortSignal;
  /** A pseudonymous id of the person acting (never a NIK or a name), sent as `X-SPBE-User-Id`. */
  readonly actingUserId?: string;
  /** The case or file number the call serves, sent as `X-SPBE-Case-Number`. */
  readonly caseNumber?: string;
  /** Use this request id instead of a fresh one (e.g. to continue an incoming request's trace). */
  readonly requestId?: string;
}

/**
 * Names of the headers spbe-kit sends with every call.
 *
 * @example
 * ```ts
 * import { interopHeaders } from '@spbe-kit/interop';
 * interopHeaders.requestId; // 'X-Request-Id'
 * ```
 */
export const interopHeaders = Object.freeze({
  /** A fresh UUID per call (the same on every retry of the call). */
  requestId: 'X-Request-Id',
  /** `{regionCode}/{application}`, e.g. `64.72/sipd-samarinda`. */
  client: 'X-SPBE-Client',
  /** Pseudonymous acting-user id, when given. */
  userId: 'X-SPBE-User-Id',
  /** Case or file number, when given. */
  caseNumber: 'X-SPBE-Case-Number',
});

const hex = '0123456789abcdef';

/**
 * A random UUID v4 for a request id (`crypto.randomUUID` where available, which browsers
 * only offer on secure origins, else `crypto.getRandomValues`).
 *
 * @example
 * ```ts
 * import { newRequestId } from '@spbe-kit/interop';
 * newRequestId(); // e.g. '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed'
 * ```
 */
export function newRequestId(): string {
  const webCrypto = globalThis.crypto;
  if (typeof webCrypto.randomUUID === 'function') return webCrypto.randomUUID();
  const bytes = webCrypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  let out = '';
  for (let i = 0; i < 16; i++) {
    const byte = bytes[i] ?? 0;
    out += (hex[byte >> 4] ?? '0') + (hex[byte & 15] ?? '0');
    if (i === 3 || i === 5 || i === 7 || i === 9) out += '-';
  }
  return out;
}

const secretParameters = new Set(['key', 'apikey', 'api_key', 'access_token', 'token', 'client_secret']);
// A cheap first look, so URLs without a secret are not parsed on every call.
const secretParameterPattern = /[?&](?:key|apikey|api_key|access_token|token|client_secret)=/i;

/**
 * The URL with the values of credential query parameters (`key`, `apikey`, `access_token`,
 * …) replaced by `[redacted]`, for errors and audit records.
 *
 * @example
 * ```ts
 * import { redactUrl } from '@spbe-kit/interop';
 * redactUrl('https://webapi.bps.go.id/v1/api/domain?type=all&key=abc'); // '…/domain?type=all&key=%5Bredacted%5D'
 * ```
 */
export function redactUrl(url: string): string {
  const query = url.indexOf('?');
  if (query === -1 || !secretParameterPattern.test(url)) return url;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url.slice(0, query);
  }
  let changed = false;
  for (const name of [...parsed.searchParams.keys()]) {
    if (secretParameters.has(name.toLowerCase())) {
      parsed.searchParams.set(name, '[redacted]');
      changed = true;
    }
  }
  return changed ? parsed.toString() : url;
}
