import type { LocalizedText } from '@spbe-kit/models';
import type { IndicatorDefinition, MethodologyTable } from '../methodology/methodology-table.js';
import { OFFICIAL_PREDICATE_LABELS } from './predicate-labels.js';

// Every indicator name starts with "Tingkat Kematangan" (maturity level of).
const maturity = (id: string, en: string): LocalizedText => ({
  id: `Tingkat Kematangan ${id}`,
  en: `Maturity level of ${en}`,
});

const indicator = (
  number: number,
  aspect: number,
  weight: number,
  name: LocalizedText,
  extra: Partial<Pick<IndicatorDefinition, 'sectorChosenByAgency'>> = {},
): IndicatorDefinition => ({
  number,
  name,
  weight,
  aspect,
  scale: number <= 31 ? 'process-capability' : 'service-capability',
  ...extra,
});

const agency = { id: 'Instansi Pusat/Pemerintah Daerah', en: 'the central agency / regional government' };

/**
 * Indeks SPBE, PermenPANRB No. 59 Tahun 2020 (Pemantauan dan Evaluasi SPBE), Lampiran Tabel 1–13:
 * 4 domains, 8 aspects, 47 indicators with integer levels 1–5. Used for the 2021–2025 evaluations;
 * revoked from 2026 by PermenPANRB 8/2026 ({@link pemdi2026}).
 *
 * @example
 * ```ts
 * import { spbe2020 } from '@spbe-kit/indicators';
 * spbe2020.domains?.map((domain) => domain.weight); // [13, 25, 16.5, 45.5]
 * ```
 */
