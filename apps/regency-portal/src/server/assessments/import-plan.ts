import { computeIndex, getMethodology, IndexInputError } from '@spbe-kit/indicators';
import type { Assessment } from '@spbe-kit/models';
import type { AssessmentRow, EntryRow } from './assessment-store.js';
import type { UploadedAssessment, UploadProblem } from './assessment-upload.js';

/** What an import writes for one indicator: the operator's side only (self value, sector, note, evidence links). */
export interface ImportedEntry {
  readonly indicator: number;
  readonly selfValue: string | null;
  readonly sector: string | null;
  readonly note: string;
  readonly evidenceLinks: { title: string; url: string }[];
}

/** The stored side of the assessment an import is checked against. */
export interface ImportTarget {
  readonly row: AssessmentRow;
  /** The agency's Kemendagri region code. */
  readonly regionCode: string;
  readonly entries: readonly EntryRow[];
  /** Files already uploaded to the portal, by indicator. */
  readonly files: readonly { indicator_id: string; file_name: string; sha256: string }[];
}

const maxLinks = 20;
const maxNote = 4000;
const webAddress = /^https?:\/\/\S+$/i;

type Entry = Assessment['indicators'][number];
type Evidence = Entry['evidence'][number];

/** The identity of the record must be the assessment's own: same methodology, year and agency. */
function identityProblems(upload: UploadedAssessment, target: ImportTarget): UploadProblem[] {
  const { assessment, locate } = upload;
  const problems: UploadProblem[] = [];
  if (assessment.methodology !== target.row.methodology)
    problems.push(
      locate(['methodology'], 'assessment.import_other_methodology', {
        id: `Berkas berisi penilaian ${assessment.methodology}, bukan ${target.row.methodology}: keduanya tidak dapat dicampur.`,
        en: `The file holds a ${assessment.methodology} assessment, not ${target.row.methodology}: the two cannot be mixed.`,
      }),
    );
  if (assessment.year !== target.row.year)
    problems.push(
      locate(['year'], 'assessment.import_other_year', {
        id: `Berkas berisi tahun ${assessment.year}, bukan ${target.row.year}.`,
        en: `The file holds the year ${assessment.year}, not ${target.row.year}.`,
      }),
    );
  const agency = assessment.agency;
  const regionCode = typeof agency === 'object' && 'regionCode' in agency ? agency.regionCode : undefined;
  if (regionCode !== undefined && regionCode !== target.regionCode)
    problems.push(
      locate(['agency', 'regionCode'], 'assessment.import_other_agency', {
        id: `Berkas milik instansi berkode wilayah ${regionCode}, bukan ${target.regionCode}.`,
        en: `The file belongs to the agency with region code ${regionCode}, not ${target.regionCode}.`,
      }),
    );
  return problems;
}

/** The calculator's own check of a value (granularity, range), as the portal's form applies it. */
function valueProblem(upload: UploadedAssessment, position: number, entry: Entry): UploadProblem | null {
  if (entry.selfAssessedValue === undefined) return null;
  try {
    computeIndex({
      methodology: upload.assessment.methodology,
      levels: { [entry.number]: entry.selfAssessedValue },
      partial: true,
    });
    return null;
  } catch (error) {
    if (!IndexInputError.isInstance(error)) throw error;
    return upload.locate(['indicators', position, 'selfAssessedValue'], 'assessment.invalid_value', error.messages);
  }
}

/** An assessor's value is the assessor's: the operator's file may carry the stored one, never another. */
function assessorProblem(
  upload: UploadedAssessment,
  position: number,
  entry: Entry,
  stored: EntryRow | undefined,
): UploadProblem | null {
  const mine = entry.assessorValue;
  const theirs = stored?.assessor_value === null || stored === undefined ? undefined : Number(stored.assessor_value);
  if (mine === theirs) return null;
  return upload.locate(['indicators', position, 'assessorValue'], 'assessment.import_assessor_value', {
    id: `Nilai penilai indikator ${entry.number} diisi asesor di portal (tersimpan: ${theirs ?? 'kosong'}); kosongkan sel ini atau kembalikan ke nilai tersimpan.`,
    en: `The assessor's value of indicator ${entry.number} is entered by the assessor in the portal (stored: ${theirs ?? 'empty'}); clear this cell or restore the stored value.`,
  });
}

