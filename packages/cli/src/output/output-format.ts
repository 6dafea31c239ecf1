import { UsageError } from '../errors/cli-error.js';

/** How results are written: a readable table, one JSON document, JSON Lines, or CSV. */
export type OutputFormat = 'table' | 'json' | 'jsonl' | 'csv';

const formats: readonly OutputFormat[] = ['table', 'json', 'jsonl', 'csv'];

/**
 * The output format: `--format` when given, JSON with `--json`, otherwise a table on a terminal and
 * JSON when the output is piped or written to a file.
 */
export function chooseOutputFormat(requested: string | undefined, json: boolean, toTerminal: boolean): OutputFormat {
  if (requested !== undefined) {
    if ((formats as readonly string[]).includes(requested)) return requested as OutputFormat;
    throw new UsageError('cli.bad_format', {
      id: `--format harus salah satu dari ${formats.join(', ')} (diterima "${requested}")`,
      en: `--format must be one of ${formats.join(', ')} (got "${requested}")`,
    });
  }
  if (json) return 'json';
  return toTerminal ? 'table' : 'json';
}
