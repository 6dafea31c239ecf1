/**
 * Browser-safe list of provinces and regencies/cities of Kepmendagri 300.2.2-2138/2025, for web forms. Data from idn-area-data (Open Database License 1.0).
 *
 * @module @spbe-kit/models/wilayah-lite
 */
export {
  wilayahLiteVersion,
  wilayahLiteSource,
  getProvince,
  getRegency,
  listProvinces,
  listRegencies,
  searchProvincesAndRegencies,
  knownProvinceCodeSchema,
  knownRegencyCodeSchema,
  type KnownRegencyCode,
  resolveProvinceOrRegency,
} from './wilayah-lite.js';
export { regionAliases, type RegionAlias } from './region-aliases.js';
export type { ResolveRegionOptions, RegionResolution, RegionCandidate, RegionMatchKind } from './region-resolver.js';
export { normalizeRegionName } from './normalize-region-name.js';
export type {
  WilayahRegion,
  WilayahProvince,
  WilayahRegency,
  WilayahDistrict,
  WilayahVillage,
  WilayahIsland,
} from './wilayah-region.js';
