import { restoreCell } from '../spreadsheets/neutralize.js';

/** One CSV record and the line it starts on (1 = the header), as a spreadsheet numbers its rows. */
export interface CsvRecord {
  line: number;
  cells: string[];
  /** The record opens a quote that is never closed: its cells are unreliable and it must be reported. */
  unclosedQuote?: true;
}

/**
 * Parses RFC 4180 CSV (comma or semicolon separated, quoted fields, CRLF or LF) into records with their line
 * numbers. The separator is the one the header line uses: spreadsheets in Indonesian locales write semicolons.
 * A quote that is never closed does not swallow the rest of the file: its record is marked `unclosedQuote` and
 * parsing resumes on the next line, so every later row is still read (and reported).
 * @example
 * parseCsvRecords('id;name\nAPP-1;"e-Office"'); // [{ line: 1, cells: ['id', 'name'] }, { line: 2, cells: ['APP-1', 'e-Office'] }]
 */
export function parseCsvRecords(text: string): CsvRecord[] {
  const source = text.replace(/^\uFEFF/, '');
  const firstLine = source.split(/\r?\n/, 1)[0] ?? '';
  const separator = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const records: CsvRecord[] = [];
  let position = 0;
  let line = 1;
  while (position < source.length) {
    const parsed = parseRecord(source, position, separator);
    if (parsed.unclosed) {
      // Report the record and resume right after its first line.
      const lineEnd = source.indexOf('\n', position);
      records.push({
        line,
        cells: [source.slice(position, lineEnd === -1 ? undefined : lineEnd)],
        unclosedQuote: true,
      });
      if (lineEnd === -1) break;
      position = lineEnd + 1;
      line += 1;
      continue;
    }
    if (parsed.cells.some((cell) => cell.trim() !== '')) records.push({ line, cells: parsed.cells });
    line += parsed.lines;
    position = parsed.end;
  }
  return records;
}

/** Reads one record from `start`: its cells, how many lines it spans, where the next begins. */
function parseRecord(source: string, start: number, separator: string) {
  const cells: string[] = [];
  let field = '';
  let quoted = false;
  let lines = 1;
  for (let i = start; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') lines++;
        field += char;
      }
    } else if (char === '"' && field === '') quoted = true;
    else if (char === separator) {
      cells.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      cells.push(field);
      const end = char === '\r' && source[i + 1] === '\n' ? i + 2 : i + 1;
      return { cells, lines, end, unclosed: false };
    } else field += char;
  }
  if (quoted) return { cells, lines, end: source.length, unclosed: true };
  cells.push(field);
  return { cells, lines, end: source.length, unclosed: false };
}

/**
 * Parses CSV into rows of strings (see {@link parseCsvRecords}; an unclosed quote's record keeps its raw line).
 * @example
 * parseCsv('id,name\nAPP-1,"SRIKANDI, kearsipan"'); // [['id', 'name'], ['APP-1', 'SRIKANDI, kearsipan']]
 */
export function parseCsv(text: string): string[][] {
  return parseCsvRecords(text).map((record) => record.cells);
}

const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Turns a CSV row into an object: `owner.name` becomes `{ owner: { name } }`, a column ending in `[]` is a
 * `;`- or `|`-separated list (an empty cell: an empty list), `true`/`false` become booleans, numbers in numeric
 * columns become numbers, and other empty cells are left out (so optional fields stay absent).
 */
export function rowToObject(
  header: readonly string[],
  cells: readonly string[],
  numericColumns: ReadonlySet<string> = new Set(),
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  header.forEach((rawName, index) => {
    // A cell an export neutralised against formulas ('=…) imports back as it was.
    const raw = restoreCell((cells[index] ?? '').trim());
    const isList = rawName.endsWith('[]');
    // An empty list column is an empty list (a required list such as referenceCodes[] may be empty).
    if (raw === '' && !(isList && index < cells.length)) return;
    const name = rawName.replace(/\[\]$/, '').trim();
    let value: unknown = raw;
    if (isList)
      value = raw
        .split(/[|;]/)
        .map((part) => part.trim())
        .filter(Boolean);
    else if (raw === 'true' || raw === 'false') value = raw === 'true';
    else if (numericColumns.has(name) && /^-?\d+(\.\d+)?$/.test(raw)) value = Number(raw);
    const path = name.split('.');
    // A hostile header must not reach the prototype or turn a value into a container.
    if (path.some((part) => part === '' || forbiddenKeys.has(part))) return;
    let target = result;
    for (const part of path.slice(0, -1)) {
      const next = Object.hasOwn(target, part) ? target[part] : undefined;
      if (next !== undefined && (typeof next !== 'object' || next === null || Array.isArray(next))) return;
      if (next === undefined) target[part] = {};
      target = target[part] as Record<string, unknown>;
    }
    target[path[path.length - 1]!] = value;
  });
  return result;
}
