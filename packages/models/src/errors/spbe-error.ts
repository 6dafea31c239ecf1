import { getLocale, type Locale, type LocalizedText } from './locale.js';

const marker = Symbol.for('spbe-kit.error.SpbeError');

/**
 * A path into the input that an error is about, as zod reports it: `['applications', 3, 'raaCode']`.
 *
 * @example
 * ```ts
 * import { formatIssuePath, type IssuePath } from '@spbe-kit/models';
 * const path: IssuePath = ['applications', 3, 'raaCode'];
 * formatIssuePath(path); // 'applications[3].raaCode'
 * ```
 */
export type IssuePath = ReadonlyArray<string | number>;

/**
 * One problem found in an input: where, what kind (a stable code) and why, in both languages.
 *
 * @example
 * ```ts
 * import type { SpbeIssue } from '@spbe-kit/models';
 * const issue: SpbeIssue = {
 *   code: 'nip.invalid_sex',
 *   path: ['pegawai', 0, 'nip'],
 *   message: { id: 'Kode jenis kelamin NIP (angka 15) harus 1 atau 2', en: 'The sex digit of a NIP (digit 15) must be 1 or 2' },
 * };
 * ```
 */
export interface SpbeIssue {
  /** Stable, machine-readable kind of problem, e.g. `'nik.invalid_date'`. */
  readonly code: string;
  /** Where in the input the problem is; empty for the input as a whole. */
  readonly path: IssuePath;
  /** What is wrong, in Bahasa Indonesia and English. */
  readonly message: LocalizedText;
}

/**
 * Options accepted by {@link SpbeError}.
 *
 * @example
 * ```ts
 * import { SpbeError, type SpbeErrorOptions } from '@spbe-kit/models';
 * const options: SpbeErrorOptions = { path: ['agency', 'regionCode'] };
 * const error = new SpbeError('agency.unknown_region', { id: 'Kode wilayah tidak dikenal', en: 'Unknown region code' }, options);
 * error.format('en'); // 'agency.regionCode: Unknown region code'
 * ```
 */
export interface SpbeErrorOptions {
  /** Every problem found (at least the one the error is about). */
  readonly issues?: readonly SpbeIssue[];
  /** Path of the offending field, when the error is about one field. */
  readonly path?: IssuePath;
  /** The underlying error, if any. */
  readonly cause?: unknown;
}

/**
 * Formats an issue path the way users write it: `applications[3].raaCode`.
 *
 * @example
 * ```ts
 * import { formatIssuePath } from '@spbe-kit/models';
 * formatIssuePath(['applications', 3, 'raaCode']); // 'applications[3].raaCode'
 * ```
 */
export function formatIssuePath(path: IssuePath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

/**
 * The base of every error spbe-kit throws: a stable `code`, the message in
 * Bahasa Indonesia and English, the path of the offending input and every issue
 * found. `message` is in the global locale (see `setLocale`); {@link SpbeError.format}
 * gives either language.
 *
 * Recognise one with {@link SpbeError.isInstance}, not `instanceof`: an application that loads one
 * spbe-kit package through `import` and another through `require` holds two copies of this class,
 * and `instanceof` fails across them. Every subclass has its own `isInstance`.
 *
 * @example
 * ```ts
 * import { SpbeError, parseNik } from '@spbe-kit/models';
 * try {
 *   parseNik('6471010000000000');
 * } catch (error) {
 *   if (SpbeError.isInstance(error)) console.log(error.code, error.format('en'));
 * }
 * ```
 */
export class SpbeError extends Error {
  private readonly [marker] = true;

  /** Stable, machine-readable kind of error. */
  readonly code: string;
  /** The message in both languages. */
  readonly messages: LocalizedText;
  /** Path of the offending input, empty when the error is about the input as a whole. */
  readonly path: IssuePath;
  /** Every problem found; at least one. */
  readonly issues: readonly SpbeIssue[];

  constructor(code: string, messages: LocalizedText, options: SpbeErrorOptions = {}) {
    const path = options.path ?? [];
    super(
      SpbeError.compose(messages, path, getLocale()),
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.name = new.target.name;
    this.code = code;
    this.messages = messages;
    this.path = path;
    this.issues = options.issues && options.issues.length > 0 ? options.issues : [{ code, path, message: messages }];
  }

  /**
   * Whether `value` is a spbe-kit error, from this copy of the package or any other (ESM and
   * CommonJS builds, two installed versions). Each error class is marked with
   * `Symbol.for('spbe-kit.error.<Name>')`, and an instance carries the marks of every class it extends.
   *
   * @example
   * ```ts
   * import { SpbeError } from '@spbe-kit/models';
   * SpbeError.isInstance(new SpbeError('demo.failed', { id: 'Gagal', en: 'Failed' })); // true
   * SpbeError.isInstance(new TypeError('bug')); // false
   * ```
   */
  static isInstance(this: void, value: unknown): value is SpbeError {
    return SpbeError.hasMarker(value, marker);
  }

  /**
   * Whether `value` carries the mark `symbol` (a `Symbol.for('spbe-kit.error.<Name>')`); the
   * building block of every subclass's `isInstance`.
   */
  protected static hasMarker(value: unknown, symbol: symbol): boolean {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[symbol] === true;
  }

  /**
   * The message in one language, with the path and, when there are several, every issue on its own line.
   *
   * @example
   * ```ts
   * import { SpbeError } from '@spbe-kit/models';
   * new SpbeError('demo', { id: 'Salah', en: 'Wrong' }).format('en'); // 'Wrong'
   * ```
   */
  format(locale: Locale = getLocale()): string {
    const head = SpbeError.compose(this.messages, this.path, locale);
    if (this.issues.length <= 1) return head;
    const lines = this.issues.map((issue) => `  - ${SpbeError.compose(issue.message, issue.path, locale)}`);
    return [head, ...lines].join('\n');
  }

  private static compose(messages: LocalizedText, path: IssuePath, locale: Locale): string {
    const text = locale === 'en' ? messages.en : messages.id;
    return path.length > 0 ? `${formatIssuePath(path)}: ${text}` : text;
  }
}
