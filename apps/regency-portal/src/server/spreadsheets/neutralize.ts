/**
 * Characters that make a spreadsheet treat a cell as a formula (and tab / carriage return, which can hide one),
 * possibly behind apostrophes: a value that already starts with `'=` gets one more, so restoring is exact.
 */
const formulaStart = /^'*[=+\-@\t\r]/;

/**
 * Neutralises a text cell for a spreadsheet export: a value starting with `=`, `+`, `-`, `@` (or a tab or carriage
 * return) gets a leading apostrophe, so Excel and LibreOffice show it as text instead of running it as a formula
 * (CSV/formula injection). Numbers are written as numbers and never need it.
 * @example
 * neutralizeCell('=HYPERLINK("http://x")'); // "'=HYPERLINK(\"http://x\")"
 * neutralizeCell('Dinas Kesehatan'); // 'Dinas Kesehatan'
 */
export function neutralizeCell(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

/**
 * Undoes {@link neutralizeCell} on import, so an exported file imports back to the same values.
 * @example
 * restoreCell("'=1+1"); // '=1+1'
 */
export function restoreCell(value: string): string {
  return value.length > 1 && value.startsWith("'") && formulaStart.test(value.slice(1)) ? value.slice(1) : value;
}
