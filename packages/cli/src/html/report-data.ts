import type {
  Comparison,
  Explanation,
  ImprovementPlan,
  IndexHistory,
  PartialIndexResult,
  Roadmap,
  Summary,
} from '@spbe-kit/indicators';
import type { Locale } from '@spbe-kit/models';
import type { AssessmentLabel, IndicatorEvidence } from '../commands/assessment-input.js';
import type { NumberLocale } from '../report/report-format.js';

/** Everything the report shows about one assessment, computed by `@spbe-kit/indicators`. */
export interface ReportAssessment {
  readonly label: AssessmentLabel;
  readonly result: PartialIndexResult;
  /** `null` for an incomplete result. */
  readonly explanation: Explanation | null;
  /** The plan to the next predikat (only for results computed from indicator levels). */
  readonly plan: ImprovementPlan | null;
  /** The multi-year roadmap to the next predikat, when asked for (`--years`). */
  readonly roadmap?: Roadmap | null;
  /** Year-over-year change, when the previous year was given. */
  readonly comparison: Comparison | null;
  /** The previous year's label, when compared. */
  readonly previousLabel?: AssessmentLabel;
  /** The previous year's result, when compared (drawn as a dashed outline). */
  readonly previousResult?: PartialIndexResult;
  /** Evidence per indicator number, when the input was an assessment record. */
  readonly evidence?: ReadonlyMap<number, readonly IndicatorEvidence[]>;
  /** The agency's index over the years, one series per methodology, when `--history` was given. */
  readonly history?: IndexHistory | null;
}

/** The input of the HTML and PDF reports. */
export interface ReportData {
  /** Title of the page. */
  readonly title: string;
  /** Language of the text. */
  readonly locale: Locale;
  /** How numbers are written (`--locale`): decimal commas for `id`; the language's style by default. */
  readonly numbers?: NumberLocale;
  /** Each assessment, in input order. */
  readonly assessments: readonly ReportAssessment[];
  /** The population summary, when there are several assessments of one methodology. */
  readonly summary: Summary | null;
  /** A date to print (left out unless given, so the same input gives the same file). */
  readonly date?: string;
}
