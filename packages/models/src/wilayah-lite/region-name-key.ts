import type { RegionLevel, RegencyKind } from '../identifiers/region-code.js';
import { normalizeRegionName } from './normalize-region-name.js';

/** What a written prefix (`KAB.`, `Kota Adm.`, `Kec.`) says about the region. */
export interface RegionHint {
  readonly level: RegionLevel;
  readonly kind?: RegencyKind;
}

/** A name as written, taken apart for matching. */
export interface ParsedRegionName {
  /** Folded words, spaced letters joined (`S I A K` → `siak`), abbreviations expanded (`kep` → `kepulauan`). */
  readonly words: readonly string[];
  /** The words after a leading type prefix (equal to `words` without one). */
  readonly baseWords: readonly string[];
  /** What the prefix says, if there was one. */
  readonly hint?: RegionHint;
}

// Longest first: a prefix is the longest run of these words at the start of the name.
const PREFIXES: ReadonlyArray<readonly [words: readonly string[], hint: RegionHint]> = [
  [['kabupaten', 'administrasi'], { level: 'regency', kind: 'kabupaten' }],
  [['kabupaten', 'adm'], { level: 'regency', kind: 'kabupaten' }],
  [['kab', 'administrasi'], { level: 'regency', kind: 'kabupaten' }],
  [['kab', 'adm'], { level: 'regency', kind: 'kabupaten' }],
  [['kota', 'administrasi'], { level: 'regency', kind: 'kota' }],
  [['kota', 'adm'], { level: 'regency', kind: 'kota' }],
  [['kabupaten'], { level: 'regency', kind: 'kabupaten' }],
  [['kab'], { level: 'regency', kind: 'kabupaten' }],
  [['kota'], { level: 'regency', kind: 'kota' }],
  [['kotamadya'], { level: 'regency', kind: 'kota' }],
  [['kodya'], { level: 'regency', kind: 'kota' }],
  [['provinsi'], { level: 'province' }],
  [['propinsi'], { level: 'province' }],
  [['prov'], { level: 'province' }],
  [['kecamatan'], { level: 'district' }],
  [['kec'], { level: 'district' }],
  [['kelurahan'], { level: 'village' }],
  [['kel'], { level: 'village' }],
  [['desa', 'adat'], { level: 'village' }],
  [['desa'], { level: 'village' }],
  [['ds'], { level: 'village' }],
];

// Word abbreviations seen in BPS tables and spreadsheets (`KEP. SIAU TAGULANDANG BIARO`).
const WORD_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([['kep', 'kepulauan']]);

// The official names' own prefixes (regencies/cities and desa adat), removed to get the name people write
// without one. Districts and villages may have names that start with such a word (Kecamatan Kota Bangun).
const OFFICIAL_PREFIXES: Readonly<Partial<Record<RegionLevel, readonly (readonly string[])[]>>> = {
  regency: [['kabupaten', 'administrasi'], ['kota', 'administrasi'], ['kabupaten'], ['kota']],
  village: [['desa', 'adat']],
};

function startsWith(words: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length < words.length && prefix.every((word, index) => words[index] === word);
}

/** Joins runs of single letters (`s i a k` → `siak`, `d i yogyakarta` → `di yogyakarta`). */
function joinSpacedLetters(words: readonly string[]): string[] {
  const out: string[] = [];
  let run = '';
  const flush = () => {
    if (run.length === 1) out.push(run);
    else if (run.length > 1) out.push(run);
    run = '';
  };
  for (const word of words) {
    if (word.length === 1 && /\p{L}/u.test(word)) run += word;
    else {
      flush();
      out.push(word);
    }
  }
  flush();
  return out;
}

/**
 * Takes a written region name apart: folded words, the type prefix and what it says.
 */
export function parseRegionName(text: string): ParsedRegionName {
  const folded = normalizeRegionName(text);
  const words = joinSpacedLetters(folded === '' ? [] : folded.split(' ')).map(
    (word) => WORD_ABBREVIATIONS.get(word) ?? word,
  );
  for (const [prefix, hint] of PREFIXES) {
    if (startsWith(words, prefix)) return { words, baseWords: words.slice(prefix.length), hint };
  }
  return { words, baseWords: words };
}

/**
 * The folded words of an official name (already folded by `normalizeRegionName`) without its own
 * prefix (`kota administrasi jakarta selatan` → `jakarta selatan`).
 */
export function officialBaseWords(folded: string, level: RegionLevel): string[] {
  const words = folded === '' ? [] : folded.split(' ');
  for (const prefix of OFFICIAL_PREFIXES[level] ?? []) if (startsWith(words, prefix)) return words.slice(prefix.length);
  return words;
}

/** The matching key of a list of words: joined without spaces, so `labuhan batu` and `labuhanbatu` meet. */
export function compactKey(words: readonly string[]): string {
  return words.join('');
}
