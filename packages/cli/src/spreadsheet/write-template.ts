import { getMethodology, type BuiltInMethodologyId, type MethodologyTable } from '@spbe-kit/indicators';
import type { Assessment } from '@spbe-kit/models';
import type { Worksheet } from 'exceljs';
import { columnLetter, workbookLayout } from './workbook-layout.js';

/** What `spbe template` fills in. */
export interface TemplateOptions {
  readonly methodology: BuiltInMethodologyId;
  /** Last year's assessment: its final values pre-fill the self-assessment of the new workbook, evidence carried over. */
  readonly from?: Assessment;
  /**
   * The assessment itself (not with `from`): its year, and every value in its own column (self-assessed
   * and assessor), so that reading the workbook back gives the same record.
   */
  readonly record?: Assessment;
  /** The evaluation year (default: the record's year, the year after `from`, else empty). */
  readonly year?: number;
}

const { columns, identity, headerRow } = workbookLayout;

const instructions = [
  'Petunjuk pengisian lembar penilaian SPBE / Pemerintah Digital',
  '',
  '1. Isi identitas instansi di lembar "Penilaian" (baris 2–5): nama resmi, jenis (kabupaten, kota, provinsi, …), kode wilayah Kemendagri (mis. 64.01) dan tahun evaluasi.',
  '2. Untuk setiap indikator, isi kolom "Nilai mandiri" (penilaian mandiri) dengan tingkat yang dicapai. Daftar pilihan hanya menerima nilai yang sah.',
  '3. Tim penilai (asesor) mengisi kolom "Nilai penilai". Bila kolom ini terisi, spbe index menghitung indeks dari nilai penilai; gunakan --side self untuk penilaian mandiri.',
  '4. Untuk indikator Layanan Publik Sektor, tulis sektornya (mis. Kesehatan).',
  '5. Bukti dukung: judul dokumen, berkas atau URL, SHA-256 berkas (opsional) dan tanggal dokumen (TTTT-BB-HH). Beberapa bukti: satu per baris di dalam sel (Alt+Enter), urutan sama di setiap kolom bukti.',
  '6. Kolom lain terkunci dan tidak berisi rumus; jangan menambah, menghapus atau memindahkan baris dan kolom.',
  '',
  'Setelah diisi:',
  '  spbe validate assessment penilaian.xlsx   # periksa isian dan bukti dukung',
  '  spbe index penilaian.xlsx                 # indeks dan predikat',
  '  spbe report penilaian.xlsx -o laporan.pdf # laporan untuk ditandatangani',
  '  spbe plan penilaian.xlsx --target "Sangat Baik" --max-raise 1 --years 3',
];

function partName(table: MethodologyTable, aspectId: number): string {
  const aspect = table.aspects.find((entry) => entry.number === aspectId);
  const domain = table.domains?.find((entry) => entry.number === aspect?.domain);
  const aspectText = aspect ? `Aspek ${aspect.number} ${aspect.name.id}` : `Aspek ${aspectId}`;
  return domain ? `Domain ${domain.number} ${domain.name.id} / ${aspectText}` : aspectText;
}

function identityRows(sheet: Worksheet, options: TemplateOptions): void {
  const from = options.record ?? options.from;
  const agency = typeof from?.agency === 'object' ? from.agency : undefined;
  const year = options.year ?? options.record?.year ?? (options.from ? options.from.year + 1 : undefined);
  const rows: [number, string, string | number | undefined, boolean][] = [
    [identity.methodology, 'Metodologi', options.methodology, false],
    [identity.agencyName, 'Nama instansi', agency?.name, true],
    [identity.agencyKind, 'Jenis instansi', agency?.kind, true],
    [identity.regionCode, 'Kode wilayah', agency && 'regionCode' in agency ? agency.regionCode : undefined, true],
    [identity.year, 'Tahun evaluasi', year, true],
  ];
  for (const [row, label, value, editable] of rows) {
    sheet.getCell(row, 1).value = label;
    sheet.getCell(row, 1).font = { bold: true };
    const cell = sheet.getCell(row, 2);
    if (value !== undefined) cell.value = value;
    if (editable) {
      cell.protection = { locked: false };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } };
    }
  }
  sheet.getCell(identity.agencyKind, 3).value = 'kabupaten, kota, provinsi, kementerian, lembaga';
  sheet.getCell(identity.year, 2).dataValidation = {
    type: 'whole',
    operator: 'between',
    formulae: [2018, 2100],
    allowBlank: true,
    showErrorMessage: true,
    errorTitle: 'Tahun tidak sah',
    error: 'Isi tahun evaluasi, mis. 2026',
  };
}

function valueValidation(table: MethodologyTable) {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: 'stop' as const,
    errorTitle: 'Nilai tidak sah',
  };
  return table.valueDomain === 'integer'
    ? { ...common, type: 'list' as const, formulae: ['"1,2,3,4,5"'], error: 'Pilih tingkat 1, 2, 3, 4 atau 5' }
    : {
        ...common,
        type: 'decimal' as const,
        operator: 'between' as const,
        formulae: [1, 5],
        error: 'Isi angka desimal dari 1 sampai 5, mis. 2,5',
      };
}

