import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpbeError } from '../errors/spbe-error.js';
import { ancestorAtLevel } from './architecture-code.js';
import { validateArchitecture } from './validate-architecture.js';
import { ArchitectureCodeError } from './architecture-code-error.js';
import { perpres132Of2022 } from './perpres-132-2022.js';
import {
  checkReferenceArchitecture,
  extendReferenceArchitecture,
  findReferenceEntry,
  referenceEntriesOf,
} from './reference-model.js';

describe('perpres132Of2022', () => {
  it('is versioned, flagged as transcribed and consistent', () => {
    expect(perpres132Of2022.referenceVersion).toBe('perpres-132-2022');
    expect(perpres132Of2022.transcribed).toBe(true);
    expect(() => checkReferenceArchitecture(perpres132Of2022)).not.toThrow();
  });

  it('holds the level counts of the spec (with the documented gaps)', () => {
    const count = (prefix: Parameters<typeof referenceEntriesOf>[1], level: number) =>
      referenceEntriesOf(perpres132Of2022, prefix, level).length;
    expect([count('RAB', 1), count('RAB', 2)]).toEqual([9, 45]); // the sources say 46 urusan but list 45
    expect([count('RAD', 1), count('RAD', 2)]).toEqual([10, 49]); // 45 mirrored + 4 Data Pendukung Umum
    expect([count('RAL', 1), count('RAL', 2)]).toEqual([2, 9]); // the 45 public-service areas are missing
    expect([count('RAA', 1), count('RAA', 2)]).toEqual([2, 4]);
    expect([count('RAI', 1), count('RAI', 2)]).toEqual([3, 7]);
    expect([count('RAK', 1), count('RAK', 2)]).toEqual([3, 9]);
    expect(perpres132Of2022.incompleteEntries).toEqual([
      'RAL.01',
      'RAI.01.01',
      'RAI.01.02',
      'RAI.01.03',
      'RAI.02.01',
      'RAI.02.02',
      'RAI.03.01',
      'RAI.03.02',
    ]);
    // The level-2 table of the source names sector 07 "Lingkungan dan Sumber Daya Alam"; RAD.07 follows it.
    expect(findReferenceEntry(perpres132Of2022, 'RAB.07')?.name.id).toBe('Lingkungan dan Sumber Daya Alam');
    expect(findReferenceEntry(perpres132Of2022, 'RAD.07')?.name.id).toBe('Lingkungan dan Sumber Daya Alam');
  });

  it('has the published RAB codes and marks codes it numbered itself', () => {
    expect(findReferenceEntry(perpres132Of2022, 'RAB.03.07')).toMatchObject({
      name: { id: 'Kependudukan' },
      codeAssignedBySdk: false,
    });
    expect(findReferenceEntry(perpres132Of2022, 'rab.09.02')?.name.id).toBe('Keuangan');
    expect(findReferenceEntry(perpres132Of2022, 'RAB.01.02')?.name.id).toBe('Hubungan Luar Negeri');
    expect(findReferenceEntry(perpres132Of2022, 'RAA.02.02')).toMatchObject({
      name: { id: 'Fungsi Tertentu' },
      codeAssignedBySdk: false,
    });
    expect(findReferenceEntry(perpres132Of2022, 'RAD.03.07')).toMatchObject({
      name: { id: 'Data Kependudukan' },
      codeAssignedBySdk: true,
    });
    expect(findReferenceEntry(perpres132Of2022, 'RAD.10.03')?.name.id).toBe('Data Kewilayahan');
    expect(findReferenceEntry(perpres132Of2022, 'RAL.02.09')?.name.id).toBe('Data dan Informasi Pemerintahan');
    expect(findReferenceEntry(perpres132Of2022, 'RAI.02.02')?.name.id).toBe('Sistem Penghubung Layanan Pemerintah');
    expect(findReferenceEntry(perpres132Of2022, 'RAK.03.03')?.name.id).toBe('Kelaikan Keamanan Infrastruktur SPBE');
    expect(findReferenceEntry(perpres132Of2022, 'RAB.10')).toBeUndefined();
    for (const entry of perpres132Of2022.entries) {
      expect(entry.name.id.length).toBeGreaterThan(0);
      expect(entry.name.en.length).toBeGreaterThan(0);
    }
  });
});

