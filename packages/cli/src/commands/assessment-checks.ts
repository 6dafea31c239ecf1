import { assessmentSchemaFor, defaultAssessmentValues, getMethodology } from '@spbe-kit/indicators';
import { parseWith, type Assessment, type Locale } from '@spbe-kit/models';
import type { CommandContext } from '../context.js';
import type { InputRecord } from '../input/input-record.js';

/**
 * The checks `spbe validate assessment` adds to the schema, so that it accepts exactly the records
 * `spbe index` computes: the methodology's own indicator numbering (unknown or repeated indicators,
 * sector indicators) is an error; an indicator valued above level 1 without evidence (*bukti dukung*)
 * and indicators still without a value are warnings (the index is then computed as incomplete).
 */
export function checkAssessmentRecord(
  context: CommandContext,
  record: InputRecord,
  assessment: Assessment,
  locale: Locale,
): void {
  const methodology = assessment.methodology;
  parseWith(assessmentSchemaFor(methodology), assessment, { locale });
  assessment.indicators.forEach((indicator, position) => {
    const value = indicator.assessorValue ?? indicator.selfAssessedValue;
    if (value !== undefined && value > 1 && indicator.evidence.length === 0) {
      context.reportWarning(record, 'cli.evidence_missing', ['indicators', position, 'evidence'], {
        id: `Indikator ${indicator.number} bernilai ${value} tanpa bukti dukung`,
        en: `Indicator ${indicator.number} is valued ${value} without evidence (bukti dukung)`,
      });
    }
  });
  const side = defaultAssessmentValues(assessment);
  const valued = new Set(
    assessment.indicators
      .filter((indicator) => (side === 'self' ? indicator.selfAssessedValue : indicator.assessorValue) !== undefined)
      .map((indicator) => indicator.number),
  );
  const missing = getMethodology(methodology)
    .indicators.map((indicator) => indicator.number)
    .filter((number) => !valued.has(number));
  if (missing.length > 0) {
    const sideName =
      side === 'self'
        ? { id: 'penilaian mandiri', en: 'self-assessment' }
        : { id: 'nilai penilai', en: 'assessor value' };
    context.reportWarning(record, 'cli.assessment_incomplete', ['indicators'], {
      id: `Belum ada ${sideName.id} untuk indikator ${missing.join(', ')}: spbe index menghitungnya sebagai belum lengkap`,
      en: `No ${sideName.en} yet for indicators ${missing.join(', ')}: spbe index computes it as incomplete`,
    });
  }
}
