import type { RegionLevel } from '../identifiers/region-code.js';
import { editDistanceWithin } from './edit-distance.js';
import { regionAliases, type RegionAlias } from './region-aliases.js';
import { compactKey, officialBaseWords, parseRegionName, type RegionHint } from './region-name-key.js';
import { normalizeRegionName } from './normalize-region-name.js';
import type { WilayahRegion } from './wilayah-region.js';

const LEVEL_ORDER: readonly RegionLevel[] = ['province', 'regency', 'district', 'village', 'island'];
const CODE_PATTERN = /^\d{2}(?:\.\d{2}(?:\.(?:\d{2}(?:\.\d{4})?|4\d{4}))?)?$/;

/**
 * Options of `resolveRegion`.
 *
 * @example
 * ```ts
 * import { resolveRegion, type ResolveRegionOptions } from '@spbe-kit/models/wilayah';
 * const options: ResolveRegionOptions = { levels: ['regency'], within: '64' };
 * resolveRegion('Kutai Kartanegara', options).region?.code; // '64.02'
 * ```
 */
export interface ResolveRegionOptions {
  /** Only these levels (default: all). */
  readonly levels?: readonly RegionLevel[];
  /** Only regions inside this Kemendagri code (e.g. `'64'` for Kalimantan Timur). */
  readonly within?: string;
  /** At most this many candidates (default 10). */
  readonly limit?: number;
  /** Correct small typos when nothing matches exactly (default `true`). */
  readonly typos?: boolean;
  /** More aliases, besides the documented {@link regionAliases}. */
  readonly aliases?: readonly RegionAlias[];
}

/**
 * How a candidate matched: `code` (a Kemendagri code was given), `name` (the official name or the
 * name without its prefix), `spelling` (the same letters spaced differently: `LABUHAN BATU`),
 * `alias` (an entry of the alias table), `typo` (within a small edit distance).
 *
 * @example
 * ```ts
 * import { resolveRegion, type RegionMatchKind } from '@spbe-kit/models/wilayah';
 * const kind: RegionMatchKind | undefined = resolveRegion('kukar').candidates[0]?.matchedBy; // 'alias'
 * ```
 */
export type RegionMatchKind = 'code' | 'name' | 'spelling' | 'alias' | 'typo';

/**
 * One candidate region for a written name.
 *
 * @example
 * ```ts
 * import { resolveRegion, type RegionCandidate } from '@spbe-kit/models/wilayah';
 * const [first]: readonly RegionCandidate[] = resolveRegion('KAB. PASER').candidates;
 * first?.region.code; // '64.01'
 * first?.confidence; // 0.98
 * ```
 */
export interface RegionCandidate {
  readonly region: WilayahRegion;
  /** From 0 to 1: 1 for the exact official name or a code, lower for aliases, spellings and typos. */
  readonly confidence: number;
  readonly matchedBy: RegionMatchKind;
  /** The alias entry that matched, for `matchedBy: 'alias'`. */
  readonly alias?: RegionAlias;
  /** Letters changed, for `matchedBy: 'typo'`. */
  readonly edits?: number;
}

/**
 * The answer of `resolveRegion`: `resolved` with one `region`, `ambiguous` when several regions fit
 * equally well (every one is in `candidates`; none is chosen), or `not_found`.
 *
 * @example
 * ```ts
 * import { resolveRegion, type RegionResolution } from '@spbe-kit/models/wilayah';
 * const bogor: RegionResolution = resolveRegion('Bogor', { levels: ['regency'] });
 * bogor.status; // 'ambiguous'
 * bogor.candidates.map((candidate) => candidate.region.code); // ['32.01', '32.71']
 * ```
 */
export interface RegionResolution {
  /** The text as given. */
  readonly input: string;
  readonly status: 'resolved' | 'ambiguous' | 'not_found';
  /** The region, when `status` is `resolved`. */
  readonly region?: WilayahRegion;
  /** The best candidate's confidence (0 when nothing was found). */
  readonly confidence: number;
  /** Every candidate, best first (confidence, then larger regions, then code). */
  readonly candidates: readonly RegionCandidate[];
}

/** An entry the resolver indexes. */
export interface ResolverEntry {
  readonly code: string;
  readonly name: string;
  readonly level: RegionLevel;
}

interface Scored {
  id: number;
  confidence: number;
  matchedBy: RegionMatchKind;
  alias?: RegionAlias;
  edits?: number;
}

const round = (value: number): number => Math.round(value * 100) / 100;

function hintFits(hint: RegionHint | undefined, level: RegionLevel, code: string): boolean | undefined {
  if (!hint) return undefined;
  if (hint.level !== level) return false;
  if (hint.kind === undefined) return true;
  return (Number(code.slice(3, 5)) < 70 ? 'kabupaten' : 'kota') === hint.kind;
}

