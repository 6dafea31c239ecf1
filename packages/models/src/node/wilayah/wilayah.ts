import type { RegionCode, RegionLevel } from '../../identifiers/region-code.js';
import { normalizeRegionName } from '../../wilayah-lite/normalize-region-name.js';
import { WilayahError } from './wilayah-error.js';
import {
  RegionResolver,
  type RegionResolution,
  type ResolveRegionOptions,
  type ResolverEntry,
} from '../../wilayah-lite/region-resolver.js';
import type { WilayahRegion } from '../../wilayah-lite/wilayah-region.js';

const LEVELS: readonly RegionLevel[] = ['province', 'regency', 'district', 'village', 'island'];
const LEVEL_OF_TAG: Readonly<Record<string, number>> = { P: 0, R: 1, D: 2, V: 3, I: 4 };

/**
 * Counts of each level in a region list.
 *
 * @example
 * ```ts
 * import { getWilayah, type WilayahCounts } from '@spbe-kit/models/wilayah';
 * const counts: WilayahCounts = getWilayah().counts();
 * counts.provinces; // 38
 * counts.villages; // 83762
 * ```
 */
export interface WilayahCounts {
  readonly provinces: number;
  readonly regencies: number;
  readonly districts: number;
  readonly villages: number;
  readonly islands: number;
}

/**
 * Options of {@link Wilayah.search}.
 *
 * @example
 * ```ts
 * import { getWilayah, type WilayahSearchOptions } from '@spbe-kit/models/wilayah';
 * const options: WilayahSearchOptions = { levels: ['village'], within: '64.71', limit: 5 };
 * getWilayah().search('manggar', options).map((village) => village.code); // ['64.71.01.1001', '64.71.01.1004']
 * ```
 */
export interface WilayahSearchOptions {
  /** Only these levels (default: all). */
  readonly levels?: readonly RegionLevel[];
  /** Only regions inside this code (e.g. `'64'` for Kalimantan Timur). */
  readonly within?: string;
  /** `words` (default): every word of the query is a word of the name, the last one may be a prefix. `exact`: the whole name. */
  readonly match?: 'words' | 'exact';
  /** At most this many results (default 20). */
  readonly limit?: number;
}

function invalidData(line: number, cause?: unknown): WilayahError {
  return new WilayahError(
    'wilayah.invalid_data',
    { id: `Data wilayah rusak pada baris ${line}`, en: `Region data is corrupt at line ${line}` },
    { cause },
  );
}

/**
 * An indexed region list (Kemendagri codes): look-ups by code are `Map` look-ups, children and
 * parents are precomputed, and name search goes through a word index built on first use — no
 * call scans the 108,000 entries. Get the bundled list with `getWilayah()`.
 *
 * @example
 * ```ts
 * import { getWilayah } from '@spbe-kit/models/wilayah';
 * const wilayah = getWilayah();
 * wilayah.get('64.71')?.name; // 'Kota Balikpapan'
 * ```
 */
export class Wilayah {
  /** Version of the list, e.g. `'kepmendagri-300.2.2-2138-2025'`. */
  readonly version: string;
  /** The regulation the list implements. */
  readonly regulation: string;
  /** Where the data comes from (credit required by its ODbL licence). */
  readonly source: string;

  readonly #codes: string[] = [];
  readonly #names: string[] = [];
  readonly #levels: number[] = [];
  readonly #parents: number[] = [];
  readonly #islandDetails = new Map<
    number,
    { populated: boolean; outermostSmallIsland: boolean; coordinate: string }
  >();
  readonly #byCode = new Map<string, number>();
  readonly #children = new Map<number, number[]>();
  readonly #islands = new Map<number, number[]>();
  readonly #objects: Array<WilayahRegion | undefined> = [];
  #resolver: RegionResolver | undefined;
  #nameIndex:
    { folded: string[]; words: string[][]; postings: Map<string, number[]>; sortedWords: string[] } | undefined;

