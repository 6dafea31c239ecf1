import type { LocalizedText } from '@spbe-kit/models';
import type { IndicatorDefinition, LevelDefinition, MethodologyTable } from '../methodology/methodology-table.js';
import { OFFICIAL_PREDICATE_LABELS } from './predicate-labels.js';

const levels: readonly LevelDefinition[] = [
  { level: 1, name: { id: 'Merintis', en: 'Initiate' } },
  { level: 2, name: { id: 'Membangun', en: 'Emerging' } },
  { level: 3, name: { id: 'Berkembang', en: 'Developing' } },
  { level: 4, name: { id: 'Melembaga', en: 'Embedded' } },
  { level: 5, name: { id: 'Unggul', en: 'Leading' } },
];

const level = (number: number): LevelDefinition => levels[number - 1] as LevelDefinition;

const indicator = (
  number: number,
  aspect: number,
  weight: number,
  name: LocalizedText,
  externalIndex?: LocalizedText,
): IndicatorDefinition =>
  externalIndex === undefined
    ? { number, name, weight, aspect, scale: 'pemdi-maturity' }
    : { number, name, weight, aspect, scale: 'pemdi-maturity', externalIndex };

const maturity = (id: string, en: string): LocalizedText => ({
  id: `Tingkat Kematangan ${id}`,
  en: `Maturity level of ${en}`,
});

/**
 * Indeks Pemerintah Digital (Pemdi), PermenPANRB No. 8 Tahun 2026 (Evaluasi Kinerja Pemerintah
 * Digital): 7 aspects, 20 indicators with decimal values in [1, 5], no domains. The current
 * methodology from the 2026 evaluation on.
 *
 * **Transcribed data:** the regulation text was not available; the weights and names come from two
 * independent public transcriptions that reproduce a real 2026 external-assessor result exactly
 * (see `caveats`). The table is versioned so that a correction is a data change.
 *
 * @example
 * ```ts
 * import { pemdi2026 } from '@spbe-kit/indicators';
 * pemdi2026.aspects.map((aspect) => aspect.weight); // [10, 10, 15, 15, 10, 15, 25]
 * ```
 */
