import { formatIssuePath, localize, type Locale, type LocalizedText, type SpbeError } from '@spbe-kit/models/errors';
import pc from 'picocolors';
import type { CliIo } from './cli-io.js';
import { exitCodes, type ExitCode } from './exit-codes.js';
import { fieldPosition, type InputRecord, type SourcePosition } from './input/input-record.js';
import { Progress } from './report/progress.js';

/** The options every command accepts (set before or after the command name). */
export interface GlobalOptions {
  /** Language of messages and labels. */
  readonly lang: Locale;
  /** No progress bar, no summary: only results and problems. */
  readonly quiet: boolean;
  /** Results as JSON on standard output and problems as JSON Lines on standard error. */
  readonly json: boolean;
  /** Process the valid records of a batch even when some are bad. */
  readonly keepGoing: boolean;
  /** Stack traces for unexpected failures and a statistics line at the end. */
  readonly debug: boolean;
  /** Colour on a terminal (`--no-color`, `NO_COLOR` turn it off; `FORCE_COLOR` turns it on). */
  readonly color: boolean;
}

type Colors = ReturnType<typeof pc.createColors>;

/** What a running command works with: the streams, the global options, and the problem count that decides the exit code. */
export class CommandContext {
  readonly io: CliIo;
  readonly options: GlobalOptions;
  /** Colours for standard output (off when it is not a terminal). */
  readonly colors: Colors;
  /** Colours for standard error. */
  readonly errorColors: Colors;
  /** Bad records and failed checks reported so far. */
  problems = 0;
  /** Records processed successfully. */
  processed = 0;
  /** The exit code the command asks for (besides problems). */
  exitCode: ExitCode = exitCodes.ok;
  private progressBar: Progress | undefined;

  constructor(io: CliIo, options: GlobalOptions) {
    this.io = io;
    this.options = options;
    const forced = io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0';
    const allowed = options.color && (io.env.NO_COLOR === undefined || io.env.NO_COLOR === '');
    this.colors = pc.createColors(allowed && (forced || this.stdoutIsTerminal));
    this.errorColors = pc.createColors(allowed && (forced || this.stderrIsTerminal));
  }

  /** Whether standard output is a terminal. */
  get stdoutIsTerminal(): boolean {
    return this.io.stdoutIsTerminal ?? (this.io.stdout as { isTTY?: boolean }).isTTY === true;
  }

  /** Whether standard error is a terminal. */
  get stderrIsTerminal(): boolean {
    return this.io.stderrIsTerminal ?? (this.io.stderr as { isTTY?: boolean }).isTTY === true;
  }

  /** Terminal width (120 when the output is not a terminal: files and pipes have no width). */
  get columns(): number {
    return this.io.columns ?? (this.stdoutIsTerminal ? ((this.io.stdout as { columns?: number }).columns ?? 80) : 120);
  }

  /** A text in the chosen language. */
  text(text: LocalizedText): string {
    return localize(text, this.options.lang);
  }

  /** Writes a line to standard error. */
  stderrLine(line: string): void {
    this.progressBar?.clear();
    this.io.stderr.write(`${line}\n`);
  }

  /** An informational line on standard error (suppressed by `--quiet` and `--json`). */
  info(text: LocalizedText): void {
    if (this.options.quiet || this.options.json) return;
    this.stderrLine(this.errorColors.dim(this.text(text)));
  }

  /** Reports every issue of an error about a record, each at the position of its field. */
  reportRecordError(record: InputRecord, error: SpbeError): void {
    this.problems++;
    for (const issue of error.issues) {
      this.emitProblem(fieldPosition(record, issue.path), issue.code, issue.path, issue.message);
    }
  }

  /** Warnings reported so far (they do not change the exit code). */
  warnings = 0;

  /** Reports a warning about a record (`peringatan`/`warning`), at the position of its field. */
  reportWarning(record: InputRecord, code: string, path: ReadonlyArray<string | number>, message: LocalizedText): void {
    this.warnings++;
    this.emitProblem(fieldPosition(record, path), code, path, message, 'warning');
  }

  /** Reports a problem found while reading (no record to attach it to). */
  reportProblem(position: SourcePosition | undefined, error: SpbeError): void {
    this.problems++;
    for (const issue of error.issues) this.emitProblem(position, issue.code, issue.path, issue.message);
  }

  private emitProblem(
    position: SourcePosition | undefined,
    code: string,
    path: ReadonlyArray<string | number>,
    message: LocalizedText,
    type: 'problem' | 'warning' = 'problem',
  ): void {
    const where = position
      ? position.cell !== undefined
        ? `${position.file} ${position.cell}`
        : `${position.file}:${position.line}${position.column === undefined ? '' : `:${position.column}`}`
      : undefined;
    const field = formatIssuePath(path);
    if (this.options.json) {
      this.stderrLine(
        JSON.stringify({
          type,
          file: position?.file ?? null,
          line: position?.line ?? null,
          column: position?.column ?? null,
          ...(position?.cell === undefined ? {} : { cell: position.cell }),
          path: field,
          code,
          message: this.text(message),
        }),
      );
      return;
    }
    const c = this.errorColors;
    const parts = [
      where ? c.bold(where) : undefined,
      field === '' ? undefined : c.cyan(field),
      type === 'warning' ? c.yellow(this.text({ id: 'peringatan', en: 'warning' })) : undefined,
      this.text(message),
    ].filter((part) => part !== undefined);
    this.stderrLine(parts.join(': '));
  }

  /** The progress bar (shown only on a terminal, never with `--quiet` or `--json`). */
  progress(): Progress {
    this.progressBar ??= new Progress(
      this.io.stderr,
      this.stderrIsTerminal && !this.options.quiet && !this.options.json,
      this.columns,
    );
    return this.progressBar;
  }

  /** Erases the progress bar (it is drawn again on the next update), before writing a result. */
  clearProgress(): void {
    this.progressBar?.clear();
  }

  /** Removes the progress bar from the terminal. */
  endProgress(): void {
    this.progressBar?.clear();
    this.progressBar = undefined;
  }
}
