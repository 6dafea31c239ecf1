import type { LocalizedText } from '../errors/locale.js';

/**
 * Sex as encoded in a NIK (day + 40 for women) or a NIP (digit 15: 1 male, 2 female).
 *
 * @example
 * ```ts
 * import { parseNip, sexLabels, type Sex } from '@spbe-kit/models';
 * const sex: Sex = parseNip('19860926 201505 1 001').sex; // 'male'
 * sexLabels[sex].id; // 'Laki-laki'
 * ```
 */
export type Sex = 'male' | 'female';

/**
 * The sexes as printed on Indonesian documents (`Laki-laki`, `Perempuan`) and in English.
 *
 * @example
 * ```ts
 * import { sexLabels } from '@spbe-kit/models';
 * sexLabels.female.id; // 'Perempuan'
 * ```
 */
export const sexLabels: Readonly<Record<Sex, LocalizedText>> = {
  male: { id: 'Laki-laki', en: 'Male' },
  female: { id: 'Perempuan', en: 'Female' },
};
