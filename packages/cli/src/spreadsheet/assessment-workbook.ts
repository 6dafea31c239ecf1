import { assessmentSchemaFor } from '@spbe-kit/indicators';
import { assessmentSchema, safeParseWith, type Assessment, type LocalizedText, type SpbeIssue } from '@spbe-kit/models';
import { parseAssessmentWorkbook, type WorkbookCell } from './read-workbook.js';
import { columnLetter, workbookLayout } from './workbook-layout.js';
import { writeAssessmentTemplate } from './write-template.js';

/**
 * A cell of the assessment workbook, as a spreadsheet names it.
 *
 * @example
 * ```ts
 * import type { WorkbookPlace } from '@spbe-kit/cli';
 * const place: WorkbookPlace = { sheet: 'Penilaian', row: 12, column: 'K', cell: 'Penilaian!K12', indicator: 5 };
 * ```
 */
export interface WorkbookPlace {
  /** The sheet, `Penilaian` for every field of the record. */
  readonly sheet: string;
  /** Row, 1-based. */
  readonly row: number;
  /** Column letter, as a spreadsheet names it. */
  readonly column: string;
  /** The cell with its sheet: `Penilaian!K12`. */
  readonly cell: string;
  /** The indicator of the row, for a cell of the indicator table. */
  readonly indicator?: number;
}

/**
 * One problem of a filled assessment workbook, at its cell.
 *
 * @example
 * ```ts
 * import type { WorkbookProblem } from '@spbe-kit/cli';
 * const problem: WorkbookProblem = {
 *   code: 'assessment.invalid_value', sheet: 'Penilaian', row: 12, column: 'K', cell: 'Penilaian!K12', indicator: 5,
 *   message: { id: 'Nilai harus 1–5', en: 'The value must be 1–5' },
 * };
 * ```
 */
export interface WorkbookProblem extends WorkbookPlace {
  /** Stable code of the problem (`cli.xlsx_unreadable`, `cli.xlsx_identity_missing`, or a schema issue's code). */
  readonly code: string;
  /** The field of the record (`indicators.4.assessorValue`), when the problem is about one. */
  readonly path?: string;
  /** What is wrong, in Bahasa Indonesia and English. */
  readonly message: LocalizedText;
}

/**
 * What {@link assessmentFromWorkbook} read: the assessment record (and where each of its fields is, for a
 * problem the application finds later, such as a year that is not the one expected), or every problem at its cell.
 *
 * @example
 * ```ts
 * import type { WorkbookReading } from '@spbe-kit/cli';
 * const describe = (reading: WorkbookReading) =>
 *   reading.valid ? reading.locate(['year']).cell : reading.problems.map((problem) => problem.cell).join(', ');
 * ```
 */
export type WorkbookReading =
  | {
      readonly valid: true;
      readonly assessment: Assessment;
      /** The cell of a field of the record (`['indicators', 4, 'selfAssessedValue']`). */
      readonly locate: (path: readonly (string | number)[]) => WorkbookPlace;
    }
  | { readonly valid: false; readonly problems: readonly WorkbookProblem[] };

function placeOf(cell: WorkbookCell): WorkbookPlace {
  const column = columnLetter(cell.column);
  return {
    sheet: cell.sheet,
    row: cell.row,
    column,
    cell: `${cell.sheet}!${column}${cell.row}`,
    ...(cell.indicator === undefined ? {} : { indicator: cell.indicator }),
  };
}

function problemAt(cell: WorkbookCell, code: string, message: LocalizedText, path?: string): WorkbookProblem {
  return { ...placeOf(cell), code, ...(path === undefined ? {} : { path }), message };
}

/** The cell of a field: the longest prefix of its path that has a cell, else the methodology cell. */
function cellOf(cells: ReadonlyMap<string, WorkbookCell>, path: readonly (string | number)[]): WorkbookCell {
  for (let length = path.length; length > 0; length--) {
    const cell = cells.get(path.slice(0, length).join('.'));
    if (cell !== undefined) return cell;
  }
  return cells.get('methodology') ?? { sheet: workbookLayout.sheet, row: 1, column: 1 };
}

function problemsOf(cells: ReadonlyMap<string, WorkbookCell>, issues: readonly SpbeIssue[]): WorkbookProblem[] {
  return issues.map((issue) =>
    problemAt(
      cellOf(cells, issue.path),
      issue.code,
      issue.message,
      issue.path.length === 0 ? undefined : issue.path.join('.'),
    ),
  );
}

/**
 * Reads a filled assessment workbook (the one `spbe template` writes, or {@link assessmentToWorkbook})
 * as the assessment record of `@spbe-kit/models`, checked exactly as `spbe validate assessment` checks
 * it: the schema, then the methodology's own indicator numbering. Never throws for a bad workbook:
 * every problem comes back with its sheet, row, column and indicator, in Indonesian and English.
 *
 * @example
 * ```ts
 * import { assessmentFromWorkbook } from '@spbe-kit/cli';
 * declare const bytes: Uint8Array; // an uploaded .xlsx
 * const reading = await assessmentFromWorkbook(bytes);
 * if (!reading.valid) for (const problem of reading.problems) console.log(problem.cell, problem.message.en);
 * ```
 */
export async function assessmentFromWorkbook(bytes: Uint8Array): Promise<WorkbookReading> {
  const parsed = await parseAssessmentWorkbook(bytes);
  if (parsed.kind === 'problem')
    return { valid: false, problems: [problemAt(parsed.cell, parsed.error.code, parsed.error.messages)] };
  const shape = safeParseWith(assessmentSchema, parsed.value);
  if (!shape.success) return { valid: false, problems: problemsOf(parsed.cells, shape.error.issues) };
  const numbering = safeParseWith(assessmentSchemaFor(shape.data.methodology), shape.data);
  if (!numbering.success) return { valid: false, problems: problemsOf(parsed.cells, numbering.error.issues) };
  return { valid: true, assessment: shape.data, locate: (path) => placeOf(cellOf(parsed.cells, path)) };
}

/**
 * The workbook of an assessment record: the layout `spbe template` writes (identity rows, one row per
 * indicator with its level descriptions and a list of valid values, Indonesian instructions, locked
 * cells, no formula), with the record's own year and each value in its own column (self-assessed and
 * assessor), its evidence and notes. {@link assessmentFromWorkbook} reads it back as the same values.
 *
 * @example
 * ```ts
 * import { assessmentToWorkbook } from '@spbe-kit/cli';
 * import { assessmentSchema, parseWith } from '@spbe-kit/models';
 * const record = parseWith(assessmentSchema, {
 *   methodology: 'pemdi-2026',
 *   agency: { kind: 'kabupaten', name: 'Pemerintah Kabupaten Paser', regionCode: '64.01' },
 *   year: 2026,
 *   indicators: [],
 * });
 * const bytes = await assessmentToWorkbook(record);
 * ```
 */
export async function assessmentToWorkbook(record: Assessment): Promise<Uint8Array> {
  return new Uint8Array(await writeAssessmentTemplate({ methodology: record.methodology, record }));
}
