import { Command, Option } from 'commander';
import packageJson from '../package.json' with { type: 'json' };
import type { Setup } from './commands/command-setup.js';
import { registerAuditCommand } from './commands/audit-command.js';
import { registerCompletionCommand } from './commands/completion-command.js';
import { registerCompareCommand } from './commands/compare-command.js';
import { registerExplainCommand } from './commands/explain-command.js';
import { registerIndexCommand } from './commands/index-command.js';
import { registerPlanCommand } from './commands/plan-command.js';
import { registerReportCommand } from './commands/report-command.js';
import { registerSummarizeCommand } from './commands/summarize-command.js';
import { registerTemplateCommand } from './commands/template-command.js';
import { registerSchemasCommand } from './commands/schemas-command.js';
import { registerValidateCommand } from './commands/validate-command.js';
import { registerWilayahCommand } from './commands/wilayah-command.js';

/**
 * The installed version of the command.
 *
 * @example
 * ```ts
 * import { cliVersion } from '@spbe-kit/cli';
 * console.log(`spbe ${cliVersion}`); // the version `spbe --version` prints
 * ```
 */
export const cliVersion: string = packageJson.version;

/** Builds the `spbe` program with every command. */
export function createProgram(setup: Setup): Command {
  const { io } = setup;
  const text = (value: { id: string; en: string }) => setup.text(value);
  const program = new Command('spbe');
  program
    .description(
      text({
        id: 'spbe-kit di baris perintah: indeks SPBE/Pemdi, validasi data, kode wilayah, laporan dan log audit.',
        en: 'spbe-kit on the command line: SPBE/Pemdi indices, data validation, region codes, reports and audit logs.',
      }),
    )
    .version(cliVersion, '-V, --version', text({ id: 'tampilkan versi', en: 'show the version' }))
    .helpOption('-h, --help', text({ id: 'tampilkan bantuan', en: 'show help' }))
    .addOption(
      new Option(
        '--lang <lang>',
        text({ id: 'bahasa pesan: id (bawaan) atau en', en: 'language of messages: id (default) or en' }),
      ).choices(['id', 'en']),
    )
    .option('-q, --quiet', text({ id: 'tanpa bilah kemajuan dan ringkasan', en: 'no progress bar and no summary' }))
    .option(
      '--json',
      text({
        id: 'hasil JSON di stdout, masalah sebagai JSON Lines di stderr',
        en: 'results as JSON on stdout, problems as JSON Lines on stderr',
      }),
    )
    .option(
      '-k, --keep-going',
      text({
        id: 'tetap proses rekaman yang valid bila ada yang salah',
        en: 'still process the valid records when some are bad',
      }),
    )
    .option(
      '--debug',
      text({
        id: 'jejak tumpukan untuk galat tak terduga dan baris statistik',
        en: 'stack traces for unexpected failures and a statistics line',
      }),
    )
    .option('--no-color', text({ id: 'tanpa warna', en: 'no colour' }))
    .helpCommand('help [command]', text({ id: 'tampilkan bantuan sebuah perintah', en: 'show help for a command' }))
    .configureHelp({ showGlobalOptions: true })
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (message) => io.stdout.write(message),
      writeErr: (message) => io.stderr.write(message),
      // Usage errors are reported by `run`, in the chosen language (commander's own are English only).
      outputError: () => undefined,
    });
  program.addHelpText(
    'after',
    setup.examples([
      ['spbe index penilaian.csv', { id: 'hitung indeks', en: 'compute indices' }],
      [
        'spbe validate application aplikasi.jsonl',
        { id: 'periksa inventaris aplikasi', en: 'check an application inventory' },
      ],
      ['spbe wilayah Balikpapan', { id: 'cari kode wilayah', en: 'look up a region code' }],
      ['spbe completion bash >> ~/.bashrc', { id: 'pelengkapan shell', en: 'shell completion' }],
    ]) +
      text({
        id: '\nKode keluar: 0 berhasil, 1 masukan salah atau verifikasi gagal, 2 penggunaan salah, 3 galat tak terduga.\n',
        en: '\nExit codes: 0 success, 1 bad input or failed verification, 2 usage error, 3 unexpected failure.\n',
      }),
  );
  for (const register of [
    registerIndexCommand,
    registerExplainCommand,
    registerPlanCommand,
    registerCompareCommand,
    registerSummarizeCommand,
    registerValidateCommand,
    registerSchemasCommand,
    registerWilayahCommand,
    registerReportCommand,
    registerTemplateCommand,
    registerAuditCommand,
    registerCompletionCommand,
  ])
    register(program, setup);
  return program;
}
