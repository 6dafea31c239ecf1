import type { LocalizedText } from '../errors/locale.js';

/**
 * The roles of Satu Data Indonesia (Perpres 39/2019): *pembina data* (BPS for statistics, BIG for
 * geospatial data; sets standards), *walidata* (checks data against the principles and publishes it)
 * and *produsen data* (produces data with metadata and sends it to the walidata).
 *
 * @example
 * ```ts
 * import { satuDataRoles } from '@spbe-kit/models';
 * satuDataRoles; // ['pembina-data', 'walidata', 'produsen-data']
 * ```
 */
export const satuDataRoles = ['pembina-data', 'walidata', 'produsen-data'] as const;

/**
 * One of {@link satuDataRoles}.
 */
export type SatuDataRole = (typeof satuDataRoles)[number];

/**
 * Names of {@link satuDataRoles} in both languages.
 *
 * @example
 * ```ts
 * import { satuDataRoleLabels } from '@spbe-kit/models';
 * satuDataRoleLabels['produsen-data'].en; // 'Data producer'
 * ```
 */
export const satuDataRoleLabels: Readonly<Record<SatuDataRole, LocalizedText>> = {
  'pembina-data': { id: 'Pembina Data', en: 'Data steward (standard setter)' },
  walidata: { id: 'Walidata', en: 'Data custodian' },
  'produsen-data': { id: 'Produsen Data', en: 'Data producer' },
};
