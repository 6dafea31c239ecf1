import { issuesFromZod } from '@spbe-kit/models';
import type { z } from 'zod';
import { guardOf } from './fast-schema.js';
import type { BufferedResponse, ParseOutcome } from './transport.js';

/**
 * Parses a body as JSON. A body that is not JSON (an HTML error page, a truncated
 * document) gives an outcome with an empty path.
 */
export function parseJsonText(text: string): ParseOutcome<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (cause) {
    return { ok: false, path: [], cause };
  }
}

/**
 * Checks a parsed value against a zod schema, reporting every mismatch with its path. A value
 * already in the schema's output shape is returned as it is (see `guardOf`); anything else goes
 * through zod, which coerces what the wire spells differently or reports where it does not match.
 */
export function validateWith<S extends z.ZodType>(schema: S, value: unknown): ParseOutcome<z.output<S>> {
  if (guardOf(schema)(value)) return { ok: true, value: value as z.output<S> };
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const issues = issuesFromZod(result.error.issues);
  return { ok: false, path: issues[0]?.path ?? [], issues };
}

/** A transport parser: JSON, then the schema. */
export function jsonParser<S extends z.ZodType>(schema: S): (response: BufferedResponse) => ParseOutcome<z.output<S>> {
  return (response) => {
    const json = parseJsonText(response.text);
    return json.ok ? validateWith(schema, json.value) : json;
  };
}
