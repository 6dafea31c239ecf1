import fc from 'fast-check';
import { ValidationError } from '@spbe-kit/models';
import { describe, expect, it } from 'vitest';
import { bpsDynamicTableSchema, type BpsDynamicTable } from './bps-schemas.js';
import { decodeDynamicTable, tryDecodeDynamicTable } from './dynamic-table.js';

// The example carried by openapi/bps.openapi.yaml (list, model=data).
const specExample = {
  status: 'OK',
  'data-availability': 'available',
  last_update: '2024-02-28 10:00:00',
  subject: [{ val: 12, label: 'Kependudukan' }],
  var: [
    {
      val: 1001,
      label: 'Jumlah Penduduk',
      unit: 'Jiwa',
      subj: 'Kependudukan',
      def: 'Jumlah penduduk hasil proyeksi',
      decimal: '0',
      note: '',
    },
  ],
  turvar: [
    { val: 1, label: 'Laki-laki' },
    { val: 2, label: 'Perempuan' },
  ],
  labelvervar: 'Kabupaten/Kota',
  vervar: [
    { val: 6402, label: 'Kutai Barat' },
    { val: 6472, label: 'Kota Samarinda' },
  ],
  tahun: [{ val: 123, label: '2023' }],
  turtahun: [{ val: 0, label: 'Tahun' }],
  datacontent: { '6402100111230': 93120, '6402100121230': 87561, '6472100111230': 436019, '6472100121230': 425859 },
};

const table = (overrides: Partial<BpsDynamicTable>): BpsDynamicTable =>
  bpsDynamicTableSchema.parse({ ...specExample, ...overrides });

