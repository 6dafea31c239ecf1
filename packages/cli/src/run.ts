import type { Locale } from '@spbe-kit/models';
import { SpbeError } from '@spbe-kit/models';
import { CommanderError } from 'commander';
import type { CliIo } from './cli-io.js';
import { createSetup } from './commands/command-setup.js';
import { CliError } from './errors/cli-error.js';
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
  const program = createProgram(setup);
  let code: ExitCode;
  try {
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
    // Help and version "errors" are normal ends; the others were already printed by commander.
    if (
      error.code === 'commander.helpDisplayed' ||
      error.code === 'commander.version' ||
      error.code === 'commander.help'
    )
      return exitCodes.ok;
    if (error.exitCode === 0) return exitCodes.ok;
    return exitCodes.usage;
  }
  if (SpbeError.isInstance(error)) {
    io.stderr.write(`spbe: ${error.format(locale)}\n`);
    if (debug) writeDebugChain(error, io);
    return CliError.isInstance(error) ? error.exitCode : exitCodes.invalidInput;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(
    locale === 'en'
      ? `spbe: unexpected failure: ${message}${debug ? '' : ' (run again with --debug for details)'}\n`
      : `spbe: galat tak terduga: ${message}${debug ? '' : ' (jalankan lagi dengan --debug untuk rinciannya)'}\n`,
  );
  if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return exitCodes.internal;
}
