import { SpbeError, type LocalizedText, type SpbeErrorOptions } from '@spbe-kit/models/errors';
import { exitCodes, type ExitCode } from '../exit-codes.js';
import type { CliErrorCode } from './error-codes.js';

const cliErrorMarker = Symbol.for('spbe-kit.error.CliError');
const usageErrorMarker = Symbol.for('spbe-kit.error.UsageError');
const inputErrorMarker = Symbol.for('spbe-kit.error.InputError');

/**
 * Base of the errors the `spbe` command raises itself (the packages it runs raise their own
 * `SpbeError`s). It carries the exit code the command ends with.
 *
 * @example
 * ```ts
 * import { CliError } from '@spbe-kit/cli';
 * const error = new CliError('cli.file_not_found', { id: 'Berkas tidak ditemukan', en: 'File not found' }, 2);
 * error.exitCode; // 2
 * ```
 */
export class CliError extends SpbeError {
  private readonly [cliErrorMarker] = true;

  /** Whether `value` is a {@link CliError}, from this copy of the package or any other (see `SpbeError.isInstance`). */
  static override isInstance(this: void, value: unknown): value is CliError {
    return SpbeError.hasMarker(value, cliErrorMarker);
  }

  /** The exit code the command ends with when this error stops it. */
  readonly exitCode: ExitCode;

  /** What went wrong; see {@link CliErrorCode}. */
  declare readonly code: CliErrorCode;

  constructor(code: CliErrorCode, messages: LocalizedText, exitCode: ExitCode, options: SpbeErrorOptions = {}) {
    super(code, messages, options);
    this.exitCode = exitCode;
  }
}

/**
 * The command line is wrong: an unknown option value, a missing file, a conflicting flag. Exit code 2.
 *
 * @example
 * ```ts
 * import { UsageError } from '@spbe-kit/cli';
 * throw new UsageError('cli.bad_option', { id: '--format harus table, json, jsonl atau csv', en: '--format must be table, json, jsonl or csv' });
 * ```
 */
export class UsageError extends CliError {
  private readonly [usageErrorMarker] = true;

  /** Whether `value` is a {@link UsageError}, from this copy of the package or any other (see `SpbeError.isInstance`). */
  static override isInstance(this: void, value: unknown): value is UsageError {
    return CliError.hasMarker(value, usageErrorMarker);
  }

  constructor(code: CliErrorCode, messages: LocalizedText, options: SpbeErrorOptions = {}) {
    super(code, messages, exitCodes.usage, options);
  }
}

/**
 * An input cannot be read as records (broken JSON, a CSV row of the wrong width, a bad
 * encoding), or a check failed. Exit code 1.
 *
 * @example
 * ```ts
 * import { InputError } from '@spbe-kit/cli';
 * new InputError('cli.json_syntax', { id: 'JSON tidak valid', en: 'Invalid JSON' }).exitCode; // 1
 * ```
 */
export class InputError extends CliError {
  private readonly [inputErrorMarker] = true;

  /** Whether `value` is an {@link InputError}, from this copy of the package or any other (see `SpbeError.isInstance`). */
  static override isInstance(this: void, value: unknown): value is InputError {
    return CliError.hasMarker(value, inputErrorMarker);
  }

  constructor(code: CliErrorCode, messages: LocalizedText, options: SpbeErrorOptions = {}) {
    super(code, messages, exitCodes.invalidInput, options);
  }
}
