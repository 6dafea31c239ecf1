export type { MethodologyShape } from './methodology-shape.js';
export {
  builtInMethodologyIds,
  type BuiltInMethodologyId,
  builtInValueDomains,
  methodologyLabels,
} from './methodology-ids.js';
export {
  predikatValues,
  type Predikat,
  predikatLabels,
  type MaturityLevel,
  processCapabilityLevelLabels,
  serviceCapabilityLevelLabels,
  digitalGovernmentLevelLabels,
  verificationFlags,
  type VerificationFlag,
  verificationFlagLabels,
  valueOriginKinds,
  type ValueOriginKind,
  valueOriginLabels,
} from './assessment-labels.js';
export {
  indicatorValueSchema,
  indicatorAssessmentSchema,
  evidenceReferenceSchema,
  valueOriginSchema,
} from './indicator-assessment.js';
export {
  createAssessmentSchema,
  assessmentSchema,
  type Assessment,
  type AssessmentSchemaOptions,
} from './assessment-schema.js';
