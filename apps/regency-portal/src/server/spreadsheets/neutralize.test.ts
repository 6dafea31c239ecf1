import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../inventories/csv.js';
import { writeCsv } from './csv-writer.js';
import { neutralizeCell, restoreCell } from './neutralize.js';

describe('spreadsheet cells against formula injection', () => {
  it('neutralises every cell that starts with = + - @ (and tab, carriage return)', () => {
    for (const value of ['=1+1', '+62 812', '-5', '@SUM(A1)', '\t=x', '\r=x'])
      expect(neutralizeCell(value)).toBe(`'${value}`);
    for (const value of ['Dinas Kesehatan', '62', "'quoted", '']) expect(neutralizeCell(value)).toBe(value);
  });

  it('writes CSV whose cells never start with a formula character, and reads back the same values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ maxLength: 30 }), { minLength: 1, maxLength: 5 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (rows) => {
          const header = rows[0]!.map((_, index) => `c${index}`);
          const width = header.length;
          const table = rows.map((row) => Array.from({ length: width }, (_, index) => row[index] ?? ''));
          const records = parseCsvRecords(writeCsv([header, ...table]));
          for (const record of records) {
            expect(record.unclosedQuote).toBeUndefined();
            for (const cell of record.cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
          }
          // Rows of only blanks are skipped by the reader; compare the others.
          const expected = table.filter((row) => row.some((cell) => neutralizeCell(cell).trim() !== ''));
          expect(records.slice(1).map((record) => record.cells.map(restoreCell))).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
