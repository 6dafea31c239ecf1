import type { InputItem } from './input-record.js';
import { parseJsonAt } from './json-syntax.js';

/**
 * Reads JSON Lines: one JSON value per line, blank lines skipped. Holds one line at a time, so an
 * input of any size is read in bounded memory. A broken line is reported and the next lines are read.
 */
export async function* readJsonLines(file: string, chunks: AsyncIterable<string>): AsyncGenerator<InputItem> {
  let pending = '';
  let line = 0;
  let ordinal = 0;
  function* handle(text: string): Generator<InputItem> {
    line++;
    const content = text.endsWith('\r') ? text.slice(0, -1) : text;
    if (content.trim() === '') return;
    const parsed = parseJsonAt(content, { file, line, column: 1 });
    if ('error' in parsed) yield { kind: 'problem', position: parsed.position, error: parsed.error };
    else {
      const indent = content.length - content.trimStart().length;
      yield {
        kind: 'record',
        record: { ordinal: ordinal++, position: { file, line, column: indent + 1 }, value: parsed.value },
      };
    }
  }
  for await (const chunk of chunks) {
    let from = 0;
    let newline = chunk.indexOf('\n', from);
    while (newline >= 0) {
      const text = pending + chunk.slice(from, newline);
      pending = '';
      yield* handle(text);
      from = newline + 1;
      newline = chunk.indexOf('\n', from);
    }
    pending += chunk.slice(from);
  }
  if (pending !== '') yield* handle(pending);
}
