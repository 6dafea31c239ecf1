import { z } from 'zod';
import { modelsIssue } from '../validation/parse.js';
import { IdentifierError } from './identifier-error.js';
import { type RegionLevel, type RegencyKind, type VillageKind, regionLevelLabels } from './region-labels.js';
export {
  type RegionLevel,
  type RegencyKind,
  type VillageKind,
  regionLevelLabels,
  regencyKindLabels,
  villageKindLabels,
} from './region-labels.js';

// Kemendagri codes (Kepmendagri 300.2.2-2138/2025): province NN (11-99), regency NN.NN
// (kabupaten 01-69, kota 71-99), district NN.NN.NN (01-99), village NN.NN.NN.TNNN
// (T = 1 kelurahan, 2 desa, 3 desa adat), island NN.NN.4NNNN (NN.00.4NNNN when not in a regency).
const PROVINCE = '(?:1[1-9]|[2-9][0-9])';
const REGENCY = '(?:0[1-9]|[1-6][0-9]|7[1-9]|[89][0-9])';
const KABUPATEN = '(?:0[1-9]|[1-6][0-9])';
const KOTA = '(?:7[1-9]|[89][0-9])';
const DISTRICT = '(?:0[1-9]|[1-9][0-9])';
const VILLAGE = '[123](?!000)[0-9]{3}';
const ISLAND = '4(?!0000)[0-9]{4}';

/**
 * Patterns of canonical Kemendagri codes per level, usable in JSON Schema (`pattern`) as well.
 *
 * @example
 * ```ts
 * import { regionCodePatterns } from '@spbe-kit/models';
 * regionCodePatterns.regency.test('64.71'); // true
 * regionCodePatterns.village.test('64.71.01.1001'); // true
 * regionCodePatterns.regency.test('6471'); // false: undotted
 * ```
 */
export const regionCodePatterns = {
  province: new RegExp(`^${PROVINCE}$`),
  regency: new RegExp(`^${PROVINCE}\\.${REGENCY}$`),
  district: new RegExp(`^${PROVINCE}\\.${REGENCY}\\.${DISTRICT}$`),
  village: new RegExp(`^${PROVINCE}\\.${REGENCY}\\.${DISTRICT}\\.${VILLAGE}$`),
  island: new RegExp(`^${PROVINCE}\\.(?:00|${REGENCY})\\.${ISLAND}$`),
} as const;

const KABUPATEN_CODE = new RegExp(`^${PROVINCE}\\.${KABUPATEN}$`);
const KOTA_CODE = new RegExp(`^${PROVINCE}\\.${KOTA}$`);
const ANY_LEVEL = new RegExp(
  `^${PROVINCE}(?:\\.(?:${REGENCY}(?:\\.(?:${DISTRICT}(?:\\.${VILLAGE})?|${ISLAND}))?|00\\.${ISLAND}))?$`,
);

const formatHint: Readonly<Record<RegionLevel, string>> = {
  province: 'NN',
  regency: 'NN.NN',
  district: 'NN.NN.NN',
  village: 'NN.NN.NN.NNNN',
  island: 'NN.NN.4NNNN',
};

function levelSchema<Brand extends string>(level: RegionLevel, pattern: RegExp, _brand: Brand) {
  const label = regionLevelLabels[level];
  const issue = modelsIssue(`region_code.invalid_${level}`, {
    id: `Kode ${label.id.toLowerCase()} Kemendagri tidak valid (bentuk ${formatHint[level]})`,
    en: `Invalid Kemendagri ${label.en.toLowerCase()} code (form ${formatHint[level]})`,
  });
  // The refinement gives the message in both languages and stops there; the regex after it
  // never fails on its own but puts `pattern` into the exported JSON Schema.
  return z
    .string()
    .refine((value) => pattern.test(value), { ...issue, abort: true })
    .regex(pattern)
    .brand<Brand>();
}

