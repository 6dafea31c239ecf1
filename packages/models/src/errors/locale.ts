/**
 * The two languages every message of spbe-kit is written in: Bahasa Indonesia (`id`) and English (`en`).
 *
 * @example
 * ```ts
 * import { localize, type Locale } from '@spbe-kit/models';
 * const locale: Locale = 'en';
 * localize({ id: 'Kota Balikpapan', en: 'Balikpapan City' }, locale); // 'Balikpapan City'
 * ```
 */
export type Locale = 'id' | 'en';

/**
 * A text in both languages. Every user-facing message and label in spbe-kit is one of these.
 *
 * @example
 * ```ts
 * import { localize, type LocalizedText } from '@spbe-kit/models';
 * const label: LocalizedText = { id: 'Dinas Komunikasi dan Informatika', en: 'Communication and Informatics Office' };
 * localize(label, 'id'); // 'Dinas Komunikasi dan Informatika'
 * ```
 */
export interface LocalizedText {
  /** Bahasa Indonesia. */
  readonly id: string;
  /** English. */
  readonly en: string;
}

let currentLocale: Locale = 'id';

/**
 * Sets the language used when an error or label is turned into a single string
 * without naming a language. Bahasa Indonesia is the default.
 *
 * @example
 * ```ts
 * import { setLocale } from '@spbe-kit/models';
 * setLocale('en');
 * ```
 */
export function setLocale(locale: Locale): void {
  if (locale !== 'id' && locale !== 'en') {
    throw new TypeError(`Unknown locale ${String(locale)}; expected 'id' or 'en'.`);
  }
  currentLocale = locale;
}

/**
 * The language set with {@link setLocale} (`'id'` unless changed).
 *
 * @example
 * ```ts
 * import { getLocale } from '@spbe-kit/models';
 * getLocale(); // 'id'
 * ```
 */
export function getLocale(): Locale {
  return currentLocale;
}

/**
 * Picks one language of a {@link LocalizedText}, the global locale when none is given.
 *
 * @example
 * ```ts
 * import { localize } from '@spbe-kit/models';
 * localize({ id: 'Baik', en: 'Good' }, 'en'); // 'Good'
 * ```
 */
export function localize(text: LocalizedText, locale: Locale = currentLocale): string {
  return locale === 'en' ? text.en : text.id;
}

/**
 * What the error-code reference of the documentation says about one error code: what it means and
 * the usual fix, each in both languages. Every package keeps one such entry per code in a
 * `satisfies Record<Code, ErrorCodeReference>` object, so a code without an entry fails the typecheck.
 *
 * @example
 * ```ts
 * import type { ErrorCodeReference } from '@spbe-kit/models';
 * const entry: ErrorCodeReference = {
 *   meaning: { id: 'NIK tidak terdiri atas 16 digit.', en: 'The NIK is not 16 digits.' },
 *   fix: { id: 'Periksa kembali NIK pada KTP-el.', en: 'Check the NIK against the KTP-el.' },
 * };
 * ```
 */
export interface ErrorCodeReference {
  /** What the code means: what the input or the situation was. */
  readonly meaning: LocalizedText;
  /** The usual fix. */
  readonly fix: LocalizedText;
}
