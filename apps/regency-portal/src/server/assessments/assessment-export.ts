import { getMethodology } from '@spbe-kit/indicators';
import { assessmentSchema, parseWith, type Assessment } from '@spbe-kit/models';
import type { SqlExecutor } from '../db/driver.js';
import { modelsAgencyOf } from '../inventories/inventory-store.js';
import { loadEntries, type AssessmentRow } from './assessment-store.js';

/** The upload date of a file as `YYYY-MM-DD`, when the database gave one. */
function uploadDate(value: unknown): { date?: string } {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? { date: date.toISOString().slice(0, 10) } : {};
}

/**
 * The assessment as the interchange record of `@spbe-kit/models` (`assessmentSchema`): what the CLI, another
 * portal or an archive reads. Evidence files are referenced by name, SHA-256 and upload date; validated before it leaves.
 */
export async function exportAssessment(db: SqlExecutor, row: AssessmentRow): Promise<Assessment> {
  const entries = new Map((await loadEntries(db, row.id)).map((entry) => [Number(entry.indicator_id), entry]));
  const files = await db.query<{ indicator_id: string; file_name: string; sha256: string; created_at: unknown }>(
    'SELECT indicator_id, file_name, sha256, created_at FROM evidence_files WHERE assessment_id = $1 ORDER BY created_at',
    [row.id],
  );
  const final = row.status === 'verified' || row.status === 'locked';
  const record = {
    methodology: row.methodology,
    agency: await modelsAgencyOf(db, row.agency_id),
    year: row.year,
    indicators: getMethodology(row.methodology)
      .indicators.filter((indicator) => entries.has(indicator.number))
      .map((indicator) => {
        const entry = entries.get(indicator.number)!;
        const attached = files.filter((file) => Number(file.indicator_id) === indicator.number);
        return {
          number: indicator.number,
          ...(entry.self_value !== null ? { selfAssessedValue: Number(entry.self_value) } : {}),
          ...(entry.assessor_value !== null ? { assessorValue: Number(entry.assessor_value) } : {}),
          ...(entry.sector ? { sector: entry.sector } : {}),
          evidence: [
            ...entry.evidence_links.map((link) => ({ title: link.title, reference: link.url })),
            ...attached.map((file) => ({
              title: file.file_name,
              fileName: file.file_name,
              sha256: file.sha256,
              ...uploadDate(file.created_at),
            })),
          ],
          verification: {
            uploaded: attached.length > 0 || entry.evidence_links.length > 0,
            interviewed: false,
            approved: final && entry.assessor_value !== null,
          },
          ...(entry.note ? { note: entry.note } : {}),
          ...(entry.recommendation ? { recommendation: entry.recommendation } : {}),
        };
      }),
  };
  return parseWith(assessmentSchema, record);
}