export const pemdi2026: MethodologyTable = {
  id: 'pemdi-2026',
  version: '1.0.1-transcribed',
  name: { id: 'Indeks Pemerintah Digital', en: 'Digital Government Index (Pemdi)' },
  regulation: {
    reference: 'PermenPANRB No. 8 Tahun 2026',
    title: {
      id: 'Peraturan Menteri PANRB Nomor 8 Tahun 2026 tentang Evaluasi Kinerja Pemerintah Digital',
      en: 'Regulation of the Minister of State Apparatus Empowerment and Bureaucratic Reform No. 8 of 2026 on Digital Government Performance Evaluation',
    },
    date: '2026-06-05',
    dateKind: 'promulgated',
    setOn: '2026-06-01',
    firstEvaluationYear: 2026,
  },
  valueDomain: 'decimal',
  scales: [
    {
      id: 'pemdi-maturity',
      name: { id: 'Tingkat kematangan Pemerintah Digital', en: 'Digital government maturity' },
      levels,
    },
  ],
  aspects: [
    { number: 1, weight: 10, name: { id: 'Tata Kelola dan Manajemen', en: 'Governance and management' } },
    { number: 2, weight: 10, name: { id: 'Penyelenggara', en: 'Organisers' } },
    { number: 3, weight: 15, name: { id: 'Data', en: 'Data' } },
    { number: 4, weight: 15, name: { id: 'Keamanan Pemerintah Digital', en: 'Digital government security' } },
    { number: 5, weight: 10, name: { id: 'Teknologi Pemerintah Digital', en: 'Digital government technology' } },
    {
      number: 6,
      weight: 15,
      name: { id: 'Keterpaduan Layanan Digital Pemerintah', en: 'Integration of government digital services' },
    },
    {
      number: 7,
      weight: 25,
      name: {
        id: 'Kepuasan Pengguna Layanan Digital Pemerintah',
        en: 'User satisfaction with government digital services',
      },
    },
  ],
  indicators: [
    indicator(1, 1, 5, maturity('Tata Kelola Pemerintah Digital', 'digital government governance')),
    indicator(2, 1, 5, maturity('Manajemen Layanan Digital Pemerintah', 'government digital service management')),
    indicator(3, 2, 5, maturity('Sumber Daya Manusia Pemerintah Digital', 'digital government human resources')),
    indicator(4, 2, 5, maturity('Kolaborasi Pemerintah Digital', 'digital government collaboration')),
    indicator(5, 3, 5, maturity('Tata Kelola Data', 'data governance'), {
      id: 'Indeks Satu Data Indonesia (Bappenas)',
      en: 'One Data Indonesia index (Bappenas)',
    }),
    indicator(6, 3, 3, maturity('Penyelenggaraan Informasi Geospasial', 'geospatial information management'), {
      id: 'Indeks informasi geospasial (BIG)',
      en: 'Geospatial information index (BIG)',
    }),
    indicator(7, 3, 3, maturity('Pembangunan Statistik', 'statistical development'), {
      id: 'Evaluasi Penyelenggaraan Statistik Sektoral (EPSS, BPS)',
      en: 'Sectoral statistics evaluation (EPSS, BPS)',
    }),
    indicator(8, 3, 4, maturity('Pelindungan Data Pribadi', 'personal data protection')),
    indicator(
      9,
      4,
      4,
      maturity(
        'Pelaksanaan Audit Keamanan dan Teknologi Pemerintah Digital',
        'digital government security and technology audits',
      ),
    ),
    // Not fed by an external index in the sources we have (see the caveats): assessed from evidence.
    indicator(10, 4, 4, maturity('Keamanan Pemerintah Digital', 'digital government security')),
    indicator(11, 4, 3, maturity('Penerapan Kriptografi untuk Keamanan Data', 'cryptography for data security')),
    indicator(12, 4, 4, maturity('Kapabilitas Penanganan Insiden Siber', 'cyber incident handling capability')),
    indicator(13, 5, 5, maturity('Aplikasi Pemerintah Digital', 'digital government applications')),
    indicator(14, 5, 5, maturity('Infrastruktur Pemerintah Digital', 'digital government infrastructure')),
    indicator(15, 6, 4, {
      id: 'Keterpaduan Proses Bisnis Pemerintah Digital Lintas Unit dan Instansi',
      en: 'Integration of digital government business processes across units and agencies',
    }),
    indicator(16, 6, 4, { id: 'Integrasi Aplikasi', en: 'Application integration' }),
    indicator(17, 6, 4, { id: 'Portal Layanan Digital Pemerintah', en: 'Government digital service portal' }),
    indicator(
      18,
      6,
      3,
      { id: 'Interoperabilitas Data', en: 'Data interoperability' },
      { id: 'Indeks interoperabilitas data', en: 'Data interoperability index' },
    ),
    indicator(19, 7, 10, {
      id: 'Fasilitas Dukungan Pengguna Layanan Digital Pemerintah',
      en: 'User support facilities for government digital services',
    }),
    indicator(20, 7, 15, {
      id: 'Tingkat Pengelolaan Kepuasan Pengguna Layanan Digital Pemerintah',
      en: 'Level of user satisfaction management for government digital services',
    }),
  ],
  bands: [
    { predicate: 'Memuaskan', label: OFFICIAL_PREDICATE_LABELS.Memuaskan, from: 4, to: 5, level: level(5) },
    { predicate: 'Sangat Baik', label: OFFICIAL_PREDICATE_LABELS['Sangat Baik'], from: 3.5, to: 4, level: level(4) },
    { predicate: 'Baik', label: OFFICIAL_PREDICATE_LABELS.Baik, from: 2.5, to: 3.5, level: level(3) },
    { predicate: 'Cukup', label: OFFICIAL_PREDICATE_LABELS.Cukup, from: 1.5, to: 2.5, level: level(2) },
    { predicate: 'Kurang', label: OFFICIAL_PREDICATE_LABELS.Kurang, from: 1, to: 1.5, level: level(1) },
  ],
  caveats: [
    {
      id: 'Naskah resmi peraturan tidak tersedia: tabel ini ditranskripsikan dari dua transkripsi publik independen yang mereproduksi tepat satu hasil penilai eksternal 2026 yang nyata. Koreksi dilakukan dengan mengubah data, bukan kode.',
      en: 'The regulation text was not available: this table was transcribed from two independent public transcriptions that reproduce a real 2026 external-assessor result exactly. Corrections are data changes, not code changes.',
    },
    {
      id: 'Indikator 5, 6, 7 dan 18 dinilai dari indeks lain (Satu Data/Bappenas, geospasial/BIG, EPSS/BPS, interoperabilitas data); bila nilai indeks eksternal tidak ada, penilai menganggapnya 1.',
      en: 'Indicators 5, 6, 7 and 18 are scored from other national indices (One Data/Bappenas, geospatial/BIG, EPSS/BPS, data interoperability); where the external value is missing, assessors assume 1.',
    },
    {
      id: 'Belum pasti: versi 1.0.0 tabel ini menyebut indikator 10 (Keamanan Pemerintah Digital) dinilai dari Indeks KAMI / IKASANDI (BSSN). Kedua transkripsi publik tidak menandainya demikian, dan lembar penilai 2026 menilainya dari bukti dukung (menolak dokumen Indeks KAMI dan meminta bukti IKASANDI). Sejak 1.0.1 indikator 10 dinilai dari bukti dukung; pertanyaan ini tetap terbuka sampai naskah peraturan tersedia.',
      en: 'Uncertain: version 1.0.0 of this table had indicator 10 (Digital government security) fed by Indeks KAMI / IKASANDI (BSSN). Neither public transcription marks it so, and the 2026 assessor sheet scored it from uploaded evidence (rejecting an Indeks KAMI document and asking for IKASANDI evidence). From 1.0.1 indicator 10 is assessed from evidence; the question stays open until the regulation text is available.',
    },
    {
      id: 'Terjemahan bahasa Inggris nama aspek dan indikator bukan terjemahan resmi.',
      en: 'English translations of aspect and indicator names are not official.',
    },
  ],
};