  private constructor(text: string) {
    const meta = new Map<string, string>();
    let province = -1;
    let regency = -1;
    let district = -1;
    const lines = text.split('\n');
    for (let number = 0; number < lines.length; number++) {
      const line = lines[number] ?? '';
      if (line === '' || line.startsWith('#')) continue;
      if (line.startsWith('@')) {
        const tab = line.indexOf('\t');
        meta.set(line.slice(1, tab), line.slice(tab + 1));
        continue;
      }
      const fields = line.split('\t');
      const head = fields[0] ?? '';
      const level = LEVEL_OF_TAG[head[0] ?? ''];
      const name = fields[fields.length - 1] ?? '';
      const relative = head.slice(1);
      let parent: number;
      switch (level) {
        case 0:
          parent = -1;
          break;
        case 1:
          parent = province;
          break;
        case 2:
          parent = regency;
          break;
        case 3:
          parent = district;
          break;
        case 4:
          parent = province;
          break;
        case undefined:
        default:
          throw invalidData(number + 1);
      }
      if ((level > 0 && parent < 0) || name === '' || relative === '') throw invalidData(number + 1);
      const code = parent < 0 ? relative : `${this.#codes[parent]}.${relative}`;
      const id = this.#codes.length;
      if (level === 4) {
        if (fields.length !== 4) throw invalidData(number + 1);
        const flags = fields[1] ?? '';
        this.#islandDetails.set(id, {
          populated: flags[0] === '1',
          outermostSmallIsland: flags[1] === '1',
          coordinate: fields[2] ?? '',
        });
        // An island hangs under its regency, or under the province when its regency part is 00.
        const regencyId = this.#byCode.get(code.slice(0, 5));
        parent = relative.startsWith('00.') ? province : (regencyId ?? -1);
        if (parent < 0) throw invalidData(number + 1);
        this.#push(this.#islands, parent, id);
      } else {
        if (fields.length !== 2) throw invalidData(number + 1);
        if (parent >= 0) this.#push(this.#children, parent, id);
      }
      if (this.#byCode.has(code)) throw invalidData(number + 1);
      this.#codes.push(code);
      this.#names.push(name);
      this.#levels.push(level);
      this.#parents.push(parent);
      this.#byCode.set(code, id);
      if (level === 0) [province, regency, district] = [id, -1, -1];
      else if (level === 1) [regency, district] = [id, -1];
      else if (level === 2) district = id;
    }
    const version = meta.get('version');
    if (!version) throw invalidData(1);
    this.version = version;
    this.regulation = meta.get('regulation') ?? '';
    this.source = meta.get('source') ?? '';
  }

  /**
   * Builds an index from region data in spbe-kit's compact text format (the format of
   * `data/wilayah-2025.txt`); use it to load a newer list than the bundled one.
   * Throws {@link WilayahError} (`wilayah.invalid_data`) when the text is not in that format.
   *
   * @example
   * ```ts
   * import { Wilayah } from '@spbe-kit/models/wilayah';
   * const wilayah = Wilayah.fromText('@version\ttest\nP64\tKalimantan Timur\nR71\tKota Balikpapan\n');
   * wilayah.get('64.71')?.name; // 'Kota Balikpapan'
   * ```
   */
  static fromText(text: string): Wilayah {
    if (typeof text !== 'string') throw invalidData(0);
    return new Wilayah(text);
  }

  #push(map: Map<number, number[]>, key: number, value: number): void {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  }

  #idOf(code: string): number | undefined {
    if (typeof code !== 'string') return undefined;
    return this.#byCode.get(code) ?? this.#byCode.get(code.replace(/\s+/g, ''));
  }

  // Region objects are made on first request and then reused (frozen, so callers cannot change the list).
  #region(id: number): WilayahRegion {
    let region = this.#objects[id];
    if (!region) {
      region = Object.freeze(this.#makeRegion(id));
      this.#objects[id] = region;
    }
    return region;
  }

  #makeRegion(id: number): WilayahRegion {
    const code = this.#codes[id] as RegionCode;
    const name = this.#names[id] ?? '';
    const parentId = this.#parents[id] ?? -1;
    const parentCode = (parentId < 0 ? null : this.#codes[parentId]) as never;
    switch (this.#levels[id]) {
      case 0:
        return { level: 'province', code, name, parentCode: null } as WilayahRegion;
      case 1:
        return {
          level: 'regency',
          code,
          name,
          parentCode,
          kind: Number(code.slice(3)) < 70 ? 'kabupaten' : 'kota',
        } as WilayahRegion;
      case 2:
        return { level: 'district', code, name, parentCode } as WilayahRegion;
      case 3: {
        const first = code[code.length - 4];
        return {
          level: 'village',
          code,
          name,
          parentCode,
          kind: first === '1' ? 'kelurahan' : first === '2' ? 'desa' : 'desa-adat',
        } as WilayahRegion;
      }
      case undefined:
      default:
        return { level: 'island', code, name, parentCode, ...this.#islandDetails.get(id) } as WilayahRegion;
    }
  }

  /**
   * The region with this code (white space ignored), or `undefined`.
   *
   * @example
   * ```ts
   * import { getWilayah } from '@spbe-kit/models/wilayah';
   * getWilayah().get('64.71.01'); // { level: 'district', code: '64.71.01', name: 'Balikpapan Timur', parentCode: '64.71' }
   * ```
   */
  get(code: string): WilayahRegion | undefined {
    const id = this.#idOf(code);
    return id === undefined ? undefined : this.#region(id);
  }

  /**
   * Like {@link Wilayah.get} but throws {@link WilayahError} (`wilayah.unknown_code`) when the code is not in the list.
   *
   * @example
   * ```ts
   * import { getWilayah } from '@spbe-kit/models/wilayah';
   * getWilayah().getOrThrow('64.71').name; // 'Kota Balikpapan'
   * ```
   */
  getOrThrow(code: string): WilayahRegion {
    const region = this.get(code);
    if (!region) {
      throw new WilayahError('wilayah.unknown_code', {
        id: `Kode wilayah tidak ada dalam daftar ${this.version}`,
        en: `Region code not in the list ${this.version}`,
      });
    }
    return region;
  }

  /**
   * Whether the code is in the list.
   *
   * @example
   * ```ts
   * import { getWilayah } from '@spbe-kit/models/wilayah';
   * getWilayah().has('64.71'); // true
   * getWilayah().has('64.73'); // false (Tarakan moved to Kalimantan Utara, 65.71)
   * ```
   */
  has(code: string): boolean {
    return this.#idOf(code) !== undefined;
  }

  /**
   * The administrative children of a code, in code order: regencies of a province, districts of
   * a regency, villages of a district. Empty for unknown codes, villages and islands.
   *
   * @example
   * ```ts
   * import { getWilayah } from '@spbe-kit/models/wilayah';
   * getWilayah().children('64.71').map((district) => district.name); // ['Balikpapan Timur', ...]
   * ```
   */
  children(code: string): WilayahRegion[] {
    const id = this.#idOf(code);
    return id === undefined ? [] : (this.#children.get(id) ?? []).map((child) => this.#region(child));
  }

  /**
   * The islands listed under a regency, or under a province for islands not assigned to a regency.
   *
   * @example
   * ```ts
   * import { getWilayah } from '@spbe-kit/models/wilayah';
   * getWilayah().islands('12').map((island) => island.code); // ['12.00.40002', ...]
   * ```
   */
  islands(code: string): WilayahRegion[] {
    const id = this.#idOf(code);
    return id === undefined ? [] : (this.#islands.get(id) ?? []).map((island) => this.#region(island));
  }

  /**
   * The enclosing regions, from the province down to the direct parent. Empty for unknown codes and provinces.
   *
   * @example
   * ```ts
   * import { getWilayah } from '@spbe-kit/models/wilayah';
   * getWilayah().parents('64.71.01.1001').map((region) => region.name); // ['Kalimantan Timur', 'Kota Balikpapan', 'Balikpapan Timur']
   * ```
   */
  parents(code: string): WilayahRegion[] {
    const chain: WilayahRegion[] = [];
    let id = this.#idOf(code);
    id = id === undefined ? -1 : (this.#parents[id] ?? -1);
    while (id >= 0) {
      chain.unshift(this.#region(id));
      id = this.#parents[id] ?? -1;
    }
    return chain;
  }

  /**
   * All provinces, in code order.
   *
   * @example
   * ```ts
   * import { getWilayah } from '@spbe-kit/models/wilayah';
   * getWilayah().provinces().length; // 38
   * ```
   */
  provinces(): WilayahRegion[] {
    const out: WilayahRegion[] = [];
    for (const [code, id] of this.#byCode) if (code.length === 2) out.push(this.#region(id));
    return out;
  }

  /**
   * How many entries of each level the list has.
   *
   * @example
   * ```ts
   * import { getWilayah } from '@spbe-kit/models/wilayah';
   * getWilayah().counts().villages; // 83762
   * ```
   */
  counts(): WilayahCounts {
    const counts = [0, 0, 0, 0, 0];
    for (const level of this.#levels) counts[level] = (counts[level] ?? 0) + 1;
    const [provinces = 0, regencies = 0, districts = 0, villages = 0, islands = 0] = counts;
    return { provinces, regencies, districts, villages, islands };
  }

  #buildNameIndex() {
    const folded = this.#names.map(normalizeRegionName);
    const words = folded.map((name) => (name === '' ? [] : name.split(' ')));
    const postings = new Map<string, number[]>();
    words.forEach((list, id) => {
      for (const word of new Set(list)) this.#pushWord(postings, word, id);
    });
    return { folded, words, postings, sortedWords: [...postings.keys()].sort() };
  }

  #pushWord(postings: Map<string, number[]>, word: string, id: number): void {
    const list = postings.get(word);
    if (list) list.push(id);
    else postings.set(word, [id]);
  }

  /**
   * Finds regions by name, ignoring case, accents and punctuation. With the default `words`
   * matching every word of the query must be a word of the name and the last may be cut short
   * (`'balikpapan tim'` finds Balikpapan Timur). Exact name matches come first, then by level
   * (province first) and code. For names as people write them (`KAB. PASER`, `kukar`, `S I A K`,
   * typos) use {@link Wilayah.resolve} (or `resolveRegion`) instead.
   *
   * @example
   * ```ts
   * import { getWilayah } from '@spbe-kit/models/wilayah';
   * getWilayah().search('balikpapan', { levels: ['regency'] })[0]?.code; // '64.71'
   * getWilayah().search('MANGGAR', { within: '64.71', match: 'exact' })[0]?.code; // '64.71.01.1001'
   * ```
   */
  search(query: string, options: WilayahSearchOptions = {}): WilayahRegion[] {
    const folded = typeof query === 'string' ? normalizeRegionName(query) : '';
    if (folded === '') return [];
    this.#nameIndex ??= this.#buildNameIndex();
    const index = this.#nameIndex;
    const queryWords = folded.split(' ');
    const exact = options.match === 'exact';
    const last = queryWords[queryWords.length - 1] ?? '';
    const prefixMatches = exact ? [last] : this.#wordsWithPrefix(index.sortedWords, last);

    // Candidates come from the rarest query word; each candidate is then checked against all words.
    let candidates: number[] | undefined;
    for (const word of queryWords.slice(0, -1)) {
      const posting = index.postings.get(word) ?? [];
      if (!candidates || posting.length < candidates.length) candidates = posting;
    }
    if (!candidates || prefixMatches.length === 1) {
      const lastPosting = prefixMatches.length === 1 ? (index.postings.get(prefixMatches[0] ?? '') ?? []) : undefined;
      if (lastPosting && (!candidates || lastPosting.length < candidates.length)) candidates = lastPosting;
    }
    if (!candidates) candidates = [...new Set(prefixMatches.flatMap((word) => index.postings.get(word) ?? []))];

    const levels = options.levels ? new Set(options.levels.map((level) => LEVELS.indexOf(level))) : undefined;
    const within = typeof options.within === 'string' ? `${options.within.replace(/\s+/g, '')}.` : undefined;
    const lastSet = new Set(prefixMatches);
    const hits: number[] = [];
    for (const id of candidates) {
      if (levels && !levels.has(this.#levels[id] ?? -1)) continue;
      if (within && !(this.#codes[id] ?? '').startsWith(within)) continue;
      if (exact) {
        if (index.folded[id] === folded) hits.push(id);
        continue;
      }
      const nameWords = index.words[id] ?? [];
      if (
        queryWords.slice(0, -1).every((word) => nameWords.includes(word)) &&
        nameWords.some((word) => lastSet.has(word))
      )
        hits.push(id);
    }
    hits.sort((a, b) => {
      const exactA = index.folded[a] === folded ? 0 : 1;
      const exactB = index.folded[b] === folded ? 0 : 1;
      if (exactA !== exactB) return exactA - exactB;
      const levelDifference = (this.#levels[a] ?? 0) - (this.#levels[b] ?? 0);
      if (levelDifference !== 0) return levelDifference;
      return (this.#codes[a] ?? '') < (this.#codes[b] ?? '') ? -1 : 1;
    });
    const limit = options.limit ?? 20;
    return hits.slice(0, Math.max(0, limit)).map((id) => this.#region(id));
  }

  /**
   * Turns a name as people write it into a region of this list, with a confidence and the other
   * candidates; see `resolveRegion` for the rules. The name index is built on the first call.
   *
   * @example
   * ```ts
   * import { getWilayah } from '@spbe-kit/models/wilayah';
   * getWilayah().resolve('KAB. KUTAI KARTANEGARA').region?.code; // '64.02'
   * ```
   */
  resolve(text: string, options?: ResolveRegionOptions): RegionResolution {
    this.#resolver ??= new RegionResolver(this.#resolverEntries(), (code) => this.get(code));
    return this.#resolver.resolve(text, options);
  }

  *#resolverEntries(): Generator<ResolverEntry> {
    for (let id = 0; id < this.#codes.length; id++) {
      yield {
        code: this.#codes[id] ?? '',
        name: this.#names[id] ?? '',
        level: LEVELS[this.#levels[id] ?? 4] ?? 'island',
      };
    }
  }

  #wordsWithPrefix(sorted: readonly string[], prefix: string): string[] {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((sorted[middle] ?? '') < prefix) low = middle + 1;
      else high = middle;
    }
    const out: string[] = [];
    for (let i = low; i < sorted.length && (sorted[i] ?? '').startsWith(prefix); i++) out.push(sorted[i] ?? '');
    return out;
  }
}
