/**
 * Browser-safe names, in Bahasa Indonesia and English, of every enumerated value of `@spbe-kit/models`:
 * the label tables and the types of their keys, without zod. For web pages that only show names
 * (select options, table cells); validate with the schemas of the main entry.
 *
 * @module @spbe-kit/models/labels
 */
export { sexLabels, type Sex } from '../identifiers/sex.js';
export {
  regionLevelLabels,
  type RegionLevel,
  regencyKindLabels,
  type RegencyKind,
  villageKindLabels,
  type VillageKind,
} from '../identifiers/region-labels.js';
export { agencyKindLabels, type AgencyKind } from '../agencies/agency-labels.js';
export { perangkatDaerahTypeLabels, type PerangkatDaerahType } from '../agencies/perangkat-daerah-labels.js';
export {
  architectureDomainLabels,
  type ArchitectureDomain,
  referenceModelLabels,
  type ReferencePrefix,
} from '../architecture/architecture-domain.js';
export {
  infrastructureTypeLabels,
  type InfrastructureType,
  securityObjectTypeLabels,
  type SecurityObjectType,
} from '../architecture/architecture-object-labels.js';
export {
  applicationTypeLabels,
  type ApplicationType,
  applicationHostingLabels,
  type ApplicationHosting,
  licenceKindLabels,
  type LicenceKind,
  lifecycleStatusLabels,
  type LifecycleStatus,
  splpIntegrationStatusLabels,
  type SplpIntegrationStatus,
} from '../inventories/application-labels.js';
export {
  serviceTypeLabels,
  type ServiceType,
  administrationServiceSectors,
  publicServiceSectors,
  serviceChannelLabels,
  type ServiceChannel,
} from '../inventories/service-labels.js';
export {
  infrastructureOwnershipLabels,
  type InfrastructureOwnership,
} from '../inventories/infrastructure-ownership-labels.js';
export { satuDataRoleLabels, type SatuDataRole } from '../satu-data/satu-data-roles.js';
export { statisticalDataTypeLabels, type StatisticalDataType } from '../satu-data/statistical-data-type-labels.js';
export {
  publicationStatusLabels,
  type PublicationStatus,
  publicationEventLabels,
  type PublicationEventType,
} from '../satu-data/publication-labels.js';
export { updateFrequencyLabels, type UpdateFrequency } from '../satu-data/update-frequency-labels.js';
export { methodologyLabels, type BuiltInMethodologyId } from '../assessments/methodology-ids.js';
export {
  predikatLabels,
  type Predikat,
  processCapabilityLevelLabels,
  serviceCapabilityLevelLabels,
  digitalGovernmentLevelLabels,
  type MaturityLevel,
  verificationFlagLabels,
  type VerificationFlag,
  valueOriginLabels,
  type ValueOriginKind,
} from '../assessments/assessment-labels.js';
export type { LocalizedText, Locale } from '../errors/locale.js';
