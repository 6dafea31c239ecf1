import type { LocalizedText } from '@spbe-kit/models';
import type { OfficialPredicate } from '../methodology/methodology-table.js';

/**
 * The official predikat labels with English translations (a glossary shared by both built-in
 * methodologies; the Indonesian label is the official value results carry).
 *
 * @example
 * ```ts
 * import { OFFICIAL_PREDICATE_LABELS } from '@spbe-kit/indicators';
 * OFFICIAL_PREDICATE_LABELS['Sangat Baik'].en; // 'Very good'
 * ```
 */
export const OFFICIAL_PREDICATE_LABELS: Readonly<Record<OfficialPredicate, LocalizedText>> = {
  Memuaskan: { id: 'Memuaskan', en: 'Satisfactory' },
  'Sangat Baik': { id: 'Sangat Baik', en: 'Very good' },
  Baik: { id: 'Baik', en: 'Good' },
  Cukup: { id: 'Cukup', en: 'Fair' },
  Kurang: { id: 'Kurang', en: 'Poor' },
};
