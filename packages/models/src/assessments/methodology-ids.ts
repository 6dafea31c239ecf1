import type { LocalizedText } from '../errors/locale.js';
import type { MethodologyShape } from './methodology-shape.js';

/**
 * The evaluation methodologies spbe-kit knows by name: `spbe-2020` (Indeks SPBE, PermenPANRB
 * 59/2020, evaluations 2021–2025) and `pemdi-2026` (Indeks Pemerintah Digital, PermenPANRB 8/2026,
 * from 2026).
 *
 * @example
 * ```ts
 * import { builtInMethodologyIds } from '@spbe-kit/models';
 * builtInMethodologyIds; // ['spbe-2020', 'pemdi-2026']
 * ```
 */
export const builtInMethodologyIds = ['spbe-2020', 'pemdi-2026'] as const;

/**
 * One of {@link builtInMethodologyIds}.
 */
export type BuiltInMethodologyId = (typeof builtInMethodologyIds)[number];

/**
 * The value domain of each built-in methodology: whole levels 1–5 for `spbe-2020`, decimals in
 * [1, 5] for `pemdi-2026`. This is all `@spbe-kit/models` knows about them; the indicator tables
 * live in `@spbe-kit/indicators`.
 *
 * @example
 * ```ts
 * import { builtInValueDomains } from '@spbe-kit/models';
 * builtInValueDomains['pemdi-2026']; // 'decimal'
 * ```
 */
export const builtInValueDomains: Readonly<Record<BuiltInMethodologyId, MethodologyShape['valueDomain']>> = {
  'spbe-2020': 'integer',
  'pemdi-2026': 'decimal',
};

/**
 * Names of the built-in methodologies in both languages.
 *
 * @example
 * ```ts
 * import { methodologyLabels } from '@spbe-kit/models';
 * methodologyLabels['spbe-2020'].id; // 'Indeks SPBE (PermenPANRB 59/2020)'
 * ```
 */
export const methodologyLabels: Readonly<Record<BuiltInMethodologyId, LocalizedText>> = {
  'spbe-2020': { id: 'Indeks SPBE (PermenPANRB 59/2020)', en: 'SPBE Index (PermenPANRB 59/2020)' },
  'pemdi-2026': {
    id: 'Indeks Pemerintah Digital (PermenPANRB 8/2026)',
    en: 'Digital Government Index (PermenPANRB 8/2026)',
  },
};
