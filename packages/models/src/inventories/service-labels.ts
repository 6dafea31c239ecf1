import type { LocalizedText } from '../errors/locale.js';

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