/**
 * A Kemendagri province code, e.g. `'64'` (Kalimantan Timur).
 *
 * @example
 * ```ts
 * import { provinceCodeSchema } from '@spbe-kit/models';
 * const code = provinceCodeSchema.parse('64');
 * ```
 */
export const provinceCodeSchema = levelSchema('province', regionCodePatterns.province, 'KemendagriProvinceCode');
/**
 * A Kemendagri regency/city code, e.g. `'64.71'` (Kota Balikpapan).
 *
 * @example
 * ```ts
 * import { regencyCodeSchema } from '@spbe-kit/models';
 * const code = regencyCodeSchema.parse('64.71');
 * ```
 */
export const regencyCodeSchema = levelSchema('regency', regionCodePatterns.regency, 'KemendagriRegencyCode');
/**
 * A Kemendagri district (kecamatan) code, e.g. `'64.71.01'` (Balikpapan Timur).
 *
 * @example
 * ```ts
 * import { districtCodeSchema } from '@spbe-kit/models';
 * const code = districtCodeSchema.parse('64.71.01');
 * ```
 */
export const districtCodeSchema = levelSchema('district', regionCodePatterns.district, 'KemendagriDistrictCode');
/**
 * A Kemendagri village (desa/kelurahan) code, e.g. `'64.71.01.1001'` (Kelurahan Manggar).
 *
 * @example
 * ```ts
 * import { villageCodeSchema } from '@spbe-kit/models';
 * const code = villageCodeSchema.parse('64.71.01.1001');
 * ```
 */
export const villageCodeSchema = levelSchema('village', regionCodePatterns.village, 'KemendagriVillageCode');
/**
 * A Kemendagri island code, e.g. `'11.01.40001'`; `NN.00.4NNNN` for an island not assigned to a regency.
 *
 * @example
 * ```ts
 * import { islandCodeSchema } from '@spbe-kit/models';
 * const code = islandCodeSchema.parse('12.00.40004');
 * ```
 */
export const islandCodeSchema = levelSchema('island', regionCodePatterns.island, 'KemendagriIslandCode');

/**
 * A Kemendagri province code (branded string).
 *
 * @example
 * ```ts
 * import { provinceCodeSchema, type ProvinceCode } from '@spbe-kit/models';
 * const kalimantanTimur: ProvinceCode = provinceCodeSchema.parse('64');
 * ```
 */
export type ProvinceCode = z.output<typeof provinceCodeSchema>;
/**
 * A Kemendagri regency/city code (branded string).
 *
 * @example
 * ```ts
 * import { regencyCodeSchema, type RegencyCode } from '@spbe-kit/models';
 * const balikpapan: RegencyCode = regencyCodeSchema.parse('64.71');
 * ```
 */
export type RegencyCode = z.output<typeof regencyCodeSchema>;
/**
 * A Kemendagri district code (branded string).
 *
 * @example
 * ```ts
 * import { districtCodeSchema, type DistrictCode } from '@spbe-kit/models';
 * const balikpapanTimur: DistrictCode = districtCodeSchema.parse('64.71.01');
 * ```
 */
export type DistrictCode = z.output<typeof districtCodeSchema>;
/**
 * A Kemendagri village code (branded string).
 *
 * @example
 * ```ts
 * import { villageCodeSchema, type VillageCode } from '@spbe-kit/models';
 * const manggar: VillageCode = villageCodeSchema.parse('64.71.01.1001');
 * ```
 */
export type VillageCode = z.output<typeof villageCodeSchema>;
/**
 * A Kemendagri island code (branded string).
 *
 * @example
 * ```ts
 * import { islandCodeSchema, type IslandCode } from '@spbe-kit/models';
 * const pulauDemis: IslandCode = islandCodeSchema.parse('64.71.40002');
 * ```
 */
export type IslandCode = z.output<typeof islandCodeSchema>;
/**
 * A Kemendagri code of any level.
 *
 * @example
 * ```ts
 * import { normalizeRegionCode, type RegionCode } from '@spbe-kit/models';
 * const code: RegionCode = normalizeRegionCode(' 64. 71 '); // '64.71'
 * ```
 */