describe('extendReferenceArchitecture', () => {
  it('adds agency lists under incomplete entries and keeps the rest', () => {
    const local = extendReferenceArchitecture(perpres132Of2022, {
      referenceVersion: 'perpres-132-2022+local',
      entries: [
        { code: 'RAL.01.02', name: { id: 'Ekonomi', en: 'Economy' }, codeAssignedBySdk: false },
        { code: 'RAL.01.01', name: { id: 'Kenegaraan', en: 'State affairs' }, codeAssignedBySdk: false },
      ],
    });
    expect(findReferenceEntry(local, 'RAL.01.01')?.name.id).toBe('Kenegaraan');
    expect(local.entries).toHaveLength(perpres132Of2022.entries.length + 2);
    expect(findReferenceEntry(perpres132Of2022, 'RAL.01.01')).toBeUndefined();
  });

  it('corrects an existing entry in place', () => {
    const corrected = extendReferenceArchitecture(perpres132Of2022, {
      referenceVersion: 'perpres-132-2022-corrected',
      entries: [
        { code: 'RAI.01', name: { id: 'Fasilitas Komputasi', en: 'Computing facility' }, codeAssignedBySdk: false },
      ],
    });
    expect(findReferenceEntry(corrected, 'RAI.01')?.codeAssignedBySdk).toBe(false);
    expect(corrected.entries).toHaveLength(perpres132Of2022.entries.length);
  });

  it('rejects orphans, agency-level codes and bad codes with a typed error and path', () => {
    const extend = (code: string) => () =>
      extendReferenceArchitecture(perpres132Of2022, {
        referenceVersion: 'x',
        entries: [{ code, name: { id: 'x', en: 'x' }, codeAssignedBySdk: true }],
      });
    expect(extend('RAL.03.01')).toThrow(expect.toSatisfy(ArchitectureCodeError.isInstance));
    expect(extend('RAB.01.01.01')).toThrow(/level 2/);
    expect(extend('rab.01.99')).toThrow(expect.toSatisfy(ArchitectureCodeError.isInstance));
    expect(extend('RAI.01.01.01')).not.toThrow(); // infrastructure is national down to its last level
    try {
      extend('RAL.03.01')();
    } catch (error) {
      expect((error as ArchitectureCodeError).path).toEqual(['entries', perpres132Of2022.entries.length, 'code']);
    }
  });
});

describe('hostile input', () => {
  it('only ever throws spbe-kit errors', () => {
    const expectTyped = (call: () => unknown) => {
      try {
        call();
      } catch (error) {
        expect(error).toSatisfy(SpbeError.isInstance);
      }
    };
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.integer({ min: -2, max: 9 }), (value, other, level) => {
        expect(findReferenceEntry(perpres132Of2022, value as string)).toBeUndefined();
        expectTyped(() => findReferenceEntry(value as typeof perpres132Of2022, 'RAB.01'));
        expectTyped(() => referenceEntriesOf(value as typeof perpres132Of2022, 'RAB'));
        expectTyped(() => checkReferenceArchitecture(value as typeof perpres132Of2022));
        expectTyped(() => extendReferenceArchitecture(perpres132Of2022, value as never));
        expectTyped(() =>
          extendReferenceArchitecture(perpres132Of2022, { referenceVersion: 'x', entries: [value, other] as never }),
        );
        expectTyped(() => ancestorAtLevel(value as string, level));
        expectTyped(() => validateArchitecture(other, { reference: value as typeof perpres132Of2022 }));
      }),
      { numRuns: 150 },
    );
  });
});
