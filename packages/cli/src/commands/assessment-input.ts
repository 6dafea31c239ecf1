import { parseWith } from '@spbe-kit/models';
import {
  assessmentSchemaFor,
  builtInMethodologies,
  defaultAssessmentValues,
  indexInputFromAssessment,
  type AssessmentValues,
  type AssessmentValuesOf,
  type IndexInput,
} from '@spbe-kit/indicators';
import type { CsvMapping } from '../input/read-csv.js';

/** What identifies an assessment in a batch, carried from the input record to the output. */
export interface AssessmentLabel {
  /** The agency (instansi) the record names, when it does. */
  readonly agency?: string;
  /** The evaluation year the record names, when it does. */
  readonly year?: number | string;
  /** Which values of an assessment record were computed: the assessor's or the self-assessment. */
  readonly side?: AssessmentValues;
}

/** One piece of evidence (*bukti dukung*) of an indicator, as an assessment record gives it. */
export interface IndicatorEvidence {
  readonly title: string;
  readonly reference?: string;
  readonly fileName?: string;
  readonly sha256?: string;
  readonly date?: string;
}

/** An index input read from one record, with its label. */
export interface LabelledInput {
  readonly label: AssessmentLabel;
  readonly input: IndexInput;
  /**
   * The evidence per indicator number, for an assessment record (an indicator without any has an
   * empty list); absent for a compact index input, which carries none.
   */
  readonly evidence?: ReadonlyMap<number, readonly IndicatorEvidence[]>;
}

const indicatorHeader = /^(?:i|ind|indicator|indikator)?[ _-]?(\d+)$/i;
const aspectHeader = /^(?:aspect|aspek)[ _-]?(\d+)$/i;
const domainHeader = /^domain[ _-]?(\d+)$/i;

/**
 * CSV columns of an assessment: `methodology`, `agency`, `year`, then one column per indicator
 * (`1`…`47`, or `i1`, `indicator1`, `indikator_1`), or `aspect1`… / `domain1`… for published
 * scores. Dotted headers (`levels.7`) work too. Cells stay text: the calculator reads decimals
 * with a point or a comma.
 */
export const assessmentCsv = (delimiter: string | undefined): CsvMapping => ({
  delimiter,
  headerPath(header) {
    const name = header.trim();
    if (name === '') return undefined;
    let match = indicatorHeader.exec(name);
    if (match) return ['levels', match[1]!];
    match = aspectHeader.exec(name);
    if (match) return ['aspectScores', match[1]!];
    match = domainHeader.exec(name);
    if (match) return ['domainScores', match[1]!];
    return name.split('.');
  },
  cellValue(path, text) {
    if (text === '') return undefined;
    if (path.length === 1 && path[0] === 'year' && /^\d{4}$/.test(text)) return Number(text);
    if (path.length === 1 && path[0] === 'partial') return /^(true|1|ya|yes)$/i.test(text);
    return text;
  },
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The evidence of each indicator of a record already checked against the assessment schema. */
function evidenceOf(indicators: readonly unknown[]): Map<number, readonly IndicatorEvidence[]> {
  const evidence = new Map<number, readonly IndicatorEvidence[]>();
  for (const indicator of indicators) {
    if (!isRecord(indicator) || typeof indicator.number !== 'number') continue;
    const list = Array.isArray(indicator.evidence) ? (indicator.evidence as IndicatorEvidence[]) : [];
    evidence.set(indicator.number, [...(evidence.get(indicator.number) ?? []), ...list]);
  }
  return evidence;
}

/** Defaults for records that do not say: `--methodology`, `--partial`, `--side`. */
export interface IndexInputDefaults {
  readonly methodology?: string;
  readonly partial?: boolean;
  readonly side?: string;
}

/**
 * The index input in a record. An assessment record of `@spbe-kit/models` (with an `indicators` list)
 * goes through `indexInputFromAssessment`: the assessor's values when it has any, or the side asked
 * for with `--side`; it may be unfinished, so it is computed as partial (the result says what is
 * missing), exactly as `spbe validate assessment` accepts it. A compact index input (`levels`,
 * `aspectScores` or `domainScores`) is passed as written so the calculator reports every problem.
 * Anything that is not an object is passed as is, to be rejected by the calculator.
 */
export function indexInputOf(value: unknown, defaults: IndexInputDefaults): LabelledInput {
  if (!isRecord(value)) return { label: {}, input: value as IndexInput };
  const label: { agency?: string; year?: number | string; side?: AssessmentValues } = {};
  if (typeof value.agency === 'string') label.agency = value.agency;
  // An agency object (as in the models assessment schema) is labelled by its name.
  else if (isRecord(value.agency) && typeof value.agency.name === 'string') label.agency = value.agency.name;
  if (typeof value.year === 'number' || typeof value.year === 'string') label.year = value.year;
  if (Array.isArray(value.indicators)) {
    const record = { ...value, methodology: value.methodology ?? defaults.methodology } as AssessmentValuesOf;
    if (typeof record.methodology === 'string' && Object.hasOwn(builtInMethodologies, record.methodology)) {
      // The exchanged record is checked whole, exactly as `spbe validate assessment` checks it.
      parseWith(assessmentSchemaFor(record.methodology), record);
    }
    const side = (defaults.side as AssessmentValues | undefined) ?? defaultAssessmentValues(record);
    label.side = side;
    return {
      label,
      input: indexInputFromAssessment(record, { values: side, partial: true }),
      evidence: evidenceOf(record.indicators),
    };
  }
  const input: Record<string, unknown> = { methodology: value.methodology ?? defaults.methodology };
  for (const key of ['levels', 'aspectScores', 'domainScores'] as const) {
    if (value[key] !== undefined) input[key] = value[key];
  }
  const partial = value.partial ?? defaults.partial;
  if (partial !== undefined) input.partial = partial;
  return { label, input: input as unknown as IndexInput };
}
