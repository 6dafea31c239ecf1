import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { firstInvalidUtf8 } from '../input/decode-text.js';
import { fractionToDecimal } from '../output/csv-text.js';
import { runInProcess } from './in-process.js';
import { fixture } from './spbe-cli-harness.js';

const cwd = mkdtempSync(path.join(os.tmpdir(), 'spbe-cli-language-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));
const record = fixture('assessment-paser-2025.json');

describe('usage errors in the chosen language, exit 2', () => {
  const cases: [string[], string, string][] = [
    [['index', record, '--foo'], 'opsi tidak dikenal: --foo', 'unknown option: --foo'],
    [
      ['indx', record],
      'perintah tidak dikenal: indx (maksudnya index?)',
      'unknown command: indx (did you mean index?)',
    ],
    [['index'], 'argumen <file> wajib diisi', 'missing argument <file>'],
    [['report', record], 'opsi -o, --output <file> wajib diisi', 'option -o, --output <file> is required'],
    [
      ['report', record, '-o', 'x.pdf', '--years', '0'],
      '--years harus bilangan bulat 1–10',
      '--years takes a whole number 1–10',
    ],
    [
      ['report', record, '-o', 'x.pdf', '--format', 'docx'],
      '"docx" bukan pilihan yang sah',
      '"docx" is not a valid choice',
    ],
    [['index', record, '-o'], 'opsi -o, --output <file> memerlukan nilai', 'option -o, --output <file> needs a value'],
    [
      ['index', record, '--format', 'xml'],
      'opsi -f, --format <format>: "xml" bukan pilihan yang sah; pilih salah satu: table, json, jsonl, csv',
      'option -f, --format <format>: "xml" is not a valid choice; choose one of: table, json, jsonl, csv',
    ],
    [
      ['index', record, '-m', 'spbe-2030'],
      'opsi -m, --methodology <id>: "spbe-2030" bukan pilihan yang sah',
      'option -m, --methodology <id>: "spbe-2030" is not a valid choice',
    ],
    [['plan', record, '--target', '7'], '--target harus predikat', '--target takes a predikat'],
    [['plan', record, '--target', 'Luar Biasa'], '(diterima "Luar Biasa")', '(got "Luar Biasa")'],
    [['plan', record, '--target', 'baik', '--step', 'x'], '--step harus angka', '--step takes a number'],
    [['explain', record, '--top', '0'], '--top harus bilangan bulat', '--top takes a whole number'],
    [['index', record, 'extra'], 'terlalu banyak argumen untuk index', 'too many arguments for index'],
  ];
  for (const [argv, indonesian, english] of cases) {
    it(`spbe ${argv.map((arg) => path.basename(arg)).join(' ')}`, async () => {
      const id = await runInProcess(argv, cwd);
      expect(id.code).toBe(2);
      expect(id.stderr).toContain(indonesian);
      expect(id.stderr).not.toContain('error:');
      const en = await runInProcess([...argv, '--lang', 'en'], cwd);
      expect(en.code).toBe(2);
      expect(en.stderr).toContain(english);
    });
  }

  it('matches predikat names whatever their case', async () => {
    const run = await runInProcess(['plan', record, '--target', 'SANGAT  baik', '--format', 'json'], cwd);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ target: { predicate: 'Sangat Baik' } });
  });
});

