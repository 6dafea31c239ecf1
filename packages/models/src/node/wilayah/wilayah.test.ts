import { getDistricts, getIslands, getProvinces, getRegencies, getVillages } from 'idn-area-data';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRegionCode } from '../../identifiers/region-code.js';
import { getWilayah, loadWilayah } from './load-wilayah.js';
import { WilayahError } from './wilayah-error.js';
import { Wilayah } from './wilayah.js';

const wilayah = getWilayah();

describe('bundled region list (Kepmendagri 300.2.2-2138/2025)', () => {
  it('has the counts of the regulation', () => {
    expect(wilayah.version).toBe('kepmendagri-300.2.2-2138-2025');
    expect(wilayah.counts()).toEqual({
      provinces: 38,
      regencies: 514,
      districts: 7285,
      villages: 83762,
      islands: 17373,
    });
    expect(wilayah.source).toContain('Open Database License');
  });

  it('holds every entry of the source with the same name and parent', async () => {
    const [provinces, regencies, districts, villages, islands] = await Promise.all([
      getProvinces(),
      getRegencies(),
      getDistricts(),
      getVillages(),
      getIslands(),
    ]);
    for (const row of provinces) expect(wilayah.get(row.code)?.name).toBe(row.name);
    for (const row of regencies)
      expect(wilayah.get(row.code)).toMatchObject({ name: row.name, parentCode: row.province_code });
    for (const row of districts)
      expect(wilayah.get(row.code)).toMatchObject({ name: row.name, parentCode: row.regency_code });
    let mismatches = 0;
    for (const row of villages) {
      const region = wilayah.get(row.code);
      if (region?.name !== row.name || region.parentCode !== row.district_code) mismatches++;
    }
    expect(mismatches).toBe(0);
    for (const row of islands) {
      const region = wilayah.get(row.code);
      expect(
        region?.level === 'island' && region.name === row.name && region.coordinate === row.coordinate,
        row.code,
      ).toBe(true);
      expect(region?.parentCode).toBe(row.regency_code === '' ? row.code.slice(0, 2) : row.regency_code);
    }
  });

  it('agrees with parseRegionCode on the level, kind and parents of every entry', async () => {
    const rows = [
      ...(await getProvinces()),
      ...(await getRegencies()),
      ...(await getDistricts()),
      ...(await getVillages()),
      ...(await getIslands()),
    ];
    let disagreements = 0;
    for (const { code } of rows) {
      const parsed = parseRegionCode(code);
      const region = wilayah.get(code);
      const sameKind =
        (parsed.level !== 'regency' || (region?.level === 'regency' && region.kind === parsed.regencyKind)) &&
        (parsed.level !== 'village' || (region?.level === 'village' && region.kind === parsed.villageKind));
      const parents = wilayah.parents(code).map((parent) => parent.code);
      if (region?.level !== parsed.level || !sameKind || parents.join() !== parsed.parents.join()) disagreements++;
    }
    expect(rows).toHaveLength(38 + 514 + 7285 + 83762 + 17373);
    expect(disagreements).toBe(0);
  });

  it('finds any village by its exact name within its district', async () => {
    const villages = await getVillages();
    fc.assert(
      fc.property(fc.nat(villages.length - 1), (index) => {
        const village = villages[index]!;
        const found = wilayah.search(village.name.toUpperCase(), {
          within: village.district_code,
          match: 'exact',
          limit: 100,
        });
        expect(found.map((region) => region.code)).toContain(village.code);
        const words = wilayah.search(village.name, { within: village.district_code, limit: 100 });
        expect(words.map((region) => region.code)).toContain(village.code);
      }),
      { numRuns: 300 },
    );
  });

  it('finds Kalimantan Timur, Balikpapan and its districts', () => {
    expect(wilayah.get('64')).toEqual({ level: 'province', code: '64', name: 'Kalimantan Timur', parentCode: null });
    expect(wilayah.get(' 64.71 ')).toEqual({
      level: 'regency',
      code: '64.71',
      name: 'Kota Balikpapan',
      parentCode: '64',
      kind: 'kota',
    });
    expect(wilayah.get('64.71.01')?.name).toBe('Balikpapan Timur');
    expect(wilayah.children('64.71').map((district) => district.name)).toEqual([
      'Balikpapan Timur',
      'Balikpapan Barat',
      'Balikpapan Utara',
      'Balikpapan Tengah',
      'Balikpapan Selatan',
      'Balikpapan Kota',
    ]);
    expect(wilayah.children('64').map((regency) => regency.code)).toEqual([
      '64.01',
      '64.02',
      '64.03',
      '64.07',
      '64.08',
      '64.09',
      '64.11',
      '64.71',
      '64.72',
      '64.74',
    ]);
    expect(wilayah.get('64.71.01.1001')).toMatchObject({ name: 'Manggar', kind: 'kelurahan', parentCode: '64.71.01' });
    expect(wilayah.parents('64.71.01.1001').map((region) => region.code)).toEqual(['64', '64.71', '64.71.01']);
    expect(wilayah.parents('64')).toEqual([]);
  });

  it('tells existing codes from well-formed codes that do not exist', () => {
    expect(wilayah.has('64.71')).toBe(true);
    expect(wilayah.has('64.73')).toBe(false); // Tarakan is now 65.71 (Kalimantan Utara)
    expect(wilayah.has('65.71')).toBe(true);
    expect(wilayah.get('not a code')).toBeUndefined();
    expect(wilayah.children('99.99')).toEqual([]);
    expect(() => wilayah.getOrThrow('64.99')).toThrow(expect.toSatisfy(WilayahError.isInstance));
  });

  it('lists islands under their regency or, unassigned, under the province', () => {
    expect(wilayah.get('12.00.40004')).toMatchObject({
      level: 'island',
      name: 'Pulau Nias',
      parentCode: '12',
      populated: true,
    });
    expect(wilayah.islands('12').every((island) => island.code.startsWith('12.00.'))).toBe(true);
    expect(wilayah.islands('11.01')[0]).toMatchObject({
      code: '11.01.40001',
      name: 'Pulau Batukapal',
      populated: false,
      outermostSmallIsland: false,
    });
  });

  it('knows desa adat (village codes starting with 3)', () => {
    expect(wilayah.get('91.03.01.3007')).toMatchObject({
      level: 'village',
      name: 'Desa Adat Yoboi',
      kind: 'desa-adat',
    });
    expect(wilayah.get('11.01.01.2001')).toMatchObject({ kind: 'desa' });
  });
});

