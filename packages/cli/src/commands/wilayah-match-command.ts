import { readFileSync } from 'node:fs';
import type { RegionLevel } from '@spbe-kit/models';
import { resolveRegion, type RegionResolution } from '@spbe-kit/models/wilayah';
import { withDestination } from '../batch.js';
import type { CommandContext } from '../context.js';
import { InputError, UsageError } from '../errors/cli-error.js';
import { exitCodes } from '../exit-codes.js';
import { checkedFilePath } from '../input/open-input.js';
import { csvCell, detectDelimiter, splitRawCsv, type RawCsvRecord } from '../input/raw-csv.js';

/** Options of `spbe wilayah match`. */
export interface WilayahMatchOptions {
  readonly column: string;
  readonly codeColumn?: string;
  readonly delimiter?: string;
  readonly level?: RegionLevel[];
  readonly within?: string;
  readonly output?: string;
}

/** What happened to the rows of a spreadsheet. */
interface MatchCounts {
  matched: number;
  corrected: number;
  ambiguous: number;
  notFound: number;
}

async function readInput(context: CommandContext, file: string): Promise<string> {
  if (file !== '-') return readFileSync(checkedFilePath(file, context.io), 'utf8');
  let text = '';
  for await (const chunk of context.io.stdin)
    text += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
  return text;
}

function candidatesText(result: RegionResolution): string {
  return result.candidates
    .slice(0, 5)
    .map((candidate) => `${candidate.region.code} ${candidate.region.name}`)
    .join('; ');
}

function findColumn(header: RawCsvRecord, wanted: string): number {
  const exact = header.fields.indexOf(wanted);
  if (exact >= 0) return exact;
  const folded = wanted.trim().toLowerCase();
  return header.fields.findIndex((field) => field.trim().toLowerCase() === folded);
}

/** Reports one row that needs a person: ambiguous or not found. */
function reportRow(context: CommandContext, file: string, row: RawCsvRecord, column: number, result: RegionResolution) {
  const name = row.fields[column] ?? '';
  const error =
    result.status === 'ambiguous'
      ? new InputError('cli.region_ambiguous', {
          id: `"${name}" ambigu, tidak dipilih: ${candidatesText(result)}`,
          en: `"${name}" is ambiguous, none chosen: ${candidatesText(result)}`,
        })
      : new InputError('cli.region_not_found', {
          id: name.trim() === '' ? 'Nama wilayah kosong' : `Wilayah "${name}" tidak ditemukan`,
          en: name.trim() === '' ? 'The region name is empty' : `No region found for "${name}"`,
        });
  context.reportProblem({ file, line: row.line, column: column + 1 }, error);
}

/**
 * Runs `spbe wilayah match <file> --column <name>`: appends a column with the Kemendagri code of each
 * row's region name and leaves every other byte of the spreadsheet as it was (BOM, delimiter, quoting,
 * line endings). Rows that are ambiguous or not found get an empty code and are reported.
 */
export async function wilayahMatchCommand(
  context: CommandContext,
  file: string,
  options: WilayahMatchOptions,
): Promise<void> {
  const label = file === '-' ? '<stdin>' : file;
  let text = await readInput(context, file);
  const bom = text.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
  if (bom) text = text.slice(1);
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = options.delimiter ?? detectDelimiter(firstLine);
  const records = splitRawCsv(text, delimiter);
  const [header, ...rows] = records;
  if (!header) throw new InputError('cli.csv_empty', { id: `${label} kosong`, en: `${label} is empty` });
  const column = findColumn(header, options.column);
  if (column < 0) {
    throw new UsageError('cli.column_not_found', {
      id: `Kolom "${options.column}" tidak ada di ${label}; kolomnya: ${header.fields.join(', ')}`,
      en: `Column "${options.column}" is not in ${label}; its columns: ${header.fields.join(', ')}`,
    });
  }
  const codeColumn = options.codeColumn ?? 'kode_wilayah';
  if (header.fields.includes(codeColumn)) {
    throw new UsageError('cli.column_exists', {
      id: `Kolom "${codeColumn}" sudah ada; pilih nama lain dengan --code-column`,
      en: `Column "${codeColumn}" already exists; choose another name with --code-column`,
    });
  }

  const cache = new Map<string, RegionResolution>();
  const counts: MatchCounts = { matched: 0, corrected: 0, ambiguous: 0, notFound: 0 };
  const lines: string[] = [`${bom}${header.text}${delimiter}${csvCell(codeColumn, delimiter)}${header.ending}`];
  for (const row of rows) {
    if (row.text.trim() === '' && row.fields.length <= 1) {
      lines.push(`${row.text}${row.ending}`); // blank line: kept as it is
      continue;
    }
    if (row.unterminated) {
      context.reportProblem(
        { file: label, line: row.line },
        new InputError('cli.csv_syntax', {
          id: 'CSV tidak valid: tanda kutip tidak ditutup',
          en: 'Invalid CSV: a quote is never closed',
        }),
      );
    }
    const name = row.fields[column] ?? '';
    let result = cache.get(name);
    if (!result) {
      result = resolveRegion(name, {
        ...(options.level ? { levels: options.level } : {}),
        ...(options.within ? { within: options.within } : {}),
      });
      cache.set(name, result);
    }
    let code = '';
    if (result.status === 'resolved' && result.region) {
      code = result.region.code;
      counts.matched++;
      if (result.confidence < 0.9) {
        counts.corrected++;
        context.info({
          id: `${label}:${row.line}: "${name}" dibaca sebagai ${code} ${result.region.name} (periksa)`,
          en: `${label}:${row.line}: "${name}" read as ${code} ${result.region.name} (please check)`,
        });
      }
    } else {
      if (result.status === 'ambiguous') counts.ambiguous++;
      else counts.notFound++;
      reportRow(context, label, row, column, result);
    }
    lines.push(`${row.text}${delimiter}${csvCell(code, delimiter)}${row.ending}`);
  }

  const total = counts.matched + counts.ambiguous + counts.notFound;
  if (context.problems === 0 || context.options.keepGoing) {
    await withDestination(context, options.output, (destination) => {
      destination.write(lines.join(''));
      return Promise.resolve();
    });
  }
  if (context.problems > 0) context.exitCode = exitCodes.invalidInput;
  // A clean run says nothing when standard error is not a terminal (scripts, CI logs).
  if (context.problems === 0 && counts.corrected === 0 && !context.stderrIsTerminal) return;
  context.info({
    id:
      `${total} baris: ${counts.matched} cocok (${counts.corrected} perlu diperiksa), ${counts.ambiguous} ambigu, ${counts.notFound} tidak ditemukan.` +
      (context.problems > 0 && !context.options.keepGoing
        ? ' Tidak ada yang ditulis; gunakan --keep-going untuk menulis hasil dengan kode kosong pada baris bermasalah.'
        : ''),
    en:
      `${total} rows: ${counts.matched} matched (${counts.corrected} to check), ${counts.ambiguous} ambiguous, ${counts.notFound} not found.` +
      (context.problems > 0 && !context.options.keepGoing
        ? ' Nothing written; use --keep-going to write the result with an empty code on the problem rows.'
        : ''),
  });
}