export type RegionCode = ProvinceCode | RegencyCode | DistrictCode | VillageCode | IslandCode;

/**
 * A Kemendagri code of any level (province, regency/city, district, village or island), in its
 * canonical dotted form. Use {@link normalizeRegionCode} for input typed by people (spaces, missing dots).
 *
 * @example
 * ```ts
 * import { regionCodeSchema } from '@spbe-kit/models';
 * regionCodeSchema.safeParse('64.71.01').success; // true
 * regionCodeSchema.safeParse('6471').success; // false: could be a BPS code
 * ```
 */
export const regionCodeSchema = levelSchemaAny();

function levelSchemaAny(): z.ZodType<RegionCode, string> {
  const schema = z
    .string()
    .refine((value) => ANY_LEVEL.test(value), {
      ...modelsIssue('region_code.invalid_format', {
        id: 'Kode wilayah Kemendagri tidak valid (bentuk NN, NN.NN, NN.NN.NN, NN.NN.NN.NNNN atau NN.NN.4NNNN)',
        en: 'Invalid Kemendagri region code (form NN, NN.NN, NN.NN.NN, NN.NN.NN.NNNN or NN.NN.4NNNN)',
      }),
      abort: true,
    })
    .regex(ANY_LEVEL);
  // Any string that passes is one of the five branded levels; the brand is a type-level fact only.
  return schema as unknown as z.ZodType<RegionCode, string>;
}

/**
 * A regency code that must be a kabupaten (`NN.01`–`NN.69`).
 *
 * @example
 * ```ts
 * import { kabupatenCodeSchema } from '@spbe-kit/models';
 * kabupatenCodeSchema.safeParse('64.02').success; // true (Kutai Kartanegara)
 * kabupatenCodeSchema.safeParse('64.71').success; // false (a kota)
 * ```
 */
export const kabupatenCodeSchema = z
  .string()
  .refine((value) => KABUPATEN_CODE.test(value), {
    ...modelsIssue('region_code.not_kabupaten', {
      id: 'Harus kode kabupaten (NN.01–NN.69)',
      en: 'Must be a kabupaten (regency) code (NN.01–NN.69)',
    }),
    abort: true,
  })
  .regex(KABUPATEN_CODE) as unknown as z.ZodType<RegencyCode, string>;

/**
 * A regency code that must be a kota (`NN.71`–`NN.99`).
 *
 * @example
 * ```ts
 * import { kotaCodeSchema } from '@spbe-kit/models';
 * kotaCodeSchema.safeParse('64.71').success; // true (Kota Balikpapan)
 * ```
 */
export const kotaCodeSchema = z
  .string()
  .refine((value) => KOTA_CODE.test(value), {
    ...modelsIssue('region_code.not_kota', {
      id: 'Harus kode kota (NN.71–NN.99)',
      en: 'Must be a kota (city) code (NN.71–NN.99)',
    }),
    abort: true,
  })
  .regex(KOTA_CODE) as unknown as z.ZodType<RegencyCode, string>;

/**
 * Options of {@link parseRegionCode}.
 *
 * @example
 * ```ts
 * import { parseRegionCode, type ParseRegionCodeOptions } from '@spbe-kit/models';
 * // Digits 1–6 of a NIK are known to be a Kemendagri district code, written without dots.
 * const options: ParseRegionCodeOptions = { acceptUndotted: true };
 * parseRegionCode('647101', options).code; // '64.71.01'
 * ```
 */
export interface ParseRegionCodeOptions {
  /**
   * Accept codes typed without dots (`6471`, `647101`, `6471011001`). Off by default: an undotted
   * code cannot be told from a BPS code (`6402` is Kutai Kartanegara for Kemendagri but Kutai Barat
   * for BPS). Turn it on only where the input is known to be Kemendagri (e.g. digits 1–6 of a NIK).
   */
  readonly acceptUndotted?: boolean;
}

