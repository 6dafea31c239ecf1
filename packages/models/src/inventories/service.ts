import { z } from 'zod';
import type { LocalizedText } from '../errors/locale.js';
import { architectureCodeSchemaFor } from '../architecture/architecture-code.js';
import { ownerUnitSchema } from './owner.js';

/**
 * The two types of SPBE service (Perpres 95/2018): *administrasi pemerintahan* (government
 * administration) and *publik* (public service).
 *
 * @example
 * ```ts
 * import { serviceTypes } from '@spbe-kit/models';
 * serviceTypes; // ['administrasi-pemerintahan', 'publik']
 * ```
 */
export const serviceTypes = ['administrasi-pemerintahan', 'publik'] as const;

/**
 * One of {@link serviceTypes}.
 */
export type ServiceType = (typeof serviceTypes)[number];

/**
 * Names of {@link serviceTypes} in both languages.
 *
 * @example
 * ```ts
 * import { serviceTypeLabels } from '@spbe-kit/models';
 * serviceTypeLabels.publik.id; // 'Layanan Publik'
 * ```
 */
export const serviceTypeLabels: Readonly<Record<ServiceType, LocalizedText>> = {
  'administrasi-pemerintahan': { id: 'Layanan Administrasi Pemerintahan', en: 'Government administration service' },
  publik: { id: 'Layanan Publik', en: 'Public service' },
};

/**
 * Administration areas named by the regulation for *layanan administrasi pemerintahan*. The list is
 * open ("…"): a service's `sector` may be any other text too.
 *
 * @example
 * ```ts
 * import { administrationServiceSectors } from '@spbe-kit/models';
 * administrationServiceSectors['kepegawaian']?.en; // 'Civil service management'
 * ```
 */
export const administrationServiceSectors: Readonly<Record<string, LocalizedText>> = {
  perencanaan: { id: 'Perencanaan', en: 'Planning' },
  penganggaran: { id: 'Penganggaran', en: 'Budgeting' },
  keuangan: { id: 'Keuangan', en: 'Finance' },
  'pengadaan-barang-jasa': { id: 'Pengadaan Barang/Jasa', en: 'Procurement of goods and services' },
  kepegawaian: { id: 'Kepegawaian', en: 'Civil service management' },
  kearsipan: { id: 'Kearsipan', en: 'Records management' },
  'pengelolaan-barang-milik-negara-daerah': {
    id: 'Pengelolaan Barang Milik Negara/Daerah',
    en: 'State/regional asset management',
  },
  pengawasan: { id: 'Pengawasan', en: 'Internal oversight' },
  'akuntabilitas-kinerja': { id: 'Akuntabilitas Kinerja', en: 'Performance accountability' },
};

/**
 * Sectors named by the regulation for *layanan publik*. The list is open ("…"): a service's
 * `sector` may be any other text too.
 *
 * @example
 * ```ts
 * import { publicServiceSectors } from '@spbe-kit/models';
 * publicServiceSectors['kesehatan']?.en; // 'Health'
 * ```
 */
export const publicServiceSectors: Readonly<Record<string, LocalizedText>> = {
  pendidikan: { id: 'Pendidikan', en: 'Education' },
  kesehatan: { id: 'Kesehatan', en: 'Health' },
  'pekerjaan-dan-usaha': { id: 'Pekerjaan dan Usaha', en: 'Work and business' },
  'tempat-tinggal': { id: 'Tempat Tinggal', en: 'Housing' },
  'komunikasi-dan-informasi': { id: 'Komunikasi dan Informasi', en: 'Communication and information' },
  'lingkungan-hidup': { id: 'Lingkungan Hidup', en: 'Environment' },
  'jaminan-sosial': { id: 'Jaminan Sosial', en: 'Social security' },
  energi: { id: 'Energi', en: 'Energy' },
  perhubungan: { id: 'Perhubungan', en: 'Transport' },
  'sumber-daya-alam': { id: 'Sumber Daya Alam', en: 'Natural resources' },
  pariwisata: { id: 'Pariwisata', en: 'Tourism' },
};

