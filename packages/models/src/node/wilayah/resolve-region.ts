import type { RegionResolution, ResolveRegionOptions } from '../../wilayah-lite/region-resolver.js';
import { getWilayah } from './load-wilayah.js';
import type { Wilayah } from './wilayah.js';

/**
 * Turns a region name as people write it into a Kemendagri region, with a confidence and the other
 * candidates. Understands:
 *
 * - prefixes and their absence: `KAB.`, `Kab`, `Kabupaten`, `KOTA`, `Kota Adm.`, `Kec.`, `Desa`,
 *   `Provinsi` (a prefix favours regions of its kind: `Kota Bogor` is the city, not the regency);
 * - BPS upper-case names and spaced letters (`KUTAI KARTANEGARA`, `S I A K`), spacing variants
 *   (`LABUHAN BATU` for Labuhanbatu, `TOLI TOLI` for Toli-Toli), `Kep.` for Kepulauan;
 * - the documented aliases of {@link regionAliases} (Kukar, Kubar, Kutim, PPU, Kaltim, Kaltara, DKI,
 *   Jabar, …, former names such as Toba Samosir) and your own (`options.aliases`);
 * - small typos (one letter in names of 5–8 letters, two from 9), only when nothing matches exactly;
 * - a dotted Kemendagri code (`64.02`), taken as it is.
 *
 * When several regions of the same level fit equally well (Kabupaten and Kota Bogor for `Bogor`,
 * Kabupaten and Kota Solok for `SOLOK`) the answer is `ambiguous` and lists every one: nothing is
 * guessed. Of equally good matches at different levels the larger region wins (`Bantul` is the regency,
 * its district Bantul is listed as a candidate); restrict with `levels` and `within` to be sure.
 * Never throws: any input gives an answer.
 *
 * @example
 * ```ts
 * import { resolveRegion } from '@spbe-kit/models/wilayah';
 * resolveRegion('KAB. KUTAI KARTANEGARA').region?.code; // '64.02'
 * resolveRegion('kukar').region?.name; // 'Kabupaten Kutai Kartanegara'
 * resolveRegion('SOLOK', { levels: ['regency'] }).status; // 'ambiguous' (13.02 and 13.72)
 * ```
 */
export function resolveRegion(
  text: string,
  options: ResolveRegionOptions & { readonly wilayah?: Wilayah } = {},
): RegionResolution {
  return (options.wilayah ?? getWilayah()).resolve(text, options);
}
