import type { LocalizedText } from '../errors/locale.js';

/**
 * Application types of Perpres 95/2018: *umum* (one standard application shared by all agencies,
 * e.g. SRIKANDI, SP4N-LAPOR!) and *khusus* (built by one agency for its own needs).
 *
 * @example
 * ```ts
 * import { applicationTypes } from '@spbe-kit/models';
 * applicationTypes; // ['umum', 'khusus']
 * ```
 */
export const applicationTypes = ['umum', 'khusus'] as const;

/**
 * One of {@link applicationTypes}.
 */
export type ApplicationType = (typeof applicationTypes)[number];

/**
 * Names of {@link applicationTypes} in both languages.
 *
 * @example
 * ```ts
 * import { applicationTypeLabels } from '@spbe-kit/models';
 * applicationTypeLabels.umum.en; // 'Common application'
 * ```
 */
export const applicationTypeLabels: Readonly<Record<ApplicationType, LocalizedText>> = {
  umum: { id: 'Aplikasi Umum', en: 'Common application' },
  khusus: { id: 'Aplikasi Khusus', en: 'Special-purpose application' },
};

/**
 * Where an application runs: the Pusat Data Nasional (`'pdn'`, required by Permenkominfo 4/2024
 * where available) or the agency's own data centre.
 *
 * @example
 * ```ts
 * import { applicationHostings } from '@spbe-kit/models';
 * applicationHostings; // ['pdn', 'own-data-centre']
 * ```
 */
export const applicationHostings = ['pdn', 'own-data-centre'] as const;

/**
 * One of {@link applicationHostings}.
 */
export type ApplicationHosting = (typeof applicationHostings)[number];

/**
 * Names of {@link applicationHostings} in both languages.
 *
 * @example
 * ```ts
 * import { applicationHostingLabels } from '@spbe-kit/models';
 * applicationHostingLabels.pdn.id; // 'Pusat Data Nasional (PDN)'
 * ```
 */
export const applicationHostingLabels: Readonly<Record<ApplicationHosting, LocalizedText>> = {
  pdn: { id: 'Pusat Data Nasional (PDN)', en: 'National Data Centre (PDN)' },
  'own-data-centre': { id: 'Pusat data milik instansi', en: "Agency's own data centre" },
};

/**
 * Licence kinds: open source (preferred for Aplikasi Khusus), government-owned source, or proprietary.
 *
 * @example
 * ```ts
 * import { licenceKinds } from '@spbe-kit/models';
 * licenceKinds[0]; // 'open-source'
 * ```
 */
export const licenceKinds = ['open-source', 'government-owned', 'proprietary'] as const;

/**
 * One of {@link licenceKinds}.
 */
export type LicenceKind = (typeof licenceKinds)[number];

/**
 * Names of {@link licenceKinds} in both languages.
 *
 * @example
 * ```ts
 * import { licenceKindLabels } from '@spbe-kit/models';
 * licenceKindLabels['open-source'].id; // 'Sumber terbuka'
 * ```
 */
export const licenceKindLabels: Readonly<Record<LicenceKind, LocalizedText>> = {
  'open-source': { id: 'Sumber terbuka', en: 'Open source' },
  'government-owned': { id: 'Milik pemerintah', en: 'Government-owned' },
  proprietary: { id: 'Berpemilik (komersial)', en: 'Proprietary' },
};

/**
 * Lifecycle status of an application or infrastructure item.
 *
 * @example
 * ```ts
 * import { lifecycleStatuses } from '@spbe-kit/models';
 * lifecycleStatuses.includes('operational'); // true
 * ```
 */
export const lifecycleStatuses = ['planned', 'in-development', 'operational', 'retired'] as const;

/**
 * One of {@link lifecycleStatuses}.
 */
export type LifecycleStatus = (typeof lifecycleStatuses)[number];

/**
 * Names of {@link lifecycleStatuses} in both languages.
 *
 * @example
 * ```ts
 * import { lifecycleStatusLabels } from '@spbe-kit/models';
 * lifecycleStatusLabels.operational.id; // 'Beroperasi'
 * ```
 */
export const lifecycleStatusLabels: Readonly<Record<LifecycleStatus, LocalizedText>> = {
  planned: { id: 'Direncanakan', en: 'Planned' },
  'in-development': { id: 'Dalam pengembangan', en: 'In development' },
  operational: { id: 'Beroperasi', en: 'Operational' },
  retired: { id: 'Dihentikan', en: 'Retired' },
};

/**
 * State of an application's integration with the Sistem Penghubung Layanan Pemerintah (SPLP),
 * directly or through the regional connector (SPLPD).
 *
 * @example
 * ```ts
 * import { splpIntegrationStatuses } from '@spbe-kit/models';
 * splpIntegrationStatuses; // ['integrated', 'planned', 'not-integrated']
 * ```
 */
export const splpIntegrationStatuses = ['integrated', 'planned', 'not-integrated'] as const;

/**
 * One of {@link splpIntegrationStatuses}.
 */
export type SplpIntegrationStatus = (typeof splpIntegrationStatuses)[number];

/**
 * Names of {@link splpIntegrationStatuses} in both languages.
 *
 * @example
 * ```ts
 * import { splpIntegrationStatusLabels } from '@spbe-kit/models';
 * splpIntegrationStatusLabels.integrated.id; // 'Terintegrasi SPLP'
 * ```
 */
export const splpIntegrationStatusLabels: Readonly<Record<SplpIntegrationStatus, LocalizedText>> = {
  integrated: { id: 'Terintegrasi SPLP', en: 'Integrated with SPLP' },
  planned: { id: 'Integrasi SPLP direncanakan', en: 'SPLP integration planned' },
  'not-integrated': { id: 'Belum terintegrasi SPLP', en: 'Not integrated with SPLP' },
};