interface ParsedBase {
  /** The canonical dotted code. */
  readonly code: RegionCode;
  /** The province the code lies in. */
  readonly provinceCode: ProvinceCode;
  /** Codes of the enclosing regions, from the province down to the direct parent; empty for a province. */
  readonly parents: readonly RegionCode[];
}

/**
 * A parsed province code.
 *
 * @example
 * ```ts
 * import { parseRegionCode, type ParsedProvinceCode } from '@spbe-kit/models';
 * const parsed = parseRegionCode('64');
 * if (parsed.level === 'province') {
 *   const province: ParsedProvinceCode = parsed; // { level: 'province', code: '64', provinceCode: '64', parents: [] }
 * }
 * ```
 */
export interface ParsedProvinceCode extends ParsedBase {
  readonly level: 'province';
  readonly code: ProvinceCode;
}
/**
 * A parsed regency/city code.
 *
 * @example
 * ```ts
 * import { parseRegionCode, type ParsedRegencyCode } from '@spbe-kit/models';
 * const parsed = parseRegionCode('64.71');
 * if (parsed.level === 'regency') {
 *   const regency: ParsedRegencyCode = parsed; // { level: 'regency', code: '64.71', provinceCode: '64', regencyKind: 'kota', parents: ['64'] }
 * }
 * ```
 */
export interface ParsedRegencyCode extends ParsedBase {
  readonly level: 'regency';
  readonly code: RegencyCode;
  /** `kabupaten` or `kota`, read from the code. */
  readonly regencyKind: RegencyKind;
}
/**
 * A parsed district code.
 *
 * @example
 * ```ts
 * import { parseRegionCode, type ParsedDistrictCode } from '@spbe-kit/models';
 * const parsed = parseRegionCode('64.71.01');
 * if (parsed.level === 'district') {
 *   const district: ParsedDistrictCode = parsed;
 *   district.regencyCode; // '64.71'
 *   district.parents; // ['64', '64.71']
 * }
 * ```
 */
export interface ParsedDistrictCode extends ParsedBase {
  readonly level: 'district';
  readonly code: DistrictCode;
  readonly regencyCode: RegencyCode;
  /** Kind of the regency the district lies in. */
  readonly regencyKind: RegencyKind;
}
/**
 * A parsed village code.
 *
 * @example
 * ```ts
 * import { parseRegionCode, type ParsedVillageCode } from '@spbe-kit/models';
 * const parsed = parseRegionCode('64.71.01.1001');
 * if (parsed.level === 'village') {
 *   const village: ParsedVillageCode = parsed;
 *   village.districtCode; // '64.71.01'
 *   village.villageKind; // 'kelurahan'
 * }
 * ```
 */
export interface ParsedVillageCode extends ParsedBase {
  readonly level: 'village';
  readonly code: VillageCode;
  readonly regencyCode: RegencyCode;
  readonly regencyKind: RegencyKind;
  readonly districtCode: DistrictCode;
  /** `kelurahan`, `desa` or `desa-adat`, read from the code. */
  readonly villageKind: VillageKind;
}
/**
 * A parsed island code.
 *
 * @example
 * ```ts
 * import { parseRegionCode, type ParsedIslandCode } from '@spbe-kit/models';
 * const parsed = parseRegionCode('64.00.40002');
 * if (parsed.level === 'island') {
 *   const island: ParsedIslandCode = parsed;
 *   island.regencyCode; // null: Pulau Benawa Besar is not assigned to a regency
 *   island.parents; // ['64']
 * }
 * ```
 */
export interface ParsedIslandCode extends ParsedBase {
  readonly level: 'island';
  readonly code: IslandCode;
  /** The regency the island belongs to, or `null` for `NN.00.4NNNN` islands. */
  readonly regencyCode: RegencyCode | null;
}

/**
 * The result of {@link parseRegionCode}, discriminated by `level`.
 *
 * @example
 * ```ts
 * import { parseRegionCode, type ParsedRegionCode } from '@spbe-kit/models';
 * const parsed: ParsedRegionCode = parseRegionCode('64.71.01.1001');
 * parsed.parents; // ['64', '64.71', '64.71.01']
 * if (parsed.level === 'village') parsed.villageKind; // 'kelurahan': `level` tells which fields exist
 * ```
 */
