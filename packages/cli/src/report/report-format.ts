import type { Locale, LocalizedText } from '@spbe-kit/models';

/** How numbers are written in a report: `id` with a decimal comma (`2,77`), `en` with a point (`2.77`). */
export type NumberLocale = 'id' | 'en';

/** The language and number style of a report, shared by the HTML and PDF renderers. */
export interface ReportFormat {
  /** The language of the text. */
  readonly language: Locale;
  /** The number style. */
  readonly numbers: NumberLocale;
  /** The text in the report's language. */
  readonly t: (text: LocalizedText) => string;
  /** A decimal written by the calculator (`'2.77'`, `'-0.5'`, `'31/11'`) in the number style; other text unchanged. */
  readonly decimal: (text: string | number | null | undefined) => string;
  /** A number rounded to `digits` decimals (two by default) in the number style; `–` when unknown. */
  readonly fixed: (value: number | null | undefined, digits?: number) => string;
  /** A signed change (`+0,46`, `−0,46`, `0,00`) in the number style; `–` when unknown. */
  readonly signed: (value: number | null) => string;
}

const plainDecimal = /^([+\-−]?\d+)\.(\d+)$/;

/** The format of a report in `language` with numbers in `numbers`. */
export function reportFormat(language: Locale, numbers: NumberLocale): ReportFormat {
  const decimal = (text: string | number | null | undefined): string => {
    if (text === null || text === undefined) return '–';
    const written = String(text);
    return numbers === 'id' ? written.replace(plainDecimal, '$1,$2') : written;
  };
  const fixed = (value: number | null | undefined, digits = 2): string =>
    value === null || value === undefined ? '–' : decimal(value.toFixed(digits));
  return {
    language,
    numbers,
    t: (text) => (language === 'en' ? text.en : text.id),
    decimal,
    fixed,
    signed: (value) => (value === null ? '–' : `${value > 0 ? '+' : value < 0 ? '−' : ''}${fixed(Math.abs(value))}`),
  };
}
