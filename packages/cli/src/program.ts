import { Command, Help, Option } from 'commander';
import type { Setup } from './commands/command-setup.js';
import type { CommandSetup } from './commands/command-setup.js';
import { commandSummaries } from './commands/command-summaries.js';
import { cliVersion } from './version.js';

/**
 * The commands, in the order of the help, each loaded only when it is needed: a command module
 * imports its own dependencies (the indicator tables, the region list, the audit log…), so starting
 * `spbe` pays only for the command that runs (see {@link commandsToLoad}).
 */
const commandModules: readonly { readonly name: string; load(this: void): Promise<CommandSetup> }[] = [
  { name: 'index', load: async () => (await import('./commands/index-command.js')).registerIndexCommand },
  { name: 'explain', load: async () => (await import('./commands/explain-command.js')).registerExplainCommand },
  { name: 'plan', load: async () => (await import('./commands/plan-command.js')).registerPlanCommand },
  { name: 'compare', load: async () => (await import('./commands/compare-command.js')).registerCompareCommand },
  {
    name: 'summarize',
    load: async () => (await import('./commands/summarize-command.js')).registerSummarizeCommand,
  },
  { name: 'validate', load: async () => (await import('./commands/validate-command.js')).registerValidateCommand },
  { name: 'schemas', load: async () => (await import('./commands/schemas-command.js')).registerSchemasCommand },
  { name: 'wilayah', load: async () => (await import('./commands/wilayah-command.js')).registerWilayahCommand },
  { name: 'report', load: async () => (await import('./commands/report-command.js')).registerReportCommand },
  { name: 'template', load: async () => (await import('./commands/template-command.js')).registerTemplateCommand },
  { name: 'audit', load: async () => (await import('./commands/audit-command.js')).registerAuditCommand },
  {
    name: 'completion',
    load: async () => (await import('./commands/completion-command.js')).registerCompletionCommand,
  },
];

/** Global options that take a value (the value is not a command name). */
const optionsWithValue = new Set(['--lang']);

/**
 * The commands a command line needs: the one it names (`spbe wilayah …`, `spbe help wilayah`), none
 * for `spbe --version`, and all of them for the program's help, shell completion (which lists every
 * command) and an unknown command (whose suggestion compares it with every name).
 */
export function commandsToLoad(argv: readonly string[]): readonly string[] {
  const all = commandModules.map((command) => command.name);
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') break;
    if (optionsWithValue.has(arg)) i++;
    else if (!arg.startsWith('-')) words.push(arg);
  }
  const named = words[0] === 'help' ? words[1] : words[0];
  if (named === undefined) return words.length === 0 && (argv.includes('-V') || argv.includes('--version')) ? [] : all;
  return all.includes(named) && named !== 'completion' ? [named] : all;
}

/**
 * Whether the command line asks only for the program's help (`spbe --help`, `spbe -h`, `spbe help`): its
 * command list then comes from {@link commandSummaries}, without loading any command module. (An empty
 * command line still builds every command: the CLI reference in the docs is generated from it.)
 */
export function asksProgramHelpOnly(argv: readonly string[]): boolean {
  if (argv.includes('--') || argv.includes('-V') || argv.includes('--version')) return false;
  const words = argv.filter((arg, i) => !arg.startsWith('-') && !optionsWithValue.has(argv[i - 1] ?? ''));
  const helpOption = argv.includes('--help') || argv.includes('-h');
  return (words.length === 0 && helpOption) || (words.length === 1 && words[0] === 'help');
}

/** Lists every command in the program's help from its summary, loading none of them. */
function addCommandSummaries(program: Command, setup: Setup): void {
  const terms = new Map<string, string>();
  for (const summary of commandSummaries) {
    terms.set(summary.name, summary.term);
    program.command(summary.name).description(setup.text(summary.description));
  }
  program.configureHelp({
    showGlobalOptions: true,
    subcommandTerm(this: Help, command: Command): string {
      return terms.get(command.name()) ?? Help.prototype.subcommandTerm.call(this, command);
    },
  });
}

/** Builds the `spbe` program with the commands the command line needs ({@link commandsToLoad}). */
export async function createProgram(setup: Setup, argv: readonly string[]): Promise<Command> {
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
  if (asksProgramHelpOnly(argv)) {
    addCommandSummaries(program, setup);
    return program;
  }
  const wanted = new Set(commandsToLoad(argv));
  const registers = await Promise.all(
    commandModules.filter((command) => wanted.has(command.name)).map((command) => command.load()),
  );
  for (const register of registers) register(program, setup);
  return program;
}
