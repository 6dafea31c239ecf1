const PLAIN = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/**
 * Folds a region name for comparison: accents removed (`é` → `e`), lower case, apostrophes and
 * quotes dropped (`Soka"an`, `Mu’u` → `sokaan`, `muu`), any other punctuation turned into a space,
 * white space collapsed. `'  KOTA  Balikpapan '` and `'kota balikpapan'` fold to the same text.
 *
 * @example
 * ```ts
 * import { normalizeRegionName } from '@spbe-kit/models/wilayah-lite';
 * normalizeRegionName('Watu Yanat Mu’u'); // 'watu yanat muu'
 * ```
 */
export function normalizeRegionName(name: string): string {
  // Most official names are plain letters and single spaces: fold those without the Unicode passes.
  if (PLAIN.test(name)) return name.toLowerCase();
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`"“”]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
