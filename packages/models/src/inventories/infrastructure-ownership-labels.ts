import type { LocalizedText } from '../errors/locale.js';

/**
 * Who owns an infrastructure item: the agency, a lessor, or a shared national facility (PDN, JIP, SPLP).
 *
 * @example
 * ```ts
 * import { infrastructureOwnerships } from '@spbe-kit/models';
 * infrastructureOwnerships; // ['owned', 'leased', 'shared-national']
 * ```
 */
export const infrastructureOwnerships = ['owned', 'leased', 'shared-national'] as const;

/**
 * One of {@link infrastructureOwnerships}.
 */
export type InfrastructureOwnership = (typeof infrastructureOwnerships)[number];

/**
 * Names of {@link infrastructureOwnerships} in both languages.
 *
 * @example
 * ```ts
 * import { infrastructureOwnershipLabels } from '@spbe-kit/models';
 * infrastructureOwnershipLabels.owned.id; // 'Milik sendiri'
 * ```
 */
export const infrastructureOwnershipLabels: Readonly<Record<InfrastructureOwnership, LocalizedText>> = {
  owned: { id: 'Milik sendiri', en: 'Owned' },
  leased: { id: 'Sewa', en: 'Leased' },
  'shared-national': { id: 'Fasilitas nasional bersama', en: 'Shared national facility' },
};
