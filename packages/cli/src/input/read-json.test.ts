import fc from 'fast-check';
import { SpbeError } from '@spbe-kit/models';
import { describe, expect, it } from 'vitest';
import type { InputItem } from './input-record.js';
import { readJson, type JsonShape } from './read-json.js';

async function* chunksOf(text: string, cuts: readonly number[] = []): AsyncGenerator<string> {
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    if (cut <= from || cut >= text.length) continue;
    yield await Promise.resolve(text.slice(from, cut));
    from = cut;
  }
  yield text.slice(from);
}

async function readAll(text: string, cuts: readonly number[] = []): Promise<{ items: InputItem[]; shape: JsonShape }> {
  const shape: JsonShape = { container: 'single' };
  const items: InputItem[] = [];
  for await (const item of readJson('in.json', chunksOf(text, cuts), shape)) items.push(item);
  return { items, shape };
}

function describeItems(items: readonly InputItem[]) {
  return items.map((item) =>
    item.kind === 'record'
      ? { record: item.record.value, at: `${item.record.position.line}:${item.record.position.column}` }
      : { problem: item.error.code, at: `${item.position.line}:${item.position.column}` },
  );
}

describe('readJson', () => {
  it('reads one object as a single record', async () => {
    const { items, shape } = await readAll('  {"a": 1}\n');
    expect(describeItems(items)).toEqual([{ record: { a: 1 }, at: '1:3' }]);
    expect(shape.container).toBe('single');
  });

  it('reads each element of an array with its line and column', async () => {
    const { items, shape } = await readAll('[\n  {"a": 1},\n  {"b": "x]}"}\n]\n');
    expect(describeItems(items)).toEqual([
      { record: { a: 1 }, at: '2:3' },
      { record: { b: 'x]}' }, at: '3:3' },
    ]);
    expect(shape.container).toBe('collection');
  });

  it('reads several concatenated values (JSON Lines without the extension)', async () => {
    const { items, shape } = await readAll('{"a": 1}\n{"a": 2}\n');
    expect(describeItems(items)).toEqual([
      { record: { a: 1 }, at: '1:1' },
      { record: { a: 2 }, at: '2:1' },
    ]);
    expect(shape.container).toBe('collection');
  });

  it('reports a syntax error inside one element and reads the next ones', async () => {
    const { items } = await readAll('[{"a": 1}, {"a": tru}, {"a": 3}]');
    expect(describeItems(items)).toEqual([
      { record: { a: 1 }, at: '1:2' },
      { problem: 'cli.json_syntax', at: '1:12' },
      { record: { a: 3 }, at: '1:24' },
    ]);
  });

  it('points at the character JSON.parse stopped at when it says', async () => {
    const { items } = await readAll('{"a": 1,\n "b" 2}');
    expect(describeItems(items)).toEqual([{ problem: 'cli.json_syntax', at: '2:6' }]);
  });

  it('reports an unbalanced closing bracket and a truncated value', async () => {
    expect(describeItems((await readAll('{"a": 1}}')).items)).toEqual([
      { record: { a: 1 }, at: '1:1' },
      { problem: 'cli.json_structure', at: '1:9' },
    ]);
    expect(describeItems((await readAll('[{"a": 1}, {"b": ')).items)).toEqual([
      { record: { a: 1 }, at: '1:2' },
      { problem: 'cli.json_unterminated', at: '1:12' },
    ]);
    expect(describeItems((await readAll('[{"a": 1}')).items)).toEqual([
      { record: { a: 1 }, at: '1:2' },
      { problem: 'cli.json_structure', at: '1:10' },
    ]);
  });

  it('passes scalars through as records (the command rejects them)', async () => {
    expect(describeItems((await readAll('[1, "x", true]')).items)).toEqual([
      { record: 1, at: '1:2' },
      { record: 'x', at: '1:5' },
      { record: true, at: '1:10' },
    ]);
  });

  it('gives the same items however the input is cut into chunks', async () => {
    const value = fc.array(fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }), {
      maxLength: 5,
    });
    await fc.assert(
      fc.asyncProperty(value, fc.array(fc.nat(400), { maxLength: 6 }), fc.boolean(), async (records, cuts, pretty) => {
        const text = JSON.stringify(records, null, pretty ? 2 : undefined);
        const whole = await readAll(text);
        const cut = await readAll(text, cuts);
        expect(describeItems(cut.items)).toEqual(describeItems(whole.items));
        expect(whole.items.map((item) => (item.kind === 'record' ? item.record.value : undefined))).toEqual(
          JSON.parse(JSON.stringify(records)),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('never fails with anything but reported problems on hostile input', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({
          maxLength: 200,
          unit: fc.constantFrom('{', '}', '[', ']', '"', '\\', ',', ':', ' ', '\n', 'a', '1', 't'),
        }),
        async (text) => {
          const { items } = await readAll(text);
          for (const item of items) if (item.kind === 'problem') expect(item.error).toSatisfy(SpbeError.isInstance);
        },
      ),
      { numRuns: 300 },
    );
  });
});