describe('search by name', () => {
  it('ignores case, accents and punctuation', () => {
    expect(wilayah.search('KOTA balikpapan')[0]?.code).toBe('64.71');
    expect(wilayah.search('balikpapan', { levels: ['regency'] }).map((region) => region.code)).toEqual(['64.71']);
    expect(wilayah.search('Balikpapan Tim')[0]?.code).toBe('64.71.01');
    expect(wilayah.search('manggar', { within: '64.71', match: 'exact' }).map((region) => region.code)).toEqual([
      '64.71.01.1001',
    ]);
    expect(wilayah.search('sokaan', { match: 'exact' })[0]?.name).toBe('Soka"an');
    expect(wilayah.search('Watu Yanat Mu’u')[0]?.code).toBe('81.03.40350');
    expect(wilayah.search('wátu yánat muu')[0]?.code).toBe('81.03.40350');
    expect(wilayah.search('kalimantan', { levels: ['province'] })).toHaveLength(5);
  });

  it('puts exact matches first and respects the limit', () => {
    const results = wilayah.search('samarinda', { limit: 3 });
    expect(results).toHaveLength(3);
    expect(wilayah.search('kota samarinda')[0]?.code).toBe('64.72');
    expect(wilayah.search('xyzzy-not-a-place')).toEqual([]);
  });

  it('never throws on random queries and returns only matching names', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (query) => {
        const results = wilayah.search(query, { limit: 5 });
        expect(results.length).toBeLessThanOrEqual(5);
      }),
      { numRuns: 200 },
    );
  });
});

describe('loading', () => {
  it('reads a list from text and rejects corrupt data with a typed error', () => {
    const small = Wilayah.fromText(
      '@version\ttest\nP64\tKalimantan Timur\nR71\tKota Balikpapan\nD01\tBalikpapan Timur\nV1001\tManggar\n',
    );
    expect(small.parents('64.71.01.1001').map((region) => region.name)).toEqual([
      'Kalimantan Timur',
      'Kota Balikpapan',
      'Balikpapan Timur',
    ]);
    expect(() => Wilayah.fromText('@version\ttest\nR71\tKota Balikpapan\n')).toThrow(
      expect.objectContaining({ code: 'wilayah.invalid_data' }),
    );
    expect(() => Wilayah.fromText('P64\tKalimantan Timur\n')).toThrow(expect.toSatisfy(WilayahError.isInstance));
    expect(() => loadWilayah({ file: 'no-such-file.txt' })).toThrow(
      expect.objectContaining({ code: 'wilayah.data_unreadable' }),
    );
  });

  it('never throws anything but WilayahError on random text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        try {
          Wilayah.fromText(`@version\tx\n${text}`);
        } catch (error) {
          expect(error).toSatisfy(WilayahError.isInstance);
        }
      }),
      { numRuns: 200 },
    );
  });
});
