import type { LocalizedText } from '../errors/locale.js';

/**
 * The five levels of Kemendagri region codes.
 *
 * @example
 * ```ts
 * import { regionLevelLabels, regionLevelOf, type RegionLevel } from '@spbe-kit/models';
 * const level: RegionLevel = regionLevelOf('64.71.01.1001'); // 'village'
 * regionLevelLabels[level].id; // 'Desa/Kelurahan'
 * ```
 */
export type RegionLevel = 'province' | 'regency' | 'district' | 'village' | 'island';

/**
 * Kind of a regency-level government, read from the code: `kabupaten` (01–69) or `kota` (71–99).
 *
 * @example
 * ```ts
 * import { parseRegionCode, regencyKindLabels, type RegencyKind } from '@spbe-kit/models';
 * const parsed = parseRegionCode('64.02');
 * if (parsed.level === 'regency') {
 *   const kind: RegencyKind = parsed.regencyKind; // 'kabupaten' (Kutai Kartanegara)
 *   regencyKindLabels[kind].en; // 'Regency'
 * }
 * ```
 */
export type RegencyKind = 'kabupaten' | 'kota';

/**
 * Kind of a village, read from the first digit of its last segment: 1 kelurahan, 2 desa, 3 desa adat.
 *
 * @example
 * ```ts
 * import { parseRegionCode, villageKindLabels, type VillageKind } from '@spbe-kit/models';
 * const parsed = parseRegionCode('64.71.01.1001');
 * if (parsed.level === 'village') {
 *   const kind: VillageKind = parsed.villageKind; // 'kelurahan' (Manggar)
 *   villageKindLabels[kind].en; // 'Urban village'
 * }
 * ```
 */
export type VillageKind = 'kelurahan' | 'desa' | 'desa-adat';

/**
 * Names of the levels in Bahasa Indonesia and English.
 *
 * @example
 * ```ts
 * import { regionLevelLabels } from '@spbe-kit/models';
 * regionLevelLabels.district.id; // 'Kecamatan'
 * ```
 */
export const regionLevelLabels: Readonly<Record<RegionLevel, LocalizedText>> = {
  province: { id: 'Provinsi', en: 'Province' },
  regency: { id: 'Kabupaten/Kota', en: 'Regency/City' },
  district: { id: 'Kecamatan', en: 'District' },
  village: { id: 'Desa/Kelurahan', en: 'Village' },
  island: { id: 'Pulau', en: 'Island' },
};

/**
 * Names of the regency kinds in Bahasa Indonesia and English.
 *
 * @example
 * ```ts
 * import { regencyKindLabels } from '@spbe-kit/models';
 * regencyKindLabels.kota.en; // 'City'
 * ```
 */
export const regencyKindLabels: Readonly<Record<RegencyKind, LocalizedText>> = {
  kabupaten: { id: 'Kabupaten', en: 'Regency' },
  kota: { id: 'Kota', en: 'City' },
};

/**
 * Names of the village kinds in Bahasa Indonesia and English.
 *
 * @example
 * ```ts
 * import { villageKindLabels } from '@spbe-kit/models';
 * villageKindLabels['desa-adat'].en; // 'Customary village'
 * ```
 */
export const villageKindLabels: Readonly<Record<VillageKind, LocalizedText>> = {
  kelurahan: { id: 'Kelurahan', en: 'Urban village' },
  desa: { id: 'Desa', en: 'Rural village' },
  'desa-adat': { id: 'Desa adat', en: 'Customary village' },
};