/** Evidence: a web address becomes a link; a file must be one already uploaded for this indicator. */
function evidenceOf(
  upload: UploadedAssessment,
  position: number,
  entry: Entry,
  target: ImportTarget,
  problems: UploadProblem[],
): { title: string; url: string }[] {
  const uploaded = target.files.filter((file) => Number(file.indicator_id) === entry.number);
  const links: { title: string; url: string }[] = [];
  entry.evidence.forEach((item: Evidence, index) => {
    const where = ['indicators', position, 'evidence', index, 'reference'];
    if (item.reference !== undefined && webAddress.test(item.reference)) {
      if (item.title.length > 200 || item.reference.length > 2000)
        problems.push(
          upload.locate(where, 'assessment.import_evidence_long', {
            id: 'Judul bukti dukung paling panjang 200 karakter dan URL 2000 karakter.',
            en: 'An evidence title has at most 200 characters and a URL 2000.',
          }),
        );
      else links.push({ title: item.title, url: item.reference });
      return;
    }
    const name = item.fileName ?? item.reference;
    const known = uploaded.some(
      (file) => (item.sha256 !== undefined && file.sha256 === item.sha256) || file.file_name === name,
    );
    if (!known)
      problems.push(
        upload.locate(where, 'assessment.import_evidence_not_uploaded', {
          id: `Berkas bukti dukung "${name ?? item.title}" indikator ${entry.number} belum diunggah ke portal: unggah berkasnya di halaman penilaian atau tulis alamat web (https://…).`,
          en: `The evidence file "${name ?? item.title}" of indicator ${entry.number} is not uploaded to the portal: upload it on the assessment page or give a web address (https://…).`,
        }),
      );
  });
  if (links.length > maxLinks)
    problems.push(
      upload.locate(['indicators', position, 'evidence'], 'assessment.import_evidence_many', {
        id: `Paling banyak ${maxLinks} tautan bukti dukung per indikator.`,
        en: `At most ${maxLinks} evidence links per indicator.`,
      }),
    );
  return links;
}

/**
 * Checks an uploaded record against the stored assessment and works out what the import writes: for every
 * indicator of the methodology that the file or the portal has, the file's self-assessed value, sector, note
 * and evidence links (an indicator left empty in the file is cleared). Assessor values, recommendations and
 * uploaded files are never changed. Either every problem, or the entries to write: nothing is half-applied.
 */
export function planImport(
  upload: UploadedAssessment,
  target: ImportTarget,
): { problems: UploadProblem[] } | { entries: ImportedEntry[] } {
  const problems = identityProblems(upload, target);
  const stored = new Map(target.entries.map((entry) => [Number(entry.indicator_id), entry]));
  const imported = new Map<number, ImportedEntry>();
  upload.assessment.indicators.forEach((entry, position) => {
    const found = [
      valueProblem(upload, position, entry),
      assessorProblem(upload, position, entry, stored.get(entry.number)),
    ];
    for (const problem of found) if (problem) problems.push(problem);
    if ((entry.note ?? '').length > maxNote)
      problems.push(
        upload.locate(['indicators', position, 'note'], 'assessment.import_note_long', {
          id: `Catatan paling panjang ${maxNote} karakter.`,
          en: `A note has at most ${maxNote} characters.`,
        }),
      );
    imported.set(entry.number, {
      indicator: entry.number,
      selfValue: entry.selfAssessedValue === undefined ? null : String(entry.selfAssessedValue),
      sector: entry.sector ?? null,
      note: entry.note ?? '',
      evidenceLinks: evidenceOf(upload, position, entry, target, problems),
    });
  });
  if (problems.length > 0) return { problems };
  const entries: ImportedEntry[] = [];
  for (const indicator of getMethodology(target.row.methodology).indicators) {
    const entry = imported.get(indicator.number);
    if (entry) entries.push(entry);
    else if (stored.has(indicator.number))
      entries.push({ indicator: indicator.number, selfValue: null, sector: null, note: '', evidenceLinks: [] });
  }
  return { entries };
}
