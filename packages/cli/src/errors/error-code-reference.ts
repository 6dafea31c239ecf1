// The error-code reference of @spbe-kit/cli, the source of docs/guides/{id,en}/error-codes.md
// (scripts/docs-error-codes.mjs). Not exported from the package: it only feeds the documentation.
import type { ErrorCodeReference, LocalizedText } from '@spbe-kit/models';
import type { CliErrorCode } from './error-codes.js';

/** Usual fixes shared by several codes. */
const fixes = {
  signerKey: {
    id: 'Berikan `--signer-key-file <berkas>` atau `SPBE_AUDIT_SIGNER_KEY`.',
    en: 'Give `--signer-key-file <file>` or `SPBE_AUDIT_SIGNER_KEY`.',
  },
  proofFile: {
    id: 'Berikan berkas yang ditulis `spbe audit prove --consistency` tanpa diubah.',
    en: 'Pass the file written by `spbe audit prove --consistency`, unchanged.',
  },
  saveUtf8: {
    id: 'Simpan ulang berkas sebagai UTF-8 (misalnya "CSV UTF-8" di Excel).',
    en: 'Save the file again as UTF-8 (for example "CSV UTF-8" in Excel).',
  },
  fixJson: {
    id: 'Perbaiki JSON pada posisi yang disebut; periksa koma dan tanda kutip.',
    en: 'Fix the JSON at the position named; check commas and quotes.',
  },
} satisfies Record<string, LocalizedText>;

/**
 * Meaning and usual fix of every code `spbe` reports: as a usage error (exit code 2), as bad input
 * (exit code 1), or as a warning of `spbe validate`.
 */
