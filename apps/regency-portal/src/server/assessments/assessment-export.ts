import { getMethodology } from '@spbe-kit/indicators';
import { assessmentSchema, parseWith, type Assessment } from '@spbe-kit/models';
import type { SqlExecutor } from '../db/driver.js';
import { modelsAgencyOf } from '../inventories/inventory-store.js';
import { loadEntries, type AssessmentRow } from './assessment-store.js';

/**
 * The assessment as the interchange record of `@spbe-kit/models` (`assessmentSchema`): what the CLI, another
 * portal or an archive reads. Evidence files are referenced by name and SHA-256; validated before it leaves.
 */
export async function exportAssessment(db: SqlExecutor, row: AssessmentRow): Promise<Assessment> {
  const entries = new Map((await loadEntries(db, row.id)).map((entry) => [Number(entry.indicator_id), entry]));
  const files = await db.query<{ indicator_id: string; file_name: string; sha256: string }>(
    'SELECT indicator_id, file_name, sha256 FROM evidence_files WHERE assessment_id = $1 ORDER BY created_at',
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
          evidence: [
            ...entry.evidence_links.map((link) => ({ title: link.title, reference: link.url })),
            ...attached.map((file) => ({ title: file.file_name, reference: `sha256:${file.sha256}` })),
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
