// The error-code reference of @spbe-kit/audit, the source of docs/guides/{id,en}/error-codes.md
// (scripts/docs-error-codes.mjs). Not exported from the package: it only feeds the documentation.
import type { ErrorCodeReference, LocalizedText } from '@spbe-kit/models';
import type { AuditErrorCode } from './error-codes.js';
import type { VerifyFailureReason } from './log-types.js';

/** Usual fixes shared by several codes. */
const fixes = {
  checkpointSource: {
    id: 'Ambil checkpoint dari log atau saksi dan kirim persis seperti aslinya.',
    en: 'Take the checkpoint from the log or a witness and pass it exactly as it is.',
  },
  keyAgain: {
    id: 'Salin ulang kunci dari berkas kunci log (`spbe audit keygen`) tanpa mengubahnya.',
    en: 'Copy the key again from the log’s key file (`spbe audit keygen`) without changing it.',
  },
  logTamper: {
    id: 'Hentikan penulisan, jalankan `verify`, dan pulihkan penyimpanan dari cadangan.',
    en: 'Stop writing, run `verify`, and restore the store from a backup.',
  },
  noteSource: {
    id: 'Kirim catatan persis seperti yang ditulis log, tanpa mengubah baris atau pengodean.',
    en: 'Send the note exactly as the log wrote it, without changing lines or encoding.',
  },
  proofSource: {
    id: 'Buat ulang bukti dari log yang sama (`log.proveInclusion`/`proveConsistency`) dan kirim tanpa diubah.',
    en: 'Produce the proof again from the same log (`log.proveInclusion`/`proveConsistency`) and send it unchanged.',
  },
  storeDamage: {
    id: 'Jalankan `verify` untuk menemukan kerusakan, lalu pulihkan dari cadangan.',
    en: 'Run `verify` to locate the damage, then restore from a backup.',
  },
  tilesAgain: {
    id: 'Tulis ulang tiles dari log (`writeTiles`) dan periksa bahwa semua berkas tersalin.',
    en: 'Write the tiles again from the log (`writeTiles`) and check that every file was copied.',
  },
  tilesTamper: {
    id: 'Anggap tiles telah diubah atau rusak; tulis ulang dari log dan bandingkan dengan checkpoint yang disaksikan.',
    en: 'Treat the tiles as altered or damaged; write them again from the log and compare with a witnessed checkpoint.',
  },
  verifyTamper: {
    id: 'Anggap log telah diubah atau rusak mulai `firstBadIndex`; pulihkan dari cadangan dan bandingkan dengan checkpoint yang disaksikan.',
    en: 'Treat the log as altered or damaged from `firstBadIndex` on; restore from a backup and compare with a witnessed checkpoint.',
  },
} satisfies Record<string, LocalizedText>;

