#!/usr/bin/env node
// Generates the nationwide BPS ↔ Kemendagri bridge from the BPS bridging tables in sources/bps-bridging-2025/
// (see SOURCE.md there), checked against the Kemendagri list of `idn-area-data`:
//   src/identifiers/bps-kemendagri-table.generated.ts   provinces and regencies/cities (browser-safe main entry)
//   data/bps-bridge-2025.txt                            provinces, regencies/cities and districts (Node subpath)
// A row is kept only when its Kemendagri code is in the current list under the same name; a current region
// without a row is listed as unbridged (created after the source, or not covered by it), never guessed.
// Usage: node scripts/generate-bps-bridge.mjs          write the files
//        node scripts/generate-bps-bridge.mjs --check  exit 1 when a committed file differs from what the sources give
//        --root DIR                                   read/write under DIR instead of the package (for tests)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDistricts, getProvinces, getRegencies } from 'idn-area-data';

const rootFlag = process.argv.indexOf('--root');
const packageRoot =
  rootFlag > 0 && process.argv[rootFlag + 1]
    ? process.argv[rootFlag + 1]
    : join(dirname(fileURLToPath(import.meta.url)), '..');
const sourcePackageJson = join(dirname(fileURLToPath(import.meta.resolve('idn-area-data'))), '..', 'package.json');
const regionListVersion = JSON.parse(readFileSync(sourcePackageJson, 'utf8')).version;

const VERSION = 'bps-bridging-2025';
const SOURCE_NAME = 'BPS, Bridging Kode Wilayah (SIG BPS), periode 2025';
const SOURCE_CAPTURED = '2025-10-06';
const SOURCE_COPY = 'github.com/ghifar1/database-wilayah-indonesia@f8772936b2a1349daa99c3cbef949120523496de';
const REGION_LIST = `Kepmendagri 300.2.2-2138 Tahun 2025 via idn-area-data ${regionListVersion}`;
const SOURCE_DIR = join(packageRoot, 'sources', 'bps-bridging-2025');
const TABLE_FILE = join(packageRoot, 'src', 'identifiers', 'bps-kemendagri-table.generated.ts');
const DATA_FILE = join(packageRoot, 'data', 'bps-bridge-2025.txt');