/**
 * The workbook a team fills for one assessment year: identity rows, one row per indicator (number,
 * name, domain/aspect, weight, the five level descriptions, self and assessor values with a list of the
 * valid values, sector, evidence and note), an Indonesian instructions sheet, every other cell locked,
 * no formula anywhere. exceljs is loaded only when a workbook is written.
 */
export async function writeAssessmentTemplate(options: TemplateOptions): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const table = getMethodology(options.methodology);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'spbe-kit';
  // The instructions come first, as a new user opens the file.
  const help = workbook.addWorksheet(workbookLayout.instructionsSheet);
  const sheet = workbook.addWorksheet(workbookLayout.sheet, { views: [{ state: 'frozen', ySplit: headerRow }] });
  identityRows(sheet, options);
  const scales = new Map(table.scales.map((scale) => [scale.id, scale]));
  const header = sheet.getRow(headerRow);
  const titles: [number, string, number][] = [
    [columns.number, 'No', 5],
    [columns.name, 'Indikator', 48],
    [columns.part, 'Domain / Aspek', 30],
    [columns.weight, 'Bobot (%)', 9],
    ...[1, 2, 3, 4, 5].map((level): [number, string, number] => [
      columns.firstLevel + level - 1,
      `Tingkat ${level}`,
      26,
    ]),
    [columns.self, 'Nilai mandiri', 12],
    [columns.assessor, 'Nilai penilai', 12],
    [columns.sector, 'Sektor', 14],
    [columns.evidenceTitle, 'Bukti dukung: judul', 32],
    [columns.evidenceLocation, 'Bukti dukung: berkas atau URL', 32],
    [columns.evidenceSha256, 'Bukti dukung: SHA-256', 20],
    [columns.evidenceDate, 'Bukti dukung: tanggal', 14],
    [columns.note, 'Catatan', 32],
  ];
  for (const [column, title, width] of titles) {
    header.getCell(column).value = title;
    sheet.getColumn(column).width = width;
  }
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  const previous = new Map(((options.record ?? options.from)?.indicators ?? []).map((entry) => [entry.number, entry]));
  const validation = valueValidation(table);
  table.indicators.forEach((indicator, position) => {
    const row = sheet.getRow(headerRow + 1 + position);
    row.getCell(columns.number).value = indicator.number;
    row.getCell(columns.name).value = indicator.name.id;
    row.getCell(columns.part).value =
      partName(table, indicator.aspect) +
      (indicator.externalIndex ? ` (dinilai dari ${indicator.externalIndex.id})` : '');
    row.getCell(columns.weight).value = indicator.weight;
    row.getCell(columns.weight).numFmt = '0.00';
    const levels = scales.get(indicator.scale)?.levels ?? [];
    for (const level of levels) {
      row.getCell(columns.firstLevel + level.level - 1).value =
        `${level.level} ${level.name.id}${level.description ? `: ${level.description.id}` : ''}`;
    }
    const last = previous.get(indicator.number);
    if (options.record) {
      if (last?.selfAssessedValue !== undefined) row.getCell(columns.self).value = last.selfAssessedValue;
      if (last?.assessorValue !== undefined) row.getCell(columns.assessor).value = last.assessorValue;
    } else {
      const lastValue = last?.assessorValue ?? last?.selfAssessedValue;
      if (lastValue !== undefined) row.getCell(columns.self).value = lastValue;
    }
    if (last?.sector !== undefined) row.getCell(columns.sector).value = last.sector;
    if (last && last.evidence.length > 0) {
      row.getCell(columns.evidenceTitle).value = last.evidence.map((item) => item.title).join('\n');
      row.getCell(columns.evidenceLocation).value = last.evidence
        .map((item) => item.reference ?? item.fileName ?? '')
        .join('\n');
      row.getCell(columns.evidenceSha256).value = last.evidence.map((item) => item.sha256 ?? '').join('\n');
      row.getCell(columns.evidenceDate).value = last.evidence.map((item) => item.date ?? '').join('\n');
    }
    if (last?.note !== undefined) row.getCell(columns.note).value = last.note;
    for (const column of [columns.self, columns.assessor]) {
      row.getCell(column).dataValidation = validation;
      row.getCell(column).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } };
    }
    for (let column = columns.self; column <= columns.note; column++)
      row.getCell(column).protection = { locked: false };
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  sheet.autoFilter = `A${headerRow}:${columnLetter(columns.note)}${headerRow}`;
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    autoFilter: true,
    sort: false,
    insertRows: false,
    deleteRows: false,
  });
  help.getColumn(1).width = 120;
  instructions.forEach((line, index) => {
    const cell = help.getCell(index + 1, 1);
    cell.value = line;
    cell.alignment = { wrapText: true };
    if (index === 0) cell.font = { bold: true, size: 14 };
  });
  await help.protect('', { selectLockedCells: true, selectUnlockedCells: true });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
