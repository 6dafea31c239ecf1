import type { Locale } from '@spbe-kit/models/errors';
import { SpbeError } from '@spbe-kit/models/errors';
import { CommanderError } from 'commander';
import type { CliIo } from './cli-io.js';
import { createSetup } from './commands/command-setup.js';
import { CliError } from './errors/cli-error.js';
import { usageMessage } from './errors/usage-message.js';
import { exitCodes, type ExitCode } from './exit-codes.js';
import { createProgram } from './program.js';

/** The language asked for on the command line (`--lang en`, `--lang=en`), else `SPBE_LANG`, else Indonesian. */
function localeOf(argv: readonly string[], env: CliIo['env']): Locale {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value === 'en' || value === 'id') return value;
  }
  return env.SPBE_LANG === 'en' ? 'en' : 'id';
}

function statsLine(): string {
  const usage = process.resourceUsage();
  const memory = process.memoryUsage();
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  return `debug: peakRssMB=${mb(usage.maxRSS * 1024)} rssMB=${mb(memory.rss)} heapUsedMB=${mb(memory.heapUsed)}`;
}

/**
 * Runs the `spbe` command with the given arguments (without `node` and the script name) and
 * returns its exit code (see {@link exitCodes}). It never calls `process.exit` and never throws:
 * every problem is written to `io.stderr`, in Bahasa Indonesia or English (`--lang`).
 *
 * @example
 * ```ts
 * import { run, processIo } from '@spbe-kit/cli';
 * const code = await run(['index', 'penilaian.csv', '--format', 'json'], processIo());
 * ```
 *
 * @example
 * ```ts
 * // Capture the output, e.g. in a test or a server:
 * import { PassThrough } from 'node:stream';
 * import { run } from '@spbe-kit/cli';
 * const stdout = new PassThrough();
 * let text = '';
 * stdout.on('data', (chunk) => (text += chunk));
 * await run(['wilayah', '64.71', '--json'], { stdin: process.stdin, stdout, stderr: process.stderr, env: {}, cwd: process.cwd() });
 * JSON.parse(text);
 * ```
 */
export async function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const locale = localeOf(argv, io.env);
  const debug = argv.includes('--debug');
  const setup = createSetup(io, locale);
  let code: ExitCode;
  try {
    const program = await createProgram(setup, argv);
    await program.parseAsync([...argv], { from: 'user' });
    const context = setup.ran.context;
    code = context ? (context.problems > 0 ? exitCodes.invalidInput : context.exitCode) : exitCodes.ok;
  } catch (error) {
    setup.ran.context?.endProgress();
    code = reportFailure(error, io, locale, debug);
  }
  if (debug) {
    const context = setup.ran.context;
    io.stderr.write(`${statsLine()} records=${context?.processed ?? 0} rejected=${context?.problems ?? 0}\n`);
  }
  return code;
}

/** `--debug`: the stack of an error and of every underlying cause (a database or file-system error). */
function writeDebugChain(error: Error, io: CliIo): void {
  if (error.stack) io.stderr.write(`${error.stack}\n`);
  let cause: unknown = error.cause;
  for (let depth = 0; cause !== undefined && depth < 8; depth++) {
    const code =
      typeof cause === 'object' && cause !== null && 'code' in cause && typeof cause.code === 'string'
        ? ` [${cause.code}]`
        : '';
    const text = cause instanceof Error ? (cause.stack ?? cause.message) : JSON.stringify(cause);
    io.stderr.write(`caused by${code}: ${text}\n`);
    cause = cause instanceof Error ? cause.cause : undefined;
  }
}

function reportFailure(error: unknown, io: CliIo, locale: Locale, debug: boolean): ExitCode {
  if (error instanceof CommanderError) {
    // Help and version "errors" are normal ends; the others are printed here, in the chosen language.
    if (
      error.code === 'commander.helpDisplayed' ||
      error.code === 'commander.version' ||
      error.code === 'commander.help'
    )
      return exitCodes.ok;
    if (error.exitCode === 0) return exitCodes.ok;
    const text = usageMessage(error.code, error.message);
    const help = locale === 'en' ? "(see 'spbe --help')" : "(lihat 'spbe --help')";
    io.stderr.write(`spbe: ${locale === 'en' ? text.en : text.id} ${help}\n`);
    return exitCodes.usage;
  }
  if (SpbeError.isInstance(error)) {
    io.stderr.write(`spbe: ${error.format(locale)}\n`);
    if (debug) writeDebugChain(error, io);
    return CliError.isInstance(error) ? error.exitCode : exitCodes.invalidInput;
  }
  io.stderr.write(`spbe: ${describeUnexpected(error, locale, debug)}\n`);
  if (debug) {
    if (error instanceof Error) writeDebugChain(error, io);
    else io.stderr.write(`${JSON.stringify(error)}\n`);
  }
  return exitCodes.internal;
}

const issuesUrl = 'https://github.com/spbe-kit/spbe-kit/issues';

/**
 * One line for a failure that is not a spbe-kit error: a system error (a Node.js `code` such as
 * `ENOSPC` or `EACCES`) is the environment's; anything else (a `TypeError` from our own code) is a bug,
 * never bad input, and the user is asked to report it.
 */
function describeUnexpected(error: unknown, locale: Locale, debug: boolean): string {
  const message = error instanceof Error ? error.message : String(error);
  const systemCode = (error as { code?: unknown } | null)?.code;
  if (typeof systemCode === 'string' && /^E[A-Z0-9_]+$/.test(systemCode)) {
    return locale === 'en'
      ? `system failure (${systemCode}): ${message}`
      : `kegagalan sistem (${systemCode}): ${message}`;
  }
  const withDebug = debug ? '' : locale === 'en' ? ' with the output of --debug' : ' beserta keluaran --debug';
  return locale === 'en'
    ? `internal error: ${message}. This is a bug in spbe-kit; please report it at ${issuesUrl}${withDebug}.`
    : `galat internal: ${message}. Ini adalah bug di spbe-kit; mohon laporkan di ${issuesUrl}${withDebug}.`;
}
