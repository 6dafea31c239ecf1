// Methodologies (data) and their validation
export type {
  AspectDefinition,
  BuiltInMethodologyId,
  DomainDefinition,
  IndicatorDefinition,
  LevelDefinition,
  LevelScale,
  MethodologyRef,
  MethodologyTable,
  OfficialPredicate,
  PredicateBand,
  RegulationReference,
} from './methodology/methodology-table.js';
export { spbe2020 } from './methodologies/spbe-2020.js';
export { pemdi2026 } from './methodologies/pemdi-2026.js';
export { OFFICIAL_PREDICATE_LABELS } from './methodologies/predicate-labels.js';
export { builtInMethodologies, getMethodology } from './methodologies/built-in-methodologies.js';
export { validateMethodology } from './methodology/validate-methodology.js';
export { methodologyShape } from './methodology/methodology-shape.js';
export { assessmentSchemaFor } from './methodology/assessment-schema-for.js';

// Computing
export type {
  AspectResult,
  DomainResult,
  IncompleteIndexResult,
  IndexInput,
  IndexRange,
  IndexResult,
  IndexSource,
  IndexSummary,
  IndexValue,
  IndexValues,
  IndicatorResult,
  UnknownWhenIncomplete,
  IndexedPart,
  MaybeIncomplete,
  MissingParts,
  PartialIndexResult,
} from './compute/index-result.js';
export { computeIndex } from './compute/compute-index.js';
export { computeIndexes, type ComputeIndexesOptions } from './compute/compute-indexes.js';
export { predicateOf } from './compute/predicate-of.js';
export {
  indexInputFromAssessment,
  defaultAssessmentValues,
  type AssessmentValues,
  type AssessmentValuesOf,
  type IndexInputFromAssessmentOptions,
} from './compute/index-input-from-assessment.js';

// Errors
export { IndicatorsError } from './errors/indicators-error.js';
export { MethodologyError } from './errors/methodology-error.js';
export { MethodologyMismatchError } from './errors/methodology-mismatch-error.js';
export { UnknownMethodologyError } from './errors/unknown-methodology-error.js';
export { PlanTooLargeError } from './errors/plan-too-large-error.js';
export { HistoryError, type HistoryErrorCode } from './errors/history-error.js';
export { IndexInputError, type IndexInputIssue } from './errors/index-input-error.js';
export type { IndicatorsErrorCode, IndexInputIssueCode, MethodologyRule } from './errors/error-codes.js';

// Explaining, planning, comparing, summarizing
export {
  explain,
  type ExplainOptions,
  type ExplainedPart,
  type Explanation,
  type NextPredicate,
} from './explain/explain.js';
export {
  planImprovements,
  type ImprovementPlan,
  type PlanOptions,
  type PlanTarget,
  type PlanGoal,
  type PredicateTarget,
  type IndexTarget,
  type PlannedIndex,
  type PlannedRaise,
  type ReachablePlan,
  type UnreachablePlan,
} from './plan/plan-improvements.js';
export {
  planRoadmap,
  type Roadmap,
  type RoadmapOptions,
  type RoadmapRaise,
  type RoadmapYear,
} from './plan/plan-roadmap.js';
export {
  compare,
  type CompareOptions,
  type Comparison,
  type Delta,
  type IndexDelta,
  type PartDelta,
  type PredicateChange,
} from './compare/compare.js';
export {
  indexHistory,
  type HistoryEntry,
  type HistoryPoint,
  type HistorySeries,
  type IndexHistory,
  type IndexHistoryOptions,
} from './history/index-history.js';
export {
  summarize,
  QUARTILE_METHOD,
  type IndexStatistics,
  type PartMean,
  type PredicateCount,
  type RankingEntry,
  type SummarizeOptions,
  type Statistic,
  type Summary,
} from './summarize/summarize.js';
