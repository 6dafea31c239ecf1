import type { LocalizedText } from '../errors/locale.js';

/**
 * States of a dataset on its way to the Satu Data portal (Perpres 39/2019): the produsen data
 * drafts and submits it, the walidata checks it (*pemeriksaan*) and publishes it
 * (*penyebarluasan*); a submitted or checked dataset may be rejected with a reason and revised.
 *
 * @example
 * ```ts
 * import { publicationStatuses } from '@spbe-kit/models';
 * publicationStatuses; // ['draft', 'submitted', 'checked', 'published', 'rejected']
 * ```
 */
export const publicationStatuses = ['draft', 'submitted', 'checked', 'published', 'rejected'] as const;

/**
 * One of {@link publicationStatuses}.
 */
export type PublicationStatus = (typeof publicationStatuses)[number];

/**
 * Names of {@link publicationStatuses} in both languages.
 *
 * @example
 * ```ts
 * import { publicationStatusLabels } from '@spbe-kit/models';
 * publicationStatusLabels.checked.id; // 'Diperiksa walidata'
 * ```
 */
export const publicationStatusLabels: Readonly<Record<PublicationStatus, LocalizedText>> = {
  draft: { id: 'Draf', en: 'Draft' },
  submitted: { id: 'Diajukan ke walidata', en: 'Submitted to the walidata' },
  checked: { id: 'Diperiksa walidata', en: 'Checked by the walidata' },
  published: { id: 'Dipublikasikan', en: 'Published' },
  rejected: { id: 'Ditolak', en: 'Rejected' },
};

/**
 * Events that move a dataset through the workflow.
 *
 * @example
 * ```ts
 * import { publicationEventTypes } from '@spbe-kit/models';
 * publicationEventTypes.includes('reject'); // true
 * ```
 */
export const publicationEventTypes = ['submit', 'check', 'publish', 'reject', 'revise'] as const;

/**
 * One of {@link publicationEventTypes}.
 */
export type PublicationEventType = (typeof publicationEventTypes)[number];

/**
 * Names of {@link publicationEventTypes} in both languages.
 *
 * @example
 * ```ts
 * import { publicationEventLabels } from '@spbe-kit/models';
 * publicationEventLabels.revise.id; // 'Perbaiki'
 * ```
 */
export const publicationEventLabels: Readonly<Record<PublicationEventType, LocalizedText>> = {
  submit: { id: 'Ajukan', en: 'Submit' },
  check: { id: 'Nyatakan lolos pemeriksaan', en: 'Pass the check' },
  publish: { id: 'Publikasikan', en: 'Publish' },
  reject: { id: 'Tolak', en: 'Reject' },
  revise: { id: 'Perbaiki', en: 'Revise' },
};
