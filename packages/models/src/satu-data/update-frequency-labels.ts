import type { LocalizedText } from '../errors/locale.js';

/**
 * How often a dataset is updated (*jadwal pemutakhiran*).
 *
 * @example
 * ```ts
 * import { updateFrequencies } from '@spbe-kit/models';
 * updateFrequencies.includes('annual'); // true
 * ```
 */
export const updateFrequencies = [
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'semi-annual',
  'annual',
  'five-yearly',
  'irregular',
] as const;

/**
 * One of {@link updateFrequencies}.
 */
export type UpdateFrequency = (typeof updateFrequencies)[number];

/**
 * Names of {@link updateFrequencies} in both languages.
 *
 * @example
 * ```ts
 * import { updateFrequencyLabels } from '@spbe-kit/models';
 * updateFrequencyLabels.quarterly.id; // 'Triwulanan'
 * ```
 */
export const updateFrequencyLabels: Readonly<Record<UpdateFrequency, LocalizedText>> = {
  daily: { id: 'Harian', en: 'Daily' },
  weekly: { id: 'Mingguan', en: 'Weekly' },
  monthly: { id: 'Bulanan', en: 'Monthly' },
  quarterly: { id: 'Triwulanan', en: 'Quarterly' },
  'semi-annual': { id: 'Semesteran', en: 'Semi-annual' },
  annual: { id: 'Tahunan', en: 'Annual' },
  'five-yearly': { id: 'Lima tahunan', en: 'Every five years' },
  irregular: { id: 'Tidak tetap', en: 'Irregular' },
};
