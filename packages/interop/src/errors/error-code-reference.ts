// The error-code reference of @spbe-kit/interop, the source of docs/guides/{id,en}/error-codes.md
// (scripts/docs-error-codes.mjs). Not exported from the package: it only feeds the documentation.
import type { ErrorCodeReference } from '@spbe-kit/models';
import type { InteropErrorCode, InteropIssueCode } from './error-codes.js';

/** Meaning and usual fix of the `code` of every error @spbe-kit/interop throws. */
export const interopErrorCodeReference = {
  'interop.gateway': {
    meaning: {
      id: 'Gateway SPLP menolak atau menggagalkan panggilan (misalnya HTTP 401 kredensial ditolak, 403 tidak diizinkan, 429 kuota terlampaui, 502–504 layanan tidak terjangkau); `status` dan `gatewayCode` menyebut rinciannya.',
      en: 'The SPLP gateway refused or failed the call (e.g. HTTP 401 credentials rejected, 403 not allowed, 429 quota exceeded, 502–504 service unreachable); `status` and `gatewayCode` give the details.',
    },
    fix: {
      id: 'Periksa kredensial dan langganan API di SPLP; untuk 429 tunggu sesuai `retryAfterMs`, untuk 5xx hubungi penyedia layanan.',
      en: 'Check the credentials and the API subscription on SPLP; for 429 wait `retryAfterMs`, for 5xx contact the service provider.',
    },
  },
  'interop.provider': {
    meaning: {
      id: 'Layanan penyedia (CKAN, BPS atau layanan di belakang gateway) menjawab dengan galat; `status`, `providerCode` dan `providerMessage` menyebut rinciannya.',
      en: 'The provider (CKAN, BPS or the service behind the gateway) answered with an error; `status`, `providerCode` and `providerMessage` give the details.',
    },
    fix: {
      id: 'Baca `providerMessage` dan `error.issues` (per field untuk CKAN), lalu perbaiki permintaan atau hubungi penyedia.',
      en: 'Read `providerMessage` and `error.issues` (per field for CKAN), then fix the request or contact the provider.',
    },
  },
  'interop.credentials.missing': {
    meaning: {
      id: 'Operasi yang memerlukan kredensial (misalnya `ckan.package_create`) dipanggil tanpa kredensial pada opsi klien yang disebut.',
      en: 'An operation that needs a credential (such as `ckan.package_create`) was called without one in the client option named.',
    },
    fix: {
      id: 'Isi opsi tersebut (misalnya `apiToken`) saat membuat klien.',
      en: 'Set that option (such as `apiToken`) when creating the client.',
    },
  },
  'interop.request_validation': {
    meaning: {
      id: 'Parameter operasi tidak sesuai tipe yang didokumentasikan, sehingga tidak ada permintaan yang dikirim.',
      en: 'The parameters of the operation do not have the documented types, so nothing was sent.',
    },
    fix: {
      id: 'Perbaiki parameter yang disebut pada `error.issues`.',
      en: 'Fix the parameters named in `error.issues`.',
    },
  },
  'interop.response_validation': {
    meaning: {
      id: 'Jawaban layanan bukan JSON yang sah atau tidak sesuai deskripsi API-nya; `body` memuat jawaban aslinya.',
      en: 'The service answer is not valid JSON or does not match its API description; `body` holds the answer as received.',
    },
    fix: {
      id: 'Periksa `body` dan `error.issues`; bila API penyedia berubah, laporkan ke penyedia atau ke spbe-kit.',
      en: 'Check `body` and `error.issues`; if the provider’s API changed, report it to the provider or to spbe-kit.',
    },
  },
  'interop.timeout': {
    meaning: {
      id: 'Seluruh panggilan, termasuk semua percobaan dan jeda, tidak selesai dalam `totalTimeoutMs`.',
      en: 'The whole call, all attempts and waits included, did not complete within `totalTimeoutMs`.',
    },
    fix: {
      id: 'Naikkan `totalTimeoutMs`, atau coba lagi saat layanan tidak sibuk.',
      en: 'Raise `totalTimeoutMs`, or try again when the service is less busy.',
    },
  },
  'interop.timeout.attempt': {
    meaning: {
      id: 'Satu percobaan tidak dijawab dalam `attemptTimeoutMs` dan tidak ada percobaan ulang yang tersisa atau diizinkan.',
      en: 'One attempt got no answer within `attemptTimeoutMs` and no retry was left or allowed.',
    },
    fix: {
      id: 'Naikkan `attemptTimeoutMs` atau izinkan percobaan ulang (operasi idempoten).',
      en: 'Raise `attemptTimeoutMs` or allow retries (idempotent operations).',
    },
  },
  'interop.network': {
    meaning: {
      id: 'Koneksi ke layanan gagal atau terputus (ditolak, diputus, atau DNS gagal).',
      en: 'The connection to the service failed or was dropped (refused, reset, or DNS failure).',
    },
    fix: {
      id: 'Periksa URL, DNS, proksi dan jaringan ke layanan; galat aslinya ada di `cause`.',
      en: 'Check the URL, DNS, proxy and network path to the service; the original error is in `cause`.',
    },
  },
  'interop.network.aborted': {
    meaning: {
      id: 'Permintaan dibatalkan oleh pemanggil melalui `signal`.',
      en: 'The request was aborted by the caller through `signal`.',
    },
    fix: {
      id: 'Tidak ada yang perlu diperbaiki bila pembatalan memang disengaja.',
      en: 'Nothing to fix when the abort was intended.',
    },
  },
} satisfies Record<InteropErrorCode, ErrorCodeReference>;

