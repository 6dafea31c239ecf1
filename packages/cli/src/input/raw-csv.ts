/** One record of a CSV text, with the exact text it came from. */
export interface RawCsvRecord {
  /** The record's text without its line ending (quoted line breaks included). */
  readonly text: string;
  /** The line ending that followed it: `'\n'`, `'\r\n'` or `''` at the end of the file. */
  readonly ending: string;
  /** Its fields, unquoted. */
  readonly fields: readonly string[];
  /** 1-based line number where it starts. */
  readonly line: number;
  /** Whether a quoted field was never closed. */
  readonly unterminated: boolean;
}

/**
 * Splits CSV text into records, keeping each record's exact text so a tool can append a column and
 * leave everything else byte-identical. RFC 4180 quoting (`""` inside quotes), any delimiter.
 */
export function splitRawCsv(text: string, delimiter: string): RawCsvRecord[] {
  const records: RawCsvRecord[] = [];
  let start = 0;
  let line = 1;
  let startLine = 1;
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStart = true;
  const finish = (end: number, ending: string, unterminated: boolean) => {
    fields.push(field);
    records.push({ text: text.slice(start, end), ending, fields, line: startLine, unterminated });
    fields = [];
    field = '';
    fieldStart = true;
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (char === '\n') line++;
        field += char;
      }
      continue;
    }
    if (char === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
    } else if (text.startsWith(delimiter, i)) {
      fields.push(field);
      field = '';
      fieldStart = true;
      i += delimiter.length - 1;
    } else if (char === '\n' || (char === '\r' && text[i + 1] === '\n')) {
      const ending = char === '\n' ? '\n' : '\r\n';
      finish(i, ending, false);
      i += ending.length - 1;
      line++;
      start = i + 1;
      startLine = line;
    } else {
      field += char;
      fieldStart = false;
    }
  }
  if (start < text.length) finish(text.length, '', quoted);
  return records;
}

/**
 * The delimiter a header line most likely uses: `;` (spreadsheets saved with an Indonesian locale),
 * TAB or `,` (the default), counted outside quotes.
 */
export function detectDelimiter(headerLine: string): string {
  let quoted = false;
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ',';
  for (const [delimiter, count] of counts) if (count > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}

/** A cell written for CSV: quoted when it holds the delimiter, a quote or a line break. */
export function csvCell(value: string, delimiter: string): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
