import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { lookupBpsCode, lookupKemendagriCode, toKemendagriCode } from '../../identifiers/bps-kemendagri-bridge.js';
import { bpsKemendagriTable } from '../../identifiers/bps-kemendagri-table.js';
import { bpsBridgeFromText, getBpsBridge } from './load-bps-bridge.js';
import { getWilayah } from './load-wilayah.js';
import { WilayahError } from './wilayah-error.js';

const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const script = path.join(packageRoot, 'scripts', 'generate-bps-bridge.mjs');
const copy = mkdtempSync(path.join(tmpdir(), 'spbe-bps-bridge-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));
const check = (root: string) => spawnSync(process.execPath, [script, '--check', '--root', root], { encoding: 'utf8' });

describe('generated BPS bridge (pnpm check-generated)', () => {
  it('is what the BPS bridging source gives today', () => {
    const result = check(packageRoot);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/7829 pairs, 11 current regions unbridged, 15 source rows without a BPS code/);
  });

  it('is reported stale after a hand edit, and refuses a source row that disagrees with the region list', () => {
    for (const file of [
      'data/bps-bridge-2025.txt',
      'src/identifiers/bps-kemendagri-table.generated.ts',
      'sources/bps-bridging-2025/provinsi.csv',
      'sources/bps-bridging-2025/kabupaten-kota.csv',
      'sources/bps-bridging-2025/kecamatan.csv',
    ]) {
      mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
      cpSync(path.join(packageRoot, file), path.join(copy, file));
    }
    expect(check(copy).status).toBe(0);
    const data = path.join(copy, 'data', 'bps-bridge-2025.txt');
    writeFileSync(data, readFileSync(data, 'utf8').replace('6402\t64.07', '6402\t64.02'));
    expect(check(copy).stderr).toContain('stale: data/bps-bridge-2025.txt');
    const source = path.join(copy, 'sources', 'bps-bridging-2025', 'kabupaten-kota.csv');
    writeFileSync(source, readFileSync(source, 'utf8').replace('"KABUPATEN KUTAI BARAT"', '"KABUPATEN KUTAI TIMUR"'));
    const result = check(copy);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/64\.07 is "Kabupaten Kutai Barat" .* but "KABUPATEN KUTAI TIMUR" in the source/);
  });
});

describe('getBpsBridge (districts)', () => {
  const bridge = getBpsBridge();

  it('bridges districts, names them from the region list and keeps the upper levels of the main table', () => {
    expect(bridge.version).toBe('bps-bridging-2025');
    expect(bridge.sourceDate).toBe('2025-10-06');
    expect(bridge.pairs).toHaveLength(7829);
    expect(lookupKemendagriCode('6471010', bridge)).toMatchObject({ found: true, code: '64.71.05' });
    expect(lookupBpsCode('64.71.05', bridge)).toMatchObject({ found: true, code: '6471010' });
    expect(lookupBpsCode('64.71.05', bridge).found && lookupBpsCode('64.71.05', bridge)).toMatchObject({
      pair: { name: 'Balikpapan Selatan' },
    });
    const upper = bridge.pairs.filter((pair) => pair.kemendagri.length <= 5);
    expect(upper).toEqual(bpsKemendagriTable.pairs);
  });

  it('reports districts created after the source as unbridged and split districts with their BPS codes', () => {
    expect(bridge.unbridged).toContain('72.01.24');
    expect(lookupBpsCode('72.01.24', bridge)).toMatchObject({ found: false, reason: 'unbridged' });
    expect(lookupBpsCode('72.10.01', bridge)).toEqual({
      found: false,
      tableVersion: 'bps-bridging-2025',
      reason: 'split',
      candidates: ['7210120', '7210121'],
    });
    expect(toKemendagriCode('7210121', bridge)).toBe('72.10.01');
  });

  it('bridges every district of the region list except the unbridged and split ones', () => {
    const wilayah = getWilayah();
    let districts = 0;
    const missing: string[] = [];
    for (const province of wilayah.provinces())
      for (const regency of wilayah.children(province.code))
        for (const district of wilayah.children(regency.code)) {
          districts++;
          const result = lookupBpsCode(district.code, bridge);
          if (!result.found && result.reason === 'not_in_table') missing.push(district.code);
        }
    expect(districts).toBe(7285);
    expect(missing).toEqual([]);
  });

  it('reads bridge text or throws WilayahError, never anything else', () => {
    expect(bpsBridgeFromText('@version\tx\n6402\t64.07\n').pairs[0]).toMatchObject({
      name: 'Kabupaten Kutai Barat',
      differs: true,
    });
    expect(() => bpsBridgeFromText('6402\t64.07\n')).toThrow(WilayahError);
    expect(() => bpsBridgeFromText('@version\tx\n6402\t64.99\n')).toThrow(/baris 2/);
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (text) => {
        try {
          bpsBridgeFromText(`@version\tx\n${text}`);
        } catch (error) {
          expect(error).toBeInstanceOf(WilayahError);
        }
      }),
      { numRuns: 200 },
    );
  });
});
