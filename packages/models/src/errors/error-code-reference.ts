// The error-code reference of @spbe-kit/models, the source of docs/guides/{id,en}/error-codes.md
// (scripts/docs-error-codes.mjs). Not exported from the package: it only feeds the documentation.
import type { ErrorCodeReference } from './locale.js';
import type { IdentifierErrorCode } from '../identifiers/identifier-error.js';
import type { WilayahErrorCode } from '../node/wilayah/wilayah-error.js';
import type { SatuDataErrorCode } from '../satu-data/satu-data-error.js';
import type { ModelsIssueCode } from '../validation/issue-codes.js';

/** The `code` of every error class of @spbe-kit/models. */
type ModelsErrorCode =
  | 'validation'
  | IdentifierErrorCode
  | WilayahErrorCode
  | SatuDataErrorCode
  | 'architecture.invalid_code'
  | 'architecture.invalid_reference'
  | 'architecture.invalid';

const nikRead = {
  id: 'Salin ulang NIK dari KTP-el atau Kartu Keluarga.',
  en: 'Copy the NIK again from the KTP-el or the family card (Kartu Keluarga).',
};
const nipRead = {
  id: 'Salin ulang NIP dari SK pengangkatan atau data kepegawaian.',
  en: 'Copy the NIP again from the appointment decree or the personnel records.',
};

