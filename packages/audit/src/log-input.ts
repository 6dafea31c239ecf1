import { auditEventSchema, safeParseWith, type LocalizedText } from '@spbe-kit/models';
import { concatBytes } from './bytes.js';
import { canonicalJsonBytes, type JsonValue } from './canonical-json.js';
import { AuditLogError } from './errors.js';
import type { AuditLogErrorCode } from './error-codes.js';
import { encodeLeaf, keysOf } from './leaf.js';
import { hashLeaf } from './merkle.js';
import type { Sha256 } from './sha256.js';
import type { AppendRecord } from './store.js';

/** Bytes of random salt in front of every details blob (ADR 0042). */
export const SALT_BYTES = 16;

/** An {@link AuditLogError} with its message in both languages. */
export function logError(
  code: AuditLogErrorCode,
  messages: LocalizedText,
  path: (string | number)[] = [],
  cause?: unknown,
): AuditLogError {
  return new AuditLogError(code, messages, { path, cause });
}

/** A non-negative safe integer (a `bigint` is accepted when it fits), else `log.invalid_index`. */
export function checkIndex(value: unknown, name: string): number {
  const number =
    typeof value === 'bigint' && value >= 0n && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 0) {
    throw logError(
      'log.invalid_index',
      { id: `${name} harus bilangan bulat tak negatif`, en: `${name} must be a non-negative integer` },
      [name],
    );
  }
  return number;
}

/** Milliseconds of an ISO 8601 time or a `Date`, else `log.invalid_query`. */
export function parseTime(value: Date | string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const ms =
    value instanceof Date
      ? value.getTime()
      : typeof value === 'string' && /\d{4}-\d{2}-\d{2}/.test(value)
        ? Date.parse(value)
        : Number.NaN;
  if (!Number.isFinite(ms))
    throw logError(
      'log.invalid_query',
      { id: `${name} harus waktu ISO 8601`, en: `${name} must be an ISO 8601 time` },
      [name],
    );
  return ms;
}

const TOKEN = /^[A-Za-z0-9._:/-]{1,128}$/;

/** An optional query token (pseudonym, action, resource), else `log.invalid_query`. */
export function optionalToken(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length > 128 || !TOKEN.test(value)) {
    throw logError('log.invalid_query', { id: `Filter ${name} tidak valid`, en: `Invalid ${name} filter` }, [name]);
  }
  return value;
}

/**
 * Turns an event (and optional details) into the record a store appends: validates the event,
 * salts and commits to the details, encodes the canonical leaf and hashes it.
 */
export function createRecordPreparer(
  hasher: Sha256,
  maxDetailsBytes: number,
): (event: unknown, details: JsonValue | undefined, path: (string | number)[]) => AppendRecord {
  return (event, details, path) => {
    const parsed = safeParseWith(auditEventSchema, event);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      throw new AuditLogError('log.invalid_event', parsed.error.messages, {
        path: [...path, ...(first?.path ?? [])],
        cause: parsed.error,
      });
    }
    let detailsBlob: Uint8Array | undefined;
    if (details !== undefined) {
      let detailsBytes: Uint8Array;
      try {
        detailsBytes = canonicalJsonBytes(details);
      } catch (cause) {
        throw new AuditLogError(
          'log.invalid_details',
          { id: 'Detail harus JSON biasa', en: 'Details must be plain JSON' },
          { path: [...path, 'details'], cause },
        );
      }
      if (detailsBytes.length > maxDetailsBytes) {
        throw logError(
          'log.details_too_large',
          { id: `Detail lebih dari ${maxDetailsBytes} byte`, en: `Details exceed ${maxDetailsBytes} bytes` },
          [...path, 'details'],
        );
      }
      const salt = globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
      detailsBlob = concatBytes(salt, detailsBytes);
    }
    const leafData = encodeLeaf(parsed.data, detailsBlob ? hasher(detailsBlob) : undefined);
    return {
      leafData,
      leafHash: hashLeaf(leafData, hasher),
      ...(detailsBlob ? { details: detailsBlob } : {}),
      keys: keysOf(parsed.data),
    };
  };
}
