import { assessmentFromWorkbook } from '@spbe-kit/cli';
import { assessmentSchemaFor } from '@spbe-kit/indicators';
import { assessmentSchema, safeParseWith, type Assessment, type LocalizedText } from '@spbe-kit/models';

/** A path into the assessment record: `['indicators', 4, 'selfAssessedValue']`. */
type RecordPath = readonly (string | number)[];

/** One problem of an uploaded assessment, where the user finds it: a workbook cell, else the field of the JSON record. */
export interface UploadProblem {
  readonly code: string;
  /** `Penilaian!K12` for a workbook, else the field path joined with dots (`indicators.4.selfAssessedValue`). */
  readonly where: string;
  /** What is wrong, naming the sheet, row, column and indicator for a workbook, in both languages. */
  readonly message: LocalizedText;
}

/** An uploaded assessment record, and where each of its fields is in the uploaded file. */
export interface UploadedAssessment {
  readonly format: 'xlsx' | 'json';
  readonly assessment: Assessment;
  /** The place of a field, for a problem the portal finds in a valid record (wrong year, an assessor's value). */
  readonly locate: (path: RecordPath, code: string, message: LocalizedText) => UploadProblem;
}

/** A workbook problem told as the user sees the sheet: `Lembar Penilaian, baris 12, kolom K (indikator 5): …`. */
function cellMessage(
  place: { sheet: string; row: number; column: string; indicator?: number },
  message: LocalizedText,
): LocalizedText {
  const id = place.indicator === undefined ? '' : ` (indikator ${place.indicator})`;
  const en = place.indicator === undefined ? '' : ` (indicator ${place.indicator})`;
  return {
    id: `Lembar ${place.sheet}, baris ${place.row}, kolom ${place.column}${id}: ${message.id}`,
    en: `Sheet ${place.sheet}, row ${place.row}, column ${place.column}${en}: ${message.en}`,
  };
}

function fieldProblem(path: RecordPath, code: string, message: LocalizedText): UploadProblem {
  return { code, where: path.length === 0 ? '(record)' : path.join('.'), message };
}

async function fromWorkbook(bytes: Uint8Array): Promise<UploadedAssessment | UploadProblem[]> {
  const reading = await assessmentFromWorkbook(bytes);
  if (!reading.valid)
    return reading.problems.map((problem) => ({
      code: problem.code,
      where: problem.cell,
      message: cellMessage(problem, problem.message),
    }));
  return {
    format: 'xlsx',
    assessment: reading.assessment,
    locate(path, code, message) {
      const place = reading.locate(path);
      return { code, where: place.cell, message: cellMessage(place, message) };
    },
  };
}

function fromJson(bytes: Uint8Array): UploadedAssessment | UploadProblem[] {
  let value: unknown;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    value = JSON.parse(text);
  } catch {
    return [
      fieldProblem([], 'assessment.import_unreadable', {
        id: 'Berkas bukan buku kerja Excel (.xlsx) dan bukan JSON UTF-8 yang sah.',
        en: 'The file is neither an Excel workbook (.xlsx) nor valid UTF-8 JSON.',
      }),
    ];
  }
  const shape = safeParseWith(assessmentSchema, value);
  if (!shape.success) return shape.error.issues.map((issue) => fieldProblem(issue.path, issue.code, issue.message));
  const numbering = safeParseWith(assessmentSchemaFor(shape.data.methodology), shape.data);
  if (!numbering.success)
    return numbering.error.issues.map((issue) => fieldProblem(issue.path, issue.code, issue.message));
  return { format: 'json', assessment: shape.data, locate: fieldProblem };
}

/**
 * Reads an uploaded assessment: the workbook `spbe template` writes (and the portal's own download), recognised
 * by its first bytes (a zip), or the JSON record of `@spbe-kit/models`. Both are checked exactly as
 * `spbe validate assessment` checks them; every problem names its cell (sheet, row, column, indicator) or field.
 */
export async function readUploadedAssessment(bytes: Uint8Array): Promise<UploadedAssessment | UploadProblem[]> {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  return zip ? fromWorkbook(bytes) : fromJson(bytes);
}