export type ParsedRegionCode =
  ParsedProvinceCode | ParsedRegencyCode | ParsedDistrictCode | ParsedVillageCode | ParsedIslandCode;

function invalidFormat(): IdentifierError {
  return new IdentifierError('region_code.invalid_format', {
    id: 'Kode wilayah Kemendagri tidak valid (bentuk NN, NN.NN, NN.NN.NN, NN.NN.NN.NNNN atau NN.NN.4NNNN)',
    en: 'Invalid Kemendagri region code (form NN, NN.NN, NN.NN.NN, NN.NN.NN.NNNN or NN.NN.4NNNN)',
  });
}

function dotUndotted(digits: string): string | undefined {
  switch (digits.length) {
    case 2:
      return digits;
    case 4:
      return `${digits.slice(0, 2)}.${digits.slice(2)}`;
    case 6:
      return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4)}`;
    case 9:
      return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4)}`;
    case 10:
      return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}.${digits.slice(6)}`;
    default:
      return undefined;
  }
}

/**
 * Turns what people type into the canonical code: surrounding and inner white space is removed
 * (`' 64. 71 '` → `'64.71'`); undotted digits only with `acceptUndotted`.
 * Throws {@link IdentifierError} (`region_code.invalid_format`, or `region_code.undotted` for
 * undotted input without the option).
 *
 * @example
 * ```ts
 * import { normalizeRegionCode } from '@spbe-kit/models';
 * normalizeRegionCode(' 64.71 '); // '64.71'
 * normalizeRegionCode('647101', { acceptUndotted: true }); // '64.71.01'
 * ```
 */
export function normalizeRegionCode(input: string, options: ParseRegionCodeOptions = {}): RegionCode {
  if (typeof input !== 'string') {
    throw new IdentifierError('region_code.invalid_type', {
      id: 'Kode wilayah harus berupa teks',
      en: 'A region code must be a string',
    });
  }
  let code = input.replace(/\s+/g, '');
  if (/^[0-9]+$/.test(code) && code.length > 2) {
    if (!options.acceptUndotted) {
      throw new IdentifierError('region_code.undotted', {
        id: 'Kode wilayah Kemendagri harus ditulis dengan titik (mis. 64.71); tanpa titik kode tidak dapat dibedakan dari kode BPS',
        en: 'Write Kemendagri region codes with dots (e.g. 64.71); without dots they cannot be told from BPS codes',
      });
    }
    code = dotUndotted(code) ?? code;
  }
  if (!ANY_LEVEL.test(code)) throw invalidFormat();
  return code as RegionCode;
}

function regencyKindOfSegment(segment: string): RegencyKind {
  return Number(segment) < 70 ? 'kabupaten' : 'kota';
}

function villageKindOfSegment(segment: string): VillageKind {
  const first = segment[0];
  return first === '1' ? 'kelurahan' : first === '2' ? 'desa' : 'desa-adat';
}

/**
 * Parses a Kemendagri code of any level: its level, its parents from the province down, and
 * what the code itself says (kabupaten or kota; kelurahan, desa or desa adat). Accepts the forms
 * {@link normalizeRegionCode} accepts. Does not check that the region exists: use
 * `@spbe-kit/models/wilayah` (Node) or `@spbe-kit/models/wilayah-lite` for that.
 *
 * @example
 * ```ts
 * import { parseRegionCode } from '@spbe-kit/models';
 * const parsed = parseRegionCode('64.71.01.1001');
 * parsed.level; // 'village'
 * parsed.parents; // ['64', '64.71', '64.71.01']
 * if (parsed.level === 'village') parsed.villageKind; // 'kelurahan'
 * ```
 */
export function parseRegionCode(input: string, options: ParseRegionCodeOptions = {}): ParsedRegionCode {
  const code = normalizeRegionCode(input, options);
  const segments = code.split('.');
  const provinceCode = segments[0] as ProvinceCode;
  const regencySegment = segments[1];
  if (regencySegment === undefined) return { level: 'province', code: code as ProvinceCode, provinceCode, parents: [] };
  const regencyCode = `${provinceCode}.${regencySegment}` as RegencyCode;
  const third = segments[2];
  if (third === undefined) {
    return {
      level: 'regency',
      code: code as RegencyCode,
      provinceCode,
      regencyKind: regencyKindOfSegment(regencySegment),
      parents: [provinceCode],
    };
  }
  if (third.length === 5) {
    const inRegency = regencySegment !== '00';
    return {
      level: 'island',
      code: code as IslandCode,
      provinceCode,
      regencyCode: inRegency ? regencyCode : null,
      parents: inRegency ? [provinceCode, regencyCode] : [provinceCode],
    };
  }
  const regencyKind = regencyKindOfSegment(regencySegment);
  const districtCode = `${regencyCode}.${third}` as DistrictCode;
  const fourth = segments[3];
  if (fourth === undefined) {
    return {
      level: 'district',
      code: code as DistrictCode,
      provinceCode,
      regencyCode,
      regencyKind,
      parents: [provinceCode, regencyCode],
    };
  }
  return {
    level: 'village',
    code: code as VillageCode,
    provinceCode,
    regencyCode,
    regencyKind,
    districtCode,
    villageKind: villageKindOfSegment(fourth),
    parents: [provinceCode, regencyCode, districtCode],
  };
}

/**
 * The result of {@link safeParseRegionCode}.
 *
 * @example
 * ```ts
 * import { safeParseRegionCode, type SafeRegionCodeResult } from '@spbe-kit/models';
 * const result: SafeRegionCodeResult = safeParseRegionCode('6471');
 * if (!result.success) result.error.code; // 'region_code.undotted'
 * ```
 */
export type SafeRegionCodeResult =
  | { readonly success: true; readonly data: ParsedRegionCode }
  | { readonly success: false; readonly error: IdentifierError };

/**
 * Like {@link parseRegionCode} but returns the error instead of throwing it.
 *
 * @example
 * ```ts
 * import { safeParseRegionCode } from '@spbe-kit/models';
 * const result = safeParseRegionCode('64.70');
 * if (!result.success) result.error.code; // 'region_code.invalid_format'
 * ```
 */
export function safeParseRegionCode(input: string, options: ParseRegionCodeOptions = {}): SafeRegionCodeResult {
  try {
    return { success: true, data: parseRegionCode(input, options) };
  } catch (error) {
    if (IdentifierError.isInstance(error)) return { success: false, error };
    throw error;
  }
}

/**
 * Whether a string is a canonical Kemendagri code of any level (no normalisation).
 *
 * @example
 * ```ts
 * import { isRegionCode } from '@spbe-kit/models';
 * isRegionCode('64.71'); // true
 * isRegionCode('6471'); // false
 * ```
 */
export function isRegionCode(input: unknown): input is RegionCode {
  return typeof input === 'string' && ANY_LEVEL.test(input);
}

/**
 * The level of a Kemendagri code. Throws {@link IdentifierError} when it is not one.
 *
 * @example
 * ```ts
 * import { regionLevelOf } from '@spbe-kit/models';
 * regionLevelOf('64.71.01'); // 'district'
 * ```
 */
export function regionLevelOf(code: string): RegionLevel {
  return parseRegionCode(code).level;
}

/**
 * The code of the direct parent (`'64.71'` for `'64.71.01'`), or `null` for a province.
 *
 * @example
 * ```ts
 * import { parentRegionCode } from '@spbe-kit/models';
 * parentRegionCode('64.71.01'); // '64.71'
 * parentRegionCode('12.00.40004'); // '12' (an island not assigned to a regency)
 * ```
 */
export function parentRegionCode(code: string): RegionCode | null {
  const parents = parseRegionCode(code).parents;
  return parents[parents.length - 1] ?? null;
}