/** Meaning and usual fix of the `code` of every error @spbe-kit/audit throws (witness errors included). */
export const auditErrorCodeReference = {
  'proof.hash_length': {
    meaning: {
      id: 'Sebuah hash pada bukti atau akar bukan 32 bita.',
      en: 'A hash in a proof or root is not 32 bytes.',
    },
    fix: fixes.proofSource,
  },
  'proof.invalid_size': {
    meaning: {
      id: 'Ukuran pohon atau indeks bukan bilangan bulat 0 … 2^64 − 1.',
      en: 'A tree size or index is not an integer 0 … 2^64 − 1.',
    },
    fix: {
      id: 'Berikan ukuran dan indeks sebagai bilangan bulat aman atau `bigint`.',
      en: 'Pass sizes and indexes as safe integers or `bigint`.',
    },
  },
  'proof.index_out_of_range': {
    meaning: {
      id: 'Indeks entri tidak lebih kecil dari ukuran pohon.',
      en: 'The entry index is not below the tree size.',
    },
    fix: {
      id: 'Minta bukti untuk indeks yang sudah ada pada checkpoint yang dipakai.',
      en: 'Ask for a proof of an index that the checkpoint used already holds.',
    },
  },
  'proof.wrong_length': {
    meaning: {
      id: 'Bukti bukan daftar hash atau jumlah hashnya tidak sesuai ukuran pohon.',
      en: 'The proof is not a list of hashes or has the wrong number of hashes for the tree sizes.',
    },
    fix: fixes.proofSource,
  },
  'proof.size_order': {
    meaning: {
      id: 'Ukuran kedua bukti konsistensi lebih kecil dari ukuran pertama.',
      en: 'The second size of a consistency proof is smaller than the first.',
    },
    fix: {
      id: 'Tukar urutan ukuran: ukuran lama dahulu, lalu ukuran baru.',
      en: 'Swap the sizes: the old size first, then the new one.',
    },
  },
  'proof.from_empty': {
    meaning: {
      id: 'Bukti konsistensi diminta dari pohon kosong, yang tidak bermakna.',
      en: 'A consistency proof is asked from the empty tree, which is meaningless.',
    },
    fix: { id: 'Mulai dari checkpoint berukuran 1 atau lebih.', en: 'Start from a checkpoint of size 1 or more.' },
  },
  'proof.non_empty_for_equal': {
    meaning: {
      id: 'Bukti konsistensi untuk dua ukuran yang sama tidak kosong.',
      en: 'A consistency proof between two equal sizes is not empty.',
    },
    fix: fixes.proofSource,
  },
  'proof.root_mismatch': {
    meaning: {
      id: 'Bukti tidak mengarah ke akar yang diharapkan: entri atau log telah berubah, atau bukti berasal dari log lain.',
      en: 'The proof does not lead to the expected root: the entry or the log changed, or the proof belongs to another log.',
    },
    fix: {
      id: 'Jangan percayai entri tersebut; periksa log dengan `verify` dan bandingkan dengan checkpoint yang disaksikan.',
      en: 'Do not trust the entry; check the log with `verify` and compare it with a witnessed checkpoint.',
    },
  },
  'note.malformed': {
    meaning: {
      id: 'Catatan bertanda tangan bukan teks UTF-8 (paling besar 1 MB) atau tidak memiliki baris kosong sebelum tanda tangannya.',
      en: 'The signed note is not UTF-8 text (at most 1 MB) or has no blank line before its signatures.',
    },
    fix: fixes.noteSource,
  },
  'note.invalid_text': {
    meaning: {
      id: 'Teks catatan tidak diakhiri baris baru, memuat baris kosong, karakter kendali atau UTF-8 yang tidak sah.',
      en: 'The note text does not end with a newline, or holds a blank line, control characters or invalid UTF-8.',
    },
    fix: fixes.noteSource,
  },
  'note.bad_signature': {
    meaning: {
      id: 'Tanda tangan dari kunci yang dipercaya tidak sah untuk teks catatan.',
      en: 'A signature from a trusted key does not verify over the note text.',
    },
    fix: {
      id: 'Anggap catatan telah diubah; ambil ulang dari log dan periksa kunci verifikasinya.',
      en: 'Treat the note as altered; fetch it again from the log and check the verifier key.',
    },
  },
  'note.no_signer': {
    meaning: {
      id: 'Catatan diminta ditandatangani tanpa satu pun penanda tangan.',
      en: 'A note is to be signed without any signer.',
    },
    fix: { id: 'Berikan paling sedikit satu kunci penanda tangan.', en: 'Give at least one signer key.' },
  },
  'note.no_trusted_signature': {
    meaning: {
      id: 'Catatan tidak memuat tanda tangan dari kunci yang dipercaya.',
      en: 'The note carries no signature from a trusted key.',
    },
    fix: {
      id: 'Periksa bahwa kunci verifikasi (`verifierKey`) adalah kunci log tersebut.',
      en: 'Check that the verifier key (`verifierKey`) is that log’s key.',
    },
  },
  'key.invalid_name': {
    meaning: {
      id: 'Nama kunci kosong, memuat spasi atau tanda `+`.',
      en: 'The key name is empty or holds a space or a `+`.',
    },
    fix: {
      id: 'Gunakan nama log seperti `audit.example.go.id/log`.',
      en: 'Use a log name such as `audit.example.go.id/log`.',
    },
  },
  'key.invalid_public_key': {
    meaning: { id: 'Kunci publik Ed25519 bukan 32 bita.', en: 'The Ed25519 public key is not 32 bytes.' },
    fix: fixes.keyAgain,
  },
  'key.invalid_signer': {
    meaning: { id: 'Kunci penanda tangan Ed25519 tidak sah.', en: 'The Ed25519 signer key is invalid.' },
    fix: fixes.keyAgain,
  },
  'key.invalid_verifier': {
    meaning: {
      id: 'Kunci verifikasi bukan bentuk `nama+keyid+base64` atau kunci publiknya tidak sah.',
      en: 'The verifier key is not of the form `name+keyid+base64`, or its public key is invalid.',
    },
    fix: fixes.keyAgain,
  },
  'key.no_webcrypto': {
    meaning: {
      id: 'WebCrypto (`crypto.subtle`) tidak tersedia untuk tanda tangan Ed25519.',
      en: 'WebCrypto (`crypto.subtle`) is not available for Ed25519 signatures.',
    },
    fix: {
      id: 'Jalankan di Node.js 20 atau lebih baru, atau di peramban pada halaman HTTPS.',
      en: 'Run on Node.js 20 or later, or in a browser on an HTTPS page.',
    },
  },
  'checkpoint.malformed': {
    meaning: {
      id: 'Checkpoint tidak memuat origin, ukuran dan akar, atau tidak diakhiri baris baru.',
      en: 'The checkpoint lacks an origin, a size and a root, or does not end with a newline.',
    },
    fix: fixes.checkpointSource,
  },
  'checkpoint.invalid_origin': {
    meaning: {
      id: 'Origin checkpoint bukan satu baris teks yang tidak kosong.',
      en: 'The checkpoint origin is not one non-empty line of text.',
    },
    fix: fixes.checkpointSource,
  },
  'checkpoint.invalid_size': {
    meaning: {
      id: 'Ukuran pada checkpoint bukan bilangan bulat 0 … 2^64 − 1.',
      en: 'The checkpoint size is not an integer 0 … 2^64 − 1.',
    },
    fix: fixes.checkpointSource,
  },
  'checkpoint.invalid_root': {
    meaning: { id: 'Akar pada checkpoint bukan hash 32 bita.', en: 'The checkpoint root is not a 32-byte hash.' },
    fix: fixes.checkpointSource,
  },
  'checkpoint.invalid_extension': {
    meaning: { id: 'Baris ekstensi checkpoint tidak sah.', en: 'A checkpoint extension line is invalid.' },
    fix: fixes.checkpointSource,
  },
  'checkpoint.wrong_origin': {
    meaning: {
      id: 'Checkpoint berasal dari log lain (origin berbeda).',
      en: 'The checkpoint is from another log (another origin).',
    },
    fix: { id: 'Gunakan checkpoint dari log yang sedang diperiksa.', en: 'Use a checkpoint of the log being checked.' },
  },
  'checkpoint.root_mismatch': {
    meaning: {
      id: 'Log pada ukuran checkpoint memiliki akar lain: log menunjukkan dua versi (split view).',
      en: 'The log at the checkpoint’s size has another root: the log shows two versions (a split view).',
    },
    fix: {
      id: 'Hentikan kepercayaan pada log, simpan kedua checkpoint sebagai bukti, dan laporkan kepada pengelolanya.',
      en: 'Stop trusting the log, keep both checkpoints as evidence and report it to its operator.',
    },
  },
  'checkpoint.beyond_log': {
    meaning: {
      id: 'Checkpoint lebih besar daripada jumlah entri log.',
      en: 'The checkpoint is larger than the log’s number of entries.',
    },
    fix: {
      id: 'Periksa bahwa checkpoint berasal dari log ini dan bahwa penyimpanannya tidak dipulihkan ke keadaan lama.',
      en: 'Check that the checkpoint belongs to this log and that its store was not restored to an older state.',
    },
  },
  'bundle.malformed': {
    meaning: {
      id: 'Bundel bukti bukan teks, tidak memuat checkpoint, atau baris pertamanya bukan kepala bundel.',
      en: 'The proof bundle is not text, has no checkpoint, or its first line is not the bundle header.',
    },
    fix: {
      id: 'Ekspor ulang bundel dengan `spbe audit export` (atau `log.exportBundle`) dan kirim tanpa diubah.',
      en: 'Export the bundle again with `spbe audit export` (or `log.exportBundle`) and send it unchanged.',
    },
  },
  'tiles.invalid_path': {
    meaning: { id: 'Path tile tidak sesuai C2SP tlog-tiles.', en: 'The tile path does not follow C2SP tlog-tiles.' },
    fix: {
      id: 'Gunakan path dari `tilePath` atau dari direktori yang ditulis `writeTiles`.',
      en: 'Use paths from `tilePath` or from the directory `writeTiles` wrote.',
    },
  },
  'tiles.malformed_tile': {
    meaning: {
      id: 'Ukuran berkas tile tidak sama dengan lebarnya dikali 32 bita.',
      en: 'A tile file is not its width times 32 bytes.',
    },
    fix: fixes.tilesAgain,
  },
  'tiles.malformed_bundle': {
    meaning: {
      id: 'Bundel entri tidak memuat tepat jumlah entri yang diharapkan.',
      en: 'An entry bundle does not hold exactly the expected number of entries.',
    },
    fix: fixes.tilesAgain,
  },
  'tiles.missing': {
    meaning: {
      id: 'Checkpoint, tile atau bundel entri yang diperlukan tidak ada pada sumber tiles.',
      en: 'The checkpoint, a tile or an entry bundle needed is missing from the tile source.',
    },
    fix: fixes.tilesAgain,
  },
  'tiles.fetch_failed': {
    meaning: {
      id: 'Tile tidak dapat diambil: server tidak dapat dihubungi atau menjawab dengan status HTTP galat.',
      en: 'A tile cannot be fetched: the server cannot be reached or answers with an HTTP error status.',
    },
    fix: {
      id: 'Periksa URL dasar tiles dan ketersediaan servernya.',
      en: 'Check the tiles base URL and that its server is up.',
    },
  },
  'tiles.too_large': {
    meaning: {
      id: 'Ukuran checkpoint tiles melebihi 2^53 − 1 entri sehingga seluruh log tidak dapat diverifikasi dari tiles.',
      en: 'The tiles’ checkpoint size exceeds 2^53 − 1 entries, so the whole log cannot be verified from tiles.',
    },
    fix: {
      id: 'Periksa bahwa checkpoint tiles tidak rusak atau dipalsukan.',
      en: 'Check that the tiles’ checkpoint is not damaged or forged.',
    },
  },
  'tiles.entry_too_large': {
    meaning: {
      id: 'Satu entri lebih dari 65.535 bita sehingga tidak muat dalam bundel entri.',
      en: 'An entry is over 65,535 bytes and does not fit an entry bundle.',
    },
    fix: {
      id: 'Kecilkan rincian peristiwa; simpan data besar di luar log dan catat rujukannya saja.',
      en: 'Make the event details smaller; keep large data outside the log and log only a reference.',
    },
  },
  'tiles.entry_undecodable': {
    meaning: {
      id: 'Entri pada tiles bukan peristiwa audit yang dapat dibaca.',
      en: 'An entry in the tiles is not a readable audit event.',
    },
    fix: fixes.tilesTamper,
  },
  'tiles.entry_mismatch': {
    meaning: {
      id: 'Entri tidak cocok dengan hash daunnya pada tile level 0.',
      en: 'An entry does not match its leaf hash in the level-0 tile.',
    },
    fix: fixes.tilesTamper,
  },
  'tiles.node_mismatch': {
    meaning: {
      id: 'Hash pada tile tidak cocok dengan tile di bawahnya.',
      en: 'A hash in a tile does not match the tile below it.',
    },
    fix: fixes.tilesTamper,
  },
  'tiles.root_mismatch': {
    meaning: {
      id: 'Akar yang dihitung dari tiles bukan akar checkpoint.',
      en: 'The root computed from the tiles is not the checkpoint root.',
    },
    fix: fixes.tilesTamper,
  },
  'tiles.rollback': {
    meaning: {
      id: 'Direktori tiles sudah menerbitkan ukuran yang lebih besar daripada checkpoint yang akan ditulis.',
      en: 'The tiles directory already publishes a larger size than the checkpoint being written.',
    },
    fix: {
      id: 'Tulis tiles dari checkpoint terbaru log; jangan menerbitkan ukuran yang lebih kecil.',
      en: 'Write tiles from the log’s latest checkpoint; never publish a smaller size.',
    },
  },
  'tiles.checkpoint_beyond_store': {
    meaning: {
      id: 'Checkpoint lebih besar daripada log pada penyimpanan.',
      en: 'The checkpoint is larger than the log in the store.',
    },
    fix: {
      id: 'Tulis tiles dari penyimpanan log yang menandatangani checkpoint tersebut.',
      en: 'Write tiles from the store of the log that signed that checkpoint.',
    },
  },
  'log.invalid_index': {
    meaning: { id: 'Indeks bukan bilangan bulat tidak negatif.', en: 'An index is not a non-negative integer.' },
    fix: {
      id: 'Berikan indeks entri sebagai bilangan bulat 0 atau lebih.',
      en: 'Pass the entry index as an integer 0 or more.',
    },
  },
  'log.index_out_of_range': {
    meaning: { id: 'Indeks berada di luar log.', en: 'The index is outside the log.' },
    fix: { id: 'Gunakan indeks yang lebih kecil dari `log.size()`.', en: 'Use an index below `log.size()`.' },
  },
  'log.invalid_range': {
    meaning: { id: 'Rentang verifikasi berada di luar log.', en: 'The verification range is outside the log.' },
    fix: { id: 'Pilih `from` dan `to` di dalam ukuran log.', en: 'Choose `from` and `to` within the log size.' },
  },
  'log.invalid_event': {
    meaning: {
      id: 'Peristiwa audit tidak lolos skema peristiwa audit; masalahnya ada di `error.issues`.',
      en: 'The audit event does not pass the audit-event schema; the problems are in `error.issues`.',
    },
    fix: {
      id: 'Perbaiki field yang disebut (lihat kode masalah `audit_event.*` pada @spbe-kit/models).',
      en: 'Fix the fields named (see the `audit_event.*` issue codes of @spbe-kit/models).',
    },
  },
  'log.invalid_details': {
    meaning: { id: 'Rincian (`details`) peristiwa bukan JSON biasa.', en: 'The event `details` are not plain JSON.' },
    fix: {
      id: 'Kirim objek JSON biasa tanpa fungsi, tanggal atau referensi melingkar.',
      en: 'Pass a plain JSON object without functions, dates or circular references.',
    },
  },
  'log.details_too_large': {
    meaning: {
      id: 'Rincian peristiwa melebihi batas ukuran bita log.',
      en: 'The event details exceed the log’s byte limit.',
    },
    fix: {
      id: 'Kecilkan rincian atau naikkan `maxDetailsBytes` saat membuat log.',
      en: 'Make the details smaller or raise `maxDetailsBytes` when creating the log.',
    },
  },
  'log.details_mismatch': {
    meaning: {
      id: 'Rincian suatu entri tidak cocok dengan komitmen yang tercatat di entrinya.',
      en: 'The details of an entry do not match the commitment recorded in the entry.',
    },
    fix: {
      id: 'Anggap rincian telah diubah; jalankan `verify` dan pulihkan dari cadangan.',
      en: 'Treat the details as altered; run `verify` and restore from a backup.',
    },
  },
  'log.invalid_leaf': {
    meaning: {
      id: 'Data daun bukan UTF-8 atau bukan entri log yang sah.',
      en: 'The leaf data is not UTF-8 or not a valid log entry.',
    },
    fix: {
      id: 'Jalankan `verify`; entri pada penyimpanan mungkin rusak.',
      en: 'Run `verify`; the stored entry may be damaged.',
    },
  },
  'log.invalid_batch': {
    meaning: { id: 'Satu batch tidak memuat 1–10.000 peristiwa.', en: 'A batch does not hold 1–10,000 events.' },
    fix: {
      id: 'Pecah peristiwa menjadi batch berisi paling banyak 10.000 peristiwa.',
      en: 'Split the events into batches of at most 10,000.',
    },
  },
  'log.invalid_query': {
    meaning: {
      id: 'Filter kueri tidak sah: bukan objek, waktu bukan ISO 8601, atau nilai filter salah.',
      en: 'The query filter is invalid: not an object, a time not in ISO 8601, or a bad filter value.',
    },
    fix: {
      id: "Perbaiki filter yang disebut, misalnya `from: '2026-01-01T00:00:00Z'`.",
      en: "Fix the filter named, e.g. `from: '2026-01-01T00:00:00Z'`.",
    },
  },
  'log.invalid_reason': {
    meaning: {
      id: 'Alasan penghapusan rincian berupa teks bebas, bukan kode.',
      en: 'The reason for erasing details is free text, not a code.',
    },
    fix: { id: 'Gunakan kode seperti `retention.expired`.', en: 'Use a code such as `retention.expired`.' },
  },
  'log.invalid_schedule': {
    meaning: {
      id: 'Jadwal checkpoint tidak sah: nilai bukan bilangan bulat dalam rentangnya, atau tidak menyebut jumlah entri maupun detik.',
      en: 'The checkpoint schedule is invalid: a value is not an integer in its range, or neither entries nor seconds are given.',
    },
    fix: {
      id: 'Berikan `entries`, `seconds`, atau keduanya, dengan bilangan bulat positif.',
      en: 'Give `entries`, `seconds` or both, as positive integers.',
    },
  },
  'log.size_order': {
    meaning: {
      id: 'Ukuran pertama bukti konsistensi lebih besar daripada ukuran kedua.',
      en: 'The first size of a consistency proof is larger than the second.',
    },
    fix: { id: 'Berikan ukuran lama dahulu, lalu ukuran baru.', en: 'Give the old size first, then the new one.' },
  },
  'log.size_out_of_range': {
    meaning: { id: 'Ukuran yang diminta melebihi ukuran log.', en: 'The size asked for exceeds the log size.' },
    fix: { id: 'Gunakan ukuran paling besar `log.size()`.', en: 'Use a size of at most `log.size()`.' },
  },
  'log.consistency_from_empty': {
    meaning: { id: 'Bukti konsistensi diminta dari ukuran 0.', en: 'A consistency proof is asked from size 0.' },
    fix: { id: 'Mulai dari checkpoint berukuran 1 atau lebih.', en: 'Start from a checkpoint of size 1 or more.' },
  },
  'log.checkpoint_inconsistent': {
    meaning: {
      id: 'Pohon saat ini tidak konsisten dengan checkpoint terakhir, sehingga log menolak menandatangani.',
      en: 'The current tree is inconsistent with the last checkpoint, so the log refuses to sign.',
    },
    fix: fixes.logTamper,
  },
  'log.checkpoint_rollback': {
    meaning: {
      id: 'Log lebih kecil daripada checkpoint terakhirnya: entri hilang atau penyimpanan dipulihkan ke keadaan lama.',
      en: 'The log is smaller than its last checkpoint: entries are gone or the store was restored to an older state.',
    },
    fix: fixes.logTamper,
  },
  'log.checkpoint_untrusted': {
    meaning: {
      id: 'Checkpoint yang tersimpan tidak ditandatangani oleh kunci log ini.',
      en: 'A stored checkpoint is not signed by this log’s key.',
    },
    fix: {
      id: 'Periksa bahwa kunci penanda tangan adalah kunci log ini; bila benar, anggap penyimpanan telah diubah.',
      en: 'Check that the signer is this log’s key; if it is, treat the store as altered.',
    },
  },
  'log.key_mismatch': {
    meaning: {
      id: '`verifierKey` tidak cocok dengan kunci penanda tangan.',
      en: '`verifierKey` does not match the signer.',
    },
    fix: {
      id: 'Berikan pasangan kunci yang sama, atau hanya salah satunya.',
      en: 'Give a matching key pair, or only one of them.',
    },
  },
  'log.no_key': {
    meaning: {
      id: 'Log dibuka tanpa penanda tangan maupun `verifierKey`.',
      en: 'The log is opened with neither a signer nor a `verifierKey`.',
    },
    fix: {
      id: 'Berikan penanda tangan untuk menulis, atau `verifierKey` untuk membuka log hanya-baca.',
      en: 'Give a signer to write, or a `verifierKey` to open the log read-only.',
    },
  },
  'log.no_pseudonym_key': {
    meaning: {
      id: 'Operasi memerlukan `privacy.pseudonymKey`, tetapi kunci itu tidak diberikan.',
      en: 'The operation needs `privacy.pseudonymKey`, which is not set.',
    },
    fix: {
      id: 'Berikan kunci pseudonim (paling sedikit 16 bita acak) pada opsi `privacy`.',
      en: 'Set the pseudonym key (at least 16 random bytes) in the `privacy` option.',
    },
  },
  'log.nothing_to_erase': {
    meaning: { id: 'Entri tidak memiliki rincian yang dapat dihapus.', en: 'The entry has no details to erase.' },
    fix: {
      id: 'Tidak ada tindakan; rinciannya sudah dihapus atau tidak pernah ada.',
      en: 'No action; its details were already erased or never existed.',
    },
  },
  'log.read_only': {
    meaning: {
      id: 'Operasi tulis diminta pada log yang dibuka hanya-baca (tanpa penanda tangan).',
      en: 'A write was asked of a log opened read-only (without a signer).',
    },
    fix: { id: 'Buka log dengan penanda tangan untuk menulis.', en: 'Open the log with a signer to write.' },
  },
  'log.transactions_unsupported': {
    meaning: {
      id: 'Penyimpanan ini tidak dapat menulis di dalam transaksi pemanggil.',
      en: 'This store cannot write inside the caller’s transaction.',
    },
    fix: {
      id: 'Gunakan penyimpanan PostgreSQL, atau tulis di luar transaksi.',
      en: 'Use the PostgreSQL store, or write outside the transaction.',
    },
  },
  'store.failed': {
    meaning: {
      id: 'Penyimpanan log gagal karena sebab lain; galat aslinya ada di `cause`.',
      en: 'The log store failed for another reason; the original error is in `cause`.',
    },
    fix: {
      id: 'Baca `cause` (galat berkas atau basis data) dan perbaiki penyebabnya.',
      en: 'Read `cause` (a file or database error) and fix what it names.',
    },
  },
  'store.open_failed': {
    meaning: {
      id: 'Penyimpanan log tidak dapat dibuka; galat aslinya ada di `cause`.',
      en: 'The log store cannot be opened; the original error is in `cause`.',
    },
    fix: {
      id: 'Baca `cause`, lalu periksa direktori atau koneksi basis datanya.',
      en: 'Read `cause`, then check the directory or the database connection.',
    },
  },
  'store.closed': {
    meaning: { id: 'Penyimpanan dipakai sesudah ditutup.', en: 'The store is used after it was closed.' },
    fix: { id: 'Buka penyimpanan lagi sebelum dipakai.', en: 'Open the store again before using it.' },
  },
  'store.locked': {
    meaning: {
      id: 'Direktori log sedang dipakai proses lain (berkas kunci).',
      en: 'The log directory is in use by another process (the lock file).',
    },
    fix: {
      id: 'Hentikan proses lain tersebut, atau buka log hanya-baca.',
      en: 'Stop that other process, or open the log read-only.',
    },
  },
  'store.corrupt': {
    meaning: {
      id: 'Berkas penyimpanan rusak di bagian yang sudah tersimpan permanen, atau berkas segmen hilang.',
      en: 'The store files are damaged inside the durable region, or a segment file is missing.',
    },
    fix: {
      id: 'Pulihkan direktori dari cadangan, lalu jalankan `verify`.',
      en: 'Restore the directory from a backup, then run `verify`.',
    },
  },
  'store.missing_entry': {
    meaning: {
      id: 'Entri yang seharusnya ada tidak ditemukan di penyimpanan.',
      en: 'An entry that should exist is missing from the store.',
    },
    fix: fixes.storeDamage,
  },
  'store.missing_node': {
    meaning: {
      id: 'Simpul pohon yang seharusnya ada tidak ditemukan di penyimpanan.',
      en: 'A tree node that should exist is missing from the store.',
    },
    fix: fixes.storeDamage,
  },
  'store.invalid_role': {
    meaning: {
      id: 'Nama role PostgreSQL bukan huruf kecil, angka atau `_`.',
      en: 'The PostgreSQL role name is not lower-case letters, digits or `_`.',
    },
    fix: { id: 'Gunakan nama role seperti `audit_reader`.', en: 'Use a role name such as `audit_reader`.' },
  },
  'store.invalid_schema': {
    meaning: {
      id: 'Nama skema PostgreSQL bukan huruf kecil, angka atau `_`.',
      en: 'The PostgreSQL schema name is not lower-case letters, digits or `_`.',
    },
    fix: { id: 'Gunakan nama skema seperti `audit`.', en: 'Use a schema name such as `audit`.' },
  },
  'audit.store_not_found': {
    meaning: {
      id: 'Tidak ada log audit: direktori atau skema yang disebut tidak ada.',
      en: 'There is no audit log: the directory or schema named does not exist.',
    },
    fix: {
      id: 'Periksa path direktori atau nama skema; buat log dengan penanda tangan bila memang baru.',
      en: 'Check the directory path or schema name; create the log with a signer if it is new.',
    },
  },
  'audit.empty_log': {
    meaning: {
      id: 'Direktori atau skema ada, tetapi tidak memuat log audit.',
      en: 'The directory or schema exists but holds no audit log.',
    },
    fix: {
      id: 'Periksa bahwa path atau skema yang dituju benar.',
      en: 'Check that the path or schema is the right one.',
    },
  },
  'audit.schema_missing': {
    meaning: {
      id: 'Tabel log audit tidak lengkap pada skema yang disebut.',
      en: 'Tables of the audit log are missing in the schema named.',
    },
    fix: {
      id: 'Buat tabel dengan SQL dari `postgresSchemaSql`, atau pulihkan dari cadangan.',
      en: 'Create the tables with the SQL of `postgresSchemaSql`, or restore them from a backup.',
    },
  },
  'audit.read_only_store': {
    meaning: {
      id: 'Penulisan diminta pada penyimpanan yang dibuka hanya-baca.',
      en: 'A write was asked of a store opened read-only.',
    },
    fix: { id: 'Buka penyimpanan tanpa `readOnly` untuk menulis.', en: 'Open the store without `readOnly` to write.' },
  },
  'audit.read_only_file_system': {
    meaning: {
      id: 'Sistem berkas tempat log hanya dapat dibaca.',
      en: 'The file system holding the log is read-only.',
    },
    fix: {
      id: 'Buka log hanya-baca (`readOnly`), atau pindahkan log ke sistem berkas yang dapat ditulis.',
      en: 'Open the log read-only (`readOnly`), or move it to a writable file system.',
    },
  },
  'audit.permission_denied': {
    meaning: {
      id: 'Pengguna proses atau role basis data tidak memiliki izin atas direktori atau skema log.',
      en: 'The process user or database role has no permission on the log directory or schema.',
    },
    fix: {
      id: 'Beri izin baca/tulis direktori, atau `GRANT USAGE ON SCHEMA` dan `GRANT SELECT` (serta tulis bila perlu) kepada role tersebut.',
      en: 'Grant read/write on the directory, or `GRANT USAGE ON SCHEMA` and `GRANT SELECT` (and write if needed) to the role.',
    },
  },
  'audit.auth_failed': {
    meaning: { id: 'Autentikasi ke basis data gagal.', en: 'Authentication to the database failed.' },
    fix: {
      id: 'Periksa nama pengguna dan kata sandi pada string koneksi.',
      en: 'Check the user name and password in the connection string.',
    },
  },
  'audit.connection_failed': {
    meaning: { id: 'Server basis data tidak dapat dijangkau.', en: 'The database server cannot be reached.' },
    fix: {
      id: 'Periksa host, jaringan dan DNS ke server basis data.',
      en: 'Check the host, network and DNS to the database server.',
    },
  },
  'audit.connection_refused': {
    meaning: { id: 'Server basis data menolak koneksi.', en: 'The database server refused the connection.' },
    fix: {
      id: 'Periksa bahwa server berjalan dan host serta port-nya benar.',
      en: 'Check that the server is running and the host and port are right.',
    },
  },
  'audit.database_not_found': {
    meaning: { id: 'Basis data yang disebut tidak ada.', en: 'The database named does not exist.' },
    fix: {
      id: 'Periksa nama basis data pada string koneksi.',
      en: 'Check the database name in the connection string.',
    },
  },
  'audit.log_identity_mismatch': {
    meaning: {
      id: 'Checkpoint log ditandatangani untuk origin atau kunci lain daripada yang diminta.',
      en: 'The log’s checkpoints are signed for another origin or key than the one asked for.',
    },
    fix: {
      id: 'Gunakan origin dan kunci verifikasi log tersebut, atau buka penyimpanan yang benar.',
      en: 'Use that log’s origin and verifier key, or open the right store.',
    },
  },
  'json.not_canonicalizable': {
    meaning: {
      id: 'Nilai tidak dapat dijadikan JSON kanonik: tipe di luar JSON, angka tak berhingga, surrogate UTF-16 tunggal, bukan objek biasa, atau bersarang lebih dari 64 tingkat.',
      en: 'The value cannot be made canonical JSON: a type outside JSON, a non-finite number, a lone UTF-16 surrogate, not a plain object, or nested deeper than 64 levels.',
    },
    fix: {
      id: 'Kirim data JSON biasa (teks, angka berhingga, boolean, null, larik, objek biasa).',
      en: 'Pass plain JSON data (strings, finite numbers, booleans, null, arrays, plain objects).',
    },
  },
  'pseudonym.invalid_key': {
    meaning: {
      id: 'Kunci pseudonim kurang dari batas minimum bita.',
      en: 'The pseudonym key is shorter than the minimum number of bytes.',
    },
    fix: {
      id: 'Gunakan kunci acak 32 bita yang disimpan pengelola sistem.',
      en: 'Use a random 32-byte key kept by the system operator.',
    },
  },
  'pseudonym.invalid_identifier': {
    meaning: {
      id: 'Identitas yang akan dipseudonimkan bukan teks 1–256 karakter.',
      en: 'The identifier to pseudonymise is not a string of 1–256 characters.',
    },
    fix: {
      id: 'Berikan identitas sebagai teks tidak kosong, paling banyak 256 karakter.',
      en: 'Pass the identifier as a non-empty string of at most 256 characters.',
    },
  },
  'conformance.failed': {
    meaning: {
      id: 'Penyimpanan buatan sendiri gagal pada uji kesesuaian; pesan menyebut pemeriksaan yang gagal.',
      en: 'A custom store fails the conformance test; the message names the failed check.',
    },
    fix: {
      id: 'Perbaiki penyimpanan sesuai pemeriksaan tersebut, lalu jalankan ulang uji kesesuaian.',
      en: 'Fix the store as that check says, then run the conformance test again.',
    },
  },
  'witness.malformed_request': {
    meaning: {
      id: 'Permintaan ke saksi tidak sah, misalnya checkpoint-nya tidak dapat dibaca.',
      en: 'The request to the witness is invalid, for example its checkpoint cannot be read.',
    },
    fix: {
      id: 'Kirim permintaan add-checkpoint sesuai C2SP tlog-witness.',
      en: 'Send an add-checkpoint request as C2SP tlog-witness describes.',
    },
  },
  'witness.old_size_too_large': {
    meaning: {
      id: 'Ukuran lama pada permintaan lebih besar daripada ukuran checkpoint.',
      en: 'The old size in the request is larger than the checkpoint size.',
    },
    fix: {
      id: 'Kirim ukuran checkpoint terakhir yang di-cosign saksi sebagai ukuran lama.',
      en: 'Send the size of the witness’s latest cosigned checkpoint as the old size.',
    },
  },
  'witness.unknown_log': {
    meaning: {
      id: 'Saksi tidak mengikuti log dengan origin tersebut.',
      en: 'The witness does not follow the log with that origin.',
    },
    fix: {
      id: 'Daftarkan log dan kunci verifikasinya pada konfigurasi saksi.',
      en: 'Add the log and its verifier key to the witness’s configuration.',
    },
  },
  'witness.untrusted_checkpoint': {
    meaning: {
      id: 'Checkpoint tidak membawa tanda tangan sah dari kunci log.',
      en: 'The checkpoint carries no valid signature of the log key.',
    },
    fix: {
      id: 'Periksa bahwa log menandatangani dengan kunci yang terdaftar pada saksi.',
      en: 'Check that the log signs with the key the witness knows.',
    },
  },
  'witness.size_conflict': {
    meaning: {
      id: 'Ukuran lama tidak sama dengan ukuran checkpoint terakhir yang di-cosign saksi.',
      en: 'The old size is not the size of the latest checkpoint the witness cosigned.',
    },
    fix: {
      id: 'Kirim ulang dengan ukuran lama dari `currentSize` dan bukti konsistensi dari ukuran itu.',
      en: 'Send again with the old size from `currentSize` and a consistency proof from that size.',
    },
  },
  'witness.bad_empty_root': {
    meaning: {
      id: 'Checkpoint berukuran 0 tidak memiliki akar pohon kosong.',
      en: 'A checkpoint of size 0 does not have the root of the empty tree.',
    },
    fix: { id: 'Periksa pembuat checkpoint pada log.', en: 'Check the log’s checkpoint producer.' },
  },
  'witness.unexpected_proof': {
    meaning: {
      id: 'Ukuran lama 0, tetapi bukti konsistensinya tidak kosong.',
      en: 'The old size is 0, but the consistency proof is not empty.',
    },
    fix: { id: 'Kirim bukti kosong untuk ukuran lama 0.', en: 'Send an empty proof for old size 0.' },
  },
  'witness.inconsistent': {
    meaning: {
      id: 'Bukti konsistensi tidak menghubungkan checkpoint lama dengan yang baru: log mungkin telah ditulis ulang.',
      en: 'The consistency proof does not link the old checkpoint to the new one: the log may have been rewritten.',
    },
    fix: {
      id: 'Jangan cosign; selidiki log dan laporkan kepada pengelolanya.',
      en: 'Do not cosign; investigate the log and report it to its operator.',
    },
  },
  'witness.invalid_key': {
    meaning: {
      id: 'Saksi dibuat tanpa kunci cosigner atau dengan kunci yang tidak sah.',
      en: 'The witness is created without a cosigner key or with an invalid one.',
    },
    fix: {
      id: 'Berikan paling sedikit satu kunci cosigner Ed25519 yang sah.',
      en: 'Give at least one valid Ed25519 cosigner key.',
    },
  },
  'witness.invalid_policy': {
    meaning: {
      id: 'Kuorum kebijakan saksi bukan bilangan bulat 1 sampai jumlah kunci saksi.',
      en: 'The witness policy quorum is not an integer from 1 to the number of witness keys.',
    },
    fix: {
      id: 'Atur `quorum` antara 1 dan jumlah kunci saksi.',
      en: 'Set `quorum` between 1 and the number of witness keys.',
    },
  },
  'witness.bad_cosignature': {
    meaning: { id: 'Cosignature dari salah satu saksi tidak sah.', en: 'A witness cosignature does not verify.' },
    fix: {
      id: 'Periksa kunci saksi pada kebijakan; anggap catatan telah diubah bila kuncinya benar.',
      en: 'Check the witness keys of the policy; treat the note as altered if they are right.',
    },
  },
  'witness.quorum_not_met': {
    meaning: {
      id: 'Checkpoint di-cosign oleh lebih sedikit saksi daripada kuorum.',
      en: 'The checkpoint is cosigned by fewer witnesses than the quorum.',
    },
    fix: {
      id: 'Minta cosignature dari saksi lain, atau tunggu hingga saksi menjawab.',
      en: 'Get cosignatures from more witnesses, or wait until they answer.',
    },
  },
  'witness.request_failed': {
    meaning: {
      id: 'Saksi tidak dapat dihubungi atau menjawab dengan galat.',
      en: 'The witness cannot be reached or answers with an error.',
    },
    fix: {
      id: 'Periksa URL saksi dan jaringannya, lalu coba lagi.',
      en: 'Check the witness URL and the network, then try again.',
    },
  },
  'witness.state_failed': {
    meaning: {
      id: 'Status saksi di disk tidak dapat dibuka, sedang dipakai proses lain, atau rusak.',
      en: 'The witness state on disk cannot be opened, is in use by another process, or is corrupt.',
    },
    fix: {
      id: 'Hentikan proses lain yang memakai direktori status, atau pulihkan direktori dari cadangan.',
      en: 'Stop the other process using the state directory, or restore it from a backup.',
    },
  },
} satisfies Record<AuditErrorCode, ErrorCodeReference>;

