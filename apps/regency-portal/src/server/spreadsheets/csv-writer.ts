import { neutralizeCell } from './neutralize.js';

/** A cell of an exported sheet: text (neutralised), a number, or empty. */
export type SheetCell = string | number | null;

/**
 * Writes rows as CSV for spreadsheets in Indonesian locales: semicolon-separated, quoted where needed, CRLF line
 * ends, a UTF-8 byte-order mark (so Excel reads the accents), every text cell neutralised against formulas; with
 * `decimalComma` numbers are written with a decimal comma, as Indonesian spreadsheets read them.
 * @example
 * writeCsv([['id', 'name'], ['APP-1', '=cmd']]); // '\uFEFFid;name\r\nAPP-1;\'=cmd\r\n'
 */
export function writeCsv(rows: readonly (readonly SheetCell[])[], options: { decimalComma?: boolean } = {}): string {
  const cell = (value: SheetCell) => {
    if (value === null) return '';
    const number = (value: number) => (options.decimalComma ? String(value).replace('.', ',') : String(value));
    const text = typeof value === 'number' ? number(value) : neutralizeCell(value);
    return /[;",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return `\uFEFF${rows.map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
}
