import type { z } from 'zod';
import type { LocalizedText } from '../errors/locale.js';

type ZodIssue = z.core.$ZodIssue;

const longestQuoted = 40;

/** A short, quoted rendering of a scalar the user typed (`"dinas"`, `7`); never more than 40 characters. */
function quote(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > longestQuoted ? `${text.slice(0, longestQuoted - 1)}…` : text;
}

/** The kind of a value in the words zod's own messages use (`string`, `number`, `array`, `null`). */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function choices(values: readonly unknown[]): string {
  return values.map(quote).join(', ');
}

/** A field that is absent: say so, and what belongs there, rather than "received undefined". */
function required(expected: string): LocalizedText {
  return { id: `Wajib diisi (diharapkan ${expected})`, en: `Required (expected ${expected})` };
}

function invalidValue(issue: z.core.$ZodIssueInvalidValue & { input?: unknown }): LocalizedText {
  const allowed = choices(issue.values);
  if (issue.input === undefined)
    return { id: `Wajib diisi, salah satu dari: ${allowed}`, en: `Required, one of: ${allowed}` };
  const got = quote(issue.input);
  return issue.values.length === 1
    ? { id: `Harus ${allowed}, diterima ${got}`, en: `Must be ${allowed}, received ${got}` }
    : { id: `Nilai ${got} tidak dikenal; pilihan: ${allowed}`, en: `Unknown value ${got}; allowed: ${allowed}` };
}

interface DiscriminatorIssue {
  readonly discriminator?: string;
  readonly options?: readonly unknown[];
  readonly input?: unknown;
}

/** A discriminated union whose tag matches no option: name the tag's value and the options. */
function noMatchingDiscriminator(issue: DiscriminatorIssue): LocalizedText | undefined {
  if (issue.discriminator === undefined || issue.options === undefined) return undefined;
  const allowed = choices(issue.options);
  const container = issue.input;
  const value =
    container !== null && typeof container === 'object'
      ? (container as Record<string, unknown>)[issue.discriminator]
      : undefined;
  if (value === undefined)
    return { id: `Wajib diisi, salah satu dari: ${allowed}`, en: `Required, one of: ${allowed}` };
  return {
    id: `Nilai ${quote(value)} tidak dikenal; pilihan: ${allowed}`,
    en: `Unknown value ${quote(value)}; allowed: ${allowed}`,
  };
}

/** A plain union: list what each alternative expected, and what was received. */
function noMatchingAlternative(issue: z.core.$ZodIssueInvalidUnion & { input?: unknown }): LocalizedText | undefined {
  const expected = new Set<string>();
  for (const alternative of issue.errors) {
    const first = alternative[0];
    if (alternative.length !== 1 || first?.code !== 'invalid_type' || first.path.length > 0) return undefined;
    expected.add(first.expected);
  }
  if (expected.size === 0) return undefined;
  const list = [...expected];
  if (issue.input === undefined) return required(list.join(' | '));
  const got = kindOf(issue.input);
  return {
    id: `Diharapkan ${list.join(' atau ')}, diterima ${got}`,
    en: `Expected ${list.join(' or ')}, received ${got}`,
  };
}

/**
 * Messages, in both languages, for the zod issues whose stock wording hides what was received: a
 * missing field ("received undefined"), an enum or literal value outside its choices, a
 * discriminated union's unknown tag ("Input tidak valid" without the choices) and a union of
 * plain types. `undefined` means zod's own localized message says it well.
 *
 * The value itself is quoted only for enums, literals and union tags, which are codes, never
 * personal data; other messages name the kind of value received, never its content.
 */
export function receivedValueMessage(issue: ZodIssue): LocalizedText | undefined {
  // Without `reportInput` zod leaves the input out, and nothing can be said about it.
  if (!('input' in issue)) return undefined;
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined && issue.expected !== 'undefined' ? required(issue.expected) : undefined;
    case 'invalid_value':
      return invalidValue(issue);
    case 'invalid_union':
      return noMatchingDiscriminator(issue as DiscriminatorIssue) ?? noMatchingAlternative(issue);
    default:
      return undefined;
  }
}
