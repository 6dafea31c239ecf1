import type { ReferenceArchitecture, ReferenceEntry } from './reference-model.js';

type Row = readonly [code: string, id: string, en: string];

const given = (rows: readonly Row[]): ReferenceEntry[] =>
  rows.map(([code, id, en]) => ({ code, name: { id, en }, codeAssignedBySdk: false }));
const assigned = (rows: readonly Row[]): ReferenceEntry[] =>
  rows.map(([code, id, en]) => ({ code, name: { id, en }, codeAssignedBySdk: true }));

// RAB: the 9 sectors and their level-2 urusan, codes as published in the transcriptions.
const RAB: readonly (readonly [Row, readonly Row[]])[] = [
  [
    ['RAB.01', 'Pertahanan dan Luar Negeri', 'Defence and foreign affairs'],
    [
      ['RAB.01.01', 'Pertahanan', 'Defence'],
      ['RAB.01.02', 'Hubungan Luar Negeri', 'Foreign relations'],
    ],
  ],
  [
    ['RAB.02', 'Ekonomi dan Industri', 'Economy and industry'],
    [
      ['RAB.02.01', 'Industri', 'Industry'],
      ['RAB.02.02', 'Perdagangan', 'Trade'],
      ['RAB.02.03', 'Pertanian', 'Agriculture'],
      ['RAB.02.04', 'Perkebunan', 'Plantations'],
      ['RAB.02.05', 'Peternakan', 'Livestock'],
      ['RAB.02.06', 'Perikanan', 'Fisheries'],
      ['RAB.02.07', 'Badan Usaha Milik Negara', 'State-owned enterprises'],
      ['RAB.02.08', 'Investasi', 'Investment'],
      ['RAB.02.09', 'Koperasi', 'Cooperatives'],
      ['RAB.02.10', 'Usaha Kecil dan Menengah', 'Small and medium enterprises'],
      ['RAB.02.11', 'Pariwisata', 'Tourism'],
    ],
  ],
  [
    ['RAB.03', 'Pembangunan Kewilayahan', 'Regional development'],
    [
      ['RAB.03.01', 'Pekerjaan Umum', 'Public works'],
      ['RAB.03.02', 'Transmigrasi', 'Transmigration'],
      ['RAB.03.03', 'Transportasi', 'Transport'],
      ['RAB.03.04', 'Perumahan', 'Housing'],
      ['RAB.03.05', 'Pembangunan Kawasan atau Daerah', 'Area or regional development'],
      ['RAB.03.06', 'Pertanahan', 'Land affairs'],
      ['RAB.03.07', 'Kependudukan', 'Population administration'],
    ],
  ],
  [
    ['RAB.04', 'Perlindungan Sosial dan Kesehatan', 'Social protection and health'],
    [
      ['RAB.04.01', 'Kesehatan', 'Health'],
      ['RAB.04.02', 'Sosial', 'Social affairs'],
      ['RAB.04.03', 'Pemberdayaan Perempuan', "Women's empowerment"],
    ],
  ],
  [
    ['RAB.05', 'Ketertiban Umum dan Keselamatan', 'Public order and safety'],
    [
      ['RAB.05.01', 'Hukum', 'Law'],
      ['RAB.05.02', 'Keamanan', 'Security'],
      ['RAB.05.03', 'Hak Asasi Manusia', 'Human rights'],
    ],
  ],
  [
    ['RAB.06', 'Pendidikan dan Tenaga Kerja', 'Education and labour'],
    [
      ['RAB.06.01', 'Pendidikan', 'Education'],
      ['RAB.06.02', 'Ketenagakerjaan', 'Manpower'],
      ['RAB.06.03', 'Ilmu Pengetahuan dan Teknologi', 'Science and technology'],
      ['RAB.06.04', 'Pemuda', 'Youth'],
      ['RAB.06.05', 'Olahraga', 'Sports'],
    ],
  ],
  [
    // The level-2 table of the source names this sector "Lingkungan dan Sumber Daya Alam" (an earlier
    // transcription said "Lingkungan Hidup dan ..."): the table wins, and RAD.07 follows.
    ['RAB.07', 'Lingkungan dan Sumber Daya Alam', 'Environment and natural resources'],
    [
      ['RAB.07.01', 'Pertambangan', 'Mining'],
      ['RAB.07.02', 'Energi', 'Energy'],
      ['RAB.07.03', 'Kehutanan', 'Forestry'],
      ['RAB.07.04', 'Kelautan', 'Marine affairs'],
      ['RAB.07.05', 'Lingkungan Hidup', 'Environment'],
    ],
  ],
  [
    ['RAB.08', 'Budaya dan Agama', 'Culture and religion'],
    [
      ['RAB.08.01', 'Agama', 'Religion'],
      ['RAB.08.02', 'Kebudayaan', 'Culture'],
    ],
  ],
  [
    ['RAB.09', 'Pemerintahan Umum', 'General government'],
    [
      ['RAB.09.01', 'Dalam Negeri', 'Home affairs'],
      ['RAB.09.02', 'Keuangan', 'Finance'],
      ['RAB.09.03', 'Informasi', 'Information'],
      ['RAB.09.04', 'Komunikasi', 'Communication'],
      ['RAB.09.05', 'Perencanaan Pembangunan', 'Development planning'],
      ['RAB.09.06', 'Aparatur Negara', 'State apparatus'],
      ['RAB.09.07', 'Kesekretariatan Negara', 'State secretariat'],
    ],
  ],
];