/** Meaning and usual fix of the `code` of every error @spbe-kit/models throws. */
export const modelsErrorCodeReference = {
  validation: {
    meaning: {
      id: 'Data tidak lolos skema; setiap masalah ada di `error.issues` beserta path dan kodenya.',
      en: 'The data does not pass the schema; every problem is in `error.issues` with its path and code.',
    },
    fix: {
      id: 'Perbaiki setiap field yang disebut pada `error.issues`, lalu validasi ulang.',
      en: 'Fix every field named in `error.issues`, then validate again.',
    },
  },
  'region_code.invalid_type': {
    meaning: { id: 'Kode wilayah yang diberikan bukan teks.', en: 'The region code given is not a string.' },
    fix: {
      id: 'Berikan kode wilayah sebagai string, misalnya `"64.71"`.',
      en: 'Pass the region code as a string, e.g. `"64.71"`.',
    },
  },
  'region_code.invalid_format': {
    meaning: {
      id: 'Kode wilayah Kemendagri tidak berbentuk NN, NN.NN, NN.NN.NN, NN.NN.NN.NNNN atau NN.NN.4NNNN.',
      en: 'The Kemendagri region code is not of the form NN, NN.NN, NN.NN.NN, NN.NN.NN.NNNN or NN.NN.4NNNN.',
    },
    fix: {
      id: 'Ambil kode dari daftar kode wilayah Kemendagri (Kepmendagri) dan tulis dengan titik.',
      en: 'Take the code from the Kemendagri region code list (Kepmendagri) and write it with dots.',
    },
  },
  'region_code.undotted': {
    meaning: {
      id: 'Kode wilayah Kemendagri ditulis tanpa titik sehingga tidak dapat dibedakan dari kode BPS.',
      en: 'The Kemendagri region code is written without dots, so it cannot be told from a BPS code.',
    },
    fix: {
      id: 'Tulis kode dengan titik (misalnya `64.71`), atau gunakan `parseBpsRegionCode` untuk kode BPS.',
      en: 'Write the code with dots (e.g. `64.71`), or use `parseBpsRegionCode` for a BPS code.',
    },
  },
  'region_code.wrong_level': {
    meaning: {
      id: 'Kode cadangan untuk kode wilayah pada tingkat yang salah; belum dilaporkan oleh fungsi mana pun pada versi ini.',
      en: 'A reserved code for a region code at the wrong level; no function of this version reports it yet.',
    },
    fix: {
      id: 'Tidak ada tindakan; tingkat kode diperiksa oleh skema per tingkat (`region_code.invalid_<tingkat>`).',
      en: 'No action; the level of a code is checked by the per-level schemas (`region_code.invalid_<level>`).',
    },
  },
  'bps_code.invalid_type': {
    meaning: { id: 'Kode wilayah BPS yang diberikan bukan teks.', en: 'The BPS region code given is not a string.' },
    fix: {
      id: 'Berikan kode BPS sebagai string, misalnya `"6471"`.',
      en: 'Pass the BPS code as a string, e.g. `"6471"`.',
    },
  },
  'bps_code.invalid_format': {
    meaning: {
      id: 'Kode wilayah BPS tidak terdiri atas 2, 4, 7 atau 10 angka tanpa titik.',
      en: 'The BPS region code is not 2, 4, 7 or 10 digits without dots.',
    },
    fix: {
      id: 'Hapus titik dan spasi, lalu periksa panjang kode terhadap Master File Desa BPS.',
      en: 'Remove dots and spaces, then check the length of the code against the BPS village master file.',
    },
  },
  'bridge.unknown_code': {
    meaning: {
      id: 'Kode tidak dapat dipadankan antara BPS dan Kemendagri: tidak ada di tabel padanan, wilayahnya dibentuk sesudah sumber tabel, atau BPS membaginya ke beberapa kode.',
      en: 'The code cannot be bridged between BPS and Kemendagri: it is not in the bridging table, the region was created after the table’s source, or BPS splits it into several codes.',
    },
    fix: {
      id: 'Periksa kodenya, atau tentukan padanannya secara manual bila wilayah tersebut baru atau dipecah.',
      en: 'Check the code, or map the region by hand when it is new or split.',
    },
  },
  'nik.invalid_type': {
    meaning: { id: 'NIK yang diberikan bukan teks.', en: 'The NIK given is not a string.' },
    fix: {
      id: 'Simpan dan kirim NIK sebagai string, bukan angka.',
      en: 'Store and pass the NIK as a string, not a number.',
    },
  },
  'nik.invalid_format': {
    meaning: { id: 'NIK tidak terdiri atas tepat 16 angka.', en: 'The NIK is not exactly 16 digits.' },
    fix: nikRead,
  },
  'nik.invalid_province': {
    meaning: {
      id: 'Dua angka pertama NIK bukan kode provinsi 11–96.',
      en: 'The first two digits of the NIK are not a province code 11–96.',
    },
    fix: nikRead,
  },
  'nik.invalid_birth_date': {
    meaning: {
      id: 'Angka 7–12 NIK (DDMMYY, tanggal ditambah 40 untuk perempuan) bukan tanggal yang sah.',
      en: 'Digits 7–12 of the NIK (DDMMYY, day plus 40 for women) are not a valid date.',
    },
    fix: nikRead,
  },
  'nik.invalid_serial': {
    meaning: {
      id: 'Nomor urut NIK (angka 13–16) adalah 0000.',
      en: 'The serial number of the NIK (digits 13–16) is 0000.',
    },
    fix: nikRead,
  },
  'nik.invalid_mask_options': {
    meaning: {
      id: 'Opsi `maskNik` tidak sah: lebih dari 6 angka awal atau 4 angka akhir, atau karakter penyamar bukan satu karakter non-angka.',
      en: 'The `maskNik` options are invalid: more than 6 leading or 4 trailing digits, or a mask that is not one non-digit character.',
    },
    fix: {
      id: 'Tampilkan paling banyak 6 angka awal dan 4 angka akhir, dengan satu karakter penyamar seperti `*`.',
      en: 'Show at most 6 leading and 4 trailing digits, with one mask character such as `*`.',
    },
  },
  'nip.invalid_type': {
    meaning: { id: 'NIP yang diberikan bukan teks.', en: 'The NIP given is not a string.' },
    fix: {
      id: 'Simpan dan kirim NIP sebagai string, bukan angka.',
      en: 'Store and pass the NIP as a string, not a number.',
    },
  },
  'nip.invalid_format': {
    meaning: {
      id: 'NIP tidak terdiri atas tepat 18 angka (spasi pemisah diperbolehkan).',
      en: 'The NIP is not exactly 18 digits (separating spaces are allowed).',
    },
    fix: nipRead,
  },
  'nip.invalid_birth_date': {
    meaning: {
      id: 'Angka 1–8 NIP (YYYYMMDD, tahun 1900–2099) bukan tanggal lahir yang sah.',
      en: 'Digits 1–8 of the NIP (YYYYMMDD, year 1900–2099) are not a valid birth date.',
    },
    fix: nipRead,
  },
  'nip.invalid_appointment': {
    meaning: {
      id: 'Angka 9–14 NIP (bulan TMT CPNS, YYYYMM, tahun 1900–2099) bukan bulan yang sah.',
      en: 'Digits 9–14 of the NIP (TMT CPNS month, YYYYMM, year 1900–2099) are not a valid month.',
    },
    fix: nipRead,
  },
  'nip.appointment_before_birth': {
    meaning: {
      id: 'Bulan pengangkatan pada NIP tidak jatuh sesudah bulan lahirnya.',
      en: 'The appointment month in the NIP does not come after its birth month.',
    },
    fix: nipRead,
  },
  'nip.invalid_sex': {
    meaning: { id: 'Angka ke-15 NIP (jenis kelamin) bukan 1 atau 2.', en: 'Digit 15 of the NIP (sex) is not 1 or 2.' },
    fix: nipRead,
  },
  'nip.invalid_serial': {
    meaning: {
      id: 'Nomor urut NIP (angka 16–18) adalah 000.',
      en: 'The serial number of the NIP (digits 16–18) is 000.',
    },
    fix: nipRead,
  },
  'nip.invalid_mask_options': {
    meaning: {
      id: 'Opsi `maskNip` tidak sah: lebih dari 4 angka akhir, atau karakter penyamar bukan satu karakter non-angka.',
      en: 'The `maskNip` options are invalid: more than 4 trailing digits, or a mask that is not one non-digit character.',
    },
    fix: {
      id: 'Tampilkan paling banyak 4 angka akhir, dengan satu karakter penyamar seperti `*`.',
      en: 'Show at most 4 trailing digits, with one mask character such as `*`.',
    },
  },
  'pseudonym.invalid_key': {
    meaning: { id: 'Kunci pseudonim kurang dari 16 bita.', en: 'The pseudonym key is shorter than 16 bytes.' },
    fix: {
      id: 'Gunakan kunci acak 32 bita yang disimpan pengelola sistem.',
      en: 'Use a random 32-byte key kept by the system operator.',
    },
  },
  'pseudonym.crypto_unavailable': {
    meaning: {
      id: 'WebCrypto (`crypto.subtle`) tidak tersedia; peramban hanya menyediakannya pada halaman HTTPS.',
      en: 'WebCrypto (`crypto.subtle`) is not available; browsers offer it only on HTTPS pages.',
    },
    fix: {
      id: 'Jalankan di Node.js 20 atau lebih baru, atau sajikan halaman melalui HTTPS.',
      en: 'Run on Node.js 20 or later, or serve the page over HTTPS.',
    },
  },
  'wilayah.data_unreadable': {
    meaning: {
      id: 'Berkas data wilayah atau tabel padanan BPS–Kemendagri yang dibawa paket tidak dapat dibaca.',
      en: 'The region data file or the BPS–Kemendagri bridge table shipped with the package cannot be read.',
    },
    fix: {
      id: 'Pasang ulang `@spbe-kit/models` dan pastikan folder `data` paket ikut terpasang dan dapat dibaca.',
      en: 'Reinstall `@spbe-kit/models` and make sure the package’s `data` folder is installed and readable.',
    },
  },
  'wilayah.invalid_data': {
    meaning: {
      id: 'Data wilayah atau tabel padanan rusak pada baris yang disebut di pesan.',
      en: 'The region data or the bridge table is corrupt at the line named in the message.',
    },
    fix: {
      id: 'Pasang ulang paket; bila data diganti sendiri, perbaiki baris tersebut.',
      en: 'Reinstall the package; if you replaced the data yourself, fix that line.',
    },
  },
  'wilayah.unknown_code': {
    meaning: {
      id: '`getOrThrow` menerima kode wilayah yang tidak ada dalam versi daftar wilayah yang dimuat.',
      en: '`getOrThrow` got a region code that is not in the loaded version of the region list.',
    },
    fix: {
      id: 'Periksa kodenya, atau gunakan `get` dan tangani hasil `undefined` untuk wilayah baru.',
      en: 'Check the code, or use `get` and handle `undefined` for new regions.',
    },
  },
  'satu_data.illegal_transition': {
    meaning: {
      id: 'Peristiwa alur publikasi Satu Data tidak diizinkan pada status data saat ini.',
      en: 'The Satu Data publication event is not allowed in the current state of the data.',
    },
    fix: {
      id: 'Ikuti urutan `publicationTransitions` (misalnya ajukan dahulu sebelum menyetujui).',
      en: 'Follow the order of `publicationTransitions` (e.g. submit before approving).',
    },
  },
  'satu_data.invalid_statistical_code': {
    meaning: {
      id: 'Kode Standar Data Statistik Nasional tidak berbentuk SD, SP, ST, SE atau UL diikuti `NNNNN.NN.NN`.',
      en: 'The national statistical data standard code is not SD, SP, ST, SE or UL followed by `NNNNN.NN.NN`.',
    },
    fix: {
      id: 'Salin kode dari daftar Standar Data Statistik BPS, misalnya `SD00001.00.00`.',
      en: 'Copy the code from the BPS statistical data standard list, e.g. `SD00001.00.00`.',
    },
  },
  'architecture.invalid_code': {
    meaning: {
      id: 'Kode arsitektur bukan RAB, RAD, RAL, RAA, RAI atau RAK diikuti 1–7 segmen dua angka.',
      en: 'The architecture code is not RAB, RAD, RAL, RAA, RAI or RAK followed by 1–7 two-digit segments.',
    },
    fix: {
      id: 'Tulis kode seperti `RAB.01.03` sesuai Arsitektur SPBE Nasional.',
      en: 'Write the code like `RAB.01.03`, as in the national SPBE architecture.',
    },
  },
  'architecture.invalid_reference': {
    meaning: {
      id: 'Arsitektur referensi yang diberikan tidak konsisten: kode tidak sah, huruf kecil, ganda, melewati level 2, induk belum ada sebelumnya, atau prefiks tidak dikenal.',
      en: 'The reference architecture given is inconsistent: a code is invalid, lower case, duplicated, deeper than level 2, listed before its parent, or has an unknown prefix.',
    },
    fix: {
      id: 'Perbaiki entri pada path yang disebut, atau perluas referensi dengan `extendReferenceArchitecture`.',
      en: 'Fix the entry at the path named, or extend the reference with `extendReferenceArchitecture`.',
    },
  },
  'architecture.invalid': {
    meaning: {
      id: '`assertValidArchitecture` menemukan masalah; setiap masalah ada di `error.issues` dengan kode `architecture.*`.',
      en: '`assertValidArchitecture` found problems; each is in `error.issues` with an `architecture.*` code.',
    },
    fix: {
      id: 'Perbaiki setiap masalah pada `error.issues` (lihat tabel kode masalah di bawah).',
      en: 'Fix each problem in `error.issues` (see the issue codes table below).',
    },
  },
} satisfies Record<ModelsErrorCode, ErrorCodeReference>;

