/** How CSV is written: the delimiter and the decimal mark. */
export interface CsvStyle {
  /** `,` by default; `;` for Indonesian spreadsheets (`--locale id`). */
  readonly delimiter: string;
  /** Write decimals with a comma (`2,77`), as Indonesian spreadsheets read them. */
  readonly decimalComma: boolean;
}

/** Plain CSV: `,` and decimal points. */
export const defaultCsvStyle: CsvStyle = { delimiter: ',', decimalComma: false };

/** The CSV style of `--locale`: `id` writes `;` and decimal commas (Excel with an Indonesian locale), anything else plain CSV. */
export function csvStyleOf(locale: string | undefined): CsvStyle {
  return locale === 'id' ? { delimiter: ';', decimalComma: true } : defaultCsvStyle;
}

const fraction = /^(-?\d+)\/(\d+)$/;
const decimal = /^-?\d+(?:\.\d+)?$/;

/**
 * An exact fraction (`7/3`, as exact results write a value without a finite decimal) as a decimal
 * rounded to ten places (`2.3333333333`): spreadsheets turn `7/3` into a date.
 */
export function fractionToDecimal(text: string): string {
  const match = fraction.exec(text);
  if (!match) return text;
  const value = Number(match[1]) / Number(match[2]);
  return String(Number(value.toFixed(10)));
}

/**
 * An exact value (`'2.7695'`, `'31/11'`) as a CSV number cell: a decimal, never a fraction, so the
 * cell is written with the decimal mark of the CSV style.
 */
export function exactCell(text: string | undefined | null): number | string | undefined {
  if (text === undefined || text === null) return undefined;
  const converted = fractionToDecimal(text);
  if (!decimal.test(converted)) return converted;
  const value = Number(converted);
  return String(value) === converted.replace(/^(-?)0+(\d)/, '$1$2') ? value : converted;
}

/** A decimal as shown (`'2.70'`: its trailing zero kept), written with the CSV style's decimal mark. */
interface DisplayDecimal {
  readonly displayDecimal: string;
}

/**
 * A display value of the calculator (`indexDisplay`, `'2.70'`) as a CSV cell: written as shown, with a
 * decimal comma for `--locale id` (`2,70`), unlike a number cell it keeps its trailing zeros.
 */
export function displayCell(text: string | null | undefined): DisplayDecimal | undefined {
  return text === null || text === undefined ? undefined : { displayDecimal: text };
}

function isDisplayDecimal(value: unknown): value is DisplayDecimal {
  return typeof value === 'object' && value !== null && typeof (value as DisplayDecimal).displayDecimal === 'string';
}

function numberText(text: string, style: CsvStyle): string {
  return style.decimalComma ? text.replace('.', ',') : text;
}

/** One CSV cell, quoted when it holds a delimiter, a quote or a line break (RFC 4180); numbers as decimals, never fractions. */
function csvCell(value: unknown, style: CsvStyle): string {
  if (value === undefined || value === null) return '';
  let text: string;
  if (typeof value === 'number') text = numberText(String(value), style);
  else if (isDisplayDecimal(value))
    text = decimal.test(value.displayDecimal) ? numberText(value.displayDecimal, style) : value.displayDecimal;
  else if (typeof value === 'string') text = fractionToDecimal(value);
  else text = typeof value === 'boolean' ? String(value) : JSON.stringify(value);
  const special = text.includes(style.delimiter) || /["\r\n]/.test(text);
  return special ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line (with its line break) from cells. */
export function csvLine(cells: readonly unknown[], style: CsvStyle = defaultCsvStyle): string {
  return `${cells.map((cell) => csvCell(cell, style)).join(style.delimiter)}\n`;
}
