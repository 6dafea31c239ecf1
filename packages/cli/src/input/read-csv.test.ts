import fc from 'fast-check';
import { SpbeError } from '@spbe-kit/models';
import { describe, expect, it } from 'vitest';
import { fieldPosition, type InputItem } from './input-record.js';
import { readCsv, type CsvMapping } from './read-csv.js';

async function* chunks(parts: readonly string[]): AsyncGenerator<string> {
  for (const part of parts) yield await Promise.resolve(part);
}

async function readAll(parts: readonly string[], mapping?: CsvMapping): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readCsv('in.csv', chunks(parts), mapping)) items.push(item);
  return items;
}

describe('readCsv', () => {
  it('turns rows into records, dotted headers into nested fields, and remembers each cell column', async () => {
    const items = await readAll(['name,owner.opd,year\n', 'SIMPEG,BKPSDM,2024\n', 'e-Office,,2025\n']);
    const records = items.flatMap((item) => (item.kind === 'record' ? [item.record] : []));
    expect(records.map((record) => record.value)).toEqual([
      { name: 'SIMPEG', owner: { opd: 'BKPSDM' }, year: '2024' },
      { name: 'e-Office', year: '2025' },
    ]);
    expect(records.map((record) => record.position.line)).toEqual([2, 3]);
    expect(fieldPosition(records[0]!, ['owner', 'opd'])).toEqual({ file: 'in.csv', line: 2, column: 2 });
    expect(fieldPosition(records[0]!, ['year'])).toEqual({ file: 'in.csv', line: 2, column: 3 });
    expect(fieldPosition(records[0]!, ['missing'])).toEqual({ file: 'in.csv', line: 2, column: 1 });
  });

  it('reports the start line of a row whose quoted cell spans lines', async () => {
    const items = await readAll(['a,b\n', '"x\ny",1\n', '2,3\n']);
    expect(items.map((item) => (item.kind === 'record' ? item.record.position.line : -1))).toEqual([2, 4]);
  });

  it('reports rows of the wrong width and quoting errors, and reads the other rows', async () => {
    const items = await readAll(['a,b,c\n1,2,3\n4,5\n6,"7"x,8\n']);
    expect(
      items.map((item) =>
        item.kind === 'record' ? `record ${item.record.position.line}` : `${item.error.code} ${item.position.line}`,
      ),
    ).toEqual(['record 2', 'cli.csv_width 3', 'cli.csv_syntax 4']);
  });

  it('uses another delimiter and a byte-order mark is ignored', async () => {
    const items = await readAll(['\ufeffa;b\n1;2,5\n'], { delimiter: ';' });
    expect(items[0]?.kind === 'record' && items[0].record.value).toEqual({ a: '1', b: '2,5' });
  });

  it('never fails with anything but reported problems on hostile input', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ maxLength: 30, unit: fc.constantFrom('a', ',', '"', '\n', '\r', ' ', '.', '1') }), {
          maxLength: 6,
        }),
        async (parts) => {
          for (const item of await readAll(parts))
            if (item.kind === 'problem') expect(item.error).toSatisfy(SpbeError.isInstance);
        },
      ),
      { numRuns: 200 },
    );
  });
});