export const spbe2020: MethodologyTable = {
  id: 'spbe-2020',
  version: '1.0.0',
  name: { id: 'Indeks SPBE', en: 'SPBE Index (electronic-based government index)' },
  regulation: {
    reference: 'PermenPANRB No. 59 Tahun 2020',
    title: {
      id: 'Peraturan Menteri PANRB Nomor 59 Tahun 2020 tentang Pemantauan dan Evaluasi Sistem Pemerintahan Berbasis Elektronik',
      en: 'Regulation of the Minister of State Apparatus Empowerment and Bureaucratic Reform No. 59 of 2020 on Monitoring and Evaluation of Electronic-Based Government Systems',
    },
    date: '2020-09-02',
    dateKind: 'set',
    inForceFrom: '2021-01-01',
    firstEvaluationYear: 2021,
    lastEvaluationYear: 2025,
    revokedBy: 'PermenPANRB No. 8 Tahun 2026',
  },
  valueDomain: 'integer',
  scales: [
    {
      id: 'process-capability',
      name: { id: 'Kapabilitas proses', en: 'Process capability' },
      levels: [
        {
          level: 1,
          name: { id: 'Rintisan', en: 'Initial' },
          description: {
            id: 'Ad hoc, tanpa perencanaan; kebijakan belum ada atau masih konsep',
            en: 'Ad hoc, no plan; policy absent or a draft',
          },
        },
        {
          level: 2,
          name: { id: 'Terkelola', en: 'Managed' },
          description: {
            id: 'Dikelola (rencana, pelaksanaan, pemeriksaan) di sebagian unit; kebijakan sebagian',
            en: 'Managed (plan/do/check) in some units; policy partial',
          },
        },
        {
          level: 3,
          name: { id: 'Terdefinisi', en: 'Defined' },
          description: {
            id: 'Mengikuti standar di seluruh unit; kebijakan lengkap',
            en: 'Follows a standard in all units; policy complete',
          },
        },
        {
          level: 4,
          name: { id: 'Terpadu dan Terukur', en: 'Integrated and measured' },
          description: { id: 'Terpadu antarunit dan terukur', en: 'Integrated across units and measured' },
        },
        {
          level: 5,
          name: { id: 'Optimum', en: 'Optimum' },
          description: {
            id: 'Peningkatan berkelanjutan dari reviu dan evaluasi',
            en: 'Continuous improvement from review and evaluation',
          },
        },
      ],
    },
    {
      id: 'service-capability',
      name: { id: 'Kapabilitas layanan', en: 'Service capability' },
      levels: [
        {
          level: 1,
          name: { id: 'Informasi', en: 'Information' },
          description: { id: 'Informasi satu arah', en: 'One-way information' },
        },
        {
          level: 2,
          name: { id: 'Interaksi', en: 'Interaction' },
          description: {
            id: 'Interaksi dua arah (pencarian, unggah/unduh)',
            en: 'Two-way interaction (search, upload/download)',
          },
        },
        {
          level: 3,
          name: { id: 'Transaksi', en: 'Transaction' },
          description: {
            id: 'Transaksi elektronik lengkap (alur kerja, persetujuan, pembayaran, notifikasi)',
            en: 'A complete electronic transaction (workflow, approval, payment, notification)',
          },
        },
        {
          level: 4,
          name: { id: 'Kolaborasi', en: 'Collaboration' },
          description: {
            id: 'Terintegrasi dengan layanan SPBE lain, horizontal atau vertikal',
            en: 'Integrated with other SPBE services, horizontally or vertically',
          },
        },
        {
          level: 5,
          name: { id: 'Optimum', en: 'Optimum' },
          description: {
            id: 'Peningkatan berkelanjutan mengikuti perubahan kebutuhan',
            en: 'Continuous improvement from changing needs',
          },
        },
      ],
    },
  ],
  domains: [
    { number: 1, name: { id: 'Kebijakan Internal SPBE', en: 'SPBE internal policy' }, weight: 13 },
    { number: 2, name: { id: 'Tata Kelola SPBE', en: 'SPBE governance' }, weight: 25 },
    { number: 3, name: { id: 'Manajemen SPBE', en: 'SPBE management' }, weight: 16.5 },
    { number: 4, name: { id: 'Layanan SPBE', en: 'SPBE services' }, weight: 45.5 },
  ],
  aspects: [
    {
      number: 1,
      domain: 1,
      weight: 13,
      name: { id: 'Kebijakan Internal Tata Kelola SPBE', en: 'Internal policy on SPBE governance' },
    },
    { number: 2, domain: 2, weight: 10, name: { id: 'Perencanaan Strategis SPBE', en: 'SPBE strategic planning' } },
    {
      number: 3,
      domain: 2,
      weight: 10,
      name: { id: 'Teknologi Informasi dan Komunikasi', en: 'Information and communication technology' },
    },
    { number: 4, domain: 2, weight: 5, name: { id: 'Penyelenggara SPBE', en: 'SPBE organisers' } },
    {
      number: 5,
      domain: 3,
      weight: 12,
      name: { id: 'Penerapan Manajemen SPBE', en: 'Implementation of SPBE management' },
    },
    { number: 6, domain: 3, weight: 4.5, name: { id: 'Pelaksanaan Audit TIK', en: 'ICT audit' } },
    {
      number: 7,
      domain: 4,
      weight: 27.5,
      name: {
        id: 'Layanan Administrasi Pemerintahan Berbasis Elektronik',
        en: 'Electronic government administration services',
      },
    },
    {
      number: 8,
      domain: 4,
      weight: 18,
      name: { id: 'Layanan Publik Berbasis Elektronik', en: 'Electronic public services' },
    },
  ],
  indicators: [
    indicator(
      1,
      1,
      1.3,
      maturity(
        `Kebijakan Internal Arsitektur SPBE ${agency.id}`,
        `the internal policy on the SPBE architecture of ${agency.en}`,
      ),
    ),
    indicator(
      2,
      1,
      1.3,
      maturity(
        `Kebijakan Internal Peta Rencana SPBE ${agency.id}`,
        `the internal policy on the SPBE road map of ${agency.en}`,
      ),
    ),
    indicator(3, 1, 1.3, maturity('Kebijakan Internal Manajemen Data', 'the internal policy on data management')),
    indicator(
      4,
      1,
      1.3,
      maturity('Kebijakan Internal Pembangunan Aplikasi SPBE', 'the internal policy on SPBE application development'),
    ),
    indicator(
      5,
      1,
      1.3,
      maturity('Kebijakan Internal Layanan Pusat Data', 'the internal policy on data centre services'),
    ),
    indicator(
      6,
      1,
      1.3,
      maturity(
        `Kebijakan Internal Layanan Jaringan Intra ${agency.id}`,
        `the internal policy on the intranet services of ${agency.en}`,
      ),
    ),
    indicator(
      7,
      1,
      1.3,
      maturity(
        `Kebijakan Internal Penggunaan Sistem Penghubung Layanan ${agency.id}`,
        `the internal policy on using the service connector system of ${agency.en}`,
      ),
    ),
    indicator(
      8,
      1,
      1.3,
      maturity(
        'Kebijakan Internal Manajemen Keamanan Informasi',
        'the internal policy on information security management',
      ),
    ),
    indicator(9, 1, 1.3, maturity('Kebijakan Internal Audit TIK', 'the internal policy on ICT audit')),
    indicator(
      10,
      1,
      1.3,
      maturity(
        `Kebijakan Internal Tim Koordinasi SPBE ${agency.id}`,
        `the internal policy on the SPBE coordination team of ${agency.en}`,
      ),
    ),
    indicator(11, 2, 2.5, maturity(`Arsitektur SPBE ${agency.id}`, `the SPBE architecture of ${agency.en}`)),
    indicator(12, 2, 2.5, maturity(`Peta Rencana SPBE ${agency.id}`, `the SPBE road map of ${agency.en}`)),
    indicator(13, 2, 2.5, maturity('Keterpaduan Rencana dan Anggaran SPBE', 'SPBE plan and budget integration')),
    indicator(14, 2, 2.5, maturity('Inovasi Proses Bisnis SPBE', 'SPBE business process innovation')),
    indicator(15, 3, 2.5, maturity('Pembangunan Aplikasi SPBE', 'SPBE application development')),
    indicator(16, 3, 2.5, maturity('Layanan Pusat Data', 'data centre services')),
    indicator(17, 3, 2.5, maturity(`Layanan Jaringan Intra ${agency.id}`, `the intranet services of ${agency.en}`)),
    indicator(
      18,
      3,
      2.5,
      maturity(
        `Penggunaan Sistem Penghubung Layanan ${agency.id}`,
        `the use of the service connector system of ${agency.en}`,
      ),
    ),
    indicator(
      19,
      4,
      2.5,
      maturity(
        `Pelaksanaan Tim Koordinasi SPBE ${agency.id}`,
        `the work of the SPBE coordination team of ${agency.en}`,
      ),
    ),
    indicator(20, 4, 2.5, maturity('Kolaborasi Penerapan SPBE', 'collaboration in implementing SPBE')),
    indicator(21, 5, 1.5, maturity('Penerapan Manajemen Risiko SPBE', 'SPBE risk management')),
    indicator(22, 5, 1.5, maturity('Penerapan Manajemen Keamanan Informasi', 'information security management')),
    indicator(23, 5, 1.5, maturity('Penerapan Manajemen Data', 'data management')),
    indicator(24, 5, 1.5, maturity('Penerapan Manajemen Aset TIK', 'ICT asset management')),
    indicator(25, 5, 1.5, maturity('Penerapan Kompetensi Sumber Daya Manusia', 'human resource competence')),
    indicator(26, 5, 1.5, maturity('Penerapan Manajemen Pengetahuan', 'knowledge management')),
    indicator(27, 5, 1.5, maturity('Penerapan Manajemen Perubahan', 'change management')),
    indicator(28, 5, 1.5, maturity('Penerapan Manajemen Layanan SPBE', 'SPBE service management')),
    indicator(29, 6, 1.5, maturity('Pelaksanaan Audit Infrastruktur SPBE', 'SPBE infrastructure audit')),
    indicator(30, 6, 1.5, maturity('Pelaksanaan Audit Aplikasi SPBE', 'SPBE application audit')),
    indicator(31, 6, 1.5, maturity('Pelaksanaan Audit Keamanan SPBE', 'SPBE security audit')),
    indicator(32, 7, 2.75, maturity('Layanan Perencanaan', 'planning services')),
    indicator(33, 7, 2.75, maturity('Layanan Penganggaran', 'budgeting services')),
    indicator(34, 7, 2.75, maturity('Layanan Keuangan', 'financial services')),
    indicator(35, 7, 2.75, maturity('Layanan Pengadaan Barang dan Jasa', 'procurement services')),
    indicator(36, 7, 2.75, maturity('Layanan Kepegawaian', 'civil service (personnel) services')),
    indicator(37, 7, 2.75, maturity('Layanan Kearsipan Dinamis', 'active records (archives) services')),
    indicator(
      38,
      7,
      2.75,
      maturity('Layanan Pengelolaan Barang Milik Negara/Daerah', 'state/regional asset management services'),
    ),
    indicator(
      39,
      7,
      2.75,
      maturity('Layanan Pengawasan Internal Pemerintah', 'government internal oversight services'),
    ),
    indicator(
      40,
      7,
      2.75,
      maturity('Layanan Akuntabilitas Kinerja Organisasi', 'organisational performance accountability services'),
    ),
    indicator(41, 7, 2.75, maturity('Layanan Kinerja Pegawai', 'employee performance services')),
    indicator(42, 8, 3, maturity('Layanan Pengaduan Pelayanan Publik', 'public service complaint services')),
    indicator(43, 8, 3, maturity('Layanan Data Terbuka', 'open data services')),
    indicator(
      44,
      8,
      3,
      maturity(
        'Jaringan Dokumentasi dan Informasi Hukum (JDIH)',
        'the legal documentation and information network (JDIH)',
      ),
    ),
    indicator(45, 8, 3, maturity('Layanan Publik Sektor 1', 'sector public service 1 (chosen by the agency)'), {
      sectorChosenByAgency: true,
    }),
    indicator(46, 8, 3, maturity('Layanan Publik Sektor 2', 'sector public service 2 (chosen by the agency)'), {
      sectorChosenByAgency: true,
    }),
    indicator(47, 8, 3, maturity('Layanan Publik Sektor 3', 'sector public service 3 (chosen by the agency)'), {
      sectorChosenByAgency: true,
    }),
  ],
  bands: [
    { predicate: 'Memuaskan', label: OFFICIAL_PREDICATE_LABELS.Memuaskan, from: 4.2, to: 5 },
    { predicate: 'Sangat Baik', label: OFFICIAL_PREDICATE_LABELS['Sangat Baik'], from: 3.5, to: 4.2 },
    { predicate: 'Baik', label: OFFICIAL_PREDICATE_LABELS.Baik, from: 2.6, to: 3.5 },
    { predicate: 'Cukup', label: OFFICIAL_PREDICATE_LABELS.Cukup, from: 1.8, to: 2.6 },
    { predicate: 'Kurang', label: OFFICIAL_PREDICATE_LABELS.Kurang, from: 1, to: 1.8 },
  ],
  caveats: [
    {
      id: 'Terjemahan bahasa Inggris nama domain, aspek, indikator dan tingkat bukan terjemahan resmi.',
      en: 'English translations of domain, aspect, indicator and level names are not official.',
    },
    {
      id: 'Rumus gambar indeks domain dan indeks SPBE tertukar dalam PDF resmi; tabel ini mengikuti uraian dan contoh perhitungan dalam Lampiran.',
      en: 'The official PDF swaps the images of the domain and total formulas; this table follows the prose and the worked examples of the Lampiran.',
    },
    {
      id: 'Indikator 45–47 adalah layanan publik sektor yang dipilih instansi (selain indikator 32–44); catatan penilaian harus menyebut sektornya.',
      en: 'Indicators 45–47 are sector public services the agency chooses (other than 32–44); the assessment record must name the sector.',
    },
  ],
};
