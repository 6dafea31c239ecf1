import type { CellValue, Worksheet } from 'exceljs';
import { InputError } from '../errors/cli-error.js';
import type { InputItem } from '../input/input-record.js';
import { columnLetter, workbookLayout } from './workbook-layout.js';

const { columns, identity, headerRow } = workbookLayout;

/** The text of a cell whatever exceljs made of it (rich text, hyperlink, formula result, date). */
function cellText(value: CellValue): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : value.hyperlink;
    if ('result' in value) return cellText(value.result);
    if ('error' in value) return String(value.error);
    return undefined;
  }
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

/** A value cell: a number as it is, a decimal written with a comma or a point as a number, anything else as text (rejected by the schema at its cell). */
function cellValue(value: CellValue): number | string | undefined {
  if (typeof value === 'number') return value;
  const text = cellText(value);
  if (text === undefined) return undefined;
  return /^\d+(?:[.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : text;
}

function lines(value: CellValue): string[] {
  const text = cellText(value);
  return text === undefined ? [] : text.split(/\r?\n/).map((line) => line.trim());
}

/** The evidence entries of an indicator row: one per line of the evidence cells, in the same order. */
function evidenceOf(sheet: Worksheet, row: number): Record<string, string>[] {
  const titles = lines(sheet.getCell(row, columns.evidenceTitle).value);
  const locations = lines(sheet.getCell(row, columns.evidenceLocation).value);
  const hashes = lines(sheet.getCell(row, columns.evidenceSha256).value);
  const dates = lines(sheet.getCell(row, columns.evidenceDate).value);
  const count = Math.max(titles.length, locations.length);
  const evidence: Record<string, string>[] = [];
  for (let i = 0; i < count; i++) {
    const title = titles[i] || locations[i];
    if (!title) continue;
    evidence.push({
      title,
      ...(locations[i] ? { reference: locations[i]! } : {}),
      ...(hashes[i] ? { sha256: hashes[i]!.toLowerCase() } : {}),
      ...(dates[i] ? { date: dates[i]! } : {}),
    });
  }
  return evidence;
}

/** A cell of the workbook, with the indicator of its row when it has one. */
export interface WorkbookCell {
  /** The sheet's name. */
  readonly sheet: string;
  /** Row, 1-based. */
  readonly row: number;
  /** Column, 1-based. */
  readonly column: number;
  /** The indicator number of the row, for a cell of the indicator table. */
  readonly indicator?: number;
}

/** A cell of the assessment sheet. */
function cellAt(column: number, row: number, indicator?: number): WorkbookCell {
  return { sheet: workbookLayout.sheet, row, column, ...(indicator === undefined ? {} : { indicator }) };
}

/** Where a field of the record is in the workbook: `Penilaian!K12 (indikator 6)`. */
function cellLabel(cell: WorkbookCell): string {
  return `${cell.sheet}!${columnLetter(cell.column)}${cell.row}${cell.indicator === undefined ? '' : ` (indikator ${cell.indicator})`}`;
}

function cellName(column: number, row: number, indicator?: number): string {
  return cellLabel(cellAt(column, row, indicator));
}

/** The identity cells a filled workbook must have (the region code is checked by the schema, per kind). */
function missingIdentity(
  agency: { kind?: string; name?: string },
  year: unknown,
): { cell: string; label: { id: string; en: string } }[] {
  const missing: { cell: string; label: { id: string; en: string } }[] = [];
  if (agency.name === undefined)
    missing.push({ cell: cellName(2, identity.agencyName), label: { id: 'nama instansi', en: 'agency name' } });
  if (agency.kind === undefined)
    missing.push({
      cell: cellName(2, identity.agencyKind),
      label: {
        id: 'jenis instansi: kabupaten, kota, provinsi, kementerian atau lembaga',
        en: 'agency kind: kabupaten, kota, provinsi, kementerian or lembaga',
      },
    });
  if (year === undefined)
    missing.push({ cell: cellName(2, identity.year), label: { id: 'tahun evaluasi', en: 'evaluation year' } });
  return missing;
}

/** What a workbook holds: the record with the cell of each field, or the problem that stops reading it. */
export type ParsedWorkbook =
  | {
      readonly kind: 'record';
      /** The record as read, not yet checked against the schema. */
      readonly value: Record<string, unknown>;
      /** The cell of each field, keyed by the field's path joined with dots (`indicators.3.assessorValue`). */
      readonly cells: ReadonlyMap<string, WorkbookCell>;
    }
  | { readonly kind: 'problem'; readonly cell: WorkbookCell; readonly error: InputError };

/** The identity rows of a filled workbook, or which of them are missing. */
function identityOf(sheet: Worksheet): ParsedWorkbook {
  const identityText = (row: number) => cellText(sheet.getCell(row, 2).value);
  const year = cellValue(sheet.getCell(identity.year, 2).value);
  const agency = {
    kind: identityText(identity.agencyKind),
    name: identityText(identity.agencyName),
    regionCode: identityText(identity.regionCode),
  };
  const missing = missingIdentity(agency, year);
  if (missing.length > 0) {
    return {
      kind: 'problem',
      cell: cellAt(2, identity.agencyName),
      error: new InputError('cli.xlsx_identity_missing', {
        id: `Identitas instansi di lembar ${workbookLayout.sheet} belum diisi: ${missing.map((item) => `${item.cell} (${item.label.id})`).join(', ')}`,
        en: `The agency's identity on sheet ${workbookLayout.sheet} is not filled in: ${missing.map((item) => `${item.cell} (${item.label.en})`).join(', ')}`,
      }),
    };
  }
  const cells = new Map<string, WorkbookCell>([
    ['methodology', cellAt(2, identity.methodology)],
    ['agency', cellAt(2, identity.agencyName)],
    ['agency.name', cellAt(2, identity.agencyName)],
    ['agency.kind', cellAt(2, identity.agencyKind)],
    ['agency.regionCode', cellAt(2, identity.regionCode)],
    ['year', cellAt(2, identity.year)],
  ]);
  const value = {
    methodology: identityText(identity.methodology),
    agency: Object.fromEntries(Object.entries(agency).filter(([, text]) => text !== undefined)),
    year,
  };
  return { kind: 'record', value, cells };
}

/** The indicator rows: one entry per row where anything is filled in, each field with its cell. */
function indicatorRows(sheet: Worksheet, cells: Map<string, WorkbookCell>): Record<string, unknown>[] {
  const indicators: Record<string, unknown>[] = [];
  for (let row = headerRow + 1; row <= sheet.rowCount; row++) {
    const number = cellValue(sheet.getCell(row, columns.number).value);
    if (number === undefined) continue;
    const self = cellValue(sheet.getCell(row, columns.self).value);
    const assessor = cellValue(sheet.getCell(row, columns.assessor).value);
    const sector = cellText(sheet.getCell(row, columns.sector).value);
    const note = cellText(sheet.getCell(row, columns.note).value);
    const evidence = evidenceOf(sheet, row);
    if (
      self === undefined &&
      assessor === undefined &&
      sector === undefined &&
      note === undefined &&
      evidence.length === 0
    )
      continue;
    const position = indicators.length;
    const indicator = typeof number === 'number' ? number : undefined;
    indicators.push({
      number,
      ...(self === undefined ? {} : { selfAssessedValue: self }),
      ...(assessor === undefined ? {} : { assessorValue: assessor }),
      ...(sector === undefined ? {} : { sector }),
      evidence,
      verification: { uploaded: evidence.length > 0, interviewed: false, approved: assessor !== undefined },
      ...(note === undefined ? {} : { note }),
    });
    const at = (column: number) => cellAt(column, row, indicator);
    cells.set(`indicators.${position}`, at(columns.number));
    cells.set(`indicators.${position}.number`, at(columns.number));
    cells.set(`indicators.${position}.selfAssessedValue`, at(columns.self));
    cells.set(`indicators.${position}.assessorValue`, at(columns.assessor));
    cells.set(`indicators.${position}.sector`, at(columns.sector));
    cells.set(`indicators.${position}.evidence`, at(columns.evidenceTitle));
    cells.set(`indicators.${position}.note`, at(columns.note));
    evidence.forEach((_, index) => {
      cells.set(`indicators.${position}.evidence.${index}.reference`, at(columns.evidenceLocation));
      cells.set(`indicators.${position}.evidence.${index}.sha256`, at(columns.evidenceSha256));
      cells.set(`indicators.${position}.evidence.${index}.date`, at(columns.evidenceDate));
    });
  }
  return indicators;
}

/**
 * Reads the workbook `spbe template` writes, once filled, as one assessment record of
 * `@spbe-kit/models`. An indicator row counts once anything is filled in it; `verification` is derived
 * (`uploaded`: evidence listed; `approved`: an assessor value given). Every field remembers its cell,
 * so a problem names the sheet, the cell and the indicator. exceljs is loaded only when a workbook is read.
 */
export async function parseAssessmentWorkbook(bytes: Uint8Array): Promise<ParsedWorkbook> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    return {
      kind: 'problem',
      cell: cellAt(1, 1),
      error: new InputError(
        'cli.xlsx_unreadable',
        {
          id: 'Berkas bukan buku kerja Excel (.xlsx) yang dapat dibaca',
          en: 'The file is not a readable Excel workbook (.xlsx)',
        },
        { cause: error },
      ),
    };
  }
  const sheet = workbook.getWorksheet(workbookLayout.sheet);
  if (!sheet) {
    return {
      kind: 'problem',
      cell: cellAt(1, 1),
      error: new InputError('cli.xlsx_no_sheet', {
        id: `Buku kerja tidak memiliki lembar "${workbookLayout.sheet}" (buat dengan spbe template)`,
        en: `The workbook has no sheet "${workbookLayout.sheet}" (create it with spbe template)`,
      }),
    };
  }
  const parsed = identityOf(sheet);
  if (parsed.kind === 'problem') return parsed;
  const cells = new Map(parsed.cells);
  const value = { ...parsed.value, indicators: indicatorRows(sheet, cells) };
  return { kind: 'record', value, cells };
}

/** {@link parseAssessmentWorkbook} as the one item of an input, for the commands that read records. */
export async function* readAssessmentWorkbook(file: string, bytes: Uint8Array): AsyncGenerator<InputItem> {
  const parsed = await parseAssessmentWorkbook(bytes);
  if (parsed.kind === 'problem') {
    // A workbook that cannot be read at all is reported at the file, as any unreadable input.
    const whole = parsed.error.code === 'cli.xlsx_unreadable' || parsed.error.code === 'cli.xlsx_no_sheet';
    yield {
      kind: 'problem',
      position: { file, line: 1, ...(whole ? {} : { cell: cellLabel(parsed.cell) }) },
      error: parsed.error,
    };
    return;
  }
  const fieldCells = new Map([...parsed.cells].map(([path, cell]) => [path, cellLabel(cell)]));
  yield {
    kind: 'record',
    record: { ordinal: 0, position: { file, line: 1, cell: cellName(1, 1) }, value: parsed.value, fieldCells },
  };
}
