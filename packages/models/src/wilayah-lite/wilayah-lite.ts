import type { z } from 'zod';
import {
  regencyCodeSchema,
  provinceCodeSchema,
  type ProvinceCode,
  type RegencyCode,
} from '../identifiers/region-code.js';
import { modelsIssue } from '../validation/parse.js';
import { normalizeRegionName } from './normalize-region-name.js';
import { RegionResolver, type RegionResolution, type ResolveRegionOptions } from './region-resolver.js';
import { WILAYAH_LITE_DATA, WILAYAH_LITE_SOURCE, WILAYAH_LITE_VERSION } from './regions.generated.js';
import type { WilayahProvince, WilayahRegency } from './wilayah-region.js';

/**
 * Version of the province and regency/city list in this entry point, e.g. `'kepmendagri-300.2.2-2138-2025'`.
 *
 * @example
 * ```ts
 * import { wilayahLiteVersion } from '@spbe-kit/models/wilayah-lite';
 * wilayahLiteVersion; // 'kepmendagri-300.2.2-2138-2025'
 * ```
 */
export const wilayahLiteVersion: string = WILAYAH_LITE_VERSION;

/**
 * Where the list comes from (its ODbL licence requires this credit wherever the data is shown).
 *
 * @example
 * ```ts
 * import { wilayahLiteSource } from '@spbe-kit/models/wilayah-lite';
 * wilayahLiteSource; // 'idn-area-data 4.0.1 (data: Open Database License 1.0)'
 * ```
 */
export const wilayahLiteSource: string = WILAYAH_LITE_SOURCE;

interface LiteIndex {
  readonly provinces: readonly WilayahProvince[];
  readonly byCode: ReadonlyMap<string, WilayahProvince | WilayahRegency>;
  readonly regenciesOf: ReadonlyMap<string, readonly WilayahRegency[]>;
}

let liteIndex: LiteIndex | undefined;

// Parsed on first use, so importing the entry point costs nothing until a look-up is made.
function index(): LiteIndex {
  if (liteIndex) return liteIndex;
  const provinces: WilayahProvince[] = [];
  const byCode = new Map<string, WilayahProvince | WilayahRegency>();
  const regenciesOf = new Map<string, WilayahRegency[]>();
  for (const block of WILAYAH_LITE_DATA.split('|')) {
    const [head = '', ...rest] = block.split(';');
    const provinceCode = head.slice(0, 2) as ProvinceCode;
    const province: WilayahProvince = { level: 'province', code: provinceCode, name: head.slice(3), parentCode: null };
    provinces.push(province);
    byCode.set(provinceCode, province);
    const regencies: WilayahRegency[] = [];
    for (const entry of rest) {
      const suffix = entry.slice(0, 2);
      const regency: WilayahRegency = {
        level: 'regency',
        code: `${provinceCode}.${suffix}` as RegencyCode,
        name: entry.slice(3),
        parentCode: provinceCode,
        kind: Number(suffix) < 70 ? 'kabupaten' : 'kota',
      };
      regencies.push(regency);
      byCode.set(regency.code, regency);
    }
    regenciesOf.set(provinceCode, regencies);
  }
  liteIndex = { provinces, byCode, regenciesOf };
  return liteIndex;
}

/**
 * The province with this code, or `undefined`.
 *
 * @example
 * ```ts
 * import { getProvince } from '@spbe-kit/models/wilayah-lite';
 * getProvince('64')?.name; // 'Kalimantan Timur'
 * ```
 */
export function getProvince(code: string): WilayahProvince | undefined {
  const region = typeof code === 'string' ? index().byCode.get(code.trim()) : undefined;
  return region?.level === 'province' ? region : undefined;
}

/**
 * The regency/city with this code, or `undefined`.
 *
 * @example
 * ```ts
 * import { getRegency } from '@spbe-kit/models/wilayah-lite';
 * getRegency('64.71'); // { level: 'regency', code: '64.71', name: 'Kota Balikpapan', parentCode: '64', kind: 'kota' }
 * ```
 */
export function getRegency(code: string): WilayahRegency | undefined {
  const region = typeof code === 'string' ? index().byCode.get(code.replace(/\s+/g, '')) : undefined;
  return region?.level === 'regency' ? region : undefined;
}

/**
 * All 38 provinces, in code order.
 *
 * @example
 * ```ts
 * import { listProvinces } from '@spbe-kit/models/wilayah-lite';
 * listProvinces().length; // 38
 * ```
 */
export function listProvinces(): readonly WilayahProvince[] {
  return index().provinces;
}

/**
 * The regencies/cities of a province in code order (empty for an unknown province), or all 514 without an argument.
 *
 * @example
 * ```ts
 * import { listRegencies } from '@spbe-kit/models/wilayah-lite';
 * listRegencies('64').map((regency) => regency.name); // ['Kabupaten Paser', ..., 'Kota Bontang']
 * ```
 */
