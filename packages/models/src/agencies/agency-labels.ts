import type { LocalizedText } from '../errors/locale.js';

/**
 * Kinds of Instansi (government agency) in SPBE: central (kementerian, lembaga) and regional governments.
 *
 * @example
 * ```ts
 * import { agencyKinds } from '@spbe-kit/models';
 * agencyKinds; // ['kementerian', 'lembaga', 'provinsi', 'kabupaten', 'kota']
 * agencyKinds.includes('kota'); // true
 * ```
 */
export const agencyKinds = ['kementerian', 'lembaga', 'provinsi', 'kabupaten', 'kota'] as const;

/**
 * A kind of Instansi.
 *
 * @example
 * ```ts
 * import { agencyKindLabels, type AgencyKind } from '@spbe-kit/models';
 * const kind: AgencyKind = 'kota';
 * agencyKindLabels[kind].id; // 'Pemerintah Kota'
 * ```
 */
export type AgencyKind = (typeof agencyKinds)[number];

/**
 * Names of the agency kinds in Bahasa Indonesia and English.
 *
 * @example
 * ```ts
 * import { agencyKindLabels } from '@spbe-kit/models';
 * agencyKindLabels.kota.en; // 'City government'
 * ```
 */
export const agencyKindLabels: Readonly<Record<AgencyKind, LocalizedText>> = {
  kementerian: { id: 'Kementerian', en: 'Ministry' },
  lembaga: { id: 'Lembaga', en: 'Government agency' },
  provinsi: { id: 'Pemerintah Provinsi', en: 'Provincial government' },
  kabupaten: { id: 'Pemerintah Kabupaten', en: 'Regency government' },
  kota: { id: 'Pemerintah Kota', en: 'City government' },
};
