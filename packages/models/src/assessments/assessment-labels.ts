import type { LocalizedText } from '../errors/locale.js';

/**
 * The predikat (rating) of an index, from best to worst; the same five names in PermenPANRB
 * 59/2020 and 8/2026 (with different bands, which `@spbe-kit/indicators` holds).
 *
 * @example
 * ```ts
 * import { predikatValues } from '@spbe-kit/models';
 * predikatValues[0]; // 'Memuaskan'
 * ```
 */
export const predikatValues = ['Memuaskan', 'Sangat Baik', 'Baik', 'Cukup', 'Kurang'] as const;

/**
 * One of {@link predikatValues}.
 */
export type Predikat = (typeof predikatValues)[number];

/**
 * {@link predikatValues} in both languages.
 *
 * @example
 * ```ts
 * import { predikatLabels } from '@spbe-kit/models';
 * predikatLabels['Sangat Baik'].en; // 'Very good'
 * ```
 */
export const predikatLabels: Readonly<Record<Predikat, LocalizedText>> = {
  Memuaskan: { id: 'Memuaskan', en: 'Excellent' },
  'Sangat Baik': { id: 'Sangat Baik', en: 'Very good' },
  Baik: { id: 'Baik', en: 'Good' },
  Cukup: { id: 'Cukup', en: 'Fair' },
  Kurang: { id: 'Kurang', en: 'Poor' },
};

/**
 * A maturity level number, 1–5.
 */
export type MaturityLevel = 1 | 2 | 3 | 4 | 5;

/**
 * Level names of the *process capability* scale of PermenPANRB 59/2020 (indicators 1–31).
 *
 * @example
 * ```ts
 * import { processCapabilityLevelLabels } from '@spbe-kit/models';
 * processCapabilityLevelLabels[3].id; // 'Terdefinisi'
 * ```
 */
export const processCapabilityLevelLabels: Readonly<Record<MaturityLevel, LocalizedText>> = {
  1: { id: 'Rintisan', en: 'Initial' },
  2: { id: 'Terkelola', en: 'Managed' },
  3: { id: 'Terdefinisi', en: 'Defined' },
  4: { id: 'Terpadu dan Terukur', en: 'Integrated and measured' },
  5: { id: 'Optimum', en: 'Optimised' },
};

/**
 * Level names of the *service capability* scale of PermenPANRB 59/2020 (indicators 32–47, and the
 * maturity of a service in an inventory).
 *
 * @example
 * ```ts
 * import { serviceCapabilityLevelLabels } from '@spbe-kit/models';
 * serviceCapabilityLevelLabels[3].en; // 'Transaction'
 * ```
 */
export const serviceCapabilityLevelLabels: Readonly<Record<MaturityLevel, LocalizedText>> = {
  1: { id: 'Informasi', en: 'Information' },
  2: { id: 'Interaksi', en: 'Interaction' },
  3: { id: 'Transaksi', en: 'Transaction' },
  4: { id: 'Kolaborasi', en: 'Collaboration' },
  5: { id: 'Optimum', en: 'Optimised' },
};

/**
 * Level names of PermenPANRB 8/2026 (Indeks Pemerintah Digital), with the English names the
 * regulation gives.
 *
 * @example
 * ```ts
 * import { digitalGovernmentLevelLabels } from '@spbe-kit/models';
 * digitalGovernmentLevelLabels[4]; // { id: 'Melembaga', en: 'Embedded' }
 * ```
 */
export const digitalGovernmentLevelLabels: Readonly<Record<MaturityLevel, LocalizedText>> = {
  1: { id: 'Merintis', en: 'Initiate' },
  2: { id: 'Membangun', en: 'Emerging' },
  3: { id: 'Berkembang', en: 'Developing' },
  4: { id: 'Melembaga', en: 'Embedded' },
  5: { id: 'Unggul', en: 'Leading' },
};

/**
 * The verification flags of an indicator in an evaluation.
 *
 * @example
 * ```ts
 * import { verificationFlags } from '@spbe-kit/models';
 * verificationFlags; // ['uploaded', 'interviewed', 'approved']
 * ```
 */
export const verificationFlags = ['uploaded', 'interviewed', 'approved'] as const;

/**
 * One of {@link verificationFlags}.
 */
export type VerificationFlag = (typeof verificationFlags)[number];

/**
 * Names of {@link verificationFlags} in both languages.
 *
 * @example
 * ```ts
 * import { verificationFlagLabels } from '@spbe-kit/models';
 * verificationFlagLabels.interviewed.id; // 'Sudah diwawancara'
 * ```
 */
export const verificationFlagLabels: Readonly<Record<VerificationFlag, LocalizedText>> = {
  uploaded: { id: 'Bukti dukung diunggah', en: 'Evidence uploaded' },
  interviewed: { id: 'Sudah diwawancara', en: 'Interviewed' },
  approved: { id: 'Disetujui asesor', en: 'Approved by the assessor' },
};

/**
 * Where an indicator value comes from: assessed directly, or taken from another national index
 * (*dinilai dari indeks lain*; Pemdi 2026 indicators 5, 6, 7 and 18).
 *
 * @example
 * ```ts
 * import { valueOriginKinds } from '@spbe-kit/models';
 * valueOriginKinds; // ['assessed', 'external-index']
 * ```
 */
export const valueOriginKinds = ['assessed', 'external-index'] as const;

/**
 * One of {@link valueOriginKinds}.
 */
export type ValueOriginKind = (typeof valueOriginKinds)[number];

/**
 * Names of {@link valueOriginKinds} in both languages.
 *
 * @example
 * ```ts
 * import { valueOriginLabels } from '@spbe-kit/models';
 * valueOriginLabels['external-index'].id; // 'Dinilai dari indeks lain'
 * ```
 */
export const valueOriginLabels: Readonly<Record<ValueOriginKind, LocalizedText>> = {
  assessed: { id: 'Dinilai langsung', en: 'Assessed directly' },
  'external-index': { id: 'Dinilai dari indeks lain', en: 'Taken from another index' },
};
