import { compare, computeIndex, explain, getMethodology } from '@spbe-kit/indicators';
import type { SqlExecutor } from '../db/driver.js';
import { computeResult, type ResultDto } from './assessment-results.js';
import type { z } from 'zod';
import type { assessmentDetailSchema, assessmentSummarySchema } from './assessment-schemas.js';
import { loadEntries, valuesOf, type AssessmentRow, type EntryRow } from './assessment-store.js';

const brief = (result: ReturnType<typeof computeResult>) => ({
  complete: result.complete,
  index: result.index,
  indexDisplay: result.indexDisplay,
  predicate: result.predicate,
  filled: result.filled,
  total: result.total,
});

function summaryOf(
  row: AssessmentRow,
  selfResult: ResultDto,
  assessorResult: ResultDto,
): z.input<typeof assessmentSummarySchema> {
  return {
    id: row.id,
    agencyId: row.agency_id,
    year: row.year,
    methodology: row.methodology,
    status: row.status,
    isSample: row.is_sample,
    self: brief(selfResult),
    assessor: brief(assessorResult),
  };
}

/** The summary line of an assessment: self-assessed and assessor index side by side. */
export function summarizeAssessment(
  row: AssessmentRow,
  entries: readonly EntryRow[],
): z.input<typeof assessmentSummarySchema> {
  return summaryOf(
    row,
    computeResult(row.methodology, valuesOf(entries, 'self')),
    computeResult(row.methodology, valuesOf(entries, 'assessor')),
  );
}

/** Everything the assessment page shows: entries, both results, the comparison and what holds the score back. */
export async function assessmentDetail(
  db: SqlExecutor,
  row: AssessmentRow,
): Promise<z.input<typeof assessmentDetailSchema>> {
  const table = getMethodology(row.methodology);
  const entries = await loadEntries(db, row.id);
  const files = await db.query<{
    id: string;
    indicator_id: string;
    file_name: string;
    content_type: string;
    size_bytes: number;
  }>(
    'SELECT id, indicator_id, file_name, content_type, size_bytes FROM evidence_files WHERE assessment_id = $1 ORDER BY created_at',
    [row.id],
  );
  const byIndicator = new Map(entries.map((entry) => [Number(entry.indicator_id), entry]));
  const selfValues = valuesOf(entries, 'self');
  const assessorValues = valuesOf(entries, 'assessor');
  const selfResult = computeResult(row.methodology, selfValues);
  const assessorResult = computeResult(row.methodology, assessorValues);
  const levelScale = table.scales[0];
  // What holds the score back (`explain`): on the assessor's values once given, the self-assessment otherwise;
  // indicators not yet filled count at the lowest level.
  const basisValues = assessorResult.filled > 0 ? assessorValues : selfValues;
  const lowest = Math.min(...(levelScale?.levels.map((level) => level.level) ?? [1]));
  const filledIn = Object.fromEntries(
    table.indicators.map((indicator) => [indicator.number, basisValues[indicator.number] ?? String(lowest)]),
  );
  const holdingBack = explain(computeIndex({ methodology: row.methodology, levels: filledIn }), {
    top: 5,
  }).holdingBack.map((part) => ({
    indicator: part.number,
    name: part.name,
    value: part.value,
    weight: part.weight,
    gap: part.heldBack,
  }));
  // Self-assessment vs assessor: the calculator's exact comparison, once both sides are complete (`compare`
  // takes complete results); before that, each side's values are shown without a difference.
  const deltas =
    selfResult.complete && assessorResult.complete
      ? compare(
          computeIndex({ methodology: row.methodology, levels: selfValues }),
          computeIndex({ methodology: row.methodology, levels: assessorValues }),
        ).indicators
      : [];
  const comparison = new Map(deltas.map((delta) => [delta.number, delta]));
  const valueOf = (raw: string | null | undefined) => (raw === null || raw === undefined ? null : Number(raw));
  return {
    ...summaryOf(row, selfResult, assessorResult),
    methodologyName: table.name,
    valueDomain: table.valueDomain,
    levels: (levelScale?.levels ?? []).map((level) => ({ level: level.level, name: level.name })),
    entries: table.indicators.map((indicator) => {
      const entry = byIndicator.get(indicator.number);
      return {
        indicator: indicator.number,
        name: indicator.name,
        aspect: indicator.aspect,
        weight: indicator.weight,
        externalIndex: indicator.externalIndex ?? null,
        selfValue: entry?.self_value ?? null,
        assessorValue: entry?.assessor_value ?? null,
        evidenceLinks: entry?.evidence_links ?? [],
        evidenceFiles: files
          .filter((file) => Number(file.indicator_id) === indicator.number)
          .map((file) => ({
            id: file.id,
            fileName: file.file_name,
            contentType: file.content_type,
            sizeBytes: file.size_bytes,
          })),
        note: entry?.note ?? '',
        recommendation: entry?.recommendation ?? '',
      };
    }),
    selfResult,
    assessorResult,
    comparison: table.indicators.map((indicator) => {
      const entry = byIndicator.get(indicator.number);
      return {
        indicator: indicator.number,
        selfValue: valueOf(entry?.self_value),
        assessorValue: valueOf(entry?.assessor_value),
        difference: comparison.get(indicator.number)?.delta ?? null,
      };
    }),
    holdingBack,
  };
}
