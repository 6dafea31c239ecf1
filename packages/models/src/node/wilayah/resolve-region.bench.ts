import { bench, describe } from 'vitest';
import { normalizeRegionName } from '../../wilayah-lite/normalize-region-name.js';
import { getWilayah } from './load-wilayah.js';
import { resolveRegion } from './resolve-region.js';

// The same names as a plain folded-name → code map, for the baselines.
const wilayah = getWilayah();
const plain = new Map<string, string>();
const villages: Array<readonly [string, string]> = [];
for (const province of wilayah.provinces()) {
  plain.set(normalizeRegionName(province.name), province.code);
  for (const regency of wilayah.children(province.code)) {
    plain.set(normalizeRegionName(regency.name), regency.code);
    for (const district of wilayah.children(regency.code))
      for (const village of wilayah.children(district.code))
        villages.push([normalizeRegionName(village.name), village.code]);
  }
}
resolveRegion('warm up the index');

// A spreadsheet column as Diskominfo staff receive it: BPS forms, prefixes, abbreviations, one typo in ten.
const column = [
  'KAB. KUTAI KARTANEGARA',
  'Kab Paser',
  'kukar',
  'KOTA BALIKPAPAN',
  'S I A K',
  'LABUHAN BATU',
  'Kota Adm. Jakarta Selatan',
  'Kaltim',
  'KAB. TOLI TOLI',
  'Samarnida',
];
const options = { time: 500, iterations: 20 };
// Results are summed into this sink so the engine cannot drop the calls as dead code.
export let sink = 0;

describe('resolve 10 written regency/province names', () => {
  bench(
    'baseline: Map.get of the folded official name',
    () => {
      for (const name of column) sink += plain.get(normalizeRegionName(name))?.length ?? 0;
    },
    options,
  );
  bench(
    'resolveRegion (all 108,000 entries, typos on)',
    () => {
      for (const name of column) sink += resolveRegion(name).candidates.length;
    },
    options,
  );
  bench(
    'resolveRegion with levels: regency, province',
    () => {
      for (const name of column) sink += resolveRegion(name, { levels: ['regency', 'province'] }).candidates.length;
    },
    options,
  );
});

describe('find a village name with a typo among 83,762', () => {
  bench(
    'baseline: scan of 83,762 folded village names for the exact name',
    () => {
      const query = normalizeRegionName('Manggar Baru');
      for (const [name, code] of villages) if (name === query) sink += code.length;
    },
    options,
  );
  bench(
    'resolveRegion("Mangar Baru") (typo correction over every entry)',
    () => {
      sink += resolveRegion('Mangar Baru').candidates.length;
    },
    options,
  );
  bench(
    'resolveRegion("Manggar Baru") (exact name)',
    () => {
      sink += resolveRegion('Manggar Baru').candidates.length;
    },
    options,
  );
});
