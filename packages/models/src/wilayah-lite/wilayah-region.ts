import type {
  DistrictCode,
  IslandCode,
  ProvinceCode,
  RegencyCode,
  RegencyKind,
  VillageCode,
  VillageKind,
} from '../identifiers/region-code.js';

/** A province in the region list. */
export interface WilayahProvince {
  readonly level: 'province';
  readonly code: ProvinceCode;
  /** Official name, e.g. `'Kalimantan Timur'`. */
  readonly name: string;
  readonly parentCode: null;
}

/** A regency (kabupaten) or city (kota) in the region list. */
export interface WilayahRegency {
  readonly level: 'regency';
  readonly code: RegencyCode;
  /** Official name, with its kind: `'Kota Balikpapan'`, `'Kabupaten Paser'`. */
  readonly name: string;
  readonly parentCode: ProvinceCode;
  readonly kind: RegencyKind;
}

/** A district (kecamatan) in the region list. */
export interface WilayahDistrict {
  readonly level: 'district';
  readonly code: DistrictCode;
  readonly name: string;
  readonly parentCode: RegencyCode;
}

/** A village (kelurahan, desa or desa adat) in the region list. */
export interface WilayahVillage {
  readonly level: 'village';
  readonly code: VillageCode;
  readonly name: string;
  readonly parentCode: DistrictCode;
  readonly kind: VillageKind;
}

/** An island in the region list. */
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

/** Any entry of the region list, discriminated by `level`. */
export type WilayahRegion = WilayahProvince | WilayahRegency | WilayahDistrict | WilayahVillage | WilayahIsland;
