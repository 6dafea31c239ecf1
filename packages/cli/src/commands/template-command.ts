import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuiltInMethodologyId } from '@spbe-kit/indicators';
import { assessmentSchema, parseWith, type Assessment } from '@spbe-kit/models';
import { Option, type Command } from 'commander';
import type { CommandContext } from '../context.js';
import { InputError, UsageError } from '../errors/cli-error.js';
import type { InputFormat } from '../input/input-format.js';
import { readRecords } from '../input/read-records.js';
import { commandSummary } from './command-summaries.js';
import type { CommandSetup } from './command-setup.js';

/** Options of `spbe template`. */
interface TemplateCommandOptions {
  readonly methodology?: BuiltInMethodologyId;
  readonly format?: string;
  readonly output?: string;
  readonly from?: string;
  readonly year?: string;
  readonly inputFormat?: string;
}

/** The first assessment record of `--from`, checked against the models schema. */
async function readPrevious(context: CommandContext, file: string, inputFormat?: string): Promise<Assessment> {
  const stream = readRecords(file, context.io, { format: inputFormat as InputFormat | undefined });
  for await (const item of stream.items) {
    if (item.kind === 'problem') throw item.error;
    return parseWith(assessmentSchema, item.record.value, { locale: context.options.lang });
  }
  throw new InputError('cli.empty_input', {
    id: `${file}: tidak ada penilaian untuk dijadikan isian awal`,
    en: `${file}: there is no assessment to pre-fill from`,
  });
}

/** Runs `spbe template`: writes the assessment workbook a team fills. */
async function templateCommand(context: CommandContext, options: TemplateCommandOptions): Promise<void> {
  if (options.output === undefined) {
    throw new UsageError('cli.missing_output', {
      id: 'opsi -o, --output <file> wajib diisi: buku kerja yang ditulis (.xlsx)',
      en: 'option -o, --output <file> is required: the workbook to write (.xlsx)',
    });
  }
  const year = options.year === undefined ? undefined : Number(options.year);
  if (year !== undefined && !(Number.isInteger(year) && year >= 2018 && year <= 2100)) {
    throw new UsageError('cli.bad_year', {
      id: `--year harus tahun 2018–2100 (diterima "${options.year}")`,
      en: `--year takes a year in 2018–2100 (got "${options.year}")`,
    });
  }
  const from = options.from === undefined ? undefined : await readPrevious(context, options.from, options.inputFormat);
  const methodology = options.methodology ?? from?.methodology;
  if (methodology === undefined) {
    throw new UsageError('cli.missing_methodology', {
      id: 'opsi -m, --methodology <id> wajib diisi (spbe-2020 atau pemdi-2026)',
      en: 'option -m, --methodology <id> is required (spbe-2020 or pemdi-2026)',
    });
  }
  if (from && from.methodology !== methodology) {
    throw new UsageError('cli.methodology_mismatch', {
      id: `${options.from} dinilai dengan ${from.methodology}, bukan ${methodology}: keduanya tidak dapat dicampur`,
      en: `${options.from} was assessed under ${from.methodology}, not ${methodology}: the two cannot be mixed`,
    });
  }
  const { writeAssessmentTemplate } = await import('../spreadsheet/write-template.js');
  const workbook = await writeAssessmentTemplate({
    methodology,
    ...(from ? { from } : {}),
    ...(year === undefined ? {} : { year }),
  });
  await writeFile(path.resolve(context.io.cwd, options.output), workbook);
  context.info({
    id: `Buku kerja ${methodology} ditulis ke ${options.output}${from ? ` (diisi dari ${options.from})` : ''}.`,
    en: `${methodology} workbook written to ${options.output}${from ? ` (pre-filled from ${options.from})` : ''}.`,
  });
}

/** Registers `spbe template`. */
export const registerTemplateCommand: CommandSetup = (program: Command, setup) => {
  program
    .command('template')
    .description(setup.text(commandSummary('template').description))
    .addOption(
      new Option(
        '-m, --methodology <id>',
        setup.text({ id: 'metodologi (bawaan: dari --from)', en: 'methodology (default: from --from)' }),
      ).choices(['spbe-2020', 'pemdi-2026']),
    )
    .addOption(
      new Option('-f, --format <format>', setup.text({ id: 'format berkas', en: 'file format' }))
        .choices(['xlsx'])
        .default('xlsx'),
    )
    .option('-o, --output <file>', setup.text({ id: 'buku kerja yang ditulis', en: 'the workbook to write' }))
    .option(
      '--from <file>',
      setup.text({
        id: 'penilaian tahun lalu (JSON atau .xlsx): nilai akhirnya menjadi isian awal nilai mandiri, bukti dukung ikut',
        en: "last year's assessment (JSON or .xlsx): its final values pre-fill the self-assessment, evidence carried over",
      }),
    )
    .option('--year <year>', setup.text({ id: 'tahun evaluasi', en: 'evaluation year' }))
    .addOption(new Option('--input-format <format>').choices(['json', 'jsonl', 'csv', 'xlsx']).hideHelp())
    .addHelpText(
      'after',
      setup.examples([
        ['spbe template -m pemdi-2026 -o penilaian-2026.xlsx', { id: 'buku kerja kosong', en: 'an empty workbook' }],
        [
          'spbe template --from penilaian-2025.json --year 2026 -o penilaian-2026.xlsx',
          { id: 'diisi dari tahun lalu', en: "pre-filled from last year's" },
        ],
      ]),
    )
    .action(setup.action((context, options: TemplateCommandOptions) => templateCommand(context, options)));
};
