// The error-code reference of @spbe-kit/indicators, the source of docs/guides/{id,en}/error-codes.md
// (scripts/docs-error-codes.mjs). Not exported from the package: it only feeds the documentation.
import type { ErrorCodeReference } from '@spbe-kit/models';
import type { IndexInputIssueCode, IndicatorsErrorCode, MethodologyRule } from './error-codes.js';

/** Meaning and usual fix of the `code` of every error @spbe-kit/indicators throws. */
export const indicatorsErrorCodeReference = {
  'indicators.input_invalid': {
    meaning: {
      id: 'Masukan perhitungan indeks, ringkasan atau rencana tidak valid; setiap masalah ada di `error.issues`.',
      en: 'The input of an index, summary or plan is invalid; every problem is in `error.issues`.',
    },
    fix: {
      id: 'Perbaiki setiap masalah pada `error.issues` (lihat kode masalah di bawah).',
      en: 'Fix each problem in `error.issues` (see the issue codes below).',
    },
  },
  'indicators.methodology_invalid': {
    meaning: {
      id: 'Tabel metodologi yang diberikan melanggar aturan; setiap aturan yang dilanggar ada di `error.issues` sebagai `methodology.<aturan>`.',
      en: 'The methodology table given breaks rules; each broken rule is in `error.issues` as `methodology.<rule>`.',
    },
    fix: {
      id: 'Perbaiki tabel sesuai masalah yang disebut, atau gunakan metodologi bawaan.',
      en: 'Fix the table as the issues say, or use a built-in methodology.',
    },
  },
  'indicators.methodology_mismatch': {
    meaning: {
      id: 'Hasil yang dibandingkan, diringkas atau dibaca memakai metodologi yang berbeda dari yang diharapkan.',
      en: 'A result being compared, summarized or read uses another methodology than the one expected.',
    },
    fix: {
      id: 'Gunakan hanya hasil dengan metodologi yang sama, atau hitung ulang dengan metodologi yang diminta.',
      en: 'Use only results of the same methodology, or compute again with the one asked for.',
    },
  },
  'indicators.methodology_unknown': {
    meaning: { id: 'Id metodologi tidak dikenal.', en: 'The methodology id is not known.' },
    fix: {
      id: "Gunakan `'spbe-2020'`, `'pemdi-2026'` atau berikan tabel metodologi sendiri.",
      en: "Use `'spbe-2020'`, `'pemdi-2026'` or pass your own methodology table.",
    },
  },
  'indicators.plan_too_large': {
    meaning: {
      id: 'Rencana peningkatan terlalu besar untuk dihitung secara tepat.',
      en: 'The improvement plan is too large to compute exactly.',
    },
    fix: {
      id: 'Gunakan `step` yang lebih besar atau biaya dengan lebih sedikit angka desimal.',
      en: 'Use a larger `step` or costs with fewer decimals.',
    },
  },
  'indicators.history_invalid_entry': {
    meaning: {
      id: 'Riwayat bukan array, atau salah satu entrinya bukan objek { year, result } dengan hasil indeks yang sah.',
      en: 'The history is not an array, or one of its entries is not an object { year, result } with a valid index result.',
    },
    fix: {
      id: 'Berikan satu entri per tahun dengan hasil `computeIndex` untuk tahun itu.',
      en: 'Give one entry per year with the `computeIndex` result of that year.',
    },
  },
  'indicators.history_invalid_year': {
    meaning: {
      id: 'Tahun sebuah entri riwayat bukan bilangan bulat 1–9999.',
      en: 'The year of a history entry is not a whole number 1–9999.',
    },
    fix: {
      id: 'Isi tahun penilaian sebagai angka, mis. 2025.',
      en: 'Enter the assessment year as a number, e.g. 2025.',
    },
  },
  'indicators.history_duplicate_year': {
    meaning: {
      id: 'Satu tahun muncul dua kali untuk metodologi yang sama.',
      en: 'One year is given twice for the same methodology.',
    },
    fix: {
      id: 'Simpan satu hasil per tahun dan metodologi; hapus atau gabungkan entri yang ganda.',
      en: 'Keep one result per year and methodology; remove or merge the duplicate entry.',
    },
  },
} satisfies Record<IndicatorsErrorCode, ErrorCodeReference>;

