import { hmac } from '@noble/hashes/hmac';
import { sha256 as nobleSha256 } from '@noble/hashes/sha2';

/**
 * A synchronous SHA-256 function. The core uses an audited pure-JavaScript implementation
 * (`@noble/hashes`) so it runs unchanged in browsers; Node stores and `createAuditLog({ hasher })`
 * may pass a faster native one (see `nodeSha256` in `@spbe-kit/audit/file`). It must return a new
 * array and must not keep a reference to `data` (callers reuse their input buffers).
 *
 * @example
 * ```ts
 * import { sha256, type Sha256 } from '@spbe-kit/audit';
 * const hash: Sha256 = sha256;
 * hash(new Uint8Array()).length; // 32
 * ```
 */
export type Sha256 = (data: Uint8Array) => Uint8Array;

/**
 * SHA-256 of `data` (pure JavaScript, browser-safe).
 *
 * @example
 * ```ts
 * import { sha256 } from '@spbe-kit/audit';
 * sha256(new TextEncoder().encode('abc')).length; // 32
 * ```
 */
export const sha256: Sha256 = (data) => nobleSha256(data);

/** HMAC-SHA-256 (pure JavaScript). */
export function hmacSha256(key: Uint8Array, data: Uint8Array): Uint8Array {
  return hmac(nobleSha256, key, data);
}
