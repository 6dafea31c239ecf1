/**
 * Node-only region list of Kepmendagri 300.2.2-2138/2025 (every province, regency/city, district, village and island), indexed for look-ups by code and by name. Data from idn-area-data (Open Database License 1.0).
 *
 * @module @spbe-kit/models/wilayah
 */
export { Wilayah, type WilayahCounts, type WilayahSearchOptions } from './wilayah.js';
export { loadWilayah, getWilayah, type LoadWilayahOptions } from './load-wilayah.js';
export { getBpsBridge, bpsBridgeFromText } from './load-bps-bridge.js';
export { resolveRegion } from './resolve-region.js';
export type {
  ResolveRegionOptions,
  RegionResolution,
  RegionCandidate,
  RegionMatchKind,
} from '../../wilayah-lite/region-resolver.js';
export { regionAliases, type RegionAlias } from '../../wilayah-lite/region-aliases.js';
export { WilayahError, type WilayahErrorCode } from './wilayah-error.js';
export type {
  WilayahRegion,
  WilayahProvince,
  WilayahRegency,
  WilayahDistrict,
  WilayahVillage,
  WilayahIsland,
} from '../../wilayah-lite/wilayah-region.js';
export { normalizeRegionName } from '../../wilayah-lite/normalize-region-name.js';