const rabEntries = RAB.flatMap(([sector, affairs]) => [...given([sector]), ...given(affairs)]);

// RAD: data pokok 01–09 mirror the RAB sectors; level 2 mirrors RAB level 2 one to one ("Data <urusan>").
// The level-1 numbers are published; level-2 numbers are not, so they follow the RAB order.
const radEntries = [
  ...RAB.flatMap(([[code, id, en], affairs]) => [
    ...given([[code.replace('RAB', 'RAD'), id, en]]),
    ...assigned(
      affairs.map(([affairCode, affairId, affairEn]): Row => [
        affairCode.replace('RAB', 'RAD'),
        `Data ${affairId}`,
        `${affairEn} data`,
      ]),
    ),
  ]),
  ...given([['RAD.10', 'Data Pendukung Umum', 'General supporting data']]),
  ...assigned([
    ['RAD.10.01', 'Data Kebijakan Pemerintah', 'Government policy data'],
    ['RAD.10.02', 'Data Manajemen Kegiatan', 'Activity management data'],
    ['RAD.10.03', 'Data Kewilayahan', 'Territorial data'],
    ['RAD.10.04', 'Data Dukung Lainnya', 'Other supporting data'],
  ]),
];

// RAL: level 1 is published; of level 2 only the 9 administration areas are known (numbered by spbe-kit).
// The 45 public-service areas under RAL.01 were not available: RAL.01 is listed as incomplete.
const ralEntries = [
  ...given([['RAL.01', 'Layanan Publik', 'Public services']]),
  ...given([['RAL.02', 'Layanan Administrasi Pemerintahan', 'Government administration services']]),
  ...assigned([
    ['RAL.02.01', 'Dalam Negeri', 'Home affairs'],
    ['RAL.02.02', 'Keuangan', 'Finance'],
    ['RAL.02.03', 'Perencanaan Pembangunan Nasional', 'National development planning'],
    ['RAL.02.04', 'Aparatur Negara', 'State apparatus'],
    ['RAL.02.05', 'Kesekretariatan Negara', 'State secretariat'],
    ['RAL.02.06', 'Dukungan Operasional Organisasi', 'Organisational operations support'],
    ['RAL.02.07', 'Akuntabilitas Kinerja', 'Performance accountability'],
    ['RAL.02.08', 'Organisasi dan Tata Kelola', 'Organisation and governance'],
    ['RAL.02.09', 'Data dan Informasi Pemerintahan', 'Government data and information'],
  ]),
];

// RAA: all four level-2 codes are published.
const raaEntries = given([
  ['RAA.01', 'Aplikasi Umum', 'Common applications'],
  ['RAA.01.01', 'Layanan Publik', 'Public services'],
  ['RAA.01.02', 'Administrasi Pemerintahan', 'Government administration'],
  ['RAA.02', 'Aplikasi Khusus', 'Special-purpose applications'],
  ['RAA.02.01', 'Misi Tertentu', 'Specific missions'],
  ['RAA.02.02', 'Fungsi Tertentu', 'Specific functions'],
]);

