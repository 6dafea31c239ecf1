import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdentifierError } from '../identifiers/identifier-error.js';
import { safeParseWith } from '../validation/parse.js';
import { agencySchema, isRegionalAgency, regionalAgencyKindOf } from './agency.js';
import { perangkatDaerahSchema } from './perangkat-daerah.js';

describe('agencySchema', () => {
  it('accepts central agencies and regional governments with a fitting code', () => {
    expect(
      agencySchema.parse({ kind: 'kementerian', name: 'Kementerian Dalam Negeri', shortName: 'Kemendagri' }).kind,
    ).toBe('kementerian');
    expect(isRegionalAgency(agencySchema.parse({ kind: 'lembaga', name: 'Badan Pusat Statistik' }))).toBe(false);
    const balikpapan = agencySchema.parse({ kind: 'kota', name: 'Pemerintah Kota Balikpapan', regionCode: '64.71' });
    expect(isRegionalAgency(balikpapan) && balikpapan.regionCode).toBe('64.71');
    expect(
      agencySchema.safeParse({ kind: 'kabupaten', name: 'Pemerintah Kabupaten Kutai Kartanegara', regionCode: '64.02' })
        .success,
    ).toBe(true);
    expect(
      agencySchema.safeParse({ kind: 'provinsi', name: 'Pemerintah Provinsi Kalimantan Timur', regionCode: '64' })
        .success,
    ).toBe(true);
  });

  it('rejects a code that does not fit the kind, with the path and both languages', () => {
    const result = safeParseWith(agencySchema, {
      kind: 'kabupaten',
      name: 'Pemerintah Kota Balikpapan',
      regionCode: '64.71',
    });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues[0]).toMatchObject({ code: 'region_code.not_kabupaten', path: ['regionCode'] });
      expect(result.error.issues[0]?.message.id).toContain('kabupaten');
    }
    expect(
      agencySchema.safeParse({ kind: 'kota', name: 'Pemerintah Kabupaten Paser', regionCode: '64.01' }).success,
    ).toBe(false);
    expect(
      agencySchema.safeParse({ kind: 'provinsi', name: 'Pemerintah Provinsi Kalimantan Timur', regionCode: '64.71' })
        .success,
    ).toBe(false);
    expect(agencySchema.safeParse({ kind: 'kota', name: 'Pemerintah Kota Balikpapan' }).success).toBe(false);
    expect(agencySchema.safeParse({ kind: 'lembaga', name: 'BPS', regionCode: '64' }).success).toBe(false);
  });

  it('derives the regional government kind from a code', () => {
    expect(regionalAgencyKindOf('64')).toBe('provinsi');
    expect(regionalAgencyKindOf('64.71')).toBe('kota');
    expect(regionalAgencyKindOf('64.11')).toBe('kabupaten');
    expect(regionalAgencyKindOf('64.71.01')).toBeUndefined();
    expect(() => regionalAgencyKindOf('6471')).toThrow(expect.toSatisfy(IdentifierError.isInstance));
  });

  it('accepts a regional agency exactly when the kind derived from its code matches', () => {
    const code = fc
      .tuple(fc.integer({ min: 11, max: 99 }), fc.integer({ min: 0, max: 99 }))
      .map(([p, r]) => (r === 0 ? String(p) : `${p}.${String(r).padStart(2, '0')}`));
    fc.assert(
      fc.property(
        code,
        fc.constantFrom('provinsi' as const, 'kabupaten' as const, 'kota' as const),
        (regionCode, kind) => {
          const valid = agencySchema.safeParse({ kind, name: 'Pemerintah', regionCode }).success;
          let derived: string | undefined;
          try {
            derived = regionalAgencyKindOf(regionCode);
          } catch {
            derived = undefined;
          }
          expect(valid).toBe(derived === kind);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('perangkatDaerahSchema', () => {
  it('accepts an OPD of Kota Balikpapan and a kecamatan office in it', () => {
    expect(
      perangkatDaerahSchema.safeParse({
        name: 'Dinas Komunikasi dan Informatika',
        shortName: 'Diskominfo',
        type: 'dinas',
        regionCode: '64.71',
      }).success,
    ).toBe(true);
    expect(
      perangkatDaerahSchema.safeParse({
        name: 'Kecamatan Balikpapan Timur',
        type: 'kecamatan',
        regionCode: '64.71',
        districtCode: '64.71.01',
      }).success,
    ).toBe(true);
    expect(
      perangkatDaerahSchema.safeParse({ name: 'Badan Pendapatan Daerah', type: 'badan', regionCode: '64' }).success,
    ).toBe(true);
  });

  it('checks the kecamatan rules', () => {
    const codeOf = (input: unknown) => {
      const result = safeParseWith(perangkatDaerahSchema, input);
      return result.success ? 'ok' : result.error.issues.map((issue) => issue.code).join(',');
    };
    expect(codeOf({ name: 'Kecamatan X', type: 'kecamatan', regionCode: '64' })).toBe(
      'perangkat_daerah.kecamatan_in_province',
    );
    expect(codeOf({ name: 'Kecamatan X', type: 'kecamatan', regionCode: '64.71' })).toBe(
      'perangkat_daerah.district_required',
    );
    expect(codeOf({ name: 'Kecamatan X', type: 'kecamatan', regionCode: '64.71', districtCode: '64.72.01' })).toBe(
      'perangkat_daerah.district_outside_region',
    );
    expect(codeOf({ name: 'Dinas X', type: 'dinas', regionCode: '64.71', districtCode: '64.71.01' })).toBe(
      'perangkat_daerah.district_not_allowed',
    );
    expect(codeOf({ name: 'Dinas X', type: 'dinas', regionCode: '64.71', extra: 1 })).toBe('unrecognized_keys');
  });
});
