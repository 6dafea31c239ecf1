export { ownerUnitSchema, type OwnerUnit } from './owner.js';
export {
  applicationTypes,
  type ApplicationType,
  applicationTypeLabels,
  applicationHostings,
  type ApplicationHosting,
  applicationHostingLabels,
  licenceKinds,
  type LicenceKind,
  licenceKindLabels,
  lifecycleStatuses,
  type LifecycleStatus,
  lifecycleStatusLabels,
  splpIntegrationStatuses,
  type SplpIntegrationStatus,
  splpIntegrationStatusLabels,
  HTTP_URL_PATTERN,
  sourceRepositorySchema,
  applicationSchema,
  type Application,
} from './application.js';
export {
  serviceTypes,
  type ServiceType,
  serviceTypeLabels,
  administrationServiceSectors,
  publicServiceSectors,
  serviceChannels,
  type ServiceChannel,
  serviceChannelLabels,
  serviceSchema,
  type Service,
} from './service.js';
export {
  infrastructureOwnerships,
  type InfrastructureOwnership,
  infrastructureOwnershipLabels,
  infrastructureItemSchema,
  type InfrastructureItem,
} from './infrastructure-item.js';
export { validateInventory, inventorySchema, type Inventory } from './inventory.js';
