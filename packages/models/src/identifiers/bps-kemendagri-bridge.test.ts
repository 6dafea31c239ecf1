import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bpsRegionCodeSchema, isBpsRegionCode, parseBpsRegionCode } from './bps-code.js';
import { lookupBpsCode, lookupKemendagriCode, toBpsCode, toKemendagriCode } from './bps-kemendagri-bridge.js';
import { bpsKemendagriTable } from './bps-kemendagri-table.js';
import { IdentifierError } from './identifier-error.js';

// The Kalimantan Timur pairs where the systems differ (architecture-and-data spec).
const differing: ReadonlyArray<[kemendagri: string, bps: string]> = [
  ['64.07', '6402'], // Kutai Barat
  ['64.02', '6403'], // Kutai Kartanegara
  ['64.08', '6404'], // Kutai Timur
  ['64.03', '6405'], // Berau
];

describe('BPS region codes', () => {
  it('parse by length, without dots', () => {
    expect(parseBpsRegionCode('6402010001')).toEqual({
      code: '6402010001',
      level: 'village',
      parents: ['64', '6402', '6402010'],
    });
    expect(parseBpsRegionCode(' 6402 ').level).toBe('regency');
    expect(() => parseBpsRegionCode('64.02')).toThrow(expect.objectContaining({ code: 'bps_code.invalid_format' }));
    expect(bpsRegionCodeSchema.safeParse('64.02').success).toBe(false);
    expect(isBpsRegionCode('640201')).toBe(false);
  });

  it('never throw anything but IdentifierError on random input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[0-9]{0,11}$/)), (input) => {
        try {
          const parsed = parseBpsRegionCode(input);
          expect(bpsRegionCodeSchema.safeParse(parsed.code).success).toBe(true);
        } catch (error) {
          expect(error).toSatisfy(IdentifierError.isInstance);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('BPS ↔ Kemendagri bridge', () => {
  it.each(differing)('maps Kemendagri %s to BPS %s and back', (kemendagri, bps) => {
    expect(toBpsCode(kemendagri)).toBe(bps);
    expect(toKemendagriCode(bps)).toBe(kemendagri);
  });

  it('never translates by adding or removing dots', () => {
    // 6402 is Kutai Barat for BPS; 64.02 is Kutai Kartanegara for Kemendagri.
    expect(toKemendagriCode('6402')).not.toBe('64.02');
    expect(toBpsCode('64.02')).not.toBe('6402');
  });

  it('covers every province and regency/city of the country, with its source and date', () => {
    const kaltim = ['64.01', '64.02', '64.03', '64.07', '64.08', '64.09', '64.11', '64.71', '64.72', '64.74'];
    for (const code of kaltim) expect(lookupBpsCode(code).found, code).toBe(true);
    expect(bpsKemendagriTable.pairs.filter((row) => row.kemendagri.startsWith('64') && row.differs)).toHaveLength(4);
    expect(bpsKemendagriTable.pairs.filter((row) => row.kemendagri.length === 2)).toHaveLength(38);
    expect(bpsKemendagriTable.pairs.filter((row) => row.kemendagri.length === 5)).toHaveLength(514);
    expect(bpsKemendagriTable.sources[0]).toMatch(
      /^BPS, Bridging Kode Wilayah \(SIG BPS\), periode 2025, captured 2025-10-06/,
    );
    expect(bpsKemendagriTable.sourceDate).toBe('2025-10-06');
    expect(bpsKemendagriTable.unbridged).toEqual([]);
  });

  it('bridges the other provinces too, where the numbers differ most (Aceh, the Papua provinces of 2022)', () => {
    expect(toKemendagriCode('1101')).toBe('11.09'); // Simeulue
    expect(toBpsCode('11.01')).toBe('1103'); // Aceh Selatan
    expect(toKemendagriCode('94')).toBe('91'); // Papua: BPS 94, Kemendagri 91
    expect(toKemendagriCode('95')).toBe('93'); // Papua Selatan
    expect(toKemendagriCode('9501')).toBe('93.01'); // Merauke
    expect(toBpsCode('96')).toBe('92'); // Papua Barat Daya: Kemendagri 96, BPS 92
    expect(bpsKemendagriTable.pairs.filter((row) => row.differs).length).toBeGreaterThan(200);
  });

  it('reports unknown pairs as a typed result or error, with the table version and the reason', () => {
    expect(lookupBpsCode('11.01.01')).toEqual({
      found: false,
      tableVersion: bpsKemendagriTable.version,
      reason: 'not_in_table',
    });
    expect(lookupKemendagriCode('9999')).toEqual({
      found: false,
      tableVersion: bpsKemendagriTable.version,
      reason: 'not_in_table',
    });
    const later = { ...bpsKemendagriTable, version: 'test', unbridged: ['65.05'] };
    expect(lookupBpsCode('65.05', later)).toMatchObject({ found: false, reason: 'unbridged' });
    expect(() => toBpsCode('65.05', later)).toThrow(/dibentuk sesudahnya/);
    expect(() => toBpsCode('64.71.01')).toThrow(expect.objectContaining({ code: 'bridge.unknown_code' }));
    expect(() => toKemendagriCode('6471010')).toThrow(expect.objectContaining({ code: 'bridge.unknown_code' }));
    expect(() => toBpsCode('6402')).toThrow(expect.objectContaining({ code: 'region_code.undotted' }));
  });

  it('is a bijection over the table', () => {
    for (const row of bpsKemendagriTable.pairs) {
      expect(toKemendagriCode(toBpsCode(row.kemendagri))).toBe(row.kemendagri);
      expect(toBpsCode(toKemendagriCode(row.bps))).toBe(row.bps);
    }
  });
});