/** Minimal RFC 4180 reader for the source files (quoted cells, no embedded newlines). */
function readCsv(file) {
  const lines = readFileSync(join(SOURCE_DIR, file), 'utf8').split(/\r?\n/).filter(Boolean);
  const rows = lines.map((line) => {
    const cells = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const char = line[i];
      if (char === '"') {
        if (quoted && line[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = !quoted;
      } else if (char === ',' && !quoted) {
        cells.push(cell);
        cell = '';
      } else cell += char;
    }
    cells.push(cell);
    return cells;
  });
  const [header, ...body] = rows;
  return body.map((cells) => Object.fromEntries(header.map((name, index) => [name, cells[index] ?? ''])));
}

// BPS writes some names abbreviated; expand before comparing with the Kemendagri spelling.
const ABBREVIATIONS = [
  [/^dki /, 'daerah khusus ibukota '],
  [/^di /, 'daerah istimewa '],
  [/\bkep\b/g, 'kepulauan'],
];
function comparable(name) {
  let folded = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’`"]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  for (const [pattern, replacement] of ABBREVIATIONS) folded = folded.replace(pattern, replacement);
  return folded.replace(/^(kabupaten|kab|kota) /, '').replace(/ /g, '');
}

async function build() {
  const current = new Map();
  for (const region of [...(await getProvinces()), ...(await getRegencies()), ...(await getDistricts())])
    current.set(region.code, region.name);

  const problems = [];
  const pairs = [];
  const levels = [
    ['provinsi.csv', 2],
    ['kabupaten-kota.csv', 5],
    ['kecamatan.csv', 8],
  ];
  let skipped = 0;
  for (const [file, length] of levels) {
    for (const row of readCsv(file)) {
      const { kode_bps: bps, kode_dagri: kemendagri, nama_dagri: sourceName } = row;
      if (bps === '0' || bps === '' || kemendagri === '0' || kemendagri === '') {
        skipped++;
        continue;
      }
      if (kemendagri.length !== length || !/^\d+$/.test(bps)) {
        problems.push(`${file}: unexpected codes ${bps} / ${kemendagri}`);
        continue;
      }
      const name = current.get(kemendagri);
      if (name === undefined) problems.push(`${file}: ${kemendagri} (${sourceName}) is not in ${REGION_LIST}`);
      else if (comparable(name) !== comparable(sourceName))
        problems.push(`${file}: ${kemendagri} is "${name}" in ${REGION_LIST} but "${sourceName}" in the source`);
      else pairs.push({ bps, kemendagri, name });
    }
  }
  if (problems.length > 0)
    throw new TypeError(`The bridging source disagrees with the region list:\n${problems.join('\n')}`);
  const byKemendagri = new Set(pairs.map((pair) => pair.kemendagri));
  const byBps = new Set();
  for (const pair of pairs) {
    if (byBps.has(pair.bps)) throw new TypeError(`BPS code ${pair.bps} appears twice`);
    byBps.add(pair.bps);
  }
  // BPS sometimes splits one Kemendagri district in two (each BPS code still names one Kemendagri code);
  // provinces and regencies/cities must pair one to one.
  const upperCodes = pairs.filter((pair) => pair.kemendagri.length <= 5).map((pair) => pair.kemendagri);
  if (new Set(upperCodes).size !== upperCodes.length) throw new TypeError('A province or regency code appears twice');
  const unbridged = [...current.keys()].filter((code) => !byKemendagri.has(code)).sort();
  pairs.sort((a, b) => (a.kemendagri < b.kemendagri ? -1 : 1));

  const upper = pairs.filter((pair) => pair.kemendagri.length <= 5);
  const table = [
    `// Generated by scripts/generate-bps-bridge.mjs from sources/bps-bridging-2025 (${SOURCE_NAME}, captured ${SOURCE_CAPTURED}).`,
    '// Do not edit: run `pnpm generate`.',
    '',
    '/** Version of the bridging data. */',
    `export const BPS_BRIDGE_VERSION = ${JSON.stringify(VERSION)};`,
    '',
    '/** The published source of the rows and the copy they were taken from. */',
    `export const BPS_BRIDGE_SOURCES: readonly string[] = ${JSON.stringify([
      `${SOURCE_NAME}, captured ${SOURCE_CAPTURED} (copy: ${SOURCE_COPY})`,
      `Kode Kemendagri checked against ${REGION_LIST}`,
    ])};`,
    '',
    '/** When the source was captured (ISO 8601); regions created later are unbridged. */',
    `export const BPS_BRIDGE_SOURCE_DATE = ${JSON.stringify(SOURCE_CAPTURED)};`,
    '',
    '/** Provinces and regencies/cities of the current list that the source does not bridge. */',
    `export const BPS_BRIDGE_UNBRIDGED: readonly string[] = ${JSON.stringify(unbridged.filter((code) => code.length <= 5))};`,
    '',
    '/** `<BPS code>=<Kemendagri code>=<Kemendagri name>` entries separated by `;`, in Kemendagri order. */',
    `export const BPS_BRIDGE_DATA = ${JSON.stringify(upper.map((pair) => `${pair.bps}=${pair.kemendagri}=${pair.name}`).join(';'))};`,
    '',
  ].join('\n');

  const data = [
    `# BPS ↔ Kemendagri bridge: ${SOURCE_NAME}, captured ${SOURCE_CAPTURED} (copy: ${SOURCE_COPY}).`,
    `# Generated by scripts/generate-bps-bridge.mjs, checked against ${REGION_LIST}. Do not edit: run \`pnpm generate\`.`,
    '# One pair per line: BPS code, TAB, Kemendagri code (a Kemendagri district that BPS splits has several lines).',
    '# @unbridged lines list current Kemendagri codes without a pair.',
    `@version\t${VERSION}`,
    `@source\t${SOURCE_NAME}, captured ${SOURCE_CAPTURED} (copy: ${SOURCE_COPY})`,
    `@regions\t${REGION_LIST}`,
    `@date\t${SOURCE_CAPTURED}`,
    `@counts\t${pairs.length}\t${unbridged.length}\t${skipped}`,
    ...unbridged.map((code) => `@unbridged\t${code}`),
    ...pairs.map((pair) => `${pair.bps}\t${pair.kemendagri}`),
  ].join('\n');
  return {
    table,
    data: `${data}\n`,
    counts: { pairs: pairs.length, unbridged: unbridged.length, skipped },
  };
}

const { table, data, counts } = await build();
const outputs = [
  [TABLE_FILE, table],
  [DATA_FILE, data],
];
if (process.argv.includes('--check')) {
  const stale = outputs.filter(([file, content]) => !existsSync(file) || readFileSync(file, 'utf8') !== content);
  if (stale.length > 0) {
    for (const [file] of stale)
      console.error(
        `stale: ${relative(packageRoot, file)} differs from what the bridging sources give; run \`pnpm generate\``,
      );
    process.exit(1);
  }
  console.log(
    `BPS bridge up to date (${counts.pairs} pairs, ${counts.unbridged} current regions unbridged, ${counts.skipped} source rows without a BPS code)`,
  );
} else {
  for (const [file, content] of outputs) {
    writeFileSync(file, content);
    console.log(`wrote ${relative(packageRoot, file)} (${Buffer.byteLength(content)} bytes)`);
  }
}