export function listRegencies(provinceCode?: string): readonly WilayahRegency[] {
  const { regenciesOf } = index();
  if (provinceCode === undefined) return [...regenciesOf.values()].flat();
  return regenciesOf.get(typeof provinceCode === 'string' ? provinceCode.trim() : '') ?? [];
}

/**
 * Provinces and regencies/cities whose name contains every word of the query (case, accents and
 * punctuation ignored), provinces first.
 *
 * @example
 * ```ts
 * import { searchProvincesAndRegencies } from '@spbe-kit/models/wilayah-lite';
 * searchProvincesAndRegencies('balikpapan')[0]?.code; // '64.71'
 * ```
 */
export function searchProvincesAndRegencies(query: string): Array<WilayahProvince | WilayahRegency> {
  const words = typeof query === 'string' ? normalizeRegionName(query).split(' ').filter(Boolean) : [];
  if (words.length === 0) return [];
  const out: Array<WilayahProvince | WilayahRegency> = [];
  // 552 short names: a scan is faster than building an index for them.
  for (const region of index().byCode.values()) {
    const name = ` ${normalizeRegionName(region.name)} `;
    if (words.every((word) => name.includes(` ${word}`))) out.push(region);
  }
  return out.sort((a, b) => (a.level === b.level ? (a.code < b.code ? -1 : 1) : a.level === 'province' ? -1 : 1));
}

/**
 * A province code that exists in the bundled list (format first, then existence).
 *
 * @example
 * ```ts
 * import { knownProvinceCodeSchema } from '@spbe-kit/models/wilayah-lite';
 * knownProvinceCodeSchema.safeParse('64').success; // true
 * knownProvinceCodeSchema.safeParse('97').success; // false
 * ```
 */
export const knownProvinceCodeSchema = provinceCodeSchema.refine(
  (code) => getProvince(code) !== undefined,
  modelsIssue('region_code.unknown_province', {
    id: `Kode provinsi tidak ada dalam daftar ${WILAYAH_LITE_VERSION}`,
    en: `Province code not in the list ${WILAYAH_LITE_VERSION}`,
  }),
);

/**
 * A regency/city code that exists in the bundled list, for web forms that cannot load the full
 * Node-only list (format first, then existence).
 *
 * @example
 * ```ts
 * import { knownRegencyCodeSchema } from '@spbe-kit/models/wilayah-lite';
 * knownRegencyCodeSchema.safeParse('64.71').success; // true
 * knownRegencyCodeSchema.safeParse('64.73').success; // false (Tarakan is 65.71)
 * ```
 */
export const knownRegencyCodeSchema = regencyCodeSchema.refine(
  (code) => getRegency(code) !== undefined,
  modelsIssue('region_code.unknown_regency', {
    id: `Kode kabupaten/kota tidak ada dalam daftar ${WILAYAH_LITE_VERSION}`,
    en: `Regency/city code not in the list ${WILAYAH_LITE_VERSION}`,
  }),
);

/**
 * A regency/city code checked for existence.
 *
 * @example
 * ```ts
 * import { knownRegencyCodeSchema, type KnownRegencyCode } from '@spbe-kit/models/wilayah-lite';
 * const balikpapan: KnownRegencyCode = knownRegencyCodeSchema.parse('64.71');
 * ```
 */
export type KnownRegencyCode = z.output<typeof knownRegencyCodeSchema>;

let liteResolver: RegionResolver | undefined;

/**
 * Browser-safe region-name resolver over the provinces and regencies/cities only: turns what people
 * write (`KAB. KUTAI KARTANEGARA`, `Kota Bogor`, `kukar`, `Kaltim`, `S I A K`) into a province or
 * regency/city with a confidence and every candidate; ambiguous names (`Bogor`, `SOLOK`) list every
 * candidate and choose none. The same rules as `resolveRegion` of `@spbe-kit/models/wilayah`.
 *
 * @example
 * ```ts
 * import { resolveProvinceOrRegency } from '@spbe-kit/models/wilayah-lite';
 * resolveProvinceOrRegency('KAB. KUTAI KARTANEGARA').region?.code; // '64.02'
 * resolveProvinceOrRegency('Bogor').status; // 'ambiguous'
 * ```
 */
export function resolveProvinceOrRegency(text: string, options?: ResolveRegionOptions): RegionResolution {
  liteResolver ??= new RegionResolver(
    [...index().byCode.values()].map((region) => ({ code: region.code, name: region.name, level: region.level })),
    (code) => index().byCode.get(code),
  );
  return liteResolver.resolve(text, options);
}
