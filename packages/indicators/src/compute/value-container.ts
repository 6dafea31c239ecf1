import type { IssuePath } from '@spbe-kit/models';
import type { IndexInputIssue } from '../errors/index-input-error.js';
import { keyIssue, shapeIssue, type Part } from './input-issues.js';

const CANONICAL_NUMBER = /^(?:0|[1-9]\d{0,15})$/;

/** A readable container of values keyed by number: a plain object or a Map. */
export type Container =
  | { readonly kind: 'object'; readonly object: Record<string, unknown> }
  | { readonly kind: 'map'; readonly map: ReadonlyMap<unknown, unknown> };

/** Checks the container's shape; records an issue and returns undefined when it is neither an object nor a Map. */
export function containerOf(
  value: unknown,
  path: IssuePath,
  issues: IndexInputIssue[],
  field = 'levels',
): Container | undefined {
  if (value instanceof Map) return { kind: 'map', map: value as ReadonlyMap<unknown, unknown> };
  if (typeof value === 'object' && value !== null && !Array.isArray(value))
    return { kind: 'object', object: value as Record<string, unknown> };
  issues.push(
    shapeIssue(
      field === '' ? path : [...path, field],
      { id: 'Harus berupa objek atau Map dengan kunci nomor', en: 'Must be an object or a Map keyed by number' },
      value,
    ),
  );
  return undefined;
}

/** The value for one number (object key or Map key as number or numeric string). */
export function valueAt(container: Container, number: number): unknown {
  if (container.kind === 'object') return container.object[number];
  const byNumber = container.map.get(number);
  return byNumber === undefined ? container.map.get(String(number)) : byNumber;
}

/**
 * Number of own enumerable string keys in the container. A mismatch with the number of values found
 * triggers {@link reportUnknownKeys}. `Object.values` counts exactly the keys `Object.keys` counts but
 * does not turn every integer key into a string (levels are keyed 1, 2, …, stored by the engine as
 * array elements): it is the cheapest count the language offers. A getter that throws on an unknown
 * key falls back to `Object.keys`, which reads no value, so the key is still reported as unknown.
 */
export function keyCount(container: Container): number {
  if (container.kind === 'map') return container.map.size;
  try {
    return Object.values(container.object).length;
  } catch {
    return Object.keys(container.object).length;
  }
}

/**
 * Reports every key that is not a number of the methodology, and Map entries given both as a number
 * and as a string. Called only when the key count shows something is off, so valid input never pays for it.
 */
export function reportUnknownKeys(
  container: Container,
  known: ReadonlyMap<number, number>,
  part: Part,
  methodology: string,
  path: IssuePath,
  issues: IndexInputIssue[],
): void {
  const seen = new Set<number>();
  const check = (key: unknown): void => {
    let number: number | undefined;
    if (typeof key === 'number' && Number.isSafeInteger(key) && key >= 0) number = key;
    else if (typeof key === 'string' && CANONICAL_NUMBER.test(key)) number = Number(key);
    const shown = typeof key === 'string' ? key : typeof key === 'number' ? String(key) : typeof key;
    if (number === undefined || seen.has(number)) {
      issues.push(keyIssue(part, shown, methodology, [...path, shown], false));
      return;
    }
    seen.add(number);
    if (!known.has(number)) issues.push(keyIssue(part, shown, methodology, [...path, number], true));
  };
  if (container.kind === 'map') {
    for (const key of container.map.keys()) check(key);
  } else {
    for (const key in container.object) check(key);
  }
}
