import type { SqlExecutor } from '../db/driver.js';
import { apiErrors } from '../http/api-error.js';
import type { AssessmentStatus, MethodologyId } from './assessment-schemas.js';

/** An assessment row. */
export interface AssessmentRow {
  id: string;
  agency_id: string;
  year: number;
  methodology: MethodologyId;
  status: AssessmentStatus;
  is_sample: boolean;
}

/** An indicator entry row. */
export interface EntryRow {
  indicator_id: string;
  self_value: string | null;
  assessor_value: string | null;
  evidence_links: { title: string; url: string }[];
  note: string;
  recommendation: string;
  /** The sector of a sector indicator (SPBE 2020 45–47), else null. */
  sector: string | null;
}

/** Loads an assessment of an agency, or answers 404 (also when it belongs to another agency). */
export async function loadAssessment(db: SqlExecutor, agencyId: string, id: string): Promise<AssessmentRow> {
  const [row] = await db.query<AssessmentRow>(
    'SELECT id, agency_id, year, methodology, status, is_sample FROM assessments WHERE id = $1 AND agency_id = $2',
    [id, agencyId],
  );
  if (!row) throw apiErrors.notFound({ id: 'Penilaian', en: 'Assessment' });
  return row;
}

/** Every assessment of an agency, newest first. */
export async function listAssessments(db: SqlExecutor, agencyId: string): Promise<AssessmentRow[]> {
  return db.query<AssessmentRow>(
    'SELECT id, agency_id, year, methodology, status, is_sample FROM assessments WHERE agency_id = $1 ORDER BY year DESC, methodology',
    [agencyId],
  );
}

/** The entries of an assessment. */
export async function loadEntries(db: SqlExecutor, assessmentId: string): Promise<EntryRow[]> {
  return db.query<EntryRow>(
    'SELECT indicator_id, self_value, assessor_value, evidence_links, note, recommendation, sector FROM assessment_entries WHERE assessment_id = $1',
    [assessmentId],
  );
}

/** Self and assessor values of many assessments at once (dashboard, province view). */
export async function loadValuesByAssessment(
  db: SqlExecutor,
  assessmentIds: readonly string[],
): Promise<Map<string, EntryRow[]>> {
  const map = new Map<string, EntryRow[]>(assessmentIds.map((id) => [id, []]));
  if (assessmentIds.length === 0) return map;
  const rows = await db.query<EntryRow & { assessment_id: string }>(
    `SELECT assessment_id, indicator_id, self_value, assessor_value, '[]'::jsonb AS evidence_links, '' AS note, '' AS recommendation, NULL AS sector
       FROM assessment_entries WHERE assessment_id = ANY($1::text[])`,
    [assessmentIds],
  );
  for (const row of rows) map.get(row.assessment_id)?.push(row);
  return map;
}

/** Turns entry rows into value maps for the calculator. */
export function valuesOf(entries: readonly EntryRow[], which: 'self' | 'assessor'): Record<number, string> {
  const values: Record<number, string> = {};
  for (const entry of entries) {
    const value = which === 'self' ? entry.self_value : entry.assessor_value;
    if (value !== null) values[Number(entry.indicator_id)] = value;
  }
  return values;
}