export const cliErrorCodeReference = {
  'cli.assessment_incomplete': {
    meaning: {
      id: 'Peringatan `spbe validate`: belum ada penilaian mandiri atau nilai penilai untuk sebagian indikator, sehingga `spbe index` menghitungnya sebagai belum lengkap.',
      en: 'A `spbe validate` warning: some indicators have no self-assessment or assessor value yet, so `spbe index` computes the result as incomplete.',
    },
    fix: {
      id: 'Isi nilai indikator yang disebut, atau biarkan bila hasil sementara memang dikehendaki.',
      en: 'Fill in the indicators named, or leave them if a provisional result is intended.',
    },
  },
  'cli.audit_checkpoint_invalid': {
    meaning: {
      id: 'Salah satu berkas checkpoint yang dibandingkan tidak lolos pemeriksaan (tanda tangan, origin, kosignatur saksi); pesan menyebut berkasnya dan kode aslinya.',
      en: 'One of the checkpoint files compared fails its check (signature, origin, witness cosignatures); the message names the file and the original code.',
    },
    fix: {
      id: 'Periksa berkas itu: kunci publik dan origin yang benar, atau checkpoint yang sudah dikosign saksi bila `--witness-key` diberikan.',
      en: 'Check that file: the right public key and origin, or a checkpoint the witnesses have cosigned when `--witness-key` is given.',
    },
  },
  'cli.audit_checkpoint_order': {
    meaning: {
      id: 'Checkpoint pertama lebih besar daripada checkpoint kedua.',
      en: 'The first checkpoint is larger than the second.',
    },
    fix: { id: 'Berikan checkpoint yang lebih lama terlebih dahulu.', en: 'Give the older checkpoint first.' },
  },
  'cli.audit_identifier_type': {
    meaning: {
      id: 'Identitas bukan NIK (16 angka) atau NIP (18 angka).',
      en: 'The identifier is not a NIK (16 digits) or a NIP (18 digits).',
    },
    fix: {
      id: 'Periksa identitasnya, atau gunakan `--type any` untuk identitas lain.',
      en: 'Check the identifier, or use `--type any` for other identifiers.',
    },
  },
  'cli.audit_needs_proof': {
    meaning: {
      id: 'Kedua checkpoint berbeda, tetapi bukti konsistensi tidak diberikan.',
      en: 'The two checkpoints differ, but no consistency proof is given.',
    },
    fix: {
      id: 'Berikan `--proof` berisi keluaran `spbe audit prove --consistency <ukuran-lama> --tree-size <ukuran-baru>`.',
      en: 'Give `--proof` with the output of `spbe audit prove --consistency <old-size> --tree-size <new-size>`.',
    },
  },
  'cli.audit_needs_signer': {
    meaning: {
      id: 'Perintah ini harus menandatangani checkpoint baru, tetapi kunci penanda tangan tidak diberikan.',
      en: 'The command has to sign a new checkpoint, but no signer key is given.',
    },
    fix: fixes.signerKey,
  },
  'cli.audit_no_checkpoint': {
    meaning: { id: 'Log belum memiliki checkpoint.', en: 'The log has no checkpoint yet.' },
    fix: {
      id: 'Berikan `--checkpoint <berkas>`, atau tandatangani checkpoint terlebih dahulu.',
      en: 'Give `--checkpoint <file>`, or sign a checkpoint first.',
    },
  },
  'cli.audit_no_identifiers': {
    meaning: { id: 'Tidak ada NIK/NIP yang diberikan.', en: 'No NIK or NIP is given.' },
    fix: {
      id: 'Berikan NIK/NIP sebagai argumen atau `--file <berkas>` (satu per baris).',
      en: 'Give NIKs/NIPs as arguments or `--file <file>` (one per line).',
    },
  },
  'cli.audit_no_key': {
    meaning: {
      id: 'Tidak ada kunci publik log (`--key`) maupun kunci penanda tangannya.',
      en: 'Neither the log’s public key (`--key`) nor its signer key is given.',
    },
    fix: {
      id: 'Berikan `--key <vkey>` untuk membaca, atau kunci penanda tangan untuk menulis.',
      en: 'Give `--key <vkey>` to read, or the signer key to write.',
    },
  },
  'cli.audit_no_pseudonym_key': {
    meaning: {
      id: 'Perintah memerlukan kunci pseudonim, tetapi kunci itu tidak diberikan.',
      en: 'The command needs the pseudonym key, which is not given.',
    },
    fix: {
      id: 'Berikan `--pseudonym-key-file <berkas>` atau `SPBE_AUDIT_PSEUDONYM_KEY` (base64).',
      en: 'Give `--pseudonym-key-file <file>` or `SPBE_AUDIT_PSEUDONYM_KEY` (base64).',
    },
  },
  'cli.audit_origin': {
    meaning: { id: 'Origin log tidak disebut.', en: 'The log’s origin is not named.' },
    fix: { id: 'Berikan `--origin` atau `SPBE_AUDIT_ORIGIN`.', en: 'Give `--origin` or `SPBE_AUDIT_ORIGIN`.' },
  },
  'cli.audit_proof_json': {
    meaning: {
      id: 'Berkas bukti bukan JSON keluaran `spbe audit prove`.',
      en: 'The proof file is not the JSON output of `spbe audit prove`.',
    },
    fix: fixes.proofFile,
  },
  'cli.audit_proof_shape': {
    meaning: {
      id: 'Berkas bukti tidak memuat `size1`, `size2` dan `proof` (base64).',
      en: 'The proof file does not hold `size1`, `size2` and `proof` (base64).',
    },
    fix: fixes.proofFile,
  },
  'cli.audit_proof_sizes': {
    meaning: {
      id: 'Ukuran pada bukti konsistensi berbeda dari ukuran kedua checkpoint.',
      en: 'The sizes of the consistency proof differ from those of the two checkpoints.',
    },
    fix: {
      id: 'Buat bukti untuk ukuran kedua checkpoint tersebut.',
      en: 'Produce the proof for the sizes of those two checkpoints.',
    },
  },
  'cli.audit_prove_what': {
    meaning: { id: 'Tidak disebut apa yang harus dibuktikan.', en: 'Nothing to prove is named.' },
    fix: {
      id: 'Berikan indeks entri, atau `--consistency <ukuran-lama>`.',
      en: 'Give an entry index, or `--consistency <old-size>`.',
    },
  },
  'cli.audit_pseudonym_key_format': {
    meaning: { id: 'Kunci pseudonim bukan base64.', en: 'The pseudonym key is not base64.' },
    fix: {
      id: 'Berikan kunci dalam base64, sama dengan `PSEUDONYM_KEY` aplikasi.',
      en: 'Give the key in base64, as the application’s `PSEUDONYM_KEY`.',
    },
  },
  'cli.audit_quorum_too_large': {
    meaning: {
      id: '`--quorum` lebih besar daripada jumlah `--witness-key`.',
      en: '`--quorum` is larger than the number of `--witness-key`.',
    },
    fix: { id: 'Kecilkan kuorum atau tambahkan kunci saksi.', en: 'Lower the quorum or add witness keys.' },
  },
  'cli.audit_quorum_without_witness': {
    meaning: { id: '`--quorum` diberikan tanpa `--witness-key`.', en: '`--quorum` is given without `--witness-key`.' },
    fix: { id: 'Tambahkan `--witness-key` untuk setiap saksi.', en: 'Add a `--witness-key` for each witness.' },
  },
  'cli.audit_store': {
    meaning: { id: 'Lokasi log tidak disebut tepat satu.', en: 'Not exactly one log location is named.' },
    fix: {
      id: 'Berikan salah satu: `--store <direktori>` atau `--db <postgres://…>`.',
      en: 'Give one of `--store <directory>` or `--db <postgres://…>`.',
    },
  },
  'cli.audit_tiles_https': {
    meaning: {
      id: 'URL `--tiles` tidak memakai https (http hanya untuk localhost).',
      en: 'The `--tiles` URL does not use https (http only for localhost).',
    },
    fix: { id: 'Gunakan URL `https://`.', en: 'Use an `https://` URL.' },
  },
  'cli.audit_tiles_index': {
    meaning: { id: '`--tiles` diberikan tanpa `--index`.', en: '`--tiles` is given without `--index`.' },
    fix: { id: 'Tambahkan `--index <entri>`.', en: 'Add `--index <entry>`.' },
  },
  'cli.audit_tiles_key': {
    meaning: {
      id: 'Verifikasi dari tiles memerlukan kunci publik log.',
      en: 'Verifying from tiles needs the log’s public key.',
    },
    fix: { id: 'Berikan `--key <vkey>`.', en: 'Give `--key <vkey>`.' },
  },
  'cli.audit_tiles_size': {
    meaning: {
      id: '`--tree-size` melebihi ukuran checkpoint tiles.',
      en: '`--tree-size` exceeds the size of the tiles’ checkpoint.',
    },
    fix: {
      id: 'Gunakan ukuran paling besar ukuran checkpoint tiles.',
      en: 'Use a size of at most the tiles’ checkpoint size.',
    },
  },
  'cli.bad_format': {
    meaning: { id: 'Nilai `--format` tidak dikenal.', en: 'The `--format` value is not known.' },
    fix: {
      id: 'Pilih salah satu format yang disebut pada pesan.',
      en: 'Choose one of the formats named in the message.',
    },
  },
  'cli.bad_json_option': {
    meaning: {
      id: 'Berkas yang diberikan pada opsi `spbe plan` bukan JSON yang sah.',
      en: 'The file given to a `spbe plan` option is not valid JSON.',
    },
    fix: { id: 'Perbaiki JSON berkas tersebut.', en: 'Fix the JSON of that file.' },
  },
  'cli.bad_lock': {
    meaning: {
      id: '`--lock` bukan daftar nomor indikator yang dipisahkan koma.',
      en: '`--lock` is not a comma-separated list of indicator numbers.',
    },
    fix: { id: 'Tulis seperti `--lock 3,7`.', en: 'Write it like `--lock 3,7`.' },
  },
  'cli.bad_max_raise': {
    meaning: {
      id: '`--max-raise` bukan angka lebih dari 0 dan paling besar 4, dan bukan `none`.',
      en: '`--max-raise` is not a number above 0 and at most 4, nor `none`.',
    },
    fix: {
      id: 'Tulis seperti `--max-raise 1` (bawaan), atau `--max-raise none` untuk rencana termurah tanpa batas kenaikan.',
      en: 'Write it like `--max-raise 1` (the default), or `--max-raise none` for the cheapest plan without a limit.',
    },
  },
  'cli.bad_option': {
    meaning: {
      id: 'Kode umum untuk nilai opsi yang salah; perintah `spbe` versi ini belum melaporkannya dan memakai kode yang lebih rinci.',
      en: 'A general code for a bad option value; the `spbe` commands of this version do not report it yet and use more specific codes.',
    },
    fix: { id: 'Perbaiki opsi yang disebut pada pesan.', en: 'Fix the option named in the message.' },
  },
  'cli.bad_step': {
    meaning: {
      id: '`--step` bukan angka lebih dari 0 dan paling besar 4.',
      en: '`--step` is not a number above 0 and at most 4.',
    },
    fix: { id: 'Tulis seperti `--step 1` atau `--step 0.25`.', en: 'Write it like `--step 1` or `--step 0.25`.' },
  },
  'cli.bad_target': {
    meaning: {
      id: '`--target` bukan predikat atau indeks dalam rentang 1–5.',
      en: '`--target` is not a predikat or an index in 1–5.',
    },
    fix: {
      id: 'Berikan nama predikat atau angka indeks, misalnya `--target 3.5`.',
      en: 'Give a predikat name or an index, e.g. `--target 3.5`.',
    },
  },
  'cli.bad_top': {
    meaning: { id: '`--top` bukan bilangan bulat 1 atau lebih.', en: '`--top` is not a whole number of 1 or more.' },
    fix: { id: 'Tulis seperti `--top 5`.', en: 'Write it like `--top 5`.' },
  },
  'cli.bad_year': {
    meaning: { id: '`--year` bukan tahun 2018–2100.', en: '`--year` is not a year in 2018–2100.' },
    fix: { id: 'Tulis tahun penilaian, misalnya `--year 2026`.', en: 'Give the assessment year, e.g. `--year 2026`.' },
  },
  'cli.bad_years': {
    meaning: { id: '`--years` bukan bilangan bulat 1–10.', en: '`--years` is not a whole number 1–10.' },
    fix: { id: 'Tulis seperti `--years 3`.', en: 'Write it like `--years 3`.' },
  },
  'cli.cannot_write': {
    meaning: {
      id: 'Berkas keluaran tidak dapat ditulis, atau berkas kunci rahasia yang diminta sudah ada (tidak pernah ditimpa).',
      en: 'The output file cannot be written, or the secret-key file asked for already exists (it is never overwritten).',
    },
    fix: {
      id: 'Periksa path, izin tulis dan ruang disk; untuk kunci, pilih nama berkas baru.',
      en: 'Check the path, write permission and disk space; for a key, choose a new file name.',
    },
  },
  'cli.column_exists': {
    meaning: {
      id: 'Kolom kode yang akan ditambahkan sudah ada di CSV.',
      en: 'The code column to add already exists in the CSV.',
    },
    fix: { id: 'Pilih nama lain dengan `--code-column`.', en: 'Choose another name with `--code-column`.' },
  },
  'cli.column_not_found': {
    meaning: {
      id: 'Kolom nama wilayah yang disebut tidak ada di CSV.',
      en: 'The region-name column named is not in the CSV.',
    },
    fix: {
      id: 'Pilih salah satu kolom yang disebut pada pesan dengan `--column`.',
      en: 'Choose one of the columns listed in the message with `--column`.',
    },
  },
  'cli.compare_unpaired': {
    meaning: {
      id: 'Penilaian suatu instansi tidak memiliki pasangan pada berkas periode sebelumnya.',
      en: 'An agency’s assessment has no counterpart in the previous period’s file.',
    },
    fix: {
      id: 'Sertakan penilaian instansi tersebut di kedua berkas, atau hapus dari salah satunya.',
      en: 'Include that agency’s assessment in both files, or remove it from one.',
    },
  },
  'cli.csv_delimiter': {
    meaning: {
      id: 'Header CSV hanya terpecah dengan pemisah lain daripada yang dipakai.',
      en: 'The CSV header splits only with another delimiter than the one used.',
    },
    fix: {
      id: 'Gunakan `--delimiter` dengan pemisah yang disebut pada pesan.',
      en: 'Use `--delimiter` with the delimiter named in the message.',
    },
  },
  'cli.csv_empty': {
    meaning: { id: 'Berkas CSV kosong.', en: 'The CSV file is empty.' },
    fix: {
      id: 'Periksa bahwa berkas yang benar diberikan dan memiliki header.',
      en: 'Check that the right file is given and that it has a header.',
    },
  },
  'cli.csv_syntax': {
    meaning: {
      id: 'CSV tidak sah, misalnya tanda kutip tidak ditutup.',
      en: 'The CSV is invalid, for example a quote is never closed.',
    },
    fix: {
      id: 'Perbaiki baris yang disebut, atau simpan ulang dari spreadsheet sebagai CSV.',
      en: 'Fix the line named, or save the file again from the spreadsheet as CSV.',
    },
  },
  'cli.csv_width': {
    meaning: {
      id: 'Jumlah sel suatu baris berbeda dari jumlah kolom header.',
      en: 'A row has another number of cells than the header has columns.',
    },
    fix: {
      id: 'Perbaiki baris tersebut; periksa pemisah dan tanda kutip.',
      en: 'Fix that row; check the delimiters and quotes.',
    },
  },
  'cli.empty_input': {
    meaning: {
      id: 'Masukan kosong, atau berkas untuk mengisi awal template tidak memuat penilaian.',
      en: 'The input is empty, or the file to pre-fill a template from holds no assessment.',
    },
    fix: { id: 'Berikan berkas yang berisi data.', en: 'Give a file that holds data.' },
  },
  'cli.evidence_missing': {
    meaning: {
      id: 'Peringatan `spbe validate`: indikator bernilai lebih dari 1 tanpa bukti dukung.',
      en: 'A `spbe validate` warning: an indicator is valued above 1 without evidence (bukti dukung).',
    },
    fix: { id: 'Lampirkan bukti dukung pada indikator tersebut.', en: 'Attach evidence to that indicator.' },
  },
  'cli.file_not_found': {
    meaning: { id: 'Berkas yang disebut tidak ada.', en: 'The file named does not exist.' },
    fix: { id: 'Periksa path dan nama berkasnya.', en: 'Check the path and the file name.' },
  },
  'cli.invalid_utf8': {
    meaning: { id: 'Teks berkas bukan UTF-8 yang sah.', en: 'The file text is not valid UTF-8.' },
    fix: fixes.saveUtf8,
  },
  'cli.json_structure': {
    meaning: {
      id: 'Struktur JSON salah, misalnya karakter tak terduga atau larik yang tidak ditutup.',
      en: 'The JSON structure is wrong, for example an unexpected character or an unclosed array.',
    },
    fix: fixes.fixJson,
  },
  'cli.json_syntax': {
    meaning: {
      id: 'JSON tidak sah pada baris dan kolom yang disebut.',
      en: 'The JSON is invalid at the line and column named.',
    },
    fix: fixes.fixJson,
  },
  'cli.json_unterminated': {
    meaning: {
      id: 'JSON terpotong: suatu nilai belum ditutup sebelum akhir berkas.',
      en: 'The JSON is truncated: a value is not closed before the end of the file.',
    },
    fix: {
      id: 'Lengkapi berkas, atau ambil ulang bila unduhannya terputus.',
      en: 'Complete the file, or fetch it again if the download was cut.',
    },
  },
  'cli.methodology_mismatch': {
    meaning: {
      id: 'Berkas pengisi awal dinilai dengan metodologi lain daripada `--methodology`.',
      en: 'The pre-fill file was assessed under another methodology than `--methodology`.',
    },
    fix: { id: 'Gunakan metodologi yang sama dengan berkas tersebut.', en: 'Use the same methodology as that file.' },
  },
  'cli.missing_methodology': {
    meaning: {
      id: 'Opsi `--methodology` wajib tetapi tidak diberikan.',
      en: 'The required `--methodology` option is not given.',
    },
    fix: { id: 'Tambahkan `-m spbe-2020` atau `-m pemdi-2026`.', en: 'Add `-m spbe-2020` or `-m pemdi-2026`.' },
  },
  'cli.missing_output': {
    meaning: {
      id: 'Opsi `--output` wajib tetapi tidak diberikan.',
      en: 'The required `--output` option is not given.',
    },
    fix: { id: 'Tambahkan `-o <berkas>`.', en: 'Add `-o <file>`.' },
  },
  'cli.not_a_file': {
    meaning: {
      id: 'Path yang diberikan bukan berkas biasa (misalnya direktori).',
      en: 'The path given is not a regular file (for example a directory).',
    },
    fix: { id: 'Berikan path sebuah berkas.', en: 'Give the path of a file.' },
  },
  'cli.region_ambiguous': {
    meaning: {
      id: 'Nama wilayah cocok dengan beberapa wilayah sehingga tidak ada yang dipilih.',
      en: 'The region name matches several regions, so none is chosen.',
    },
    fix: {
      id: 'Tulis nama lebih lengkap (misalnya dengan "Kab." atau "Kota"), atau isi kodenya secara manual.',
      en: 'Write a fuller name (for example with "Kab." or "Kota"), or fill in its code by hand.',
    },
  },
  'cli.region_not_found': {
    meaning: {
      id: 'Nama wilayah kosong atau tidak cocok dengan wilayah mana pun.',
      en: 'The region name is empty or matches no region.',
    },
    fix: {
      id: 'Periksa ejaan nama wilayah, atau isi kodenya secara manual.',
      en: 'Check the spelling of the region name, or fill in its code by hand.',
    },
  },
  'cli.schema_file_missing': {
    meaning: {
      id: '`@spbe-kit/models` yang terpasang tidak membawa berkas JSON Schema yang diminta.',
      en: 'The installed `@spbe-kit/models` ships no JSON Schema file of that name.',
    },
    fix: {
      id: 'Pasang ulang `@spbe-kit/models` dengan versi yang sama dengan CLI.',
      en: 'Reinstall `@spbe-kit/models` at the same version as the CLI.',
    },
  },
  'cli.unknown_schema': {
    meaning: { id: 'Nama skema tidak dikenal.', en: 'The schema name is not known.' },
    fix: {
      id: 'Pilih salah satu nama skema yang disebut pada pesan.',
      en: 'Choose one of the schema names listed in the message.',
    },
  },
  'cli.utf16_without_bom': {
    meaning: {
      id: 'Berkas tampak berupa UTF-16 tanpa byte-order mark (BOM).',
      en: 'The file looks like UTF-16 without a byte-order mark (BOM).',
    },
    fix: fixes.saveUtf8,
  },
  'cli.xlsx_no_sheet': {
    meaning: {
      id: 'Workbook tidak memiliki sheet penilaian yang diharapkan.',
      en: 'The workbook has no sheet of the expected name.',
    },
    fix: {
      id: 'Buat workbook dengan `spbe template`, lalu isi sheet tersebut.',
      en: 'Create the workbook with `spbe template`, then fill that sheet.',
    },
  },
  'cli.xlsx_unreadable': {
    meaning: {
      id: 'Berkas bukan workbook Excel (.xlsx) yang dapat dibaca.',
      en: 'The file is not a readable Excel workbook (.xlsx).',
    },
    fix: {
      id: 'Simpan ulang berkas sebagai .xlsx dari Excel atau LibreOffice.',
      en: 'Save the file again as .xlsx from Excel or LibreOffice.',
    },
  },
  'cli.zip_input': {
    meaning: {
      id: 'Berkas adalah arsip zip (misalnya workbook Excel) tetapi dibaca sebagai teks.',
      en: 'The file is a zip archive (for example an Excel workbook) but is read as text.',
    },
    fix: {
      id: 'Beri nama berakhiran .xlsx atau gunakan `--input-format xlsx`.',
      en: 'Name it .xlsx or use `--input-format xlsx`.',
    },
  },
  'cli.history_without_agency': {
    meaning: {
      id: 'Sebuah rekaman riwayat (`--history`) tidak menyebut instansinya, jadi tidak dapat dipasangkan dengan penilaian.',
      en: 'A history record (`--history`) names no agency, so it cannot be matched with an assessment.',
    },
    fix: {
      id: 'Isi `agency` pada rekaman tahun lalu, sama seperti pada penilaian tahun ini.',
      en: "Fill in `agency` in last year's record, the same as in this year's assessment.",
    },
  },
  'cli.history_without_year': {
    meaning: {
      id: 'Sebuah rekaman riwayat (`--history`) tidak menyebut tahunnya, jadi tidak dapat ditempatkan dalam tren.',
      en: 'A history record (`--history`) names no year, so it cannot be placed in the trend.',
    },
    fix: { id: 'Isi `year` pada rekaman itu.', en: 'Fill in `year` in that record.' },
  },
  'cli.output_folder_missing': {
    meaning: {
      id: 'Folder tujuan berkas keluaran (`-o`) tidak ada.',
      en: 'The folder of the output file (`-o`) does not exist.',
    },
    fix: {
      id: 'Buat foldernya dulu, atau tulis ke folder yang ada.',
      en: 'Create the folder first, or write to an existing one.',
    },
  },
  'cli.plan_needs_target': {
    meaning: {
      id: 'Penilaian belum lengkap, sehingga predikat berikutnya sebagai sasaran bawaan tidak diketahui.',
      en: 'The assessment is incomplete, so the next predikat, the default target, is unknown.',
    },
    fix: {
      id: 'Sebutkan sasaran dengan `--target` (predikat atau indeks), atau lengkapi penilaiannya.',
      en: 'Give the target with `--target` (a predikat or an index), or complete the assessment.',
    },
  },
  'cli.xlsx_identity_missing': {
    meaning: {
      id: 'Sel identitas instansi pada buku kerja penilaian (jenis, nama, kode wilayah, tahun) belum diisi.',
      en: "The agency's identity cells of the assessment workbook (kind, name, region code, year) are not filled in.",
    },
    fix: {
      id: 'Isi sel yang disebut dalam pesan pada lembar penilaian, lalu jalankan lagi.',
      en: 'Fill in the cells the message names on the assessment sheet, then run again.',
    },
  },
} satisfies Record<CliErrorCode, ErrorCodeReference>;
