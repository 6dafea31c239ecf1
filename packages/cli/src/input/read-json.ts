import { InputError } from '../errors/cli-error.js';
import type { InputItem } from './input-record.js';
import { parseJsonAt } from './json-syntax.js';

/** What the JSON input turned out to hold. */
export interface JsonShape {
  /** `'single'` while the input holds one top-level object; `'collection'` for an array or several values. */
  container: 'single' | 'collection';
}

const OPEN_OBJECT = 123; // {
const CLOSE_OBJECT = 125; // }
const OPEN_ARRAY = 91; // [
const CLOSE_ARRAY = 93; // ]
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const NEWLINE = 10;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/**
 * Reads JSON as a stream of records: a single object, an array of objects (each element is a record),
 * or several values one after another (as in JSON Lines). Only the element being read is held in
 * memory; each is parsed on its own, so a syntax error inside one element is reported at its line and
 * column and the following elements are still read. An unbalanced bracket ends the input with a problem.
 */
export async function* readJson(
  file: string,
  chunks: AsyncIterable<string>,
  shape: JsonShape,
): AsyncGenerator<InputItem> {
  let line = 1;
  let column = 1;
  let ordinal = 0;
  let topLevelValues = 0;
  let inArray = false; // inside the top-level array
  let arrayClosed = false;
  let depth = 0; // nesting inside the current element
  let inString = false;
  let escaped = false;
  let scalar = false; // current element is a bare number / literal
  let parts: string[] = [];
  let elementStart: { line: number; column: number } | undefined;

  const fail = (message: { id: string; en: string }): InputItem => ({
    kind: 'problem',
    position: { file, line, column },
    error: new InputError('cli.json_structure', message),
  });

  const finish = (text: string): InputItem => {
    const start = elementStart!;
    elementStart = undefined;
    parts = [];
    const parsed = parseJsonAt(text, { file, line: start.line, column: start.column });
    if ('error' in parsed) return { kind: 'problem', position: parsed.position, error: parsed.error };
    return {
      kind: 'record',
      record: { ordinal: ordinal++, position: { file, line: start.line, column: start.column }, value: parsed.value },
    };
  };

  for await (const chunk of chunks) {
    let partFrom = elementStart ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const code = chunk.charCodeAt(i);
      if (elementStart) {
        // Inside an element: follow strings and brackets until it closes.
        if (inString) {
          if (escaped) escaped = false;
          else if (code === BACKSLASH) escaped = true;
          else if (code === QUOTE) {
            inString = false;
            if (depth === 0) {
              parts.push(chunk.slice(partFrom, i + 1));
              yield finish(parts.join(''));
              partFrom = -1;
            }
          }
        } else if (scalar) {
          if (
            isSpace(code) ||
            code === COMMA ||
            code === CLOSE_ARRAY ||
            code === CLOSE_OBJECT ||
            code === OPEN_ARRAY ||
            code === OPEN_OBJECT
          ) {
            parts.push(chunk.slice(partFrom, i));
            scalar = false;
            yield finish(parts.join(''));
            partFrom = -1;
            i--; // look at the delimiter again at the outer level
            continue;
          }
        } else if (code === QUOTE) inString = true;
        else if (code === OPEN_OBJECT || code === OPEN_ARRAY) depth++;
        else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) {
          depth--;
          if (depth === 0) {
            parts.push(chunk.slice(partFrom, i + 1));
            yield finish(parts.join(''));
            partFrom = -1;
          }
        }
      } else if (!isSpace(code)) {
        if (inArray && code === COMMA) {
          // separator between elements
        } else if (inArray && code === CLOSE_ARRAY) {
          inArray = false;
          arrayClosed = true;
        } else if (code === CLOSE_ARRAY || code === CLOSE_OBJECT || (code === COMMA && !inArray)) {
          yield fail({ id: `Karakter tak terduga "${chunk[i]}"`, en: `Unexpected character "${chunk[i]}"` });
          return;
        } else if (!inArray && code === OPEN_ARRAY && topLevelValues === 0 && !arrayClosed) {
          inArray = true;
          topLevelValues++;
          shape.container = 'collection';
        } else {
          if (!inArray) {
            topLevelValues++;
            if (topLevelValues > 1) shape.container = 'collection';
          }
          elementStart = { line, column };
          partFrom = i;
          if (code === QUOTE) inString = true;
          else if (code === OPEN_OBJECT || code === OPEN_ARRAY) depth = 1;
          else scalar = true;
        }
      }
      if (code === NEWLINE) {
        line++;
        column = 1;
      } else column++;
    }
    if (elementStart && partFrom >= 0) parts.push(chunk.slice(partFrom));
  }
  if (elementStart) {
    if (scalar) {
      yield finish(parts.join(''));
    } else {
      const start = elementStart;
      yield {
        kind: 'problem',
        position: { file, line: start.line, column: start.column },
        error: new InputError('cli.json_unterminated', {
          id: 'JSON terpotong: nilai ini tidak ditutup sampai akhir berkas',
          en: 'Truncated JSON: this value is not closed before the end of the file',
        }),
      };
    }
  } else if (inArray) {
    yield fail({
      id: 'JSON terpotong: larik tidak ditutup dengan "]"',
      en: 'Truncated JSON: the array is not closed with "]"',
    });
  }
}
