import fc from 'fast-check';
import { SpbeError } from '@spbe-kit/models';
import { describe, expect, it } from 'vitest';
import type { InputItem } from './input-record.js';
import { readJsonLines } from './read-json-lines.js';

async function* chunks(parts: readonly string[]): AsyncGenerator<string> {
  for (const part of parts) yield await Promise.resolve(part);
}

async function readAll(parts: readonly string[]): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readJsonLines('in.jsonl', chunks(parts))) items.push(item);
  return items;
}

describe('readJsonLines', () => {
  it('reads one record per line, skipping blank lines, with CRLF endings and lines split across chunks', async () => {
    const items = await readAll(['{"a"', ': 1}\r\n\r\n', '  {"a": 2}', '\n{"a": 3}']);
    expect(
      items.map((item) =>
        item.kind === 'record'
          ? [item.record.value, item.record.position.line, item.record.position.column]
          : item.kind,
      ),
    ).toEqual([
      [{ a: 1 }, 1, 1],
      [{ a: 2 }, 3, 3],
      [{ a: 3 }, 4, 1],
    ]);
  });

  it('reports a broken line with its number and reads on', async () => {
    const items = await readAll(['{"a": 1}\n{"a": \n{"a": 3}\n']);
    expect(
      items.map((item) => (item.kind === 'record' ? item.record.position.line : `problem ${item.position.line}`)),
    ).toEqual([1, 'problem 2', 3]);
  });

  it('numbers records from 0 whatever the problems between them', async () => {
    const items = await readAll(['x\n{"a":1}\n']);
    expect(items[1]?.kind === 'record' && items[1].record.ordinal).toBe(0);
  });

  it('never fails with anything but reported problems on hostile input', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ maxLength: 40 }), { maxLength: 8 }), async (parts) => {
        for (const item of await readAll(parts))
          if (item.kind === 'problem') expect(item.error).toSatisfy(SpbeError.isInstance);
      }),
      { numRuns: 200 },
    );
  });
});
