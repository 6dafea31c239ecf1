import type { z } from 'zod';
import type { LocalizedText } from '../errors/locale.js';

type ZodIssue = z.core.$ZodIssue;

const longestQuoted = 40;

/**
 * A short, quoted rendering of a scalar the user typed (`"dinas"`, `7`), never more than 40
 * characters; anything else is named by its kind (`object`, `array`), never converted to text.
 */
function quote(value: unknown): string {
  if (value !== null && (typeof value === 'object' || typeof value === 'function' || typeof value === 'symbol'))
    return kindOf(value);
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

const formatNames: Readonly<Record<string, LocalizedText>> = {
  ipv4: { id: 'alamat IPv4', en: 'an IPv4 address' },
  ipv6: { id: 'alamat IPv6', en: 'an IPv6 address' },
  email: { id: 'alamat surel', en: 'an email address' },
  url: { id: 'URL', en: 'a URL' },
  uuid: { id: 'UUID', en: 'a UUID' },
  datetime: { id: 'waktu ISO 8601', en: 'an ISO 8601 time' },
  date: { id: 'tanggal YYYY-MM-DD', en: 'a YYYY-MM-DD date' },
};

/** What one alternative of a union wanted, when its only problem is at the union's own level. */
function expectedBy(alternative: readonly ZodIssue[]): LocalizedText | undefined {
  const [only] = alternative;
  if (alternative.length !== 1 || only === undefined || only.path.length > 0) return undefined;
  if (only.code === 'invalid_type') return { id: only.expected, en: only.expected };
  if (only.code === 'invalid_format') return formatNames[only.format] ?? { id: only.format, en: only.format };
  if (only.code === 'invalid_value') return { id: choices(only.values), en: choices(only.values) };
  return undefined;
}

/** A plain union: list what each alternative expected, and the kind of value received. */
function noMatchingAlternative(issue: z.core.$ZodIssueInvalidUnion & { input?: unknown }): LocalizedText | undefined {
  const expected: LocalizedText[] = [];
  for (const alternative of issue.errors) {
    const wanted = expectedBy(alternative);
    if (wanted === undefined) return undefined;
    if (!expected.some((known) => known.en === wanted.en)) expected.push(wanted);
  }
  if (expected.length === 0) return undefined;
  const id = expected.map((wanted) => wanted.id).join(' atau ');
  const en = expected.map((wanted) => wanted.en).join(' or ');
  if (issue.input === undefined) return { id: `Wajib diisi (diharapkan ${id})`, en: `Required (expected ${en})` };
  const got = kindOf(issue.input);
  return { id: `Diharapkan ${id}, diterima ${got}`, en: `Expected ${en}, received ${got}` };
}

type SizeIssue = (z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall) & { input?: unknown };

/** What a bound is counted in: the value itself for numbers, characters, items or entries otherwise. */
const sizeUnits: Readonly<Record<string, LocalizedText>> = {
  string: { id: ' karakter', en: ' characters' },
  array: { id: ' butir', en: ' items' },
  set: { id: ' butir', en: ' items' },
  file: { id: ' bita', en: ' bytes' },
};

/** How a text, a list or a file is said to be over or under its bound. */
const sizeWords: Readonly<Record<string, { big: LocalizedText; small: LocalizedText }>> = {
  string: { big: { id: 'Terlalu panjang', en: 'Too long' }, small: { id: 'Terlalu pendek', en: 'Too short' } },
  array: { big: { id: 'Terlalu banyak', en: 'Too many' }, small: { id: 'Terlalu sedikit', en: 'Too few' } },
  set: { big: { id: 'Terlalu banyak', en: 'Too many' }, small: { id: 'Terlalu sedikit', en: 'Too few' } },
  file: { big: { id: 'Terlalu besar', en: 'Too large' }, small: { id: 'Terlalu kecil', en: 'Too small' } },
};

/**
 * A value above or below its bound, in words ("paling besar 5, diterima 7"), instead of zod's stock
 * Indonesian that names the type in English ("diharapkan number menjadi <=5"). A number received is
 * quoted (a level, a year, a count); a text or a list is named by its length, never by its content.
 */
function outOfBounds(issue: SizeIssue): LocalizedText | undefined {
  const big = issue.code === 'too_big';
  const bound = big ? (issue as z.core.$ZodIssueTooBig).maximum : (issue as z.core.$ZodIssueTooSmall).minimum;
  const origin = issue.origin;
  const inclusive = issue.inclusive !== false;
  if (origin === 'number' || origin === 'int' || origin === 'bigint') {
    const limit = String(bound);
    const rule = big
      ? inclusive
        ? { id: `paling besar ${limit}`, en: `at most ${limit}` }
        : { id: `harus kurang dari ${limit}`, en: `must be less than ${limit}` }
      : inclusive
        ? { id: `paling kecil ${limit}`, en: `at least ${limit}` }
        : { id: `harus lebih dari ${limit}`, en: `must be more than ${limit}` };
    const got = typeof issue.input === 'number' || typeof issue.input === 'bigint' ? String(issue.input) : undefined;
    const head = big ? { id: 'Terlalu besar', en: 'Too large' } : { id: 'Terlalu kecil', en: 'Too small' };
    return got === undefined
      ? { id: `${head.id}: ${rule.id}`, en: `${head.en}: ${rule.en}` }
      : { id: `${head.id}: ${rule.id}, diterima ${got}`, en: `${head.en}: ${rule.en}, received ${got}` };
  }
  const unit = sizeUnits[origin];
  if (unit === undefined) return undefined;
  const length =
    typeof issue.input === 'string' || Array.isArray(issue.input)
      ? issue.input.length
      : issue.input instanceof Set
        ? issue.input.size
        : undefined;
  // English says "1 item", "2 items"; Indonesian does not inflect.
  const en = (n: number | bigint): string => (Number(n) === 1 ? unit.en.replace(/s$/, '') : unit.en);
  const count = length === undefined ? '' : `, ${length}${unit.id} diterima`;
  const countEn = length === undefined ? '' : `, received ${length}${en(length)}`;
  const limit = String(bound);
  const words = sizeWords[origin] ?? sizeWords['string']!;
  return big
    ? {
        id: `${words.big.id}: paling banyak ${limit}${unit.id}${count}`,
        en: `${words.big.en}: at most ${limit}${en(bound)}${countEn}`,
      }
    : {
        id: `${words.small.id}: paling sedikit ${limit}${unit.id}${count}`,
        en: `${words.small.en}: at least ${limit}${en(bound)}${countEn}`,
      };
}

/**
 * Messages, in both languages, for the zod issues whose stock wording hides what was received: a
 * missing field ("received undefined"), an enum or literal value outside its choices, a
 * discriminated union's unknown tag ("Input tidak valid" without the choices), a union of
 * plain types, and a value outside its bounds (zod's Indonesian names the type in English). `undefined` means zod's own localized message says it well.
 *
 * The value itself is quoted only for enums, literals and union tags, which are codes, never
 * personal data; other messages name the kind of value received, never its content.
 */
export function receivedValueMessage(issue: ZodIssue): LocalizedText | undefined {
  // Without `reportInput` zod leaves the input out, and nothing can be said about it.
  if (!('input' in issue)) return undefined;
  const input = (issue as { input?: unknown }).input;
  if (issue.code === 'invalid_type')
    return input === undefined && issue.expected !== 'undefined' ? required(issue.expected) : undefined;
  if (issue.code === 'invalid_value') return invalidValue(issue);
  if (issue.code === 'invalid_union') return noMatchingDiscriminator(issue) ?? noMatchingAlternative(issue);
  if (issue.code === 'too_big' || issue.code === 'too_small') return outOfBounds(issue);
  return undefined;
}
