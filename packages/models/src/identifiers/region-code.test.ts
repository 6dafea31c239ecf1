import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParseWith } from '../validation/parse.js';
import { IdentifierError } from './identifier-error.js';
import {
  districtCodeSchema,
  isRegionCode,
  islandCodeSchema,
  kabupatenCodeSchema,
  kotaCodeSchema,
  normalizeRegionCode,
  parentRegionCode,
  parseRegionCode,
  provinceCodeSchema,
  regencyCodeSchema,
  regionCodeSchema,
  regionLevelOf,
  safeParseRegionCode,
  villageCodeSchema,
} from './region-code.js';

const two = (min: number, max: number) => fc.integer({ min, max }).map((n) => String(n).padStart(2, '0'));
const province = two(11, 99);
const regency = fc.oneof(two(1, 69), two(71, 99));
const district = two(1, 99);
const village = fc
  .tuple(fc.constantFrom('1', '2', '3'), fc.integer({ min: 1, max: 999 }))
  .map(([kind, n]) => kind + String(n).padStart(3, '0'));
const island = fc.integer({ min: 1, max: 9999 }).map((n) => `4${String(n).padStart(4, '0')}`);
const validCode = fc.oneof(
  province,
  fc.tuple(province, regency).map((parts) => parts.join('.')),
  fc.tuple(province, regency, district).map((parts) => parts.join('.')),
  fc.tuple(province, regency, district, village).map((parts) => parts.join('.')),
  fc.tuple(province, fc.oneof(fc.constant('00'), regency), island).map((parts) => parts.join('.')),
);

describe('parseRegionCode', () => {
  it('reads Kota Balikpapan (64.71) as a kota in Kalimantan Timur', () => {
    const parsed = parseRegionCode('64.71');
    expect(parsed).toEqual({
      level: 'regency',
      code: '64.71',
      provinceCode: '64',
      regencyKind: 'kota',
      parents: ['64'],
    });
  });

  it('reads the Kalimantan Timur kabupaten as kabupaten', () => {
    for (const code of ['64.01', '64.02', '64.03', '64.07', '64.08', '64.09', '64.11']) {
      const parsed = parseRegionCode(code);
      expect(parsed.level === 'regency' && parsed.regencyKind).toBe('kabupaten');
    }
    for (const code of ['64.71', '64.72', '64.74']) {
      const parsed = parseRegionCode(code);
      expect(parsed.level === 'regency' && parsed.regencyKind).toBe('kota');
    }
  });

  it('reads a district and a village with their parent chain', () => {
    expect(parseRegionCode('64.71.01')).toMatchObject({
      level: 'district',
      regencyCode: '64.71',
      regencyKind: 'kota',
      parents: ['64', '64.71'],
    });
    expect(parseRegionCode('64.71.01.1001')).toMatchObject({
      level: 'village',
      villageKind: 'kelurahan',
      districtCode: '64.71.01',
      parents: ['64', '64.71', '64.71.01'],
    });
    expect(parseRegionCode('11.01.01.2001')).toMatchObject({ villageKind: 'desa' });
    expect(parseRegionCode('92.01.01.3001')).toMatchObject({ villageKind: 'desa-adat' });
  });

  it('reads island codes, with and without a regency', () => {
    expect(parseRegionCode('11.01.40001')).toMatchObject({
      level: 'island',
      regencyCode: '11.01',
      parents: ['11', '11.01'],
    });
    expect(parseRegionCode('12.00.40004')).toMatchObject({ level: 'island', regencyCode: null, parents: ['12'] });
    expect(parentRegionCode('12.00.40004')).toBe('12');
  });

  it('normalises white space, and undotted input only when asked', () => {
    expect(normalizeRegionCode(' 64. 71 ')).toBe('64.71');
    expect(() => normalizeRegionCode('6471')).toThrow(expect.objectContaining({ code: 'region_code.undotted' }));
    expect(normalizeRegionCode('6471', { acceptUndotted: true })).toBe('64.71');
    expect(normalizeRegionCode('6471011001', { acceptUndotted: true })).toBe('64.71.01.1001');
    expect(normalizeRegionCode('110140001', { acceptUndotted: true })).toBe('11.01.40001');
  });

  it('rejects codes outside the ranges', () => {
    for (const bad of [
      '10',
      '64.70',
      '64.00',
      '64.71.00',
      '64.71.01.4001',
      '64.71.01.1000',
      '64.71.40000',
      '64.71.01.001',
      '',
      '64.',
      'ab',
    ]) {
      const result = safeParseRegionCode(bad);
      expect(result.success, bad).toBe(false);
      if (!result.success) expect(result.error.code).toBe('region_code.invalid_format');
    }
    expect(() => parseRegionCode(42 as never)).toThrow(expect.toSatisfy(IdentifierError.isInstance));
  });

  it('round-trips every generated valid code, and the level schemas agree with the parser', () => {
    fc.assert(
      fc.property(validCode, (code) => {
        const parsed = parseRegionCode(code);
        expect(parsed.code).toBe(code);
        expect(regionLevelOf(code)).toBe(parsed.level);
        expect(isRegionCode(code)).toBe(true);
        expect(regionCodeSchema.safeParse(code).success).toBe(true);
        const schemas = {
          province: provinceCodeSchema,
          regency: regencyCodeSchema,
          district: districtCodeSchema,
          village: villageCodeSchema,
          island: islandCodeSchema,
        };
        for (const [level, schema] of Object.entries(schemas))
          expect(schema.safeParse(code).success).toBe(level === parsed.level);
        expect(normalizeRegionCode(code.replace(/\./g, ''), { acceptUndotted: true })).toBe(code);
        const parent = parentRegionCode(code);
        if (parent !== null) expect(code.startsWith(parent)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws anything but IdentifierError on random input', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.stringMatching(/^[0-9.\s]{0,16}$/)),
        fc.boolean(),
        (input, acceptUndotted) => {
          try {
            const parsed = parseRegionCode(input, { acceptUndotted });
            expect(isRegionCode(parsed.code)).toBe(true);
          } catch (error) {
            expect(error).toSatisfy(IdentifierError.isInstance);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('region code schemas', () => {
  it('report problems in both languages with a stable code', () => {
    const result = safeParseWith(regencyCodeSchema, '64.70');
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues).toHaveLength(1);
      expect(result.error.issues[0]?.code).toBe('region_code.invalid_regency');
      expect(result.error.issues[0]?.message.id).toContain('Kode kabupaten/kota');
      expect(result.error.issues[0]?.message.en).toContain('regency/city code');
    }
    const any = safeParseWith(regionCodeSchema, '6471');
    expect(!any.success && any.error.issues[0]?.code).toBe('region_code.invalid_format');
  });

  it('tell kabupaten from kota', () => {
    expect(kabupatenCodeSchema.safeParse('64.02').success).toBe(true);
    expect(kabupatenCodeSchema.safeParse('64.71').success).toBe(false);
    expect(kotaCodeSchema.safeParse('64.71').success).toBe(true);
    expect(kotaCodeSchema.safeParse('64.11').success).toBe(false);
  });
});
