import type { LocalizedText } from '@spbe-kit/models';
import { InputError } from '../errors/cli-error.js';
import type { SourcePosition } from './input-record.js';

/** Line and column (1-based) of character `offset` of `text`, counted from `start`. */
function advancePosition(
  text: string,
  offset: number,
  start: { line: number; column: number },
): { line: number; column: number } {
  let { line, column } = start;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      column = 1;
    } else column++;
  }
  return { line, column };
}

/** The reason JSON.parse gives, without the copy of the input V8 appends (it may hold personal data). */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/, ".*" is not valid JSON$/s, '').replace(/ in JSON at position \d+.*$/s, '');
}

/**
 * Parses one JSON text found at `start`; a syntax error becomes an {@link InputError} at the line and
 * column where JSON.parse stopped (or where the text starts, when it does not say).
 */
export function parseJsonAt(
  text: string,
  start: SourcePosition & { column: number },
): { value: unknown } | { error: InputError; position: SourcePosition } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const match = /at position (\d+)/.exec(message);
    const at = match ? advancePosition(text, Number(match[1]), start) : { line: start.line, column: start.column };
    const reason = reasonOf(error);
    const messages: LocalizedText = { id: `JSON tidak valid: ${reason}`, en: `Invalid JSON: ${reason}` };
    return {
      error: new InputError('cli.json_syntax', messages, { cause: error }),
      position: { file: start.file, line: at.line, column: at.column },
    };
  }
}