/**
 * Resolves written region names against an indexed list. Used by `resolveRegion` (every level, Node)
 * and `resolveProvinceOrRegency` (browser-safe, provinces and regencies/cities).
 */
export class RegionResolver {
  readonly #codes: string[] = [];
  readonly #levels: RegionLevel[] = [];
  readonly #byCode = new Map<string, number>();
  readonly #byFullKey = new Map<string, number[]>();
  readonly #byBaseKey = new Map<string, number[]>();
  // Regencies named "Kepulauan X" are often written "X" (BPS: SIAU TAGULANDANG BIARO).
  readonly #byShortKey = new Map<string, number[]>();
  readonly #baseWords: string[] = [];
  readonly #fullWords: string[] = [];
  readonly #regionOf: (code: string) => WilayahRegion | undefined;
  #keysByLength: Map<number, { keys: string[]; masks: number[] }> | undefined;
  readonly #aliasIndexes = new WeakMap<readonly RegionAlias[], Map<string, RegionAlias[]>>();

  constructor(entries: Iterable<ResolverEntry>, regionOf: (code: string) => WilayahRegion | undefined) {
    this.#regionOf = regionOf;
    for (const entry of entries) {
      const id = this.#codes.length;
      this.#codes.push(entry.code);
      this.#levels.push(entry.level);
      this.#byCode.set(entry.code, id);
      const full = normalizeRegionName(entry.name);
      const base = officialBaseWords(full, entry.level);
      this.#fullWords.push(full);
      this.#baseWords.push(base.join(' '));
      push(this.#byFullKey, full.replace(/ /g, ''), id);
      push(this.#byBaseKey, compactKey(base), id);
      if (entry.level === 'regency' && base[0] === 'kepulauan' && base.length > 1)
        push(this.#byShortKey, compactKey(base.slice(1)), id);
    }
  }

  #aliasIndex(aliases: readonly RegionAlias[]): Map<string, RegionAlias[]> {
    let index = this.#aliasIndexes.get(aliases);
    if (!index) {
      index = new Map();
      for (const alias of aliases) {
        const parsed = parseRegionName(alias.alias);
        const list = index.get(compactKey(parsed.words));
        if (list) list.push(alias);
        else index.set(compactKey(parsed.words), [alias]);
      }
      this.#aliasIndexes.set(aliases, index);
    }
    return index;
  }

  #typoKeys(): Map<number, { keys: string[]; masks: number[] }> {
    if (!this.#keysByLength) {
      this.#keysByLength = new Map();
      for (const key of this.#byBaseKey.keys()) {
        let bucket = this.#keysByLength.get(key.length);
        if (!bucket) this.#keysByLength.set(key.length, (bucket = { keys: [], masks: [] }));
        bucket.keys.push(key);
        bucket.masks.push(letterMask(key));
      }
    }
    return this.#keysByLength;
  }

  /** Resolves one written name; see `resolveRegion`. */
  resolve(text: string, options: ResolveRegionOptions = {}): RegionResolution {
    const input = typeof text === 'string' ? text : '';
    const levels = options.levels ? new Set(options.levels) : undefined;
    const within = typeof options.within === 'string' ? options.within.replace(/\s+/g, '') : undefined;
    const accepts = (id: number): boolean => {
      const code = this.#codes[id] ?? '';
      if (levels && !levels.has(this.#levels[id] ?? 'island')) return false;
      return within === undefined || within === '' || code.startsWith(`${within}.`);
    };
    const scores = new Map<number, Scored>();
    const offer = (candidate: Scored) => {
      if (!accepts(candidate.id)) return;
      const previous = scores.get(candidate.id);
      if (!previous || previous.confidence < candidate.confidence) scores.set(candidate.id, candidate);
    };

    const trimmed = input.trim();
    if (CODE_PATTERN.test(trimmed)) {
      const id = this.#byCode.get(trimmed);
      if (id !== undefined) offer({ id, confidence: 1, matchedBy: 'code' });
      return this.#answer(input, scores, options.limit);
    }

    const parsed = parseRegionName(input.slice(0, 500));
    if (parsed.words.length === 0) return this.#answer(input, scores, options.limit);
    const fullText = parsed.words.join(' ');
    const baseText = parsed.baseWords.join(' ');
    const withHint = (id: number, confidence: number) => {
      const fits = hintFits(parsed.hint, this.#levels[id] ?? 'island', this.#codes[id] ?? '');
      return round(fits === undefined ? confidence : fits ? Math.min(1, confidence + 0.03) : confidence * 0.6);
    };

    // The official name with its prefix (`Kota Balikpapan`), or prefix words that are part of a name (`Kota Bangun`).
    // Only a typed official prefix makes a full-name match perfect; a name without one counts as a base match.
    for (const id of this.#byFullKey.get(compactKey(parsed.words)) ?? []) {
      const exact = this.#fullWords[id] === fullText;
      const prefixed = this.#fullWords[id] !== this.#baseWords[id];
      offer({ id, confidence: (exact ? 1 : 0.95) - (prefixed ? 0 : 0.05), matchedBy: exact ? 'name' : 'spelling' });
    }
    for (const id of this.#byBaseKey.get(compactKey(parsed.baseWords)) ?? []) {
      const exact = this.#baseWords[id] === baseText;
      offer({ id, confidence: withHint(id, exact ? 0.95 : 0.9), matchedBy: exact ? 'name' : 'spelling' });
    }
    for (const id of this.#byShortKey.get(compactKey(parsed.baseWords)) ?? [])
      offer({ id, confidence: withHint(id, 0.9), matchedBy: 'spelling' });
    for (const aliases of [regionAliases, options.aliases ?? []]) {
      const index = this.#aliasIndex(aliases);
      for (const key of new Set([compactKey(parsed.words), compactKey(parsed.baseWords)])) {
        for (const alias of index.get(key) ?? []) {
          const id = this.#byCode.get(alias.code);
          if (id !== undefined) offer({ id, confidence: withHint(id, 0.9), matchedBy: 'alias', alias });
        }
      }
    }
    const best = Math.max(0, ...[...scores.values()].map((scored) => scored.confidence));
    if (best < 0.9 && options.typos !== false) this.#offerTypos(compactKey(parsed.baseWords), offer, withHint);
    return this.#answer(input, scores, options.limit);
  }

  #offerTypos(key: string, offer: (candidate: Scored) => void, withHint: (id: number, value: number) => number) {
    const limit = key.length >= 9 ? 2 : key.length >= 5 ? 1 : 0;
    if (limit === 0) return;
    const byLength = this.#typoKeys();
    const mask = letterMask(key);
    for (let length = key.length - limit; length <= key.length + limit; length++) {
      const bucket = byLength.get(length);
      if (!bucket) continue;
      for (let index = 0; index < bucket.keys.length; index++) {
        // Each edit adds or removes at most one distinct letter: a cheap test that skips most keys.
        const other = bucket.masks[index] ?? 0;
        if (bitCount(mask & ~other) > limit || bitCount(other & ~mask) > limit) continue;
        const candidate = bucket.keys[index] ?? '';
        const edits = editDistanceWithin(key, candidate, limit);
        if (edits > limit || edits === 0) continue;
        for (const id of this.#byBaseKey.get(candidate) ?? [])
          offer({ id, confidence: withHint(id, 0.85 - 0.15 * edits), matchedBy: 'typo', edits });
      }
    }
  }

  #answer(input: string, scores: Map<number, Scored>, limit = 10): RegionResolution {
    const ranked = [...scores.values()].sort(
      (a, b) =>
        b.confidence - a.confidence ||
        LEVEL_ORDER.indexOf(this.#levels[a.id] ?? 'island') - LEVEL_ORDER.indexOf(this.#levels[b.id] ?? 'island') ||
        ((this.#codes[a.id] ?? '') < (this.#codes[b.id] ?? '') ? -1 : 1),
    );
    const [best] = ranked;
    if (!best) return { input, status: 'not_found', confidence: 0, candidates: [] };
    // Among the best-scored candidates the largest regions count; two of them at that level is ambiguous,
    // and then every one of them is returned whatever the limit.
    const tied = ranked.filter(
      (scored) => scored.confidence === best.confidence && this.#levels[scored.id] === this.#levels[best.id],
    ).length;
    const candidates: RegionCandidate[] = [];
    for (const scored of ranked.slice(0, Math.max(tied, Math.floor(limit) || 1))) {
      const region = this.#regionOf(this.#codes[scored.id] ?? '');
      if (!region) continue;
      candidates.push({
        region,
        confidence: scored.confidence,
        matchedBy: scored.matchedBy,
        ...(scored.alias ? { alias: scored.alias } : {}),
        ...(scored.edits === undefined ? {} : { edits: scored.edits }),
      });
    }
    const [first] = candidates;
    if (!first) return { input, status: 'not_found', confidence: 0, candidates };
    return tied === 1
      ? { input, status: 'resolved', region: first.region, confidence: first.confidence, candidates }
      : { input, status: 'ambiguous', confidence: first.confidence, candidates };
  }
}

/** The set of letters (a–z, then digits and others folded into the last bits) a key contains, as bits. */
function letterMask(key: string): number {
  let mask = 0;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    mask |= 1 << (code >= 97 && code <= 122 ? code - 97 : 26 + (code % 5));
  }
  return mask;
}

function bitCount(value: number): number {
  let bits = value - ((value >>> 1) & 0x55555555);
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
  return (((bits + (bits >>> 4)) & 0xf0f0f0f) * 0x1010101) >>> 24;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
