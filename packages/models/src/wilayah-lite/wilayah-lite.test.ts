import { getProvinces, getRegencies } from 'idn-area-data';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParseWith } from '../validation/parse.js';
import { normalizeRegionName } from './normalize-region-name.js';
import {
  getProvince,
  getRegency,
  knownProvinceCodeSchema,
  knownRegencyCodeSchema,
  listProvinces,
  listRegencies,
  searchProvincesAndRegencies,
  wilayahLiteSource,
  wilayahLiteVersion,
} from './wilayah-lite.js';

describe('wilayah-lite (browser-safe provinces and regencies/cities)', () => {
  it('holds exactly the provinces and regencies of the source', async () => {
    const [provinces, regencies] = await Promise.all([getProvinces(), getRegencies()]);
    expect(listProvinces().map((p) => [p.code, p.name])).toEqual(provinces.map((p) => [p.code, p.name]).sort());
    expect(listRegencies().map((r) => [r.code, r.name, r.parentCode])).toEqual(
      regencies.map((r) => [r.code, r.name, r.province_code]).sort((a, b) => ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1)),
    );
    expect(listRegencies().filter((r) => r.kind === 'kota')).toHaveLength(98);
    expect(wilayahLiteVersion).toBe('kepmendagri-300.2.2-2138-2025');
    expect(wilayahLiteSource).toContain('idn-area-data');
  });

  it('finds Kalimantan Timur and Kota Balikpapan', () => {
    expect(getProvince('64')?.name).toBe('Kalimantan Timur');
    expect(getRegency('64.71')).toEqual({
      level: 'regency',
      code: '64.71',
      name: 'Kota Balikpapan',
      parentCode: '64',
      kind: 'kota',
    });
    expect(getRegency('64')).toBeUndefined();
    expect(listRegencies('64')).toHaveLength(10);
    expect(listRegencies('00')).toEqual([]);
    expect(searchProvincesAndRegencies('BALIKPAPAN').map((r) => r.code)).toEqual(['64.71']);
    expect(searchProvincesAndRegencies('kalimantan').filter((r) => r.level === 'province')).toHaveLength(5);
  });

  it('validates existence with messages in both languages', () => {
    expect(knownRegencyCodeSchema.safeParse('64.71').success).toBe(true);
    const missing = safeParseWith(knownRegencyCodeSchema, '64.73');
    expect(!missing.success && missing.error.issues[0]?.code).toBe('region_code.unknown_regency');
    const malformed = safeParseWith(knownRegencyCodeSchema, '6471');
    expect(!malformed.success && malformed.error.issues.map((issue) => issue.code)).toEqual([
      'region_code.invalid_regency',
    ]);
    expect(knownProvinceCodeSchema.safeParse('97').success).toBe(false);
  });

  it('never throws on random input', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        getProvince(input);
        getRegency(input);
        searchProvincesAndRegencies(input);
        expect(typeof normalizeRegionName(input)).toBe('string');
        expect(knownRegencyCodeSchema.safeParse(input).success).toBe(
          getRegency(input) !== undefined && input === getRegency(input)?.code,
        );
      }),
      { numRuns: 200 },
    );
  });
});
