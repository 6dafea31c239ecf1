import type { LocalizedText } from '../errors/locale.js';

/**
 * The data types of the Kode Standar Data Statistik Nasional (Perba BPS 4/2021).
 *
 * @example
 * ```ts
 * import { statisticalDataTypes } from '@spbe-kit/models';
 * statisticalDataTypes; // ['SD', 'SP', 'ST', 'SE', 'UL']
 * ```
 */
export const statisticalDataTypes = ['SD', 'SP', 'ST', 'SE', 'UL'] as const;

/**
 * One of {@link statisticalDataTypes}.
 */
export type StatisticalDataType = (typeof statisticalDataTypes)[number];

/**
 * Names of {@link statisticalDataTypes} in both languages.
 *
 * @example
 * ```ts
 * import { statisticalDataTypeLabels } from '@spbe-kit/models';
 * statisticalDataTypeLabels.SP.en; // 'Social and population'
 * ```
 */
export const statisticalDataTypeLabels: Readonly<Record<StatisticalDataType, LocalizedText>> = {
  SD: { id: 'Tujuan Pembangunan Berkelanjutan (SDGs)', en: 'Sustainable Development Goals (SDGs)' },
  SP: { id: 'Sosial dan kependudukan', en: 'Social and population' },
  ST: { id: 'Pertanian', en: 'Agriculture' },
  SE: { id: 'Ekonomi', en: 'Economy' },
  UL: { id: 'Umum', en: 'General' },
};
