import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, rowToObject } from './csv.js';

const quote = (cell: string) => `"${cell.replaceAll('"', '""')}"`;

describe('parseCsv', () => {
  it('reads quoted fields with separators, quotes and line breaks (RFC 4180)', () => {
    expect(parseCsv('id;name\r\nAPP-1;"SRIKANDI; ""arsip""\nbaris dua"\n')).toEqual([
      ['id', 'name'],
      ['APP-1', 'SRIKANDI; "arsip"\nbaris dua'],
    ]);
    expect(parseCsv('\uFEFFa,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('gives back exactly the rows that were written (property)', () => {
    const header = fc.array(fc.stringMatching(/^[a-z]{1,8}$/), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(
        header.chain((columns) =>
          fc.tuple(
            fc.constant(columns),
            fc.array(fc.array(fc.string({ maxLength: 20 }), { minLength: columns.length, maxLength: columns.length }), {
              maxLength: 8,
            }),
          ),
        ),
        ([columns, rows]) => {
          const text = [columns.join(','), ...rows.map((row) => row.map(quote).join(','))].join('\r\n');
          const expected = [columns, ...rows.filter((row) => row.some((cell) => cell.trim() !== ''))];
          expect(parseCsv(text)).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never throws on arbitrary text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(Array.isArray(parseCsv(text))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('rowToObject', () => {
  it('builds nested objects, lists, booleans and numbers for numeric columns', () => {
    expect(
      rowToObject(
        ['id', 'owner.name', 'channels[]', 'ok', 'tier'],
        ['A', 'Dinas', 'web|api', 'true', '2'],
        new Set(['tier']),
      ),
    ).toEqual({
      id: 'A',
      owner: { name: 'Dinas' },
      channels: ['web', 'api'],
      ok: true,
      tier: 2,
    });
  });

  it('never pollutes prototypes or throws, whatever the header (property)', () => {
    const segment = fc.oneof(
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'a', 'b', ''),
      fc.stringMatching(/^[a-z]{1,3}$/),
    );
    const column = fc.array(segment, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('.'));
    fc.assert(
      fc.property(
        fc.array(column, { maxLength: 6 }),
        fc.array(fc.string({ maxLength: 5 }), { maxLength: 6 }),
        (header, cells) => {
          const object = rowToObject(header, cells);
          expect(typeof object).toBe('object');
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
        },
      ),
      { numRuns: 300 },
    );
  });
});
