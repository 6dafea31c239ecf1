import type { z } from 'zod';
import { en as enLocale, id as idLocale } from 'zod/v4/locales';
import type { Locale, LocalizedText } from '../errors/locale.js';
import type { SpbeIssue } from '../errors/spbe-error.js';
import type { ModelsIssueCode } from './issue-codes.js';
import { ValidationError } from './validation-error.js';
import { receivedValueMessage } from './zod-messages.js';

/**
 * Options for {@link parseWith} and {@link safeParseWith}.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { parseWith, type ParseOptions } from '@spbe-kit/models';
 * const options: ParseOptions = { locale: 'en' };
 * parseWith(z.number().int().min(2021), 2019, options); // throws ValidationError: 'Too small: at least 2021, received 2019'
 * ```
 */
export interface ParseOptions {
  /** Language of `error.message`; both languages are always in `error.issues`. Defaults to the global locale. */
  readonly locale?: Locale;
}

/**
 * The result of {@link safeParseWith}.
 *
 * @example
 * ```ts
 * import { agencySchema, safeParseWith, type Agency, type SafeParseResult } from '@spbe-kit/models';
 * const result: SafeParseResult<Agency> = safeParseWith(agencySchema, { kind: 'kota', name: 'Pemerintah Kota Balikpapan', regionCode: '64.71' });
 * if (result.success) result.data.name; // 'Pemerintah Kota Balikpapan'
 * else result.error.issues; // every problem, in both languages
 * ```
 */
export type SafeParseResult<T> =
  { readonly success: true; readonly data: T } | { readonly success: false; readonly error: ValidationError };

const idMessages = idLocale().localeError;
const enMessages = enLocale().localeError;

type ZodIssue = z.core.$ZodIssue;

// Messages for `.regex()` checks, keyed by the pattern as zod reports it (`String(regex)`); see localizedPattern.
const patternMessages = new Map<string, LocalizedText>();

/**
 * Registers messages in both languages for a regex used with zod's `.regex()`, and returns the regex.
 * A `.regex()` check (unlike a refinement) is exported to JSON Schema as `pattern`, so schemas that
 * must validate the same way in other languages use it; {@link parseWith} then reports a mismatch
 * with these messages instead of quoting the pattern.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { localizedPattern, parseWith } from '@spbe-kit/models';
 * const kode = z.string().regex(localizedPattern(/^[0-9]{2}$/, { id: 'Harus dua digit', en: 'Must be two digits' }));
 * parseWith(kode, '6', { locale: 'en' }); // throws ValidationError: 'Must be two digits'
 * ```
 */
export function localizedPattern(pattern: RegExp, messages: LocalizedText): RegExp {
  patternMessages.set(String(pattern), messages);
  return pattern;
}

/**
 * Custom issues raised by spbe-kit's own refinements carry both languages in
 * `params.messages` (and a stable code in `params.code`); see {@link localizedIssue}.
 */
function messagesOf(issue: ZodIssue): LocalizedText {
  if (issue.code === 'custom') {
    const params = issue.params as { messages?: LocalizedText } | undefined;
    if (params?.messages) return params.messages;
  }
  if (issue.code === 'invalid_format' && issue.format === 'regex' && typeof issue.pattern === 'string') {
    const messages = patternMessages.get(issue.pattern);
    if (messages) return messages;
  }
  const received = receivedValueMessage(issue);
  if (received) return received;
  const asRaw = issue as unknown as Parameters<typeof idMessages>[0];
  const pick = (result: ReturnType<typeof idMessages>): string | undefined =>
    typeof result === 'string' ? result : result?.message;
  return {
    id: pick(idMessages(asRaw)) ?? issue.message,
    en: pick(enMessages(asRaw)) ?? issue.message,
  };
}

function codeOf(issue: ZodIssue): string {
  if (issue.code === 'custom') {
    const params = issue.params as { code?: string } | undefined;
    if (params?.code) return params.code;
  }
  return issue.code;
}

/**
 * Turns zod's issues into spbe-kit issues with messages in both languages.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { issuesFromZod } from '@spbe-kit/models';
 * const result = z.string().safeParse(1);
 * if (!result.success) issuesFromZod(result.error.issues)[0]?.message.id; // 'Input tidak valid: ...'
 * ```
 */
export function issuesFromZod(issues: readonly ZodIssue[]): SpbeIssue[] {
  const out: SpbeIssue[] = [];
  for (const issue of issues) {
    out.push({
      code: codeOf(issue),
      path: issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment)),
      message: messagesOf(issue),
    });
  }
  return out;
}

/**
 * Builds the `params` of a custom zod issue so that {@link parseWith} reports
 * it with a stable code and in both languages. `code` is a {@link ModelsIssueCode} or any other
 * string (`ModelsIssueCode | (string & {})`, not an overload): your own schemas raise your own codes,
 * and the editor still offers spbe-kit's codes as you type.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { localizedIssue } from '@spbe-kit/models';
 * const even = z.number().refine((n) => n % 2 === 0, localizedIssue('demo.odd', { id: 'Harus genap', en: 'Must be even' }));
 * ```
 */
export function localizedIssue(
  code: ModelsIssueCode | (string & {}),
  messages: LocalizedText,
): { message: string; params: { code: string; messages: LocalizedText } } {
  return { message: messages.en, params: { code, messages } };
}

/**
 * {@link localizedIssue} restricted to {@link ModelsIssueCode}: the models' own schemas use it, so a
 * code missing from the union (and so from the error-code reference) fails the typecheck.
 */
export function modelsIssue(
  code: ModelsIssueCode,
  messages: LocalizedText,
): { message: string; params: { code: string; messages: LocalizedText } } {
  return localizedIssue(code, messages);
}

/**
 * Parses `input` with a zod schema and returns the typed value, or throws a
 * {@link ValidationError} listing every problem with its path, in Bahasa
 * Indonesia and English.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { parseWith } from '@spbe-kit/models';
 * const year = parseWith(z.number().int().min(2021), 2024); // 2024
 * ```
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, options: ParseOptions = {}): z.output<S> {
  const result = safeParseWith(schema, input, options);
  if (result.success) return result.data;
  throw result.error;
}

/**
 * Like {@link parseWith} but returns `{ success, data }` or `{ success, error }` instead of throwing.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { safeParseWith } from '@spbe-kit/models';
 * const result = safeParseWith(z.string(), 42, { locale: 'en' });
 * if (!result.success) console.log(result.error.message); // 'Invalid input: expected string, received number'
 * ```
 */
export function safeParseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  options: ParseOptions = {},
): SafeParseResult<z.output<S>> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { success: true, data: result.data };
  const issues = issuesFromZod(result.error.issues);
  // The zod error is not kept as `cause`: with `reportInput` it holds the raw input, which may be personal data.
  return { success: false, error: new ValidationError(issues, { locale: options.locale }) };
}
