import { z } from 'zod';
import { wirePreprocess } from './fast-schema.js';

// Schemas are strict about what our output types promise and tolerant about how the wire spells
// it: a number sent as a string and back, `null` for an absent field, an empty array where an
// object is expected. Each coercion leaves a value already in the promised shape unchanged, so
// the fast path (fast-schema.ts) still applies to canonical bodies.

const numeric = /^\s*-?\d+(\.\d+)?\s*$/;

const toNumber = (value: unknown): unknown =>
  typeof value === 'string' && numeric.test(value) ? Number(value) : value;

/**
 * A whole number that may arrive as a numeric string (`"12"`).
 */
export const wireInt = () => wirePreprocess(toNumber, z.number().int());

/**
 * A string that may arrive as a number (`2017` for `"2017"`).
 */
export const wireString = () =>
  wirePreprocess((value) => (typeof value === 'number' && Number.isFinite(value) ? String(value) : value), z.string());

/**
 * An optional field that may arrive as `null`: `null` reads as absent, so the output type stays
 * `T | undefined`.
 */
export const absent = <T extends z.ZodType>(inner: T) =>
  wirePreprocess((value) => (value === null ? undefined : value), inner.optional()).optional();

/**
 * A map that may arrive as an empty array (PHP's `json_encode` of an empty array): `[]` reads as `{}`.
 */
export const emptyArrayAsRecord = <T extends z.ZodType>(value: T) =>
  wirePreprocess((input) => (Array.isArray(input) && input.length === 0 ? {} : input), z.record(z.string(), value));
