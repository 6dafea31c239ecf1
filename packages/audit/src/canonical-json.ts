import type { LocalizedText } from '@spbe-kit/models';
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

function invalid(path: (string | number)[], messages: LocalizedText): AuditError {
  return new AuditError('json.not_canonicalizable', messages, { path });
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

/** JSON text of a string, refusing lone surrogates (which `JSON.stringify` would escape as `\udXXX`). */
function quote(text: string, path: readonly (string | number)[]): string {
  const quoted = JSON.stringify(text);
  // Fast path: a lone surrogate can only be there if the output holds a `\ud` escape.
  if (quoted.includes('\\ud') && hasLoneSurrogate(text)) {
    throw invalid([...path], { id: 'Teks berisi surrogate UTF-16 tunggal', en: 'Text holds a lone UTF-16 surrogate' });
  }
  return quoted;
}

// `path` is one mutable array (push/pop) so canonicalising allocates nothing per property; a copy is
// taken only for an error. A cycle ends as "nested too deep". Output is built by string
// concatenation, which V8 turns into cheap ropes.
function write(value: unknown, path: (string | number)[]): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value))
        throw invalid([...path], { id: 'Angka harus berhingga', en: 'Numbers must be finite' });
      // ECMAScript Number-to-string is exactly the RFC 8785 §3.2.2.3 number format; -0 becomes 0.
      return JSON.stringify(value);
    case 'string':
      return quote(value, path);
    case 'object':
      break;
    case 'bigint':
    case 'undefined':
    case 'function':
    case 'symbol':
      throw invalid([...path], {
        id: `Tipe ${typeof value} tidak ada di JSON`,
        en: `Type ${typeof value} does not exist in JSON`,
      });
  }
  if (path.length >= MAX_DEPTH)
    throw invalid([...path], {
      id: `Lebih dalam dari ${MAX_DEPTH} tingkat (atau melingkar)`,
      en: `Nested deeper than ${MAX_DEPTH} levels (or circular)`,
    });
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      path.push(i);
      out += write(value[i], path);
      path.pop();
    }
    return out + ']';
  }
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) {
    throw invalid([...path], {
      id: 'Hanya objek biasa yang dapat dikanonisasi',
      en: 'Only plain objects can be canonicalised',
    });
  }
  // RFC 8785 §3.2.3: sort by the UTF-16 code units of the keys (JavaScript's default string order).
  const keys = Object.keys(value).sort();
  let out = '{';
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    path.push(key);
    if (i > 0) out += ',';
    out += quote(key, path) + ':' + write((value as Record<string, unknown>)[key], path);
    path.pop();
  }
  return out + '}';
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
  return write(value, []);
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
