import type { LocalizedText } from '../errors/locale.js';

/**
 * The six domains of an SPBE architecture (Perpres 95/2018, Perpres 132/2022), in the order objects
 * depend on each other: business process → data → service → application → infrastructure → security.
 *
 * @example
 * ```ts
 * import { architectureDomains } from '@spbe-kit/models';
 * architectureDomains[0]; // 'business-process'
 * ```
 */
export const architectureDomains = [
  'business-process',
  'data',
  'service',
  'application',
  'infrastructure',
  'security',
] as const;

/**
 * One of the six SPBE architecture domains.
 */
export type ArchitectureDomain = (typeof architectureDomains)[number];

/**
 * The code prefix of each domain's national reference model (*Referensi Arsitektur*).
 *
 * @example
 * ```ts
 * import { referencePrefixOfDomain } from '@spbe-kit/models';
 * referencePrefixOfDomain.application; // 'RAA'
 * ```
 */
export const referencePrefixOfDomain = {
  'business-process': 'RAB',
  data: 'RAD',
  service: 'RAL',
  application: 'RAA',
  infrastructure: 'RAI',
  security: 'RAK',
} as const satisfies Record<ArchitectureDomain, string>;

/**
 * The prefix of a reference-model code: `RAB`, `RAD`, `RAL`, `RAA`, `RAI` or `RAK`.
 */
export type ReferencePrefix = (typeof referencePrefixOfDomain)[ArchitectureDomain];

/**
 * Every reference-model prefix, in domain order.
 *
 * @example
 * ```ts
 * import { referencePrefixes } from '@spbe-kit/models';
 * referencePrefixes.includes('RAK'); // true
 * ```
 */
export const referencePrefixes = architectureDomains.map(
  (domain) => referencePrefixOfDomain[domain],
) as readonly ReferencePrefix[];

/**
 * The domain a reference-model prefix belongs to.
 *
 * @example
 * ```ts
 * import { domainOfReferencePrefix } from '@spbe-kit/models';
 * domainOfReferencePrefix.RAD; // 'data'
 * ```
 */
export const domainOfReferencePrefix = {
  RAB: 'business-process',
  RAD: 'data',
  RAL: 'service',
  RAA: 'application',
  RAI: 'infrastructure',
  RAK: 'security',
} as const satisfies Record<ReferencePrefix, ArchitectureDomain>;

/**
 * Names of the architecture domains in Bahasa Indonesia (the official *Domain Arsitektur* names) and English.
 *
 * @example
 * ```ts
 * import { architectureDomainLabels, localize } from '@spbe-kit/models';
 * localize(architectureDomainLabels.service, 'id'); // 'Layanan SPBE'
 * ```
 */
export const architectureDomainLabels: Readonly<Record<ArchitectureDomain, LocalizedText>> = {
  'business-process': { id: 'Proses Bisnis', en: 'Business process' },
  data: { id: 'Data dan Informasi', en: 'Data and information' },
  service: { id: 'Layanan SPBE', en: 'SPBE service' },
  application: { id: 'Aplikasi SPBE', en: 'SPBE application' },
  infrastructure: { id: 'Infrastruktur SPBE', en: 'SPBE infrastructure' },
  security: { id: 'Keamanan SPBE', en: 'SPBE security' },
};

/**
 * Names of the six national reference models (*Referensi Arsitektur*) in both languages.
 *
 * @example
 * ```ts
 * import { referenceModelLabels } from '@spbe-kit/models';
 * referenceModelLabels.RAB.id; // 'Referensi Arsitektur Proses Bisnis'
 * ```
 */
export const referenceModelLabels: Readonly<Record<ReferencePrefix, LocalizedText>> = {
  RAB: { id: 'Referensi Arsitektur Proses Bisnis', en: 'Business process reference architecture' },
  RAD: { id: 'Referensi Arsitektur Data dan Informasi', en: 'Data and information reference architecture' },
  RAL: { id: 'Referensi Arsitektur Layanan', en: 'Service reference architecture' },
  RAA: { id: 'Referensi Arsitektur Aplikasi', en: 'Application reference architecture' },
  RAI: { id: 'Referensi Arsitektur Infrastruktur', en: 'Infrastructure reference architecture' },
  RAK: { id: 'Referensi Arsitektur Keamanan', en: 'Security reference architecture' },
};