/**
 * Channels through which a service is delivered.
 *
 * @example
 * ```ts
 * import { serviceChannels } from '@spbe-kit/models';
 * serviceChannels.includes('mobile-app'); // true
 * ```
 */
export const serviceChannels = [
  'web',
  'mobile-app',
  'api',
  'counter',
  'kiosk',
  'call-centre',
  'email',
  'instant-messaging',
  'social-media',
] as const;

/**
 * One of {@link serviceChannels}.
 */
export type ServiceChannel = (typeof serviceChannels)[number];

/**
 * Names of {@link serviceChannels} in both languages.
 *
 * @example
 * ```ts
 * import { serviceChannelLabels } from '@spbe-kit/models';
 * serviceChannelLabels.counter.id; // 'Loket'
 * ```
 */
export const serviceChannelLabels: Readonly<Record<ServiceChannel, LocalizedText>> = {
  web: { id: 'Situs web', en: 'Website' },
  'mobile-app': { id: 'Aplikasi seluler', en: 'Mobile app' },
  api: { id: 'API', en: 'API' },
  counter: { id: 'Loket', en: 'Service counter' },
  kiosk: { id: 'Anjungan mandiri', en: 'Self-service kiosk' },
  'call-centre': { id: 'Pusat panggilan', en: 'Call centre' },
  email: { id: 'Surel', en: 'Email' },
  'instant-messaging': { id: 'Pesan instan', en: 'Instant messaging' },
  'social-media': { id: 'Media sosial', en: 'Social media' },
};

const serviceBase = {
  id: z.string().min(1).max(200),
  name: z.string().min(1).max(500),
  description: z.string().min(1).max(4000).optional(),
  /**
   * Sector or administration area, e.g. `'kesehatan'` or `'kepegawaian'`; see
   * {@link publicServiceSectors} and {@link administrationServiceSectors}.
   */
  sector: z.string().min(1).max(200),
  channels: z.array(z.enum(serviceChannels)).min(1),
  /**
   * Service capability level 1–5 of PermenPANRB 59/2020 (Informasi, Interaksi, Transaksi,
   * Kolaborasi, Optimum); see `serviceCapabilityLevelLabels`.
   */
  maturityLevel: z.int().min(1).max(5).optional(),
  owner: ownerUnitSchema,
  /** Ids of the applications (in the same inventory) that deliver the service. */
  applicationIds: z.array(z.string().min(1).max(200)).optional(),
};

/**
 * An SPBE service in an agency's inventory. A public service needs an RAL code under `RAL.01`,
 * an administration service one under `RAL.02`.
 *
 * @example
 * ```ts
 * import { serviceSchema } from '@spbe-kit/models';
 * serviceSchema.parse({
 *   id: 'SVC-001', name: 'Pengaduan masyarakat', type: 'publik', ralCode: 'RAL.01',
 *   sector: 'komunikasi-dan-informasi', channels: ['web', 'mobile-app'], maturityLevel: 3,
 *   owner: { name: 'Dinas Komunikasi dan Informatika' },
 * });
 * ```
 */
export const serviceSchema = z
  .discriminatedUnion('type', [
    z.strictObject({ ...serviceBase, type: z.literal('publik'), ralCode: architectureCodeSchemaFor('RAL', '01') }),
    z.strictObject({
      ...serviceBase,
      type: z.literal('administrasi-pemerintahan'),
      ralCode: architectureCodeSchemaFor('RAL', '02'),
    }),
  ])
  .meta({
    title: 'SPBE service',
    description: 'A public or government-administration service in an agency inventory.',
  });

/**
 * A service as validated by {@link serviceSchema}.
 *
 * @example
 * ```ts
 * import type { Service } from '@spbe-kit/models';
 * const isPublic = (service: Service) => service.type === 'publik';
 * ```
 */
export type Service = z.output<typeof serviceSchema>;