/** Meaning and usual fix of every `reason` of a failed `verify` (a result, not a thrown error). */
export const verifyFailureReasonReference = {
  checkpoint_untrusted: {
    meaning: {
      id: 'Checkpoint yang tersimpan tidak ditandatangani kunci log ini, atau ukurannya tidak cocok.',
      en: 'A stored checkpoint is not signed by this log’s key, or its size does not match.',
    },
    fix: fixes.verifyTamper,
  },
  checkpoint_order: {
    meaning: {
      id: 'Checkpoint yang tersimpan tidak berurutan menurut ukuran.',
      en: 'Stored checkpoints are not in increasing size.',
    },
    fix: fixes.verifyTamper,
  },
  checkpoint_mismatch: {
    meaning: {
      id: 'Akar checkpoint yang tersimpan berbeda dari pohon yang dihitung ulang dari entri.',
      en: 'A stored checkpoint’s root differs from the tree recomputed from the entries.',
    },
    fix: fixes.verifyTamper,
  },
  entry_position: {
    meaning: {
      id: 'Entri tersimpan pada indeks lain daripada indeks yang dinyatakannya.',
      en: 'An entry is stored at another index than the one it claims.',
    },
    fix: fixes.verifyTamper,
  },
  leaf_invalid: {
    meaning: { id: 'Entri tidak dapat dibaca.', en: 'An entry cannot be decoded.' },
    fix: fixes.verifyTamper,
  },
  leaf_hash_mismatch: {
    meaning: {
      id: 'Hash entri tidak sama dengan hash daun yang tersimpan.',
      en: 'An entry does not hash to its stored leaf hash.',
    },
    fix: fixes.verifyTamper,
  },
  details_mismatch: {
    meaning: {
      id: 'Rincian yang dapat dihapus tidak cocok dengan komitmen di entrinya.',
      en: 'Erasable details do not match the commitment in their entry.',
    },
    fix: fixes.verifyTamper,
  },
  node_mismatch: {
    meaning: {
      id: 'Simpul pohon yang tersimpan berbeda dari simpul yang dihitung ulang dari daun.',
      en: 'A stored tree node differs from the one recomputed from the leaves.',
    },
    fix: fixes.verifyTamper,
  },
  entries_missing: {
    meaning: {
      id: 'Entri atau hash daun hilang dari penyimpanan.',
      en: 'Entries or leaf hashes are missing from the store.',
    },
    fix: fixes.verifyTamper,
  },
} satisfies Record<VerifyFailureReason, ErrorCodeReference>;