/**
 * Meaning and usual fix of every code spbe-kit's own checks put on `error.issues[].code` (besides
 * zod's codes and the identifier codes above, which a schema reports for a bad identifier).
 */
export const modelsIssueCodeReference = {
  'region_code.invalid_province': {
    meaning: {
      id: 'Nilai bukan kode provinsi Kemendagri berbentuk NN.',
      en: 'The value is not a Kemendagri province code of the form NN.',
    },
    fix: {
      id: 'Isi dengan kode provinsi dua angka, misalnya `64`.',
      en: 'Enter a two-digit province code, e.g. `64`.',
    },
  },
  'region_code.invalid_regency': {
    meaning: {
      id: 'Nilai bukan kode kabupaten/kota Kemendagri berbentuk NN.NN.',
      en: 'The value is not a Kemendagri regency/city code of the form NN.NN.',
    },
    fix: {
      id: 'Isi dengan kode kabupaten/kota bertitik, misalnya `64.71`.',
      en: 'Enter a dotted regency/city code, e.g. `64.71`.',
    },
  },
  'region_code.invalid_district': {
    meaning: {
      id: 'Nilai bukan kode kecamatan Kemendagri berbentuk NN.NN.NN.',
      en: 'The value is not a Kemendagri district code of the form NN.NN.NN.',
    },
    fix: {
      id: 'Isi dengan kode kecamatan bertitik, misalnya `64.71.01`.',
      en: 'Enter a dotted district code, e.g. `64.71.01`.',
    },
  },
  'region_code.invalid_village': {
    meaning: {
      id: 'Nilai bukan kode desa/kelurahan Kemendagri berbentuk NN.NN.NN.NNNN.',
      en: 'The value is not a Kemendagri village code of the form NN.NN.NN.NNNN.',
    },
    fix: {
      id: 'Isi dengan kode desa/kelurahan bertitik, misalnya `64.71.01.1001`.',
      en: 'Enter a dotted village code, e.g. `64.71.01.1001`.',
    },
  },
  'region_code.invalid_island': {
    meaning: {
      id: 'Nilai bukan kode pulau Kemendagri berbentuk NN.NN.4NNNN.',
      en: 'The value is not a Kemendagri island code of the form NN.NN.4NNNN.',
    },
    fix: { id: 'Isi dengan kode pulau dari daftar Kemendagri.', en: 'Enter an island code from the Kemendagri list.' },
  },
  'region_code.not_kabupaten': {
    meaning: {
      id: 'Instansi bertipe kabupaten memakai kode di luar NN.01–NN.69.',
      en: 'A kabupaten agency uses a code outside NN.01–NN.69.',
    },
    fix: {
      id: 'Gunakan kode kabupaten, atau ubah `kind` menjadi `kota` bila instansinya pemerintah kota.',
      en: 'Use a kabupaten code, or set `kind` to `kota` if the agency is a city government.',
    },
  },
  'region_code.not_kota': {
    meaning: {
      id: 'Instansi bertipe kota memakai kode di luar NN.71–NN.99.',
      en: 'A kota agency uses a code outside NN.71–NN.99.',
    },
    fix: {
      id: 'Gunakan kode kota, atau ubah `kind` menjadi `kabupaten` bila instansinya pemerintah kabupaten.',
      en: 'Use a kota code, or set `kind` to `kabupaten` if the agency is a regency government.',
    },
  },
  'region_code.unknown_province': {
    meaning: {
      id: 'Kode provinsi berbentuk benar tetapi tidak ada dalam daftar wilayah ringkas yang dibawa paket.',
      en: 'The province code is well formed but not in the compact region list shipped with the package.',
    },
    fix: {
      id: 'Periksa kodenya terhadap daftar Kemendagri terbaru.',
      en: 'Check the code against the latest Kemendagri list.',
    },
  },
  'region_code.unknown_regency': {
    meaning: {
      id: 'Kode kabupaten/kota berbentuk benar tetapi tidak ada dalam daftar wilayah ringkas yang dibawa paket.',
      en: 'The regency/city code is well formed but not in the compact region list shipped with the package.',
    },
    fix: {
      id: 'Periksa kodenya terhadap daftar Kemendagri terbaru.',
      en: 'Check the code against the latest Kemendagri list.',
    },
  },
  'perangkat_daerah.kecamatan_in_province': {
    meaning: {
      id: 'Perangkat daerah bertipe kecamatan dicatat di bawah provinsi.',
      en: 'A kecamatan office is recorded under a province.',
    },
    fix: {
      id: 'Catat kecamatan di bawah kode kabupaten/kota tempatnya berada.',
      en: 'Record the kecamatan under the code of its regency or city.',
    },
  },
  'perangkat_daerah.district_required': {
    meaning: {
      id: 'Perangkat daerah bertipe kecamatan tidak mencantumkan `districtCode`.',
      en: 'A kecamatan office has no `districtCode`.',
    },
    fix: {
      id: 'Isi `districtCode` dengan kode kecamatan Kemendagri.',
      en: 'Set `districtCode` to the Kemendagri district code.',
    },
  },
  'perangkat_daerah.district_outside_region': {
    meaning: {
      id: '`districtCode` tidak berada di kabupaten/kota `regionCode`.',
      en: '`districtCode` does not lie in the regency or city of `regionCode`.',
    },
    fix: {
      id: 'Periksa kedua kode; kode kecamatan harus diawali kode kabupaten/kotanya.',
      en: 'Check both codes; a district code starts with the code of its regency or city.',
    },
  },
  'perangkat_daerah.district_not_allowed': {
    meaning: {
      id: '`districtCode` diisi untuk perangkat daerah yang bukan kecamatan.',
      en: '`districtCode` is set on an office that is not a kecamatan.',
    },
    fix: {
      id: 'Hapus `districtCode`, atau ubah tipe perangkat daerah menjadi kecamatan.',
      en: 'Remove `districtCode`, or set the office type to kecamatan.',
    },
  },
  'assessment.evidence_location': {
    meaning: {
      id: 'Bukti dukung tidak memiliki `reference` (URL atau path) maupun `fileName`.',
      en: 'An evidence item has neither a `reference` (URL or path) nor a `fileName`.',
    },
    fix: {
      id: 'Isi `reference` atau `fileName` untuk setiap bukti dukung.',
      en: 'Set `reference` or `fileName` on every evidence item.',
    },
  },
  'assessment.shape_duplicate_number': {
    meaning: {
      id: 'Bentuk metodologi yang diberikan mencantumkan nomor indikator yang sama lebih dari sekali.',
      en: 'The methodology shape given lists an indicator number more than once.',
    },
    fix: {
      id: 'Hapus nomor ganda dari `indicatorNumbers`.',
      en: 'Remove the duplicate number from `indicatorNumbers`.',
    },
  },
  'assessment.shape_unknown_number': {
    meaning: {
      id: 'Bentuk metodologi menyebut indikator (sektor atau indeks lain) yang tidak ada dalam `indicatorNumbers`.',
      en: 'The methodology shape names an indicator (sector or other index) that is not in `indicatorNumbers`.',
    },
    fix: {
      id: 'Tambahkan nomor tersebut ke `indicatorNumbers` atau hapus dari daftar lainnya.',
      en: 'Add the number to `indicatorNumbers` or remove it from the other list.',
    },
  },
  'assessment.shape_value_domain': {
    meaning: {
      id: 'Jenis nilai (bulat atau desimal) pada bentuk metodologi berbeda dari metodologi bawaan dengan id yang sama.',
      en: 'The value kind (integer or decimal) of the methodology shape differs from the built-in methodology with the same id.',
    },
    fix: {
      id: 'Gunakan `valueDomain` yang sama dengan metodologi bawaan, atau beri metodologi Anda id lain.',
      en: 'Use the same `valueDomain` as the built-in methodology, or give yours another id.',
    },
  },
  'assessment.unknown_indicator': {
    meaning: {
      id: 'Penilaian memuat nomor indikator yang tidak ada dalam metodologinya.',
      en: 'The assessment holds an indicator number that its methodology does not have.',
    },
    fix: {
      id: 'Periksa nomor indikator dan `methodologyId` penilaian.',
      en: 'Check the indicator number and the assessment’s `methodologyId`.',
    },
  },
  'assessment.duplicate_indicator': {
    meaning: { id: 'Satu indikator dinilai lebih dari sekali.', en: 'An indicator is assessed more than once.' },
    fix: {
      id: 'Simpan satu penilaian per indikator dan hapus yang lain.',
      en: 'Keep one assessment per indicator and remove the others.',
    },
  },
  'assessment.sector_required': {
    meaning: {
      id: 'Indikator yang sektornya dipilih instansi tidak menyebut sektor.',
      en: 'An indicator whose sector the agency chooses does not name its sector.',
    },
    fix: { id: 'Isi `sector` pada penilaian indikator tersebut.', en: 'Set `sector` on that indicator’s assessment.' },
  },
  'assessment.sector_not_allowed': {
    meaning: {
      id: '`sector` diisi pada indikator yang bukan indikator sektor.',
      en: '`sector` is set on an indicator that is not a sector indicator.',
    },
    fix: {
      id: 'Hapus `sector` dari penilaian indikator tersebut.',
      en: 'Remove `sector` from that indicator’s assessment.',
    },
  },
  'assessment.external_origin_not_allowed': {
    meaning: {
      id: '`origin.kind` bernilai `external-index` pada indikator yang tidak dinilai dari indeks lain.',
      en: '`origin.kind` is `external-index` on an indicator that is not assessed from another index.',
    },
    fix: {
      id: 'Hapus `origin` dari penilaian indikator tersebut.',
      en: 'Remove `origin` from that indicator’s assessment.',
    },
  },
  'assessment.missing_indicator': {
    meaning: {
      id: 'Dengan `requireAllIndicators`, penilaian belum menilai semua indikator metodologinya.',
      en: 'With `requireAllIndicators`, the assessment does not assess every indicator of its methodology.',
    },
    fix: { id: 'Nilai indikator yang disebut pada pesan.', en: 'Assess the indicators named in the message.' },
  },
  'audit_event.clear_identifier': {
    meaning: {
      id: 'Field peristiwa audit memuat deretan 16 angka atau lebih yang tampak seperti NIK/NIP dalam teks jelas.',
      en: 'An audit event field holds a run of 16 or more digits that looks like a NIK/NIP in clear text.',
    },
    fix: {
      id: 'Ganti identitas dengan pseudonim berkunci (`keyedPseudonym`); jangan mencatat NIK/NIP.',
      en: 'Replace the identity with a keyed pseudonym (`keyedPseudonym`); never log a NIK/NIP.',
    },
  },
  'audit_event.pseudonym.too_long': {
    meaning: { id: 'Pseudonim lebih dari 128 karakter.', en: 'The pseudonym is longer than 128 characters.' },
    fix: {
      id: 'Gunakan digest base64url yang lebih pendek, misalnya HMAC-SHA-256.',
      en: 'Use a shorter base64url digest, such as HMAC-SHA-256.',
    },
  },
  'audit_event.pseudonym.invalid': {
    meaning: {
      id: 'Pseudonim bukan 16–128 karakter A–Z, a–z, 0–9, `_` atau `-`.',
      en: 'The pseudonym is not 16–128 characters of A–Z, a–z, 0–9, `_` or `-`.',
    },
    fix: {
      id: 'Enkode digest dengan base64url, bukan base64 biasa.',
      en: 'Encode the digest in base64url, not plain base64.',
    },
  },
  'audit_event.code.too_long': {
    meaning: {
      id: 'Kode mesin (aksi atau jenis sumber daya) lebih dari 64 karakter.',
      en: 'The machine code (action or resource type) is longer than 64 characters.',
    },
    fix: {
      id: 'Pakai kode yang lebih singkat, misalnya `record.update`.',
      en: 'Use a shorter code, e.g. `record.update`.',
    },
  },
  'audit_event.code.invalid': {
    meaning: {
      id: 'Kode mesin bukan kata huruf kecil `a–z 0–9 _ -` yang digabung dengan titik.',
      en: 'The machine code is not lower-case words of `a–z 0–9 _ -` joined by dots.',
    },
    fix: {
      id: 'Tulis kode seperti `personal_data.read`, tanpa spasi atau huruf besar.',
      en: 'Write the code like `personal_data.read`, without spaces or capitals.',
    },
  },
  'audit_event.identifier.too_long': {
    meaning: {
      id: 'Identitas sumber daya lebih dari 128 karakter.',
      en: 'The resource identifier is longer than 128 characters.',
    },
    fix: {
      id: 'Catat id yang lebih singkat, misalnya kunci utama rekaman.',
      en: 'Log a shorter id, such as the record’s primary key.',
    },
  },
  'audit_event.identifier.invalid': {
    meaning: {
      id: 'Identitas sumber daya memuat karakter di luar `A–Z a–z 0–9 . _ : / -` atau tidak diawali huruf/angka.',
      en: 'The resource identifier has characters outside `A–Z a–z 0–9 . _ : / -` or does not start with a letter or digit.',
    },
    fix: {
      id: 'Gunakan id teknis tanpa spasi, bukan nama atau teks bebas.',
      en: 'Use a technical id without spaces, not a name or free text.',
    },
  },
  'audit_event.actor_pseudonym_required': {
    meaning: {
      id: 'Aktor bertipe pengguna, layanan atau warga tidak memiliki pseudonim.',
      en: 'A user, service or citizen actor has no pseudonym.',
    },
    fix: { id: 'Isi pseudonim berkunci aktor tersebut.', en: 'Set the actor’s keyed pseudonym.' },
  },
  'audit_event.too_many_subjects': {
    meaning: {
      id: 'Satu peristiwa audit menyebut lebih dari 100 subjek data.',
      en: 'One audit event names more than 100 data subjects.',
    },
    fix: { id: 'Pecah kegiatan menjadi beberapa peristiwa.', en: 'Split the activity into several events.' },
  },
  'audit_event.purpose_required': {
    meaning: {
      id: 'Peristiwa pemrosesan data pribadi tidak menyebut tujuannya (`purpose`).',
      en: 'An event that processes personal data does not state its purpose (`purpose`).',
    },
    fix: {
      id: 'Isi `purpose` sesuai tujuan pemrosesan menurut UU 27/2022 (PDP).',
      en: 'Set `purpose` to the processing purpose under Law 27/2022 (PDP).',
    },
  },
  'inventory.duplicate_id': {
    meaning: {
      id: 'Dua butir dalam satu daftar inventaris (aplikasi, layanan atau infrastruktur) memakai id yang sama.',
      en: 'Two items of one inventory list (applications, services or infrastructure) share an id.',
    },
    fix: { id: 'Beri setiap butir id yang unik dalam daftarnya.', en: 'Give each item an id unique within its list.' },
  },
  'inventory.dangling_link': {
    meaning: {
      id: 'Aplikasi atau layanan merujuk id layanan/aplikasi yang tidak ada dalam inventaris.',
      en: 'An application or service refers to a service or application id that is not in the inventory.',
    },
    fix: {
      id: 'Tambahkan butir yang dirujuk, atau perbaiki id rujukannya.',
      en: 'Add the item referred to, or fix the id of the reference.',
    },
  },
  'architecture.validity_order': {
    meaning: {
      id: 'Tanggal akhir berlaku (`validUntil`) suatu objek arsitektur sebelum tanggal mulai berlakunya.',
      en: 'An architecture object’s end of validity (`validUntil`) is before its start.',
    },
    fix: {
      id: 'Perbaiki salah satu tanggal agar akhir tidak mendahului awal.',
      en: 'Fix one of the dates so the end does not precede the start.',
    },
  },
  'architecture.reference_version_mismatch': {
    meaning: {
      id: '`referenceVersion` arsitektur berbeda dari versi referensi yang dipakai untuk memeriksa.',
      en: 'The architecture’s `referenceVersion` differs from the reference it is checked against.',
    },
    fix: {
      id: 'Samakan `referenceVersion` dengan referensi, atau periksa dengan referensi yang sesuai.',
      en: 'Align `referenceVersion` with the reference, or check against the matching reference.',
    },
  },
  'architecture.period_order': {
    meaning: {
      id: 'Tahun akhir periode arsitektur sebelum tahun awalnya.',
      en: 'The end year of the architecture period is before its start year.',
    },
    fix: {
      id: 'Perbaiki `period.startYear` atau `period.endYear`.',
      en: 'Fix `period.startYear` or `period.endYear`.',
    },
  },
  'architecture.duplicate_id': {
    meaning: { id: 'Dua objek arsitektur memakai id yang sama.', en: 'Two architecture objects share an id.' },
    fix: { id: 'Beri setiap objek id yang unik.', en: 'Give each object a unique id.' },
  },
  'architecture.dangling_link': {
    meaning: {
      id: 'Relasi merujuk id objek yang tidak ada.',
      en: 'A relation refers to an object id that does not exist.',
    },
    fix: {
      id: 'Tambahkan objek tersebut atau perbaiki id pada relasinya.',
      en: 'Add the object or fix the id in the relation.',
    },
  },
  'architecture.relation_domain_mismatch': {
    meaning: {
      id: 'Objek di salah satu ujung relasi bukan domain yang dituntut jenis relasinya.',
      en: 'The object at one end of a relation is not of the domain the relation requires.',
    },
    fix: {
      id: 'Pilih jenis relasi yang sesuai, atau hubungkan objek dengan domain yang benar.',
      en: 'Choose the fitting relation, or link an object of the right domain.',
    },
  },
  'architecture.duplicate_edge': {
    meaning: {
      id: 'Relasi yang sama (jenis, asal dan tujuan) dicatat lebih dari sekali.',
      en: 'The same relation (kind, from and to) is recorded more than once.',
    },
    fix: { id: 'Hapus relasi ganda.', en: 'Remove the duplicate relation.' },
  },
  'architecture.code_not_in_reference': {
    meaning: {
      id: 'Kode referensi level 1–2 (atau RAI/RAK level mana pun) tidak ada dalam arsitektur referensi nasional.',
      en: 'A level-1/2 reference code (or an RAI/RAK code of any level) is not in the national reference architecture.',
    },
    fix: {
      id: 'Gunakan kode dari referensi nasional, atau tambahkan entri yang belum tercantum dengan `extendReferenceArchitecture`.',
      en: 'Use a code from the national reference, or add a missing entry with `extendReferenceArchitecture`.',
    },
  },
  'architecture.code_without_national_parent': {
    meaning: {
      id: 'Kode level 3 ke atas buatan instansi tidak berada di bawah kode level 2 nasional yang ada.',
      en: 'An agency-defined level-3+ code does not hang under an existing national level-2 code.',
    },
    fix: {
      id: 'Letakkan kode di bawah kode level 2 yang ada dalam referensi nasional.',
      en: 'Place the code under a level-2 code that exists in the national reference.',
    },
  },
} satisfies Record<Exclude<ModelsIssueCode, IdentifierErrorCode>, ErrorCodeReference>;
