/**
 * Exit codes of the `spbe` command, for scripts that call it.
 *
 * - `ok` (0): everything was processed and every check passed.
 * - `invalidInput` (1): at least one record was bad, or a verification failed (each problem is on standard error).
 * - `usage` (2): the command line itself was wrong (unknown command or option, missing argument, file not found).
 * - `internal` (3): an unexpected failure (a bug or the environment); `--debug` shows the stack trace.
 *
 * @example
 * ```ts
 * import { exitCodes, run, processIo } from '@spbe-kit/cli';
 * const code = await run(['index', 'assessments.csv'], processIo());
 * if (code === exitCodes.invalidInput) console.error('some assessments were rejected');
 * ```
 */
export const exitCodes = {
  ok: 0,
  invalidInput: 1,
  usage: 2,
  internal: 3,
} as const;

/**
 * One of the values of {@link exitCodes}.
 *
 * @example
 * ```ts
 * import { processIo, run, type ExitCode } from '@spbe-kit/cli';
 * const code: ExitCode = await run(['validate', 'application', 'aplikasi.jsonl'], processIo());
 * process.exitCode = code; // 0, 1, 2 or 3
 * ```
 */
export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];
