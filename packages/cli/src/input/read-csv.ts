import { Readable } from 'node:stream';
import { parse, type CsvError, type Info } from 'csv-parse';
import { InputError } from '../errors/cli-error.js';
import type { InputItem } from './input-record.js';

/** How CSV rows become records. */
export interface CsvMapping {
  /** Field delimiter, `,` by default (`;` for spreadsheets saved with an Indonesian locale). */
  readonly delimiter?: string;
  /** The path of the field a header names (`'levels.7'` → `['levels', '7']`); `undefined` ignores the column. */
  readonly headerPath?: (header: string) => readonly string[] | undefined;
  /** The value a cell holds for a field; `undefined` leaves the field out (an empty cell by default). */
  readonly cellValue?: (path: readonly string[], text: string) => unknown;
}

function defaultHeaderPath(header: string): readonly string[] | undefined {
  const trimmed = header.trim();
  return trimmed === '' ? undefined : trimmed.split('.');
}

function defaultCellValue(_path: readonly string[], text: string): unknown {
  return text === '' ? undefined : text;
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    const next = node[key];
    if (typeof next === 'object' && next !== null) node = next as Record<string, unknown>;
    else {
      const created: Record<string, unknown> = {};
      node[key] = created;
      node = created;
    }
  }
  node[path[path.length - 1]!] = value;
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}

/** The first line of a text stream, and the whole stream again. */
async function firstLine(chunks: AsyncIterable<string>): Promise<{ line: string; chunks: AsyncIterable<string> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  let head = '';
  while (!/[\r\n]/.test(head.trimStart())) {
    const next = await iterator.next();
    if (next.done) break;
    head += next.value;
  }
  const line = head.trimStart().split(/\r?\n/)[0] ?? '';
  async function* again(): AsyncGenerator<string> {
    yield head;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { line, chunks: again() };
}

const delimiters = [',', ';', '\t'] as const;

/** How many fields a CSV line has with a delimiter (quotes respected). */
function fieldCount(line: string, delimiter: string): number {
  let count = 1;
  let quoted = false;
  for (const character of line) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && character === delimiter) count++;
  }
  return count;
}

function delimiterName(delimiter: string): string {
  return delimiter === '\t' ? 'tab' : `"${delimiter}"`;
}

/**
 * The delimiter to read with: the one given, or `,` — and `;` or tab when the header only splits with
 * that (spreadsheets saved with an Indonesian locale write `;`). A header that only splits with another
 * delimiter than the one given is an error saying so.
 */
function chooseDelimiter(header: string, given: string | undefined): string | InputError {
  const chosen = given ?? ',';
  if (fieldCount(header, chosen) > 1) return chosen;
  const other = delimiters.find((candidate) => candidate !== chosen && fieldCount(header, candidate) > 1);
  if (other === undefined) return chosen;
  if (given === undefined) return other;
  return new InputError('cli.csv_delimiter', {
    id: `Header CSV hanya terbaca dengan pemisah ${delimiterName(other)}, bukan ${delimiterName(chosen)}: gunakan --delimiter '${other}'`,
    en: `The CSV header only splits with the delimiter ${delimiterName(other)}, not ${delimiterName(chosen)}: use --delimiter '${other}'`,
  });
}

/**
 * Reads CSV as a stream of records: the first row names the fields, every further row is one record.
 * A row with the wrong number of cells, or a quoting error, is reported at its line and the next rows
 * are still read. Each field remembers its column, so problems point at the cell.
 */
export async function* readCsv(
  file: string,
  chunks: AsyncIterable<string>,
  mapping: CsvMapping = {},
): AsyncGenerator<InputItem> {
  const headerPath = mapping.headerPath ?? defaultHeaderPath;
  const cellValue = mapping.cellValue ?? defaultCellValue;
  // Rows the parser skipped are reported in line order among the records (it may parse ahead of them).
  const skipped: (InputItem & { kind: 'problem' })[] = [];
  let lastSkippedLine = 0;
  const start = await firstLine(chunks);
  const delimiter = chooseDelimiter(start.line, mapping.delimiter);
  if (delimiter instanceof InputError) {
    yield { kind: 'problem', position: { file, line: 1 }, error: delimiter };
    return;
  }
  const parser = Readable.from(start.chunks).pipe(
    parse({
      delimiter,
      info: true,
      raw: true,
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      skip_records_with_error: true,
      on_skip: (error: CsvError | undefined) => {
        if (!error) return;
        const details = error as CsvError & { lines?: number };
        const line = details.lines ?? 0;
        // After a quoting error the parser may stumble again on the same line: report a line once.
        if (skipped.some((item) => item.kind === 'problem' && item.position.line === line) || line <= lastSkippedLine)
          return undefined;
        lastSkippedLine = line;
        skipped.push({
          kind: 'problem',
          position: { file, line },
          error: new InputError('cli.csv_syntax', {
            id: `CSV tidak valid: ${error.message}`,
            en: `Invalid CSV: ${error.message}`,
          }),
        });
        return undefined;
      },
    }),
  ) as AsyncIterable<{ record: string[]; info: Info & { raw?: string } }>;

  let header: { path: readonly string[] | undefined; name: string }[] | undefined;
  let ordinal = 0;
  for await (const { record, info } of parser) {
    const endLine = info.lines;
    const line = endLine - countNewlines((info.raw ?? '').replace(/\r?\n$/, ''));
    while (skipped.length > 0 && skipped[0]!.position.line < line) yield skipped.shift()!;
    if (!header) {
      header = record.map((name) => ({ name, path: headerPath(name) }));
      continue;
    }
    if (record.length !== header.length) {
      yield {
        kind: 'problem',
        position: { file, line },
        error: new InputError('cli.csv_width', {
          id: `Baris berisi ${record.length} sel, sedangkan header berisi ${header.length} kolom`,
          en: `The row has ${record.length} cells but the header has ${header.length} columns`,
        }),
      };
      continue;
    }
    const value: Record<string, unknown> = {};
    const fieldColumns = new Map<string, number>();
    for (let i = 0; i < header.length; i++) {
      const path = header[i]!.path;
      if (!path) continue;
      const cell = cellValue(path, record[i]!);
      if (cell === undefined) continue;
      setPath(value, path, cell);
      fieldColumns.set(path.join('.'), i + 1);
    }
    yield { kind: 'record', record: { ordinal: ordinal++, position: { file, line, column: 1 }, value, fieldColumns } };
  }
  while (skipped.length > 0) yield skipped.shift()!;
}
