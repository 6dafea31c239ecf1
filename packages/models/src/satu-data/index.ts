export { type SatuDataErrorCode, SatuDataError } from './satu-data-error.js';
export { satuDataRoles, type SatuDataRole, satuDataRoleLabels } from './satu-data-roles.js';
export {
  parseStatisticalDataCode,
  statisticalDataTypes,
  type StatisticalDataType,
  statisticalDataTypeLabels,
  STATISTICAL_DATA_CODE_PATTERN,
  statisticalDataCodeSchema,
  type StatisticalDataCode,
} from './statistical-data-code.js';
export {
  allowedPublicationEvents,
  transition,
  publicationStatuses,
  type PublicationStatus,
  publicationStatusLabels,
  publicationEventTypes,
  type PublicationEventType,
  publicationEventLabels,
  publicationTransitions,
  publicationStateSchema,
  type PublicationState,
  publicationEventSchema,
  type PublicationEvent,
} from './publication-workflow.js';
export {
  updateFrequencies,
  type UpdateFrequency,
  updateFrequencyLabels,
  dataStandardSchema,
  datasetMetadataSchema,
  type DatasetMetadata,
} from './dataset-metadata.js';
export {
  statisticalActivityMetadataSchema,
  type StatisticalActivityMetadata,
  statisticalVariableMetadataSchema,
  type StatisticalVariableMetadata,
  statisticalIndicatorMetadataSchema,
  type StatisticalIndicatorMetadata,
} from './statistical-metadata.js';
