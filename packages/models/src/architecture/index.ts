export {
  architectureDomains,
  type ArchitectureDomain,
  referencePrefixOfDomain,
  type ReferencePrefix,
  referencePrefixes,
  domainOfReferencePrefix,
  architectureDomainLabels,
  referenceModelLabels,
} from './architecture-domain.js';
export {
  architectureCodePattern,
  normalizeArchitectureCode,
  parseArchitectureCode,
  isArchitectureCode,
  ancestorAtLevel,
  architectureCodeSchemaFor,
  MAX_ARCHITECTURE_CODE_LEVEL,
  type ArchitectureCode,
  architectureCodeSchema,
} from './architecture-code.js';
export { ArchitectureCodeError } from './architecture-code-error.js';
export {
  findReferenceEntry,
  referenceEntriesOf,
  checkReferenceArchitecture,
  extendReferenceArchitecture,
  type ReferenceEntry,
  type ReferenceArchitecture,
} from './reference-model.js';
export { perpres132Of2022 } from './perpres-132-2022.js';
export {
  infrastructureTypes,
  type InfrastructureType,
  infrastructureTypeLabels,
  securityObjectTypes,
  type SecurityObjectType,
  securityObjectTypeLabels,
  businessProcessObjectSchema,
  dataObjectSchema,
  serviceObjectSchema,
  applicationObjectSchema,
  infrastructureObjectSchema,
  securityObjectSchema,
  architectureObjectSchema,
  type ArchitectureObject,
} from './architecture-objects.js';
export {
  architectureRelations,
  type ArchitectureRelation,
  architectureEdgeSchema,
  type ArchitectureEdge,
  architectureSchema,
  type Architecture,
} from './architecture-graph.js';
export { ArchitectureValidationError } from './architecture-validation-error.js';
export {
  validateArchitecture,
  assertValidArchitecture,
  type ArchitectureValidationOptions,
  type ArchitectureValidationResult,
} from './validate-architecture.js';
export { architectureToDot, type ArchitectureDiagramOptions } from './architecture-diagram.js';
