import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { csvCell, detectDelimiter, splitRawCsv } from '../input/raw-csv.js';
import { fixture, spbe } from './spbe-cli-harness.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'spbe-wilayah-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('spbe wilayah', () => {
  it('looks up a Kemendagri code with its parents, children and BPS code', async () => {
    const run = await spbe(['wilayah', '64.71', '--format', 'json']);
    expect(run.code).toBe(0);
    const found = JSON.parse(run.stdout) as {
      region: { name: string; level: string };
      parents: { code: string }[];
      childCount: number;
      bps: { code: string; tableVersion: string };
    };
    expect(found.region).toMatchObject({ name: 'Kota Balikpapan', level: 'regency' });
    expect(found.parents.map((parent) => parent.code)).toEqual(['64']);
    expect(found.childCount).toBe(6);
    expect(found.bps).toEqual({ code: '6471', tableVersion: 'bps-bridging-2025' });
  });

  it('shows both readings of 6402 and says which is which (BPS Kutai Barat, Kemendagri 64.02 Kutai Kartanegara)', async () => {
    const table = await spbe(['wilayah', '6402', '--format', 'table', '--lang', 'en']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^6402 can be read two ways:\n/);
    expect(table.stdout).toMatch(/as BPS code 6402 +64\.07 Kabupaten Kutai Barat +\(bps-bridging-2025\)/);
    expect(table.stdout).toMatch(/as an undotted Kemendagri code \(64\.02\) +64\.02 Kabupaten Kutai Kartanegara/);
    const indonesian = await spbe(['wilayah', '6402', '--format', 'table']);
    expect(indonesian.stdout).toMatch(/sebagai kode BPS 6402 +64\.07 Kabupaten Kutai Barat/);
    const json = JSON.parse((await spbe(['wilayah', '6402', '--format', 'json'])).stdout) as {
      readings: { system: string; code: string; region: { code: string } | null }[];
    };
    expect(json.readings.map((reading) => [reading.system, reading.code, reading.region?.code])).toEqual([
      ['bps', '6402', '64.07'],
      ['kemendagri-undotted', '64.02', '64.02'],
    ]);
  });

  it('bridges provinces and districts nationwide, and says when both systems agree', async () => {
    const papua = JSON.parse((await spbe(['wilayah', '94', '--format', 'json'])).stdout) as {
      readings: { region: { name: string } | null }[];
    };
    expect(papua.readings.map((reading) => reading.region?.name)).toEqual(['Papua', 'Papua Tengah']);
    const district = await spbe(['wilayah', '6471010', '--format', 'csv']);
    expect(district.stdout).toBe(
      'input,system,read_as,code,name,bridge\n6471010,bps,6471010,64.71.05,Balikpapan Selatan,bps-bridging-2025\n',
    );
    const same = await spbe(['wilayah', '6471', '--format', 'table', '--lang', 'en']);
    expect(same.stdout).toMatch(/^6471: the same in both systems\n/);
  });

  it('searches by name', async () => {
    const run = await spbe(['wilayah', 'balikpapan', '--level', 'district', '--format', 'csv']);
    expect(run.code).toBe(0);
    const rows = run.stdout.trim().split('\n');
    expect(rows[0]).toBe('code,level,kind,name,parentCode,parents,bps');
    expect(rows.slice(1).map((row) => row.split(',')[0])).toContain('64.71.01');
  });

  it('exits 1 when nothing is found and reports a malformed code', async () => {
    const missing = await spbe(['wilayah', '64.99', '--lang', 'en']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('No region found for "64.99"\n');
    const malformed = await spbe(['wilayah', '64.7x', '--lang', 'en']);
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toMatch(/^spbe: /);
    const digits = await spbe(['wilayah', '9999', '--lang', 'en']);
    expect(digits.code).toBe(1);
    expect(digits.stderr).toBe(
      'No region found for "9999", neither as a BPS code nor as an undotted Kemendagri code\n',
    );
  });
});

describe('spbe wilayah match', () => {
  const output = path.join(scratch, 'out.csv');
  const original = readFileSync(fixture('wilayah-match.csv'), 'utf8');

  it('adds the code column and keeps every other byte (BOM, ";", quotes, CRLF, a line break in a cell)', async () => {
    const run = await spbe([
      'wilayah',
      'match',
      'wilayah-match.csv',
      '--column',
      'nama_daerah',
      '-k',
      '-o',
      output,
      '--level',
      'regency',
      '--lang',
      'en',
    ]);
    expect(run.code).toBe(1);
    const written = readFileSync(output, 'utf8');
    const originalLines = original.split('\r\n');
    const writtenLines = written.split('\r\n');
    expect(writtenLines).toHaveLength(originalLines.length);
    const codes = ['kode_wilayah', '64.02', '64.01', '64.02', '', '64.71', '14.08', '', '31.74'];
    codes.forEach((code, index) => expect(writtenLines[index]).toBe(`${originalLines[index]};${code}`));
    expect(writtenLines[9]).toBe('9;"KAB. TOLI TOLI";"baris'); // the quoted line break stays inside its cell
    expect(writtenLines[10]).toBe('dua";72.04');
    expect(written.startsWith('\uFEFFno;nama_daerah;jumlah_sampel;kode_wilayah\r\n')).toBe(true);
    expect(run.stderr).toBe(
      [
        'wilayah-match.csv:5:2: "Bogor" is ambiguous, none chosen: 32.01 Kabupaten Bogor; 32.71 Kota Bogor',
        'wilayah-match.csv:6: "Kota Balikpapn" read as 64.71 Kota Balikpapan (please check)',
        'wilayah-match.csv:8:2: No region found for "Atlantis"',
        '9 rows: 7 matched (1 to check), 1 ambiguous, 1 not found.',
        '',
      ].join('\n'),
    );
  });

  it('writes nothing without --keep-going when rows fail, reports in Indonesian by default and as JSON Lines', async () => {
    const run = await spbe(['wilayah', 'match', 'wilayah-match.csv', '--column', 'nama_daerah', '--level', 'regency']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/"Bogor" ambigu, tidak dipilih: 32\.01 Kabupaten Bogor; 32\.71 Kota Bogor/);
    expect(run.stderr).toMatch(/Wilayah "Atlantis" tidak ditemukan/);
    expect(run.stderr).toMatch(/Tidak ada yang ditulis; gunakan --keep-going/);
    const json = await spbe(['wilayah', 'match', 'wilayah-match.csv', '--column', 'nama_daerah', '--json']);
    const problems = json.stderr
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { code: string; line: number });
    expect(problems.map((problem) => [problem.code, problem.line])).toEqual([
      ['cli.region_ambiguous', 5],
      ['cli.region_not_found', 8],
    ]);
  });

  it('writes a clean spreadsheet to standard output and exits 0, reading standard input too', async () => {
    const input = 'kabupaten,nilai\nKUTAI BARAT,1\n"Kota Samarinda",2\nkaltara,3\n';
    const run = await spbe(['wilayah', 'match', '-', '--column', 'kabupaten'], { stdin: input });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      'kabupaten,nilai,kode_wilayah\nKUTAI BARAT,1,64.07\n"Kota Samarinda",2,64.72\nkaltara,3,65\n',
    );
  });

  it('refuses an unknown column or an existing code column as usage errors (exit 2)', async () => {
    const unknown = await spbe(['wilayah', 'match', 'wilayah-match.csv', '--column', 'daerah', '--lang', 'en']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /Column "daerah" is not in wilayah-match\.csv; its columns: no, nama_daerah, jumlah_sampel/,
    );
    const exists = await spbe([
      'wilayah',
      'match',
      'wilayah-match.csv',
      '--column',
      'nama_daerah',
      '--code-column',
      'no',
    ]);
    expect(exists.code).toBe(2);
    const missing = await spbe(['wilayah', 'match', 'no-such.csv', '--column', 'x', '--lang', 'en']);
    expect(missing.code).toBe(2);
  });
});

describe('raw CSV splitting', () => {
  const cell = fc.string({ maxLength: 8 });
  it('gives back the exact text and the fields of any well-formed CSV', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(',', ';', '\t'),
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom('\n', '\r\n'),
        (delimiter, rows, ending) => {
          const text = rows.map((row) => row.map((value) => csvCell(value, delimiter)).join(delimiter)).join(ending);
          const records = splitRawCsv(text, delimiter);
          expect(records.map((record) => record.text + record.ending).join('')).toBe(text);
          // A row of one empty cell is an empty line, which may also end the text: compare fields without those.
          if (rows.every((row) => !(row.length === 1 && row[0] === '')))
            expect(records.map((record) => record.fields)).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
    expect(detectDelimiter('no;nama_daerah;"a,b"')).toBe(';');
    expect(detectDelimiter('a,b')).toBe(',');
  });

  it('never throws on hostile text and always covers it exactly', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.constantFrom(',', ';'), (text, delimiter) => {
        const records = splitRawCsv(text, delimiter);
        expect(records.map((record) => record.text + record.ending).join('')).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
