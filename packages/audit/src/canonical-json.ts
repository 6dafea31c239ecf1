import { AuditError } from './errors.js';
import { utf8 } from './bytes.js';

/**
 * A JSON value as RFC 8785 can canonicalise it.
 *
 * @example
 * ```ts
 * import type { JsonValue } from '@spbe-kit/audit';
 * const value: JsonValue = { b: [1, 'two', null], a: true };
 * ```
 */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

const MAX_DEPTH = 64;

function invalid(path: (string | number)[], id: string, en: string): AuditError {
  return new AuditError('json.not_canonicalizable', { id, en }, { path });
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

function write(value: unknown, path: (string | number)[], seen: Set<object>, out: string[]): void {
  if (value === null) {
    out.push('null');
    return;
  }
  switch (typeof value) {
    case 'boolean':
      out.push(value ? 'true' : 'false');
      return;
    case 'number':
      if (!Number.isFinite(value)) throw invalid(path, 'Angka harus berhingga', 'Numbers must be finite');
      // ECMAScript Number-to-string is exactly the RFC 8785 §3.2.2.3 number format; -0 becomes 0.
      out.push(JSON.stringify(value));
      return;
    case 'string':
      if (hasLoneSurrogate(value)) throw invalid(path, 'Teks berisi surrogate UTF-16 tunggal', 'Text holds a lone UTF-16 surrogate');
      out.push(JSON.stringify(value));
      return;
    case 'object':
      break;
    case 'bigint':
    case 'undefined':
    case 'function':
    case 'symbol':
      throw invalid(path, `Tipe ${typeof value} tidak ada di JSON`, `Type ${typeof value} does not exist in JSON`);
  }
  const object = value;
  if (seen.has(object)) throw invalid(path, 'Struktur melingkar', 'Circular structure');
  if (path.length >= MAX_DEPTH) throw invalid(path, `Lebih dalam dari ${MAX_DEPTH} tingkat`, `Nested deeper than ${MAX_DEPTH} levels`);
  seen.add(object);
  if (Array.isArray(object)) {
    out.push('[');
    object.forEach((item, i) => {
      if (i > 0) out.push(',');
      write(item, [...path, i], seen, out);
    });
    out.push(']');
  } else {
    const prototype = Object.getPrototypeOf(object) as unknown;
    if (prototype !== Object.prototype && prototype !== null) {
      throw invalid(path, 'Hanya objek biasa yang dapat dikanonisasi', 'Only plain objects can be canonicalised');
    }
    // RFC 8785 §3.2.3: sort by the UTF-16 code units of the keys (JavaScript's default string order).
    const keys = Object.keys(object).sort();
    out.push('{');
    keys.forEach((key, i) => {
      if (hasLoneSurrogate(key)) throw invalid([...path, key], 'Kunci berisi surrogate UTF-16 tunggal', 'Key holds a lone UTF-16 surrogate');
      const item = (object as Record<string, unknown>)[key];
      if (i > 0) out.push(',');
      out.push(JSON.stringify(key), ':');
      write(item, [...path, key], seen, out);
    });
    out.push('}');
  }
  seen.delete(object);
}

/**
 * Serialises a JSON value the RFC 8785 (JCS) way: sorted keys, no whitespace, ECMAScript number
 * format, minimal string escapes. Equal values always give equal text, so the text can be hashed.
 * Throws an {@link AuditError} (`json.not_canonicalizable`) for anything that is not plain JSON
 * (non-finite numbers, `undefined`, class instances, cycles, lone surrogates, nesting over 64).
 *
 * @example
 * ```ts
 * import { canonicalJson } from '@spbe-kit/audit';
 * canonicalJson({ b: 1, a: [true, null] }); // '{"a":[true,null],"b":1}'
 * ```
 */
export function canonicalJson(value: unknown): string {
  const out: string[] = [];
  write(value, [], new Set(), out);
  return out.join('');
}

/**
 * {@link canonicalJson} as UTF-8 bytes: the leaf data of an audit-log entry.
 *
 * @example
 * ```ts
 * import { canonicalJsonBytes } from '@spbe-kit/audit';
 * canonicalJsonBytes({ a: 1 }).length; // 7
 * ```
 */
export function canonicalJsonBytes(value: unknown): Uint8Array {
  return utf8(canonicalJson(value));
}