/** Meaning and usual fix of every issue code @spbe-kit/interop itself reports (`error.issues[].code`). */
export const interopIssueCodeReference = {
  'interop.config.url': {
    meaning: {
      id: 'URL portal CKAN pada opsi klien bukan URL http(s) yang lengkap.',
      en: 'The CKAN portal URL in the client options is not a complete http(s) URL.',
    },
    fix: {
      id: 'Tulis URL lengkap dengan skemanya, misalnya `https://data.example.go.id`.',
      en: 'Write the full URL with its scheme, e.g. `https://data.example.go.id`.',
    },
  },
  'interop.config.splp': {
    meaning: {
      id: 'Opsi klien SPLP tidak valid: `gatewayUrl` bukan URL http(s) lengkap, nama header kunci API atau konteks dan versi API kosong, atau token diminta dari klien tanpa OAuth2.',
      en: 'An SPLP client option is invalid: `gatewayUrl` is not a complete http(s) URL, the API-key header name or the API context and version is empty, or a token is asked of a client without OAuth2.',
    },
    fix: {
      id: 'Perbaiki opsi pada path masalah sesuai data langganan API di SPLP.',
      en: 'Fix the option at the issue’s path from the API subscription details on SPLP.',
    },
  },
  'interop.config.bps_key': {
    meaning: {
      id: 'Kunci aplikasi BPS kosong atau tidak diberikan.',
      en: 'The BPS application key is empty or missing.',
    },
    fix: {
      id: 'Daftarkan aplikasi di portal Web API BPS dan isi opsi `key` dengan kuncinya.',
      en: 'Register an application on the BPS Web API portal and pass its key in the `key` option.',
    },
  },
  'interop.rate_limiter.rate': {
    meaning: {
      id: '`requestsPerSecond` pada pembatas laju bukan bilangan positif yang terhingga.',
      en: '`requestsPerSecond` of the rate limiter is not a finite positive number.',
    },
    fix: {
      id: 'Isi `requestsPerSecond` dengan angka lebih dari 0, sesuai batas penyedia.',
      en: 'Set `requestsPerSecond` to a number above 0, within the provider’s limit.',
    },
  },
  'interop.request.unserialisable': {
    meaning: {
      id: 'Parameter `ckan.package_create` tidak dapat dijadikan JSON (misalnya memuat referensi melingkar atau BigInt).',
      en: 'The parameters of `ckan.package_create` cannot be turned into JSON (e.g. a circular reference or a BigInt).',
    },
    fix: {
      id: 'Kirim data biasa yang dapat diubah dengan `JSON.stringify`.',
      en: 'Pass plain data that `JSON.stringify` accepts.',
    },
  },
  'interop.provider.validation': {
    meaning: {
      id: 'CKAN menolak field yang disebut pada path dengan `Validation Error`; pesan masalah adalah teks asli dari CKAN.',
      en: 'CKAN refused the field at the path with a `Validation Error`; the issue message is CKAN’s own text.',
    },
    fix: {
      id: 'Perbaiki nilai field tersebut sesuai pesan CKAN (misalnya nama dataset yang sudah dipakai).',
      en: 'Fix that field as CKAN’s message says (for example a dataset name already in use).',
    },
  },
  'bps.datacontent.unknown_key': {
    meaning: {
      id: 'Kunci `datacontent` tabel dinamis BPS tidak cocok dengan id vervar, var, turvar, tahun dan turtahun tabel tersebut.',
      en: 'A `datacontent` key of the BPS dynamic table does not match the table’s vervar, var, turvar, tahun and turtahun ids.',
    },
    fix: {
      id: 'Periksa bahwa tabel diambil utuh dari BPS; bila jawabannya memang demikian, laporkan ke BPS.',
      en: 'Check that the table was fetched whole from BPS; if BPS answers so, report it to BPS.',
    },
  },
  'bps.datacontent.ambiguous_key': {
    meaning: {
      id: 'Kunci `datacontent` tabel dinamis BPS dapat dipecah menjadi id dimensi dengan lebih dari satu cara.',
      en: 'A `datacontent` key of the BPS dynamic table can be split into dimension ids in more than one way.',
    },
    fix: {
      id: 'Gunakan `tryDecodeDynamicTable` untuk melewati kunci tersebut, lalu laporkan tabelnya ke BPS.',
      en: 'Use `tryDecodeDynamicTable` to skip such keys, and report the table to BPS.',
    },
  },
} satisfies Record<InteropIssueCode, ErrorCodeReference>;