describe('decodeDynamicTable', () => {
  it('decodes the specification example: vervar + var + turvar + tahun + turtahun', () => {
    const decoded = decodeDynamicTable(specExample);
    expect(decoded.labelVervar).toBe('Kabupaten/Kota');
    expect(decoded.attribution.en).toContain('BPS');
    expect(decoded.rows).toEqual([
      {
        vervar: { id: 6402, label: 'Kutai Barat' },
        var: { id: 1001, label: 'Jumlah Penduduk', unit: 'Jiwa' },
        turvar: { id: 1, label: 'Laki-laki' },
        tahun: { id: 123, label: '2023' },
        turtahun: { id: 0, label: 'Tahun' },
        value: 93120,
      },
      {
        vervar: { id: 6402, label: 'Kutai Barat' },
        var: { id: 1001, label: 'Jumlah Penduduk', unit: 'Jiwa' },
        turvar: { id: 2, label: 'Perempuan' },
        tahun: { id: 123, label: '2023' },
        turtahun: { id: 0, label: 'Tahun' },
        value: 87561,
      },
      {
        vervar: { id: 6472, label: 'Kota Samarinda' },
        var: { id: 1001, label: 'Jumlah Penduduk', unit: 'Jiwa' },
        turvar: { id: 1, label: 'Laki-laki' },
        tahun: { id: 123, label: '2023' },
        turtahun: { id: 0, label: 'Tahun' },
        value: 436019,
      },
      {
        vervar: { id: 6472, label: 'Kota Samarinda' },
        var: { id: 1001, label: 'Jumlah Penduduk', unit: 'Jiwa' },
        turvar: { id: 2, label: 'Perempuan' },
        tahun: { id: 123, label: '2023' },
        turtahun: { id: 0, label: 'Tahun' },
        value: 425859,
      },
    ]);
  });

  it('splits keys whose ids have varying widths within one dimension', () => {
    // vervar ids 1 and 12 (widths 1 and 2), turvar 0 and 10, quarterly turtahun 1..4.
    const decoded = decodeDynamicTable({
      ...specExample,
      vervar: [
        { val: 1, label: 'Satu' },
        { val: 12, label: 'Dua belas' },
      ],
      var: [{ val: 55, label: 'Var' }],
      turvar: [
        { val: 0, label: 'Tidak ada' },
        { val: 10, label: 'Sepuluh' },
      ],
      tahun: [{ val: 124, label: '2024' }],
      turtahun: [
        { val: 1, label: 'Triwulan I' },
        { val: 4, label: 'Triwulan IV' },
      ],
      datacontent: { '15501241': 1, '1255101244': 2, '125501244': 3 },
    });
    expect(decoded.rows.map((row) => [row.vervar.id, row.turvar.id, row.turtahun.id, row.value])).toEqual([
      [1, 0, 1, 1],
      [12, 0, 4, 3],
      [12, 10, 4, 2],
    ]);
  });

  it('orders rows by the metadata arrays, not by key text', () => {
    const decoded = decodeDynamicTable({ ...specExample, datacontent: { '6472100121230': 4, '6402100111230': 1 } });
    expect(decoded.rows.map((row) => row.value)).toEqual([1, 4]);
  });

  it('reports a key that matches no ids, with its path', () => {
    const result = tryDecodeDynamicTable(table({ datacontent: { '6402100111230': 1, '9999100111230': 2 } }));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues).toEqual([
        expect.objectContaining({ code: 'bps.datacontent.unknown_key', path: ['datacontent', '9999100111230'] }),
      ]);
  });

  it('reports a key that splits in two ways instead of guessing', () => {
    // vervar 1 + var 11 and vervar 11 + var 1 both read "111".
    const ambiguous = table({
      vervar: [
        { val: 1, label: 'a' },
        { val: 11, label: 'b' },
      ],
      var: [
        { val: 1, label: 'x' },
        { val: 11, label: 'y' },
      ],
      turvar: [{ val: 0, label: 'Tidak ada' }],
      tahun: [{ val: 123, label: '2023' }],
      turtahun: [{ val: 0, label: 'Tahun' }],
      datacontent: { '11101230': 5 },
    });
    const result = tryDecodeDynamicTable(ambiguous);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.code).toBe('bps.datacontent.ambiguous_key');
  });

  it('throws ValidationError with the path for a body that is not a dynamic table', () => {
    expect(() => decodeDynamicTable({ ...specExample, vervar: 'x' })).toThrow(
      expect.toSatisfy(ValidationError.isInstance),
    );
    try {
      decodeDynamicTable({ ...specExample, tahun: [{ val: -1, label: '2023' }] });
    } catch (error) {
      expect((error as ValidationError).path).toEqual(['tahun', 0, 'val']);
    }
  });

  it('round-trips every table it is given the keys of (property)', () => {
    const ids = fc.uniqueArray(fc.integer({ min: 0, max: 99_999 }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(
        ids,
        ids,
        ids,
        ids,
        ids,
        fc.integer({ min: 0, max: 1000 }),
        (vervar, variables, turvar, tahun, turtahun, seed) => {
          const labelled = (values: number[]) => values.map((val) => ({ val, label: `L${val}` }));
          const datacontent: Record<string, number> = {};
          let n = seed;
          for (const a of vervar)
            for (const b of variables)
              for (const c of turvar)
                for (const d of tahun) for (const e of turtahun) datacontent[`${a}${b}${c}${d}${e}`] = n++;
          const result = tryDecodeDynamicTable(
            table({
              vervar: labelled(vervar),
              var: labelled(variables),
              turvar: labelled(turvar),
              tahun: labelled(tahun),
              turtahun: labelled(turtahun),
              datacontent,
            }),
          );
          if (!result.ok) {
            // Only ever because two combinations produce the same text.
            expect(
              result.issues.every(
                (entry) =>
                  entry.code === 'bps.datacontent.ambiguous_key' || entry.code === 'bps.datacontent.unknown_key',
              ),
            ).toBe(true);
            return;
          }
          for (const row of result.table.rows) {
            const key = `${row.vervar.id}${row.var.id}${row.turvar.id}${row.tahun.id}${row.turtahun.id}`;
            expect(datacontent[key]).toBe(row.value);
            expect(row.vervar.label).toBe(`L${row.vervar.id}`);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never throws anything but ValidationError on hostile input (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        try {
          decodeDynamicTable(input);
        } catch (error) {
          expect(error).toSatisfy(ValidationError.isInstance);
        }
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(
        fc.dictionary(fc.stringMatching(/^[0-9]{0,16}$/), fc.oneof(fc.integer(), fc.string(), fc.constant(null))),
        (datacontent) => {
          try {
            decodeDynamicTable({ ...specExample, datacontent });
          } catch (error) {
            expect(error).toSatisfy(ValidationError.isInstance);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