/** Meaning and usual fix of every issue code of an `IndexInputError` (`indicators.input_invalid`). */
export const indexInputIssueCodeReference = {
  'indicators.missing': {
    meaning: {
      id: 'Nilai indikator, aspek atau domain tidak ada, atau tidak ada hasil untuk diringkas.',
      en: 'An indicator, aspect or domain value is missing, or there are no results to summarize.',
    },
    fix: {
      id: 'Isi nilai yang disebut, atau hitung dengan opsi hasil parsial bila memang belum lengkap.',
      en: 'Enter the value named, or compute a partial result if it is not complete yet.',
    },
  },
  'indicators.not_a_number': {
    meaning: { id: 'Nilai yang diterima bukan angka.', en: 'The value received is not a number.' },
    fix: {
      id: 'Isi angka 1–5, bukan teks atau nilai kosong.',
      en: 'Enter a number from 1 to 5, not text or an empty value.',
    },
  },
  'indicators.out_of_range': {
    meaning: { id: 'Nilai atau indeks berada di luar rentang 1–5.', en: 'The value or index is outside 1–5.' },
    fix: { id: 'Isi nilai antara 1 dan 5.', en: 'Enter a value from 1 to 5.' },
  },
  'indicators.not_integer': {
    meaning: {
      id: 'Metodologi memakai tingkat bulat, tetapi nilainya pecahan.',
      en: 'The methodology uses whole levels, but the value has a fraction.',
    },
    fix: { id: 'Isi tingkat bulat 1, 2, 3, 4 atau 5.', en: 'Enter a whole level 1, 2, 3, 4 or 5.' },
  },
  'indicators.too_precise': {
    meaning: {
      id: 'Nilai memiliki lebih banyak angka desimal daripada yang diterima (bawaan 6).',
      en: 'The value has more decimals than accepted (6 by default).',
    },
    fix: { id: 'Bulatkan nilai sebelum dihitung.', en: 'Round the value before computing.' },
  },
  'indicators.unknown_number': {
    meaning: {
      id: 'Nomor indikator, aspek atau domain tidak ada dalam metodologi.',
      en: 'The indicator, aspect or domain number does not exist in the methodology.',
    },
    fix: { id: 'Periksa nomornya dan metodologi yang dipakai.', en: 'Check the number and the methodology used.' },
  },
  'indicators.invalid_key': {
    meaning: {
      id: 'Kunci masukan bukan nomor berupa bilangan bulat positif, atau dicantumkan lebih dari sekali.',
      en: 'An input key is not a positive whole number, or is given more than once.',
    },
    fix: {
      id: 'Gunakan nomor indikator, aspek atau domain sebagai kunci, masing-masing sekali.',
      en: 'Use indicator, aspect or domain numbers as keys, each once.',
    },
  },
  'indicators.invalid_shape': {
    meaning: {
      id: 'Bentuk masukan secara keseluruhan salah, misalnya bukan objek atau tidak ada bagian yang diharapkan.',
      en: 'The shape of the input as a whole is wrong, for example not an object or without the expected parts.',
    },
    fix: {
      id: 'Bandingkan masukan dengan contoh pada panduan indeks.',
      en: 'Compare the input with the examples of the indices guide.',
    },
  },
  'indicators.invalid_option': {
    meaning: {
      id: 'Salah satu opsi fungsi (misalnya `partial`, `unknownKeys`, `mode`, `step` atau `top`) tidak valid.',
      en: 'One of the function’s options (such as `partial`, `unknownKeys`, `mode`, `step` or `top`) is invalid.',
    },
    fix: { id: 'Perbaiki opsi yang disebut pada path masalah.', en: 'Fix the option named in the issue’s path.' },
  },
  'indicators.duplicate': {
    meaning: {
      id: 'Satu indikator tercantum lebih dari sekali dalam penilaian.',
      en: 'An indicator is listed more than once in the assessment.',
    },
    fix: { id: 'Simpan satu nilai per indikator.', en: 'Keep one value per indicator.' },
  },
  'indicators.requires_levels': {
    meaning: {
      id: 'Perencanaan memerlukan hasil yang dihitung dari nilai per indikator, bukan dari nilai aspek atau domain.',
      en: 'Planning needs a result computed from indicator values, not from aspect or domain scores.',
    },
    fix: {
      id: 'Hitung indeks dari nilai per indikator (`levels`), lalu buat rencana dari hasil tersebut.',
      en: 'Compute the index from indicator values (`levels`), then plan from that result.',
    },
  },
  'indicators.incomplete': {
    meaning: {
      id: 'Hasil indeks belum lengkap karena ada nilai yang hilang.',
      en: 'The index result is incomplete because some values are missing.',
    },
    fix: {
      id: 'Lengkapi semua nilai, lalu hitung ulang indeks.',
      en: 'Fill in every value, then compute the index again.',
    },
  },
  'indicators.unreadable': {
    meaning: {
      id: 'Membaca masukan menjalankan kode yang gagal (getter, Proxy atau generator); galat aslinya ada di `cause`.',
      en: 'Reading the input ran code that failed (a getter, Proxy or generator); the original error is in `cause`.',
    },
    fix: {
      id: 'Berikan data biasa (objek JSON), atau perbaiki kode yang disebut pada `cause`.',
      en: 'Pass plain data (a JSON object), or fix the code named in `cause`.',
    },
  },
} satisfies Record<IndexInputIssueCode, ErrorCodeReference>;

