import { benchGroup } from '../../../../../bench-harness.ts';
import { normalizeRegionName } from '../../wilayah-lite/normalize-region-name.js';
import { getWilayah } from './load-wilayah.js';

// The same data as plain structures, for the baselines.
const wilayah = getWilayah();
const plain = new Map<string, string>();
const allCodes: string[] = [];
for (const province of wilayah.provinces()) {
  for (const regency of wilayah.children(province.code)) {
    for (const district of wilayah.children(regency.code)) {
      for (const village of wilayah.children(district.code)) {
        plain.set(village.code, village.name);
        allCodes.push(village.code);
      }
    }
  }
}
const sample = allCodes.filter((_, index) => index % 84 === 0); // ~1,000 village codes
const foldedNames = [...plain.entries()].map(([code, name]) => [code, normalizeRegionName(name)] as const);
wilayah.search('warm up the name index');

// Results are summed into this sink so the engine cannot drop the calls as dead code.
export let sink = 0;

benchGroup({
  group: 'look up 1,000 villages by code',
  rounds: 30,
  samplesPerRound: 10,
  baseline: {
    name: 'baseline: Map.get on a plain code → name map',
    run: () => {
      for (const code of sample) sink += plain.get(code)?.length ?? 0;
    },
  },
  candidates: [
    {
      name: 'wilayah.get (returns a region object)',
      run: () => {
        for (const code of sample) sink += wilayah.get(code)?.name.length ?? 0;
      },
    },
    {
      name: 'wilayah.has',
      run: () => {
        for (const code of sample) sink += wilayah.has(code) ? 1 : 0;
      },
    },
  ],
});

benchGroup({
  group: 'find a village by name',
  rounds: 20,
  samplesPerRound: 3,
  baseline: {
    name: 'baseline: scan of 83,762 folded village names',
    run: () => {
      const query = normalizeRegionName('Manggar Baru');
      sink += foldedNames.filter(([, name]) => name === query).length;
    },
  },
  candidates: [
    {
      name: 'wilayah.search (word index)',
      run: () => {
        sink += wilayah.search('Manggar Baru', { levels: ['village'], match: 'exact' }).length;
      },
    },
    {
      name: 'wilayah.search, prefix of the last word',
      run: () => {
        sink += wilayah.search('balikpapan tim').length;
      },
    },
  ],
});
