import type { LocalizedText } from '../errors/locale.js';

/**
 * The kinds of infrastructure object the national portal records (*jenis infrastruktur*).
 *
 * @example
 * ```ts
 * import { infrastructureTypes } from '@spbe-kit/models';
 * infrastructureTypes.includes('server'); // true
 * ```
 */
export const infrastructureTypes = [
  'cloud-computing',
  'server',
  'peripheral',
  'storage-media',
  'network',
  'security-device',
  'platform-software',
  'intranet',
  'service-connector',
  'computing-facility',
] as const;

/**
 * One of {@link infrastructureTypes}.
 */
export type InfrastructureType = (typeof infrastructureTypes)[number];

/**
 * Official (Indonesian) and English names of {@link infrastructureTypes}.
 *
 * @example
 * ```ts
 * import { infrastructureTypeLabels } from '@spbe-kit/models';
 * infrastructureTypeLabels['storage-media'].id; // 'Media Penyimpanan'
 * ```
 */
export const infrastructureTypeLabels: Readonly<Record<InfrastructureType, LocalizedText>> = {
  'cloud-computing': { id: 'Komputasi Awan', en: 'Cloud computing' },
  server: { id: 'Server', en: 'Server' },
  peripheral: { id: 'Periferal', en: 'Peripheral' },
  'storage-media': { id: 'Media Penyimpanan', en: 'Storage media' },
  network: { id: 'Jaringan', en: 'Network' },
  'security-device': { id: 'Perangkat Keamanan', en: 'Security device' },
  'platform-software': { id: 'Perangkat Lunak Platform', en: 'Platform software' },
  intranet: { id: 'Jaringan Intra', en: 'Intranet' },
  'service-connector': { id: 'Sistem Penghubung Layanan', en: 'Service connector' },
  'computing-facility': { id: 'Fasilitas Komputasi', en: 'Computing facility' },
};

/**
 * The kinds of security object the national portal records.
 *
 * @example
 * ```ts
 * import { securityObjectTypes } from '@spbe-kit/models';
 * securityObjectTypes.includes('security-audit'); // true
 * ```
 */
export const securityObjectTypes = [
  'standard',
  'procedure',
  'regulation',
  'awareness-education',
  'vulnerability-identification',
  'security-improvement',
  'incident-handling',
  'security-audit',
  'security-assurance',
] as const;

/**
 * One of {@link securityObjectTypes}.
 */
export type SecurityObjectType = (typeof securityObjectTypes)[number];

/**
 * Official (Indonesian) and English names of {@link securityObjectTypes}.
 *
 * @example
 * ```ts
 * import { securityObjectTypeLabels } from '@spbe-kit/models';
 * securityObjectTypeLabels['security-assurance'].id; // 'Kelaikan Keamanan'
 * ```
 */
export const securityObjectTypeLabels: Readonly<Record<SecurityObjectType, LocalizedText>> = {
  standard: { id: 'Standar', en: 'Standard' },
  procedure: { id: 'Prosedur', en: 'Procedure' },
  regulation: { id: 'Regulasi', en: 'Regulation' },
  'awareness-education': { id: 'Edukasi Kesadaran', en: 'Awareness education' },
  'vulnerability-identification': { id: 'Identifikasi Kerentanan', en: 'Vulnerability identification' },
  'security-improvement': { id: 'Peningkatan Keamanan', en: 'Security improvement' },
  'incident-handling': { id: 'Penanganan Insiden', en: 'Incident handling' },
  'security-audit': { id: 'Audit Keamanan', en: 'Security audit' },
  'security-assurance': { id: 'Kelaikan Keamanan', en: 'Security assurance' },
};
