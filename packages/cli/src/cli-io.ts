import type { Readable, Writable } from 'node:stream';

/**
 * Where the `spbe` command reads and writes. The executable passes the process's own streams
 * ({@link processIo}); tests and embedding applications pass their own.
 *
 * @example
 * ```ts
 * import { PassThrough } from 'node:stream';
 * import { run, type CliIo } from '@spbe-kit/cli';
 * const stdout = new PassThrough();
 * const io: CliIo = { stdin: process.stdin, stdout, stderr: process.stderr, env: {}, cwd: process.cwd() };
 * const exitCode = await run(['wilayah', '64.71'], io);
 * ```
 */
export interface CliIo {
  /** Read when an input file is `-`. */
  readonly stdin: Readable;
  /** Results. */
  readonly stdout: Writable;
  /** Problems, progress and summaries. */
  readonly stderr: Writable;
  /** Environment variables (`NO_COLOR`, `FORCE_COLOR`, `SPBE_LANG`). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Directory relative file names are resolved against. */
  readonly cwd: string;
  /** Whether standard output is a terminal (default table output with colour). Defaults to `stdout.isTTY`. */
  readonly stdoutIsTerminal?: boolean;
  /** Whether standard error is a terminal (progress bar). Defaults to `stderr.isTTY`. */
  readonly stderrIsTerminal?: boolean;
  /** Terminal width for tables and the progress bar; defaults to `stdout.columns` on a terminal, 120 otherwise. */
  readonly columns?: number;
}

/**
 * The {@link CliIo} of the running process: its standard streams, environment and working directory.
 *
 * @example
 * ```ts
 * import { processIo, run } from '@spbe-kit/cli';
 * process.exitCode = await run(process.argv.slice(2), processIo());
 * ```
 */
export function processIo(): CliIo {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTerminal: process.stdout.isTTY === true,
    stderrIsTerminal: process.stderr.isTTY === true,
    ...(process.stdout.isTTY ? { columns: process.stdout.columns } : {}),
  };
}