describe('input checks', () => {
  const write = (name: string, bytes: Uint8Array | string) => {
    const file = path.join(cwd, name);
    writeFileSync(file, bytes);
    return file;
  };
  const csv =
    'methodology,agency,year,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20\npemdi-2026,Kota Tarakan,2026,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2.5\n';

  it('an empty input is an error (exit 1)', async () => {
    for (const text of ['', '\n\n  \n', '[]']) {
      const run = await runInProcess(['index', '-', '--lang', 'en'], cwd, text);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('The input is empty: there are no records to read');
    }
  });

  it('reads UTF-8 with a byte-order mark and UTF-16 with one', async () => {
    const expected = await runInProcess(['index', write('plain.csv', csv), '--format', 'json'], cwd);
    expect(expected.code).toBe(0);
    const bom = await runInProcess(['index', write('bom.csv', `\ufeff${csv}`), '--format', 'json'], cwd);
    expect(bom.stdout).toBe(expected.stdout);
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')]);
    const le = await runInProcess(['index', write('le.csv', utf16le), '--format', 'json'], cwd);
    expect(le.stdout).toBe(expected.stdout);
    const utf16be = Buffer.from(utf16le).swap16();
    const be = await runInProcess(['index', write('be.csv', utf16be), '--format', 'json'], cwd);
    expect(be.stdout).toBe(expected.stdout);
  });

  it('names UTF-16 without a byte-order mark, and invalid UTF-8 with its line', async () => {
    const noMark = await runInProcess(['index', write('nomark.csv', Buffer.from(csv, 'utf16le')), '--lang', 'en'], cwd);
    expect(noMark.code).toBe(1);
    expect(noMark.stderr).toContain('looks like UTF-16 without a byte-order mark');
    const latin1 = Buffer.from(csv.replace('Kota Tarakan', 'Kota Tarakán'), 'latin1');
    const invalid = await runInProcess(['index', write('latin1.csv', latin1), '--lang', 'en'], cwd);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('latin1.csv:2: the text is not valid UTF-8');
    expect(invalid.stdout).toBe('');
  });

  it('reads ";" CSV (Indonesian Excel) and says when the header only splits with another delimiter', async () => {
    const semicolons = csv.replaceAll(',', ';').replace('2.5', '2,5');
    const expected = await runInProcess(['index', write('plain.csv', csv), '--format', 'json'], cwd);
    const read = await runInProcess(['index', write('semicolon.csv', semicolons), '--format', 'json'], cwd);
    expect(read.stdout).toBe(expected.stdout);
    const wrong = await runInProcess(['index', write('comma.csv', csv), '--delimiter', ';', '--lang', 'en'], cwd);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain(`The CSV header only splits with the delimiter ",", not ";": use --delimiter ','`);
  });

  it('writes decimals, never fractions, and ";" with decimal commas for --locale id', async () => {
    const plain = await runInProcess(['index', record, '--format', 'csv'], cwd);
    expect(plain.stdout).not.toMatch(/\d\/\d/);
    expect(plain.stdout).toContain(',2.7695,2.77,Baik,2.9,2.7,2.8181818182,');
    const indonesian = await runInProcess(['index', record, '--format', 'csv', '--locale', 'id'], cwd);
    expect(indonesian.stdout.split('\n')[0]).toMatch(/^agency;year;side;methodology;index;/);
    // The display column too: 2,77, as an Indonesian spreadsheet reads it.
    expect(indonesian.stdout).toContain(';2,7695;2,77;Baik;2,9;2,7;2,8181818182;');
    // What spbe writes with --locale id, spbe reads back.
    const back = await runInProcess(['index', write('hasil.csv', indonesian.stdout), '--format', 'json'], cwd);
    expect(back.code).not.toBe(2);
  });

  it('shows the official pemdi-2026 level beside the predikat', async () => {
    const run = await runInProcess(['index', write('plain.csv', csv), '--format', 'table', '--lang', 'en'], cwd);
    expect(run.stdout).toContain('Cukup (Fair) · level 2 Emerging');
    const rows = await runInProcess(['index', write('plain.csv', csv), '--format', 'csv', '--locale', 'id'], cwd);
    const [header, first] = rows.stdout.split('\n');
    const cells = Object.fromEntries(header!.split(';').map((name, index) => [name, first!.split(';')[index]]));
    expect(cells).toMatchObject({ predicate: 'Cukup', level: '2', levelName: 'Membangun' });
    expect(cells.indexDisplay).toMatch(/^\d,\d\d$/);
    const json = await runInProcess(['index', write('plain.csv', csv), '--format', 'json'], cwd);
    expect((JSON.parse(json.stdout) as unknown[])[0]).toMatchObject({
      predicate: 'Cukup',
      predicateLevel: { level: 2, name: { id: 'Membangun', en: 'Emerging' } },
    });
  });
});

describe('converters', () => {
  it('firstInvalidUtf8 agrees with the platform decoder on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          valid = false;
        }
        const invalid = firstInvalidUtf8(bytes);
        // An incomplete sequence at the end is not reported here (the next chunk may complete it).
        if (valid) expect(invalid).toBe(-1);
        if (invalid >= 0) expect(valid).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('fractionToDecimal writes any fraction as a decimal close to it', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000, max: 10_000 }), fc.integer({ min: 1, max: 10_000 }), (n, d) => {
        const text = fractionToDecimal(`${n}/${d}`);
        expect(text).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Math.abs(Number(text) - n / d)).toBeLessThan(1e-9);
      }),
    );
  });
});