// RAI and RAK: names and order are published, numbers are not. RAI is national down to level 3, but
// the sources list levels 1–2 only: every RAI level-2 entry is incomplete, and valid level-3 codes under
// them are accepted (see incompleteEntries).
const raiEntries = assigned([
  ['RAI.01', 'Fasilitas Komputasi', 'Computing facilities'],
  ['RAI.01.01', 'Pusat Data Nasional', 'National data centre'],
  ['RAI.01.02', 'Pusat Komputasi', 'Computing centre'],
  ['RAI.01.03', 'Pusat Kendali', 'Control centre'],
  ['RAI.02', 'Sistem Integrasi', 'Integration systems'],
  ['RAI.02.01', 'Jaringan Intra Pemerintah', 'Government intranet'],
  ['RAI.02.02', 'Sistem Penghubung Layanan Pemerintah', 'Government service connector'],
  ['RAI.03', 'Platform', 'Platform'],
  ['RAI.03.01', 'Kerangka Infrastruktur dan Aplikasi', 'Infrastructure and application framework'],
  ['RAI.03.02', 'Komputasi Awan', 'Cloud computing'],
]);

const SECURITY_AREAS: readonly (readonly [string, string])[] = [
  ['Data dan Informasi', 'data and information'],
  ['Aplikasi SPBE', 'SPBE applications'],
  ['Infrastruktur SPBE', 'SPBE infrastructure'],
];
const rakEntries = assigned(
  (
    [
      ['RAK.01', 'Standar Keamanan', 'Security standards'],
      ['RAK.02', 'Penerapan Keamanan', 'Security implementation'],
      ['RAK.03', 'Kelaikan Keamanan', 'Security assurance'],
    ] as const
  ).flatMap(([code, id, en]): Row[] => [
    [code, id, en],
    ...SECURITY_AREAS.map(([areaId, areaEn], index): Row => [
      `${code}.0${index + 1}`,
      `${id} ${areaId}`,
      `${en} for ${areaEn}`,
    ]),
  ]),
);

/**
 * The national reference models of Perpres 132/2022 (Arsitektur SPBE Nasional), levels 1–2, as
 * versioned data (`referenceVersion: 'perpres-132-2022'`).
 *
 * **Transcribed, not official**: the lampiran of Perpres 132/2022 was not available; the lists come
 * from consistent third-party transcriptions of the SIA-SPBE manual (arsitektur.spbe.go.id) and from
 * regional implementations. Entries whose numbers the sources do not give have
 * `codeAssignedBySdk: true` (numbered in source order). Known gaps: the sources speak of 46 RAB urusan
 * but list 45 (so RAD has 49 of 50 level-2 entries), the 45 public-service areas under `RAL.01` are
 * missing, and RAI is national to level 3 but only its levels 1–2 are known: all of these are listed
 * in `incompleteEntries`, and codes one level below an incomplete RAI entry are accepted rather than
 * refused. Correct or complete it with {@link extendReferenceArchitecture}.
 *
 * @example
 * ```ts
 * import { perpres132Of2022, findReferenceEntry } from '@spbe-kit/models';
 * findReferenceEntry(perpres132Of2022, 'RAB.09.02')?.name; // { id: 'Keuangan', en: 'Finance' }
 * ```
 */
export const perpres132Of2022: ReferenceArchitecture = {
  referenceVersion: 'perpres-132-2022',
  transcribed: true,
  source: {
    id: 'Perpres 132/2022 tentang Arsitektur SPBE Nasional, ditranskripsi dari panduan SIA-SPBE (arsitektur.spbe.go.id) dan implementasi daerah; lampiran resmi tidak tersedia',
    en: 'Perpres 132/2022 on the National SPBE Architecture, transcribed from the SIA-SPBE manual (arsitektur.spbe.go.id) and regional implementations; the official lampiran was not available',
  },
  entries: [...rabEntries, ...radEntries, ...ralEntries, ...raaEntries, ...raiEntries, ...rakEntries],
  incompleteEntries: ['RAL.01', ...raiEntries.filter((entry) => entry.code.length === 9).map((entry) => entry.code)],
  nationalToLastLevel: ['RAI', 'RAK'],
};
