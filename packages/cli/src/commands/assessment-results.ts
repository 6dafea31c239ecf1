import { computeIndex, type PartialIndexResult } from '@spbe-kit/indicators';
import { forEachRecord } from '../batch.js';
import type { CommandContext } from '../context.js';
import type { InputFormat } from '../input/input-format.js';
import { readRecords } from '../input/read-records.js';
import { assessmentCsv, indexInputOf, type AssessmentLabel, type IndicatorEvidence } from './assessment-input.js';
import type { AssessmentInputOptions } from './common-options.js';

/** One computed assessment of a file, with its label and where it is. */
export interface AssessmentResult {
  readonly label: AssessmentLabel;
  readonly where: string;
  readonly ordinal: number;
  readonly result: PartialIndexResult;
  /** Evidence per indicator, when the record is an assessment record. */
  readonly evidence?: ReadonlyMap<number, readonly IndicatorEvidence[]>;
}

/**
 * Reads a whole file of assessments and computes each (for commands that need every result at once:
 * `summarize`, and the previous year of `compare`). Bad records are reported and left out.
 */
export async function readAssessmentResults(
  context: CommandContext,
  file: string,
  options: AssessmentInputOptions,
): Promise<AssessmentResult[]> {
  const results: AssessmentResult[] = [];
  const stream = readRecords(file, context.io, {
    format: options.inputFormat as InputFormat | undefined,
    csv: assessmentCsv(options.delimiter),
  });
  await forEachRecord(context, stream, context.text({ id: 'penilaian', en: 'assessments' }), (record) => {
    const { label, input, evidence } = indexInputOf(record.value, options);
    results.push({
      label,
      where: `${record.position.file}:${record.position.line}`,
      ordinal: record.ordinal,
      result: computeIndex(input),
      ...(evidence === undefined ? {} : { evidence }),
    });
  });
  return results;
}

/** How `compare` pairs the two years: by agency, or by position for records naming none. */
export function pairingKey(label: AssessmentLabel, ordinal: number): string {
  return label.agency !== undefined ? `agency:${label.agency}` : `position:${ordinal}`;
}
