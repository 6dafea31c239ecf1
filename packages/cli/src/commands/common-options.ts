import { Option, type Command } from 'commander';
import type { Setup } from './command-setup.js';

/** `--format` and `--output`. */
export interface OutputFlags {
  readonly format?: string;
  readonly output?: string;
  readonly locale?: string;
}

/** Options for reading records. */
export interface RecordInputOptions {
  readonly inputFormat?: string;
  readonly delimiter?: string;
}

/** Options for reading assessments. */
export interface AssessmentInputOptions extends RecordInputOptions {
  readonly methodology?: string;
  readonly partial?: boolean;
  readonly side?: string;
}

/** Adds `--format` and `--output`. */
export function addOutputOptions(
  command: Command,
  setup: Setup,
  formats: readonly string[] = ['table', 'json', 'jsonl', 'csv'],
): Command {
  return command
    .addOption(
      new Option(
        '-f, --format <format>',
        setup.text({
          id: 'format keluaran (bawaan: table di terminal, json bila disalurkan)',
          en: 'output format (default: table on a terminal, json when piped)',
        }),
      ).choices(formats),
    )
    .option(
      '-o, --output <file>',
      setup.text({
        id: 'tulis hasil ke berkas, bukan stdout',
        en: 'write results to a file instead of standard output',
      }),
    )
    .addOption(
      new Option(
        '--locale <locale>',
        setup.text({
          id: 'CSV untuk Excel berbahasa: id = pemisah ";" dan koma desimal; en = "," dan titik (bawaan)',
          en: 'CSV for a spreadsheet locale: id = ";" and decimal commas; en = "," and points (default)',
        }),
      ).choices(['id', 'en']),
    );
}

/** Adds `--input-format` and `--delimiter`. */
export function addRecordInputOptions(command: Command, setup: Setup): Command {
  return command
    .addOption(
      new Option(
        '--input-format <format>',
        setup.text({
          id: 'format masukan (bawaan: dari ekstensi, lalu isi)',
          en: 'input format (default: from the extension, then the content)',
        }),
      ).choices(['json', 'jsonl', 'csv', 'xlsx']),
    )
    .option(
      '--delimiter <char>',
      setup.text({ id: 'pemisah kolom CSV (bawaan ",")', en: 'CSV field delimiter (default ",")' }),
    );
}

/** Adds the record options plus `--methodology` and `--partial`. */
export function addAssessmentInputOptions(command: Command, setup: Setup): Command {
  addRecordInputOptions(command, setup);
  return command
    .addOption(
      new Option(
        '-m, --methodology <id>',
        setup.text({
          id: 'metodologi untuk rekaman tanpa kolom methodology',
          en: 'methodology for records without one',
        }),
      ).choices(['spbe-2020', 'pemdi-2026']),
    )
    .option(
      '--partial',
      setup.text({
        id: 'terima penilaian yang belum lengkap (hasil menyebut bagian yang kurang)',
        en: 'accept incomplete assessments (the result says what is missing)',
      }),
    )
    .addOption(
      new Option(
        '--side <side>',
        setup.text({
          id: 'nilai rekaman penilaian yang dihitung: assessor (penilai, bawaan bila ada) atau self (penilaian mandiri)',
          en: 'values of an assessment record to compute: assessor (default when present) or self (self-assessment)',
        }),
      ).choices(['assessor', 'self']),
    );
}
