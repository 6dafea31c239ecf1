import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Assessment } from '@spbe-kit/models';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { workbookLayout } from '../spreadsheet/workbook-layout.js';
import { runInProcess } from './in-process.js';
import { fixture } from './spbe-cli-harness.js';

const cwd = mkdtempSync(path.join(os.tmpdir(), 'spbe-spreadsheet-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));
const recordFile = fixture('assessment-paser-2025.json');
const paser2025 = JSON.parse(readFileSync(recordFile, 'utf8')) as Assessment;
const { columns, headerRow, identity } = workbookLayout;

async function template(name: string, ...args: string[]): Promise<string> {
  const file = path.join(cwd, name);
  const run = await runInProcess(['template', ...args, '-o', file], cwd);
  expect(run.code, run.stderr).toBe(0);
  return file;
}

async function open(file: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return { workbook, sheet: workbook.getWorksheet(workbookLayout.sheet)! };
}

/** Fills a template as a team would: identity, both values, sectors and evidence of every indicator. */
async function fill(templateFile: string, record: Assessment, target: string): Promise<string> {
  const { workbook, sheet } = await open(templateFile);
  const agency = record.agency as { kind: string; name: string; regionCode: string };
  sheet.getCell(identity.agencyName, 2).value = agency.name;
  sheet.getCell(identity.agencyKind, 2).value = agency.kind;
  sheet.getCell(identity.regionCode, 2).value = agency.regionCode;
  sheet.getCell(identity.year, 2).value = record.year;
  for (let row = headerRow + 1; row <= sheet.rowCount; row++) {
    const entry = record.indicators.find((indicator) => indicator.number === sheet.getCell(row, columns.number).value);
    if (!entry) continue;
    if (entry.selfAssessedValue !== undefined) sheet.getCell(row, columns.self).value = entry.selfAssessedValue;
    if (entry.assessorValue !== undefined) sheet.getCell(row, columns.assessor).value = entry.assessorValue;
    if (entry.sector !== undefined) sheet.getCell(row, columns.sector).value = entry.sector;
    sheet.getCell(row, columns.evidenceTitle).value = entry.evidence.map((item) => item.title).join('\n') || null;
    sheet.getCell(row, columns.evidenceLocation).value =
      entry.evidence.map((item) => item.reference ?? '').join('\n') || null;
  }
  const file = path.join(cwd, target);
  await workbook.xlsx.writeFile(file);
  return file;
}

describe('spbe template', () => {
  it('writes one protected, formula-free row per indicator with a list of the valid values', async () => {
    const { workbook, sheet } = await open(await template('spbe.xlsx', '-m', 'spbe-2020'));
    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual(['Petunjuk', 'Penilaian']);
    expect(workbook.getWorksheet('Petunjuk')!.getCell(1, 1).value).toMatch(/^Petunjuk pengisian/);
    expect(sheet.getCell(identity.methodology, 2).value).toBe('spbe-2020');
    const rows = Array.from({ length: 47 }, (_, i) => sheet.getRow(headerRow + 1 + i));
    expect(rows.map((row) => row.getCell(columns.number).value)).toEqual(Array.from({ length: 47 }, (_, i) => i + 1));
    const first = rows[0]!;
    expect(first.getCell(columns.name).value).toMatch(/^Tingkat Kematangan Kebijakan Internal Arsitektur SPBE/);
    expect(first.getCell(columns.part).value).toMatch(/^Domain 1 Kebijakan Internal SPBE \/ Aspek 1/);
    expect(first.getCell(columns.weight).value).toBe(1.3);
    expect(first.getCell(columns.firstLevel).value).toMatch(/^1 Rintisan: /);
    expect(first.getCell(columns.self).dataValidation).toMatchObject({ type: 'list', formulae: ['"1,2,3,4,5"'] });
    expect(first.getCell(columns.assessor).dataValidation).toMatchObject({ type: 'list' });
    expect(first.getCell(columns.name).protection?.locked).not.toBe(false);
    expect(first.getCell(columns.self).protection).toMatchObject({ locked: false });
    expect((sheet as unknown as { sheetProtection: unknown }).sheetProtection).toMatchObject({ sheet: true });
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeFalsy()));
  });

  it('lets pemdi-2026 values be decimals between 1 and 5', async () => {
    const { sheet } = await open(await template('pemdi.xlsx', '-m', 'pemdi-2026'));
    expect(sheet.getCell(headerRow + 1, columns.self).dataValidation).toMatchObject({
      type: 'decimal',
      operator: 'between',
      formulae: [1, 5],
    });
    expect(sheet.getCell(headerRow + 20, columns.number).value).toBe(20);
    expect(sheet.getCell(headerRow + 21, columns.number).value).toBeNull();
  });

  it("pre-fills from last year's record: final values as the self-assessment, evidence carried over", async () => {
    const { sheet } = await open(await template('from.xlsx', '--from', recordFile));
    expect(sheet.getCell(identity.year, 2).value).toBe(2026);
    expect(sheet.getCell(identity.agencyName, 2).value).toBe('Pemerintah Kabupaten Paser');
    const fourth = paser2025.indicators[3]!;
    expect(sheet.getCell(headerRow + 4, columns.self).value).toBe(fourth.assessorValue);
    expect(sheet.getCell(headerRow + 4, columns.assessor).value).toBeNull();
    expect(sheet.getCell(headerRow + 4, columns.evidenceTitle).value).toBe(fourth.evidence[0]!.title);
  });

  it('refuses to mix methodologies and needs -o', async () => {
    const mixed = await runInProcess(['template', '-m', 'pemdi-2026', '--from', recordFile, '-o', 'x.xlsx'], cwd);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain('dinilai dengan spbe-2020, bukan pemdi-2026');
    expect((await runInProcess(['template', '-m', 'pemdi-2026'], cwd)).code).toBe(2);
  });
});

