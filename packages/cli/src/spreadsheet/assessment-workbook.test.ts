import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Assessment } from '@spbe-kit/models';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessmentFromWorkbook, assessmentToWorkbook } from './assessment-workbook.js';
import { workbookLayout } from './workbook-layout.js';

const fixture = (name: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../__fixtures__/${name}`, import.meta.url)), 'utf8')) as Assessment;
const { columns, headerRow, identity } = workbookLayout;

/** What a record keeps through a workbook: values, sector, note and each evidence's title, location, hash and date. */
function kept(record: Assessment) {
  return {
    methodology: record.methodology,
    agency: record.agency,
    year: record.year,
    indicators: record.indicators.map((entry) => ({
      number: entry.number,
      self: entry.selfAssessedValue,
      assessor: entry.assessorValue,
      sector: entry.sector,
      note: entry.note,
      evidence: entry.evidence.map((item) => [item.title, item.reference ?? item.fileName, item.sha256, item.date]),
    })),
  };
}

async function edit(bytes: Uint8Array, change: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  change(workbook.getWorksheet(workbookLayout.sheet)!);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('assessmentToWorkbook and assessmentFromWorkbook', () => {
  it.each(['assessment-paser-2025.json', 'assessment-paser-2026-pemdi.json'])(
    'give back the record of %s: same year, both values in their own columns, evidence and notes',
    async (name) => {
      const record = fixture(name);
      const reading = await assessmentFromWorkbook(await assessmentToWorkbook(record));
      expect(reading.valid).toBe(true);
      if (!reading.valid) return;
      expect(kept(reading.assessment)).toEqual(kept(record));
      expect(reading.locate(['year']).cell).toBe(`Penilaian!B${identity.year}`);
      const first = reading.assessment.indicators[0]!;
      expect(reading.locate(['indicators', 0, 'assessorValue'])).toMatchObject({
        column: 'K',
        row: headerRow + first.number,
        indicator: first.number,
      });
    },
  );

  it('keep any valid values of either side (property)', async () => {
    const base = fixture('assessment-paser-2025.json');
    const level = fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(level, level), { minLength: base.indicators.length, maxLength: base.indicators.length }),
        async (values) => {
          const record: Assessment = {
            ...base,
            indicators: base.indicators.map((entry, i) => {
              const [self, assessor] = values[i]!;
              const { selfAssessedValue: _self, assessorValue: _assessor, ...rest } = entry;
              return {
                ...rest,
                ...(self === undefined ? {} : { selfAssessedValue: self }),
                ...(assessor === undefined ? {} : { assessorValue: assessor }),
              };
            }),
          };
          const reading = await assessmentFromWorkbook(await assessmentToWorkbook(record));
          expect(reading.valid).toBe(true);
          if (!reading.valid) return;
          const byNumber = new Map(reading.assessment.indicators.map((entry) => [entry.number, entry]));
          for (const entry of record.indicators) {
            expect(byNumber.get(entry.number)?.selfAssessedValue).toBe(entry.selfAssessedValue);
            expect(byNumber.get(entry.number)?.assessorValue).toBe(entry.assessorValue);
          }
        },
      ),
      { numRuns: 15 },
    );
  }, 120_000);

  it('name the sheet, row, column and indicator of a bad value, in both languages', async () => {
    const record = fixture('assessment-paser-2025.json');
    const bytes = await edit(await assessmentToWorkbook(record), (sheet) => {
      sheet.getCell(headerRow + 5, columns.assessor).value = 7;
      sheet.getCell(headerRow + 2, columns.self).value = 'tiga';
    });
    const reading = await assessmentFromWorkbook(bytes);
    expect(reading.valid).toBe(false);
    if (reading.valid) return;
    const cells = reading.problems.map((problem) => problem.cell).sort();
    expect(cells).toEqual([`Penilaian!J${headerRow + 2}`, `Penilaian!K${headerRow + 5}`]);
    const seven = reading.problems.find((problem) => problem.column === 'K')!;
    expect(seven).toMatchObject({ sheet: 'Penilaian', row: headerRow + 5, indicator: 5 });
    expect(seven.message.id).not.toBe(seven.message.en);
  });

  it('name the identity cells left empty, an indicator number the methodology lacks, and an unreadable file', async () => {
    const record = fixture('assessment-paser-2025.json');
    const noYear = await edit(await assessmentToWorkbook(record), (sheet) => {
      sheet.getCell(identity.year, 2).value = null;
    });
    const missing = await assessmentFromWorkbook(noYear);
    expect(missing.valid).toBe(false);
    if (!missing.valid) {
      expect(missing.problems[0]!.code).toBe('cli.xlsx_identity_missing');
      expect(missing.problems[0]!.message.en).toContain(`Penilaian!B${identity.year}`);
    }
    const unknown = await edit(await assessmentToWorkbook(record), (sheet) => {
      sheet.getCell(headerRow + 3, columns.number).value = 99;
    });
    const numbering = await assessmentFromWorkbook(unknown);
    expect(numbering.valid).toBe(false);
    if (!numbering.valid) expect(numbering.problems.map((problem) => problem.row)).toContain(headerRow + 3);
    const garbage = await assessmentFromWorkbook(new TextEncoder().encode('not a workbook'));
    expect(garbage).toMatchObject({ valid: false, problems: [{ code: 'cli.xlsx_unreadable', cell: 'Penilaian!A1' }] });
  });
});
