import type { SpbeError } from '@spbe-kit/models';

/** Where a record (or a problem) is in its input: the file as named on the command line, line and column (1-based). */
export interface SourcePosition {
  /** The file as the user named it, or `<stdin>`. */
  readonly file: string;
  /** Line, 1-based. */
  readonly line: number;
  /** Column, 1-based: the character column in JSON, the field number in CSV (as a spreadsheet counts). */
  readonly column?: number;
  /** Spreadsheets: the cell, e.g. `Penilaian!K12 (indikator 6)`, shown instead of line and column. */
  readonly cell?: string;
}

/** One record read from an input, with where it starts. */
export interface InputRecord {
  /** 0-based ordinal of the record in its input. */
  readonly ordinal: number;
  /** Where the record starts. */
  readonly position: SourcePosition;
  /** The parsed value: JSON as written, or an object built from a CSV row. */
  readonly value: unknown;
  /**
   * CSV only: the column number of each field, keyed by the field's path joined with dots
   * (`'levels.7'`), so a problem with a field is reported at its own cell.
   */
  readonly fieldColumns?: ReadonlyMap<string, number>;
  /** Spreadsheets only: the cell of each field, keyed like {@link InputRecord.fieldColumns}. */
  readonly fieldCells?: ReadonlyMap<string, string>;
}

/** Either a record or a problem found while reading (broken JSON, a bad CSV row). */
export type InputItem =
  | { readonly kind: 'record'; readonly record: InputRecord }
  | { readonly kind: 'problem'; readonly position: SourcePosition; readonly error: SpbeError };

/** The position of a field of a record: its CSV cell when known, else where the record starts. */
export function fieldPosition(record: InputRecord, path: ReadonlyArray<string | number>): SourcePosition {
  if (record.fieldCells) {
    for (let length = path.length; length > 0; length--) {
      const cell = record.fieldCells.get(path.slice(0, length).join('.'));
      if (cell !== undefined) return { file: record.position.file, line: record.position.line, cell };
    }
  }
  if (record.fieldColumns) {
    for (let length = path.length; length > 0; length--) {
      const column = record.fieldColumns.get(path.slice(0, length).join('.'));
      if (column !== undefined) return { file: record.position.file, line: record.position.line, column };
    }
  }
  return record.position;
}
