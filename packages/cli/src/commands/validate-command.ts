import { safeParseWith, type Assessment } from '@spbe-kit/models';
import type { Command } from 'commander';
import { forEachRecord, withDestination } from '../batch.js';
import type { CommandContext } from '../context.js';
import { exitCodes } from '../exit-codes.js';
import type { InputFormat } from '../input/input-format.js';
import { readRecords } from '../input/read-records.js';
import { chooseOutputFormat } from '../output/output-format.js';
import { csvLine } from '../output/csv-text.js';
import { schemaCsv } from '../schemas/csv-cell-types.js';
import { schemaByName } from '../schemas/published-schema.js';
import { checkAssessmentRecord } from './assessment-checks.js';
import { commandSummary } from './command-summaries.js';
import type { CommandSetup } from './command-setup.js';
import {
  addOutputOptions,
  addRecordInputOptions,
  type OutputFlags,
  type RecordInputOptions,
} from './common-options.js';

/** Options of `spbe validate`. */
interface ValidateCommandOptions extends RecordInputOptions, OutputFlags {}

/** The verdict `spbe validate` writes on standard output. */
interface ValidationSummary {
  readonly schema: string;
  readonly file: string;
  readonly valid: number;
  readonly invalid: number;
  readonly warnings: number;
}

/**
 * Runs `spbe validate <schema> <file>`: every record is checked against the zod schema of
 * `@spbe-kit/models`; every problem is reported on standard error at its line (and CSV column) with
 * the field path; the verdict goes to standard output.
 */
async function validateCommand(
  context: CommandContext,
  schemaName: string,
  file: string,
  options: ValidateCommandOptions,
): Promise<void> {
  const schema = schemaByName(schemaName);
  const stream = readRecords(file, context.io, {
    format: options.inputFormat as InputFormat | undefined,
    csv: schemaCsv(schemaName, options.delimiter),
  });
  await forEachRecord(context, stream, context.text({ id: 'rekaman', en: 'records' }), (record) => {
    const result = safeParseWith(schema, record.value, { locale: context.options.lang });
    if (!result.success) throw result.error;
    if (schemaName === 'assessment')
      checkAssessmentRecord(context, record, result.data as Assessment, context.options.lang);
  });
  const summary: ValidationSummary = {
    schema: schemaName,
    file: stream.name,
    valid: context.processed,
    invalid: context.problems,
    warnings: context.warnings,
  };
  if (context.problems > 0) context.exitCode = exitCodes.invalidInput;
  await withDestination(context, options.output, (destination, toTerminal) => {
    const format = chooseOutputFormat(options.format, context.options.json, toTerminal);
    let text: string;
    switch (format) {
      case 'json':
        text = `${JSON.stringify(summary, null, 2)}\n`;
        break;
      case 'jsonl':
        text = `${JSON.stringify(summary)}\n`;
        break;
      case 'csv':
        text = csvLine(Object.keys(summary)) + csvLine(Object.values(summary));
        break;
      case 'table': {
        const c = context.colors;
        const verdict =
          summary.invalid === 0
            ? c.green(context.text({ id: `${summary.valid} rekaman valid`, en: `${summary.valid} valid records` }))
            : c.red(
                context.text({
                  id: `${summary.invalid} rekaman tidak valid`,
                  en: `${summary.invalid} invalid records`,
                }),
              ) + context.text({ id: `, ${summary.valid} valid`, en: `, ${summary.valid} valid` });
        const warned =
          summary.warnings === 0
            ? ''
            : c.yellow(context.text({ id: `, ${summary.warnings} peringatan`, en: `, ${summary.warnings} warnings` }));
        text = `${summary.file} (${summary.schema}): ${verdict}${warned}\n`;
        break;
      }
    }
    if (!(context.options.quiet && format === 'table')) destination.write(text);
    return Promise.resolve();
  });
}

/** Registers `spbe validate`. */
export const registerValidateCommand: CommandSetup = (program: Command, setup) => {
  const command = program
    .command('validate')
    .argument(
      '<schema>',
      setup.text({ id: 'nama skema (lihat `spbe schemas`)', en: 'schema name (see `spbe schemas`)' }),
    )
    .argument(
      '<file>',
      setup.text({
        id: 'berkas rekaman (JSON, JSON Lines, CSV; - = stdin)',
        en: 'records file (JSON, JSON Lines, CSV; - = stdin)',
      }),
    )
    .description(setup.text(commandSummary('validate').description));
  addRecordInputOptions(command, setup);
  addOutputOptions(command, setup);
  command.addHelpText(
    'after',
    setup.examples([
      ['spbe validate application aplikasi.jsonl', { id: 'inventaris aplikasi', en: 'an application inventory' }],
      [
        'spbe validate dataset-metadata dataset.csv --lang en',
        {
          id: 'kolom bertitik = field bersarang (producer.name)',
          en: 'dotted columns = nested fields (producer.name)',
        },
      ],
      [
        'spbe validate assessment penilaian.json --json',
        { id: 'masalah sebagai JSON Lines di stderr', en: 'problems as JSON Lines on stderr' },
      ],
    ]) +
      setup.text({
        id: '\nSel CSV diubah ke tipe yang diharapkan skema JSON (angka, boolean; larik/objek ditulis sebagai JSON).\n',
        en: '\nCSV cells are converted to the type the JSON Schema expects (numbers, booleans; arrays/objects written as JSON).\n',
      }),
  );
  command.action(
    setup.action((context, schema: string, file: string, options: ValidateCommandOptions) =>
      validateCommand(context, schema, file, options),
    ),
  );
};
