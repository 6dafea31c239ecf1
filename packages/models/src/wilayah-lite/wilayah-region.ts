import type {
  DistrictCode,
  IslandCode,
  ProvinceCode,
  RegencyCode,
  RegencyKind,
  VillageCode,
  VillageKind,
} from '../identifiers/region-code.js';

/**
 * A province in the region list.
 *
 * @example
 * ```ts
 * import { getProvince, type WilayahProvince } from '@spbe-kit/models/wilayah-lite';
 * const kalimantanTimur: WilayahProvince | undefined = getProvince('64');
 * // { level: 'province', code: '64', name: 'Kalimantan Timur', parentCode: null }
 * ```
 */
export interface WilayahProvince {
  readonly level: 'province';
  readonly code: ProvinceCode;
  /** Official name, e.g. `'Kalimantan Timur'`. */
  readonly name: string;
  readonly parentCode: null;
}

/**
 * A regency (kabupaten) or city (kota) in the region list.
 *
 * @example
 * ```ts
 * import { getRegency, type WilayahRegency } from '@spbe-kit/models/wilayah-lite';
 * const balikpapan: WilayahRegency | undefined = getRegency('64.71');
 * // { level: 'regency', code: '64.71', name: 'Kota Balikpapan', parentCode: '64', kind: 'kota' }
 * ```
 */
export interface WilayahRegency {
  readonly level: 'regency';
  readonly code: RegencyCode;
  /** Official name, with its kind: `'Kota Balikpapan'`, `'Kabupaten Paser'`. */
  readonly name: string;
  readonly parentCode: ProvinceCode;
  readonly kind: RegencyKind;
}

/**
 * A district (kecamatan) in the region list.
 *
 * @example
 * ```ts
 * import { getWilayah, type WilayahDistrict } from '@spbe-kit/models/wilayah';
 * const region = getWilayah().get('64.71.01');
 * if (region?.level === 'district') {
 *   const district: WilayahDistrict = region; // { level: 'district', code: '64.71.01', name: 'Balikpapan Timur', parentCode: '64.71' }
 * }
 * ```
 */
export interface WilayahDistrict {
  readonly level: 'district';
  readonly code: DistrictCode;
  readonly name: string;
  readonly parentCode: RegencyCode;
}

/**
 * A village (kelurahan, desa or desa adat) in the region list.
 *
 * @example
 * ```ts
 * import { getWilayah, type WilayahVillage } from '@spbe-kit/models/wilayah';
 * const region = getWilayah().get('64.71.01.1001');
 * if (region?.level === 'village') {
 *   const village: WilayahVillage = region; // { level: 'village', code: '64.71.01.1001', name: 'Manggar', parentCode: '64.71.01', kind: 'kelurahan' }
 * }
 * ```
 */
export interface WilayahVillage {
  readonly level: 'village';
  readonly code: VillageCode;
  readonly name: string;
  readonly parentCode: DistrictCode;
  readonly kind: VillageKind;
}

/**
 * An island in the region list.
 *
 * @example
 * ```ts
 * import { getWilayah, type WilayahIsland } from '@spbe-kit/models/wilayah';
 * const region = getWilayah().get('64.71.40002');
 * if (region?.level === 'island') {
 *   const island: WilayahIsland = region;
 *   island.name; // 'Pulau Demis'
 *   island.parentCode; // '64.71'
 *   island.populated; // false
 * }
 * ```
 */
export interface WilayahIsland {
  readonly level: 'island';
  readonly code: IslandCode;
  readonly name: string;
  /** The regency it belongs to, or the province for `NN.00.4NNNN` islands. */
  readonly parentCode: RegencyCode | ProvinceCode;
  /** Whether the island is inhabited (berpenghuni). */
  readonly populated: boolean;
  /** Whether it is an outermost small island (pulau-pulau kecil terluar). */
  readonly outermostSmallIsland: boolean;
  /** Coordinate as published, e.g. `03°19'03.44" N 097°07'41.73" E`. */
  readonly coordinate: string;
}

/**
 * Any entry of the region list, discriminated by `level`.
 *
 * @example
 * ```ts
 * import { getWilayah, type WilayahRegion } from '@spbe-kit/models/wilayah';
 * const districts: WilayahRegion[] = getWilayah().children('64.71');
 * districts.map((region) => `${region.code} ${region.name}`); // ['64.71.01 Balikpapan Timur', ...]
 * ```
 */
export type WilayahRegion = WilayahProvince | WilayahRegency | WilayahDistrict | WilayahVillage | WilayahIsland;
