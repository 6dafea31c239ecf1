import type { LocalizedText } from '../errors/locale.js';

/**
 * Types of perangkat daerah (regional government units, OPD) under PP 18/2016 on Perangkat Daerah:
 * sekretariat daerah, sekretariat DPRD, inspektorat, dinas, badan and (in a kabupaten/kota)
 * kecamatan; `lainnya` for units outside these types.
 *
 * @example
 * ```ts
 * import { perangkatDaerahTypes } from '@spbe-kit/models';
 * perangkatDaerahTypes; // ['sekretariat-daerah', 'sekretariat-dprd', 'inspektorat', 'dinas', 'badan', 'kecamatan', 'lainnya']
 * perangkatDaerahTypes.includes('dinas'); // true
 * ```
 */
export const perangkatDaerahTypes = [
  'sekretariat-daerah',
  'sekretariat-dprd',
  'inspektorat',
  'dinas',
  'badan',
  'kecamatan',
  'lainnya',
] as const;

/**
 * A type of perangkat daerah.
 *
 * @example
 * ```ts
 * import { perangkatDaerahTypeLabels, type PerangkatDaerahType } from '@spbe-kit/models';
 * const type: PerangkatDaerahType = 'badan';
 * perangkatDaerahTypeLabels[type].en; // 'Agency (badan)'
 * ```
 */
export type PerangkatDaerahType = (typeof perangkatDaerahTypes)[number];

/**
 * Names of the perangkat daerah types in Bahasa Indonesia and English.
 *
 * @example
 * ```ts
 * import { perangkatDaerahTypeLabels } from '@spbe-kit/models';
 * perangkatDaerahTypeLabels.inspektorat.en; // 'Inspectorate'
 * ```
 */
export const perangkatDaerahTypeLabels: Readonly<Record<PerangkatDaerahType, LocalizedText>> = {
  'sekretariat-daerah': { id: 'Sekretariat Daerah', en: 'Regional secretariat' },
  'sekretariat-dprd': { id: 'Sekretariat DPRD', en: 'Secretariat of the regional parliament' },
  inspektorat: { id: 'Inspektorat', en: 'Inspectorate' },
  dinas: { id: 'Dinas', en: 'Service office (dinas)' },
  badan: { id: 'Badan', en: 'Agency (badan)' },
  kecamatan: { id: 'Kecamatan', en: 'District office (kecamatan)' },
  lainnya: { id: 'Lainnya', en: 'Other' },
};
