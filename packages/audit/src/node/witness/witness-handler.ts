import { SpbeError } from '@spbe-kit/models';
import { sha256 } from '../../sha256.js';
import { toHex, utf8 } from '../../bytes.js';
import { MAX_REQUEST_BYTES } from '../../witness/add-checkpoint-request.js';
import type { Witness } from '../../witness/witness.js';
import { WitnessError } from '../../witness/witness-error.js';

/**
 * Options of {@link createWitnessHandler}.
 *
 * @example
 * ```ts
 * import type { WitnessHandlerOptions } from '@spbe-kit/audit/witness';
 * const options: WitnessHandlerOptions = { prefix: '/witness' };
 * ```
 */
export interface WitnessHandlerOptions {
  /** The path prefix of the API (both submission and monitoring prefix), e.g. `/witness`; default none. */
  readonly prefix?: string;
  /** Called with every refusal of a checkpoint whose log signature verified (possible evidence of misbehaviour). */
  readonly onRefusal?: (error: WitnessError, body: string) => void;
}

const text = (status: number, body: string, contentType = 'text/plain; charset=utf-8') =>
  new Response(body, { status, headers: { 'content-type': contentType, 'cache-control': 'no-store' } });

/**
 * The HTTP side of a witness as a fetch handler, `(Request) => Promise<Response>`, to mount in Hono,
 * `Deno.serve`, a Node `http` adapter or a test: `POST <prefix>/add-checkpoint` (C2SP tlog-witness),
 * answering `200` with the cosignature lines or the status the specification names (409 with
 * `Content-Type: text/x.tlog.size` and the current size), and `GET <prefix>/<sha256(origin) hex>/checkpoint`
 * (the latest cosigned checkpoint, for monitors). Anything else is 404 (405 for a wrong method).
 *
 * @example
 * ```ts
 * import { createWitnessHandler } from '@spbe-kit/audit/witness';
 * const handle = createWitnessHandler(witness, { prefix: '/witness' });
 * const response = await handle(new Request('http://localhost/witness/add-checkpoint', { method: 'POST', body: requestBody }));
 * ```
 */
export function createWitnessHandler(
  witness: Witness,
  options: WitnessHandlerOptions = {},
): (request: Request) => Promise<Response> {
  const prefix = (options.prefix ?? '').replace(/\/+$/, '');
  const byHash = new Map(witness.origins.map((origin) => [toHex(sha256(utf8(origin))), origin]));
  return async (request) => {
    const path = new URL(request.url).pathname;
    if (!path.startsWith(`${prefix}/`)) return text(404, 'not found\n');
    const rest = path.slice(prefix.length + 1);
    if (rest === 'add-checkpoint') {
      if (request.method !== 'POST')
        return new Response('method not allowed\n', { status: 405, headers: { allow: 'POST' } });
      const length = Number(request.headers.get('content-length') ?? '0');
      if (length > MAX_REQUEST_BYTES) return text(413, 'request too large\n');
      let body: string;
      try {
        body = await request.text();
      } catch {
        return text(400, 'unreadable body\n');
      }
      try {
        return text(200, await witness.addCheckpoint(body));
      } catch (error) {
        if (WitnessError.isInstance(error)) {
          if (error.status === 409 || error.status === 422) options.onRefusal?.(error, body);
          if (error.status === 409 && error.currentSize !== undefined)
            return text(409, `${error.currentSize.toString()}\n`, 'text/x.tlog.size');
          return text(error.status, `${error.messages.en}\n`);
        }
        if (SpbeError.isInstance(error)) return text(400, `${error.messages.en}\n`);
        return text(500, 'internal error\n');
      }
    }
    const match = /^([0-9a-f]{64})\/checkpoint$/.exec(rest);
    if (match) {
      if (request.method !== 'GET' && request.method !== 'HEAD')
        return new Response('method not allowed\n', { status: 405, headers: { allow: 'GET, HEAD' } });
      const origin = byHash.get(match[1]!);
      const note = origin === undefined ? undefined : await witness.latestCheckpoint(origin);
      if (note === undefined) return text(404, 'no checkpoint cosigned for this log\n');
      return text(200, note);
    }
    return text(404, 'not found\n');
  };
}
