export {
  agencyKinds,
  agencyKindLabels,
  agencySchema,
  isRegionalAgency,
  regionalAgencyKindOf,
  type Agency,
  type AgencyKind,
  type RegionalAgency,
} from './agency.js';
export {
  perangkatDaerahTypes,
  perangkatDaerahTypeLabels,
  perangkatDaerahSchema,
  type PerangkatDaerah,
  type PerangkatDaerahType,
} from './perangkat-daerah.js';
