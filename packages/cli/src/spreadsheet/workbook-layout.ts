/**
 * The layout of the assessment workbook `spbe template` writes and `spbe index|report|validate|plan`
 * read back: one sheet of indicators under a few identity rows, one sheet of instructions.
 */
export const workbookLayout = {
  /** The sheet with the indicators. */
  sheet: 'Penilaian',
  /** The instructions sheet (Indonesian). */
  instructionsSheet: 'Petunjuk',
  /** Identity rows: label in column A, value in column B. */
  identity: {
    methodology: 1,
    agencyName: 2,
    agencyKind: 3,
    regionCode: 4,
    year: 5,
  },
  /** The header row of the indicator table; indicators follow, one per row. */
  headerRow: 7,
  /** Columns of the indicator table (1-based). */
  columns: {
    number: 1,
    name: 2,
    part: 3,
    weight: 4,
    /** Levels 1–5: columns 5–9. */
    firstLevel: 5,
    self: 10,
    assessor: 11,
    sector: 12,
    evidenceTitle: 13,
    evidenceLocation: 14,
    evidenceSha256: 15,
    evidenceDate: 16,
    note: 17,
  },
} as const;

/** Column letters of a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}
