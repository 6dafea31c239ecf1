import type { CliIo } from '../cli-io.js';
import { InputError } from '../errors/cli-error.js';
import { formatFromContent, formatFromFileName, type InputFormat } from './input-format.js';
import type { InputItem } from './input-record.js';
import { readFile } from 'node:fs/promises';
import { readAssessmentWorkbook } from '../spreadsheet/read-workbook.js';
import { checkedFilePath, openInput } from './open-input.js';
import { readCsv, type CsvMapping } from './read-csv.js';
import { readJson, type JsonShape } from './read-json.js';
import { readJsonLines } from './read-json-lines.js';

/** Options of {@link readRecords}. */
export interface ReadRecordsOptions {
  /** The format, when given with `--input-format`; otherwise the extension, then the first character decides. */
  readonly format?: InputFormat;
  /** How CSV rows become records. */
  readonly csv?: CsvMapping;
}

/** An input being read as records. */
export interface RecordStream {
  /** The input's name in messages. */
  readonly name: string;
  /** The items, in input order. */
  readonly items: AsyncIterable<InputItem>;
  /** `'single'` when the input held exactly one JSON object (so JSON output is one object, not an array); known once read. */
  container(): 'single' | 'collection';
  /** Bytes read so far and the total when known, for the progress bar. */
  progress(): { readonly done: number; readonly total: number | undefined };
}

async function* withFirst(first: string, rest: AsyncIterator<string>): AsyncGenerator<string> {
  yield first;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}

/**
 * Opens a file argument (`-` for standard input) and reads it as records in any supported format:
 * a JSON object, a JSON array, JSON Lines or CSV. Reading is streamed: memory stays bounded by the
 * largest single record.
 */
export function readRecords(fileName: string, io: CliIo, options: ReadRecordsOptions = {}): RecordStream {
  const declared = options.format ?? (fileName === '-' ? undefined : formatFromFileName(fileName));
  if (declared === 'xlsx') return readWorkbookRecords(fileName, io);
  const input = openInput(fileName, io);
  const shape: JsonShape = { container: 'single' };
  let detected: InputFormat | undefined =
    options.format ?? (fileName === '-' ? undefined : formatFromFileName(fileName));
  if (detected === 'jsonl' || detected === 'csv') shape.container = 'collection';

  async function* items(): AsyncGenerator<InputItem> {
    let chunks: AsyncIterable<string> = input.chunks;
    if (!detected) {
      const iterator = input.chunks[Symbol.asyncIterator]();
      let first = '';
      // Skip leading whitespace-only chunks to look at the first real character.
      for (;;) {
        const next = await iterator.next();
        if (next.done) break;
        first += next.value;
        if (first.trim() !== '') break;
      }
      detected = formatFromContent(first);
      if (detected === 'csv') shape.container = 'collection';
      chunks = withFirst(first, iterator);
    }
    switch (detected) {
      case 'json':
        yield* readJson(input.name, chunks, shape);
        return;
      case 'jsonl':
        yield* readJsonLines(input.name, chunks);
        return;
      case 'csv':
        yield* readCsv(input.name, chunks, options.csv);
        return;
      case 'xlsx':
        // Decided before the input was opened as text.
        return;
    }
  }

  /** An input without any record (an empty file, only blank lines, `[]`) is an error, never a silent success. */
  async function* nonEmpty(): AsyncGenerator<InputItem> {
    let count = 0;
    for await (const item of items()) {
      count++;
      yield item;
    }
    if (count === 0) {
      yield {
        kind: 'problem',
        position: { file: input.name, line: 1 },
        error: new InputError('cli.empty_input', {
          id: 'Masukan kosong: tidak ada rekaman untuk dibaca',
          en: 'The input is empty: there are no records to read',
        }),
      };
    }
  }

  return {
    name: input.name,
    items: nonEmpty(),
    container: () => shape.container,
    progress: () => ({ done: input.bytesRead(), total: input.size }),
  };
}

/** An assessment workbook (`.xlsx`) as one record: read whole (a workbook is a zip archive). */
function readWorkbookRecords(fileName: string, io: CliIo): RecordStream {
  const name = fileName === '-' ? '<stdin>' : fileName;
  let done = 0;
  let total: number | undefined;
  async function* items(): AsyncGenerator<InputItem> {
    let bytes: Uint8Array;
    if (fileName === '-') {
      const chunks: Buffer[] = [];
      for await (const chunk of io.stdin as AsyncIterable<Buffer | string>)
        chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
      bytes = Buffer.concat(chunks);
    } else {
      bytes = await readFile(checkedFilePath(fileName, io));
    }
    total = bytes.length;
    done = bytes.length;
    yield* readAssessmentWorkbook(name, bytes);
  }
  if (fileName !== '-') checkedFilePath(fileName, io);
  return { name, items: items(), container: () => 'single', progress: () => ({ done, total }) };
}
