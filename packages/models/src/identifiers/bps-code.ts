import { z } from 'zod';
import { modelsIssue } from '../validation/parse.js';
import { IdentifierError } from './identifier-error.js';

// BPS codes (Master File Desa): province 2 digits, regency 4, district 7 (3-digit kecamatan part),
// village 10 (3-digit village part). No dots: a dotted code is Kemendagri's, not BPS's.
const BPS_PATTERN = /^(?:1[1-9]|[2-9][0-9])(?:[0-9]{2}(?:[0-9]{3}(?:[0-9]{3})?)?)?$/;

/**
 * The four levels of BPS region codes.
 *
 * @example
 * ```ts
 * import { parseBpsRegionCode, type BpsRegionLevel } from '@spbe-kit/models';
 * const level: BpsRegionLevel = parseBpsRegionCode('6471').level; // 'regency'
 * ```
 */
export type BpsRegionLevel = 'province' | 'regency' | 'district' | 'village';

/**
 * A BPS (Badan Pusat Statistik) region code: 2, 4, 7 or 10 digits without dots, e.g. `'6402'`
 * (Kutai Barat). A different system from Kemendagri codes: see `toKemendagriCode`.
 *
 * @example
 * ```ts
 * import { bpsRegionCodeSchema } from '@spbe-kit/models';
 * bpsRegionCodeSchema.safeParse('6402').success; // true
 * bpsRegionCodeSchema.safeParse('64.02').success; // false: that is a Kemendagri code
 * ```
 */
export const bpsRegionCodeSchema = z
  .string()
  .refine((value) => BPS_PATTERN.test(value), {
    ...modelsIssue('bps_code.invalid_format', {
      id: 'Kode wilayah BPS tidak valid (2, 4, 7 atau 10 angka tanpa titik)',
      en: 'Invalid BPS region code (2, 4, 7 or 10 digits without dots)',
    }),
    abort: true,
  })
  .regex(BPS_PATTERN)
  .brand<'BpsRegionCode'>();

/**
 * A BPS region code (branded string).
 *
 * @example
 * ```ts
 * import { bpsRegionCodeSchema, toBpsCode, type BpsRegionCode } from '@spbe-kit/models';
 * const balikpapan: BpsRegionCode = bpsRegionCodeSchema.parse('6471');
 * const kutaiBarat: BpsRegionCode = toBpsCode('64.07'); // '6402'
 * ```
 */
export type BpsRegionCode = z.output<typeof bpsRegionCodeSchema>;

/**
 * A parsed BPS region code.
 *
 * @example
 * ```ts
 * import { parseBpsRegionCode, type ParsedBpsRegionCode } from '@spbe-kit/models';
 * const parsed: ParsedBpsRegionCode = parseBpsRegionCode('6471010');
 * // { code: '6471010', level: 'district', parents: ['64', '6471'] }
 * ```
 */
export interface ParsedBpsRegionCode {
  /** The code, without white space. */
  readonly code: BpsRegionCode;
  readonly level: BpsRegionLevel;
  /** Codes of the enclosing regions, from the province down to the direct parent. */
  readonly parents: readonly BpsRegionCode[];
}

const levelByLength: Readonly<Record<number, BpsRegionLevel>> = {
  2: 'province',
  4: 'regency',
  7: 'district',
  10: 'village',
};

/**
 * Parses a BPS region code (white space is ignored) into its level and parents.
 * Throws {@link IdentifierError} (`bps_code.invalid_format`) otherwise, including for dotted input.
 *
 * @example
 * ```ts
 * import { parseBpsRegionCode } from '@spbe-kit/models';
 * parseBpsRegionCode('6402010001').parents; // ['64', '6402', '6402010']
 * ```
 */
export function parseBpsRegionCode(input: string): ParsedBpsRegionCode {
  if (typeof input !== 'string') {
    throw new IdentifierError('bps_code.invalid_type', {
      id: 'Kode wilayah BPS harus berupa teks',
      en: 'A BPS region code must be a string',
    });
  }
  const code = input.replace(/\s+/g, '');
  const level = BPS_PATTERN.test(code) ? levelByLength[code.length] : undefined;
  if (level === undefined) {
    throw new IdentifierError('bps_code.invalid_format', {
      id: 'Kode wilayah BPS tidak valid (2, 4, 7 atau 10 angka tanpa titik)',
      en: 'Invalid BPS region code (2, 4, 7 or 10 digits without dots)',
    });
  }
  const parents = [2, 4, 7]
    .filter((length) => length < code.length)
    .map((length) => code.slice(0, length) as BpsRegionCode);
  return { code: code as BpsRegionCode, level, parents };
}

/**
 * Whether a string is a BPS region code (no normalisation).
 *
 * @example
 * ```ts
 * import { isBpsRegionCode } from '@spbe-kit/models';
 * isBpsRegionCode('6471'); // true
 * ```
 */
export function isBpsRegionCode(input: unknown): input is BpsRegionCode {
  return typeof input === 'string' && BPS_PATTERN.test(input);
}