const fixTable = {
  id: 'Perbaiki tabel metodologi pada path yang disebut.',
  en: 'Fix the methodology table at the path named.',
};

/** Meaning and usual fix of every rule of a methodology table; an issue carries it as `methodology.<rule>`. */
export const methodologyRuleReference = {
  band_empty: {
    meaning: {
      id: 'Rentang suatu predikat kosong (batas bawah tidak lebih kecil dari batas atas).',
      en: 'A predikat band is empty (its lower bound is not below its upper bound).',
    },
    fix: fixTable,
  },
  bands_gap: {
    meaning: {
      id: 'Ada celah antara dua rentang predikat sehingga sebagian indeks tidak mendapat predikat.',
      en: 'There is a gap between two predikat bands, so some index values get no predikat.',
    },
    fix: {
      id: 'Sambungkan rentang: batas atas satu rentang menjadi batas bawah rentang berikutnya.',
      en: 'Join the bands: the upper bound of one is the lower bound of the next.',
    },
  },
  bands_overlap: {
    meaning: { id: 'Dua rentang predikat tumpang tindih.', en: 'Two predikat bands overlap.' },
    fix: {
      id: 'Geser batas rentang agar setiap indeks hanya masuk satu predikat.',
      en: 'Move the band bounds so every index falls in one predikat.',
    },
  },
  bands_range: {
    meaning: {
      id: 'Rentang predikat tidak dimulai dari 1 atau tidak berakhir di 5.',
      en: 'The predikat bands do not start at 1 or do not end at 5.',
    },
    fix: {
      id: 'Buat rentang terendah mulai dari 1 dan rentang tertinggi berakhir di 5.',
      en: 'Make the lowest band start at 1 and the highest end at 5.',
    },
  },
  duplicate_number: {
    meaning: {
      id: 'Nomor indikator, aspek atau domain dipakai lebih dari sekali.',
      en: 'An indicator, aspect or domain number is used more than once.',
    },
    fix: fixTable,
  },
  duplicate_predicate: {
    meaning: {
      id: 'Satu predikat muncul pada lebih dari satu rentang.',
      en: 'One predikat appears in more than one band.',
    },
    fix: fixTable,
  },
  duplicate_scale: {
    meaning: { id: 'Id skala dipakai lebih dari sekali.', en: 'A scale id is used more than once.' },
    fix: fixTable,
  },
  empty_aspect: {
    meaning: { id: 'Suatu aspek tidak memiliki indikator.', en: 'An aspect has no indicators.' },
    fix: {
      id: 'Tambahkan indikator ke aspek tersebut atau hapus aspeknya.',
      en: 'Add indicators to the aspect or remove it.',
    },
  },
  empty_domain: {
    meaning: { id: 'Suatu domain tidak memiliki aspek.', en: 'A domain has no aspects.' },
    fix: {
      id: 'Tambahkan aspek ke domain tersebut atau hapus domainnya.',
      en: 'Add aspects to the domain or remove it.',
    },
  },
  missing_domain: {
    meaning: {
      id: 'Metodologi memiliki domain, tetapi suatu aspek tidak menyebut domainnya.',
      en: 'The methodology has domains, but an aspect does not name its domain.',
    },
    fix: { id: 'Isi `domain` pada aspek tersebut.', en: 'Set `domain` on that aspect.' },
  },
  not_positive: {
    meaning: { id: 'Suatu bobot tidak lebih besar dari 0.', en: 'A weight is not greater than 0.' },
    fix: { id: 'Beri bobot positif.', en: 'Give a positive weight.' },
  },
  precision: {
    meaning: {
      id: 'Suatu nilai tabel memiliki terlalu banyak angka desimal.',
      en: 'A value of the table has too many decimals.',
    },
    fix: { id: 'Bulatkan nilai sesuai ketelitian yang diterima.', en: 'Round the value to the accepted precision.' },
  },
  scale_levels: {
    meaning: {
      id: 'Suatu skala tidak mendefinisikan tingkat 1 sampai 5 masing-masing tepat sekali.',
      en: 'A scale does not define levels 1 to 5 exactly once each.',
    },
    fix: { id: 'Definisikan kelima tingkat pada skala tersebut.', en: 'Define all five levels of the scale.' },
  },
  unexpected_domain: {
    meaning: {
      id: 'Suatu aspek menyebut domain, padahal metodologi tidak memiliki domain.',
      en: 'An aspect names a domain, but the methodology has no domains.',
    },
    fix: {
      id: 'Hapus `domain` dari aspek, atau tambahkan daftar domain ke metodologi.',
      en: 'Remove `domain` from the aspect, or add the domains to the methodology.',
    },
  },
  unknown_aspect: {
    meaning: {
      id: 'Indikator merujuk nomor aspek yang tidak ada.',
      en: 'An indicator refers to an aspect number that does not exist.',
    },
    fix: fixTable,
  },
  unknown_domain: {
    meaning: {
      id: 'Aspek merujuk nomor domain yang tidak ada.',
      en: 'An aspect refers to a domain number that does not exist.',
    },
    fix: fixTable,
  },
  unknown_scale: {
    meaning: {
      id: 'Indikator merujuk id skala yang tidak ada.',
      en: 'An indicator refers to a scale id that does not exist.',
    },
    fix: fixTable,
  },
  weight_sum: {
    meaning: {
      id: 'Bobot aspek atau domain tidak sama dengan jumlah bobot bagian-bagiannya.',
      en: 'The weight of an aspect or domain does not equal the sum of its parts’ weights.',
    },
    fix: {
      id: 'Samakan bobot dengan jumlah bobot bagiannya, sesuai tabel regulasi.',
      en: 'Make the weight equal the sum of its parts, as in the regulation’s table.',
    },
  },
  weight_total: {
    meaning: {
      id: 'Jumlah bobot indikator, aspek atau domain tidak sama dengan 100.',
      en: 'The indicator, aspect or domain weights do not add up to 100.',
    },
    fix: {
      id: 'Periksa bobot terhadap tabel regulasi hingga jumlahnya 100.',
      en: 'Check the weights against the regulation’s table until they add up to 100.',
    },
  },
} satisfies Record<MethodologyRule, ErrorCodeReference>;
