import { readFileSync } from 'node:fs';
import type { BpsRegionCode } from '../../identifiers/bps-code.js';
import type { BpsKemendagriPair, BpsKemendagriTable } from '../../identifiers/bps-kemendagri-table.js';
import type { DistrictCode } from '../../identifiers/region-code.js';
import { getWilayah } from './load-wilayah.js';
import type { Wilayah } from './wilayah.js';
import { WilayahError } from './wilayah-error.js';

/** File name of the bundled bridge (in the package's `data/` folder). */
const DATA_FILE = 'bps-bridge-2025.txt';

function bundledBridgeFiles(): URL[] {
  // Built code sits in dist/ (one level below the package root); the sources in src/node/wilayah/.
  return [new URL(`../data/${DATA_FILE}`, import.meta.url), new URL(`../../../data/${DATA_FILE}`, import.meta.url)];
}

function corrupt(line: number): WilayahError {
  return new WilayahError('wilayah.invalid_data', {
    id: `Data padanan BPS–Kemendagri rusak pada baris ${line}`,
    en: `BPS–Kemendagri bridge data is corrupt at line ${line}`,
  });
}

/**
 * Reads a bridge in spbe-kit's text format (the format of `data/bps-bridge-2025.txt`): one
 * `<BPS code> TAB <Kemendagri code>` pair per line, `@version`, `@source`, `@date` and `@unbridged`
 * lines. Names come from the region list. Throws {@link WilayahError} (`wilayah.invalid_data`).
 *
 * @example
 * ```ts
 * import { bpsBridgeFromText, getWilayah } from '@spbe-kit/models/wilayah';
 * const table = bpsBridgeFromText('@version\ttest\n6402\t64.07\n', getWilayah());
 * table.pairs[0]?.name; // 'Kabupaten Kutai Barat'
 * ```
 */
export function bpsBridgeFromText(text: string, wilayah: Wilayah = getWilayah()): BpsKemendagriTable {
  if (typeof text !== 'string') throw corrupt(0);
  const meta = new Map<string, string>();
  const unbridged: string[] = [];
  const pairs: BpsKemendagriPair[] = [];
  const lines = text.split('\n');
  for (let number = 0; number < lines.length; number++) {
    const line = lines[number] ?? '';
    if (line === '' || line.startsWith('#')) continue;
    const [head = '', value = '', ...rest] = line.split('\t');
    if (head === '@unbridged') unbridged.push(value);
    else if (head.startsWith('@')) meta.set(head.slice(1), [value, ...rest].join('\t'));
    else {
      if (rest.length > 0) throw corrupt(number + 1);
      const name = wilayah.get(value)?.name;
      if (!/^\d{2}(?:\d{2}(?:\d{3})?)?$/.test(head) || name === undefined) throw corrupt(number + 1);
      pairs.push({
        kemendagri: value as DistrictCode,
        bps: head as BpsRegionCode,
        name,
        differs: value.replace(/\./g, '') !== head,
      });
    }
  }
  const version = meta.get('version');
  if (!version) throw corrupt(1);
  return {
    version,
    sources: [meta.get('source') ?? '', meta.get('regions') ?? ''].filter((source) => source !== ''),
    ...(meta.has('date') ? { sourceDate: meta.get('date') } : {}),
    coverage: 'Provinces, regencies/cities and districts (kecamatan) that the source bridges.',
    unbridged,
    pairs,
  };
}

let shared: BpsKemendagriTable | undefined;

/**
 * The nationwide BPS ↔ Kemendagri bridge down to districts (kecamatan): 7,829 pairs from the BPS
 * bridging service (period 2025), loaded once. Pass it to `lookupBpsCode` / `lookupKemendagriCode`
 * (from `@spbe-kit/models`) as their `table`. Districts that BPS splits into several codes give
 * `reason: 'split'`; districts created after the source give `reason: 'unbridged'`.
 *
 * @example
 * ```ts
 * import { lookupKemendagriCode } from '@spbe-kit/models';
 * import { getBpsBridge } from '@spbe-kit/models/wilayah';
 * const result = lookupKemendagriCode('6471010', getBpsBridge());
 * if (result.found) result.code; // '64.71.05' (Balikpapan Selatan: BPS 6471010)
 * ```
 */
export function getBpsBridge(): BpsKemendagriTable {
  if (shared) return shared;
  let lastError: unknown;
  for (const file of bundledBridgeFiles()) {
    try {
      shared = bpsBridgeFromText(readFileSync(file, 'utf8'));
      return shared;
    } catch (error) {
      if (WilayahError.isInstance(error)) throw error;
      lastError = error;
    }
  }
  throw new WilayahError(
    'wilayah.data_unreadable',
    { id: 'Data padanan BPS–Kemendagri tidak dapat dibaca', en: 'The BPS–Kemendagri bridge data cannot be read' },
    { cause: lastError },
  );
}