describe('reading the filled workbook', () => {
  it('names every empty identity cell of a workbook nobody filled in', async () => {
    expect((await runInProcess(['template', '-m', 'pemdi-2026', '-o', 'blank.xlsx'], cwd)).code).toBe(0);
    const run = await runInProcess(['index', 'blank.xlsx'], cwd);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'Identitas instansi di lembar Penilaian belum diisi: Penilaian!B2 (nama instansi), Penilaian!B3 (jenis instansi: kabupaten, kota, provinsi, kementerian atau lembaga), Penilaian!B5 (tahun evaluasi)',
    );
    const english = await runInProcess(['index', 'blank.xlsx', '--lang', 'en'], cwd);
    expect(english.stderr).toContain(
      "The agency's identity on sheet Penilaian is not filled in: Penilaian!B2 (agency name)",
    );
  });

  it('template → fill → index gives the JSON record’s result, for both sides', async () => {
    const filled = await fill(await template('round.xlsx', '-m', 'spbe-2020'), paser2025, 'round-filled.xlsx');
    for (const side of ['assessor', 'self']) {
      const fromJson = await runInProcess(['index', recordFile, '--side', side, '--format', 'json'], cwd);
      const fromXlsx = await runInProcess(['index', filled, '--side', side, '--format', 'json'], cwd);
      expect(fromXlsx.code, fromXlsx.stderr).toBe(0);
      expect(JSON.parse(fromXlsx.stdout)).toEqual(JSON.parse(fromJson.stdout));
    }
    const validate = await runInProcess(['validate', 'assessment', filled, '--format', 'json'], cwd);
    expect(JSON.parse(validate.stdout)).toMatchObject({ valid: 1, invalid: 0, warnings: 0 });
    const plan = await runInProcess(['plan', filled, '--target', 'Sangat Baik', '--format', 'json'], cwd);
    expect(plan.code).toBe(0);
  });

  it('round-trips any valid values (property)', async () => {
    const base = await template('property.xlsx', '-m', 'spbe-2020');
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }), { minLength: 47, maxLength: 47 }),
        async (values) => {
          const record = {
            ...paser2025,
            indicators: paser2025.indicators.map((indicator, i) => {
              const { assessorValue: _, ...rest } = indicator;
              return values[i] === undefined ? rest : { ...rest, assessorValue: values[i] };
            }),
          };
          const json = path.join(cwd, 'property.json');
          (await import('node:fs')).writeFileSync(json, JSON.stringify(record));
          const filled = await fill(base, record, 'property-filled.xlsx');
          const fromJson = await runInProcess(['index', json, '--format', 'json'], cwd);
          const fromXlsx = await runInProcess(['index', filled, '--format', 'json'], cwd);
          expect(fromXlsx.code).toBe(fromJson.code);
          expect(fromXlsx.stdout).toBe(fromJson.stdout);
        },
      ),
      { numRuns: 8 },
    );
  });

  it('names the sheet, the cell and the indicator of a bad value', async () => {
    const filled = await fill(await template('bad.xlsx', '-m', 'spbe-2020'), paser2025, 'bad-filled.xlsx');
    const { workbook, sheet } = await open(filled);
    sheet.getCell(headerRow + 6, columns.assessor).value = 'tiga';
    sheet.getCell(headerRow + 9, columns.self).value = 7;
    await workbook.xlsx.writeFile(filled);
    const run = await runInProcess(['index', filled, '--lang', 'en'], cwd);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `bad-filled.xlsx Penilaian!K${headerRow + 6} (indikator 6): indicators[5].assessorValue:`,
    );
    expect(run.stderr).toContain(
      `bad-filled.xlsx Penilaian!J${headerRow + 9} (indikator 9): indicators[8].selfAssessedValue:`,
    );
  });

  it('reads decimal commas typed as text in a pemdi-2026 workbook', async () => {
    const file = await template('pemdi-comma.xlsx', '-m', 'pemdi-2026');
    const { workbook, sheet } = await open(file);
    sheet.getCell(identity.agencyName, 2).value = 'Pemerintah Kota Tarakan';
    sheet.getCell(identity.agencyKind, 2).value = 'kota';
    sheet.getCell(identity.regionCode, 2).value = '65.71';
    sheet.getCell(identity.year, 2).value = 2026;
    for (let i = 1; i <= 20; i++) sheet.getCell(headerRow + i, columns.self).value = i === 20 ? '2,5' : 2;
    await workbook.xlsx.writeFile(file);
    const run = await runInProcess(['index', file, '--format', 'json'], cwd);
    expect(run.code, run.stderr).toBe(0);
    // Indicator 20 weighs 15: (85 × 2 + 15 × 2.5) / 100 = 2.075.
    expect(JSON.parse(run.stdout)).toMatchObject({ side: 'self', indexExact: '2.075' });
  });

  it('says what is wrong with a file that is not a workbook', async () => {
    const run = await runInProcess(['index', '-', '--input-format', 'xlsx', '--lang', 'en'], cwd, 'not a zip');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('The file is not a readable Excel workbook (.xlsx)');
  });
});
