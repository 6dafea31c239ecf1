/**
 * Readable names of the audit trail's codes, in Bahasa Indonesia and English. Pure data and functions (no Node
 * APIs): the web client and the server's exports show the same words. An unknown code is never shown bare: it gets
 * a generic label with the code in brackets.
 */

/** A text in Bahasa Indonesia and English. */
export interface LabelText {
  id: string;
  en: string;
}

/** Purposes of personal-data processing (UU PDP Pasal 16 and 20: every processing states its purpose). */
const purposeLabels: Record<string, LabelText> = {
  'employee.verification': { id: 'Verifikasi data kepegawaian', en: 'Verifying employee records' },
  'employee.records': { id: 'Pemutakhiran data kepegawaian', en: 'Updating employee records' },
  'assessment.assignment': { id: 'Penugasan penilaian SPBE', en: 'Assigning an SPBE assessment' },
  'service.administration': { id: 'Administrasi layanan', en: 'Service administration' },
  'pdp.subject-access': {
    id: 'Menjawab permintaan subjek data (UU PDP)',
    en: 'Answering a data subject’s request (UU PDP)',
  },
  'layanan.pindah-datang': { id: 'Layanan pindah datang penduduk', en: 'Residence transfer service' },
  'layanan.akta-kelahiran': { id: 'Penerbitan akta kelahiran', en: 'Issuing a birth certificate' },
  'layanan.bansos': { id: 'Penyaluran bantuan sosial', en: 'Distributing social assistance' },
  'layanan.kesehatan': { id: 'Layanan kesehatan', en: 'Health service' },
};

/** Audit actions by exact code. */
const actionLabels: Record<string, LabelText> = {
  'auth.login': { id: 'Masuk', en: 'Sign-in' },
  'auth.logout': { id: 'Keluar', en: 'Sign-out' },
  'audit.trail.read': { id: 'Membaca jejak audit', en: 'Reading the audit trail' },
  'user.nip.read': { id: 'Membuka NIP lengkap', en: 'Revealing a full NIP' },
  'user.nip.update': { id: 'Mengoreksi NIP', en: 'Correcting a NIP' },
  'user.create': { id: 'Membuat akun', en: 'Creating an account' },
  'user.role.update': { id: 'Mengubah peran akun', en: 'Changing an account’s role' },
  'user.disable': { id: 'Menonaktifkan akun', en: 'Disabling an account' },
  'user.enable': { id: 'Mengaktifkan kembali akun', en: 'Enabling an account again' },
  'user.password.reset': { id: 'Mengatur ulang kata sandi', en: 'Resetting a password' },
  'user.password.change': { id: 'Mengganti kata sandi sendiri', en: 'Changing one’s own password' },
  'data-request.create': { id: 'Mencatat permintaan subjek data', en: 'Recording a data subject’s request' },
  'data-request.lookup': { id: 'Menelusuri pemrosesan data warga', en: 'Looking up a citizen’s data processing' },
  'data-request.export': { id: 'Mengekspor jawaban permintaan', en: 'Exporting a request’s answer' },
  'assessment.create': { id: 'Membuat penilaian', en: 'Creating an assessment' },
  'assessment.self-assessment.update': { id: 'Mengisi penilaian mandiri', en: 'Filling in the self-assessment' },
  'assessment.assessor-review.update': { id: 'Mengisi nilai asesor', en: 'Entering the assessor’s value' },
  'assessment.submit': { id: 'Mengirim penilaian ke asesor', en: 'Submitting an assessment' },
  'assessment.verify': { id: 'Memverifikasi dan mengunci penilaian', en: 'Verifying and locking an assessment' },
  'assessment.return': { id: 'Mengembalikan penilaian ke operator', en: 'Returning an assessment to the operator' },
  'assessment.evidence.upload': { id: 'Mengunggah bukti dukung', en: 'Uploading evidence' },
  'assessment.import': {
    id: 'Mengisi penilaian dari buku kerja atau rekaman',
    en: 'Filling in an assessment from a workbook or record',
  },
  'plan.costs.update': { id: 'Mengubah biaya rencana', en: 'Changing plan costs' },
  'layanan.pindah-datang.process': { id: 'Memproses pindah datang', en: 'Processing a residence transfer' },
  'layanan.bansos.verify': { id: 'Memverifikasi penerima bansos', en: 'Verifying a social assistance recipient' },
  'layanan.kesehatan.read': { id: 'Membuka rekam layanan kesehatan', en: 'Opening a health service record' },
  'dataset.returned-to-review': { id: 'Dataset kembali ke telaah', en: 'Dataset back to review' },
};

/** Audit actions by prefix, when no exact code matches (e.g. `inventory.application.save`). */
const actionPrefixLabels: [string, LabelText][] = [
  ['route.', { id: 'Akses ke fungsi', en: 'Access to a function' }],
  ['inventory.', { id: 'Perubahan inventaris', en: 'Inventory change' }],
  ['dataset.', { id: 'Alur terbit Satu Data', en: 'Satu Data publication step' }],
  ['assessment.', { id: 'Penilaian SPBE', en: 'SPBE assessment' }],
  ['user.', { id: 'Pengelolaan akun', en: 'Account management' }],
  ['layanan.', { id: 'Layanan publik', en: 'Public service' }],
];

/** Outcomes of an audited action. */
const outcomeLabels: Record<string, LabelText> = {
  success: { id: 'Berhasil', en: 'Succeeded' },
  failure: { id: 'Gagal', en: 'Failed' },
  denied: { id: 'Ditolak', en: 'Denied' },
  error: { id: 'Galat', en: 'Error' },
};

/** Reasons given with refusals and failures. */
const reasonLabels: Record<string, LabelText> = {
  role: { id: 'peran tidak berwenang', en: 'role not allowed' },
  'other-agency': { id: 'data instansi lain', en: 'another agency’s data' },
  csrf: { id: 'token CSRF tidak valid', en: 'invalid CSRF token' },
  'account-disabled': { id: 'akun dinonaktifkan', en: 'account disabled' },
  'wrong-current-password': { id: 'kata sandi saat ini salah', en: 'wrong current password' },
  'rate-limited.account-address': {
    id: 'dibatasi: terlalu banyak gagal dari akun dan alamat ini',
    en: 'throttled: too many failures from this account and address',
  },
  'rate-limited.address': {
    id: 'dibatasi: terlalu banyak gagal dari alamat ini',
    en: 'throttled: too many failures from this address',
  },
  'rate-limited.account': {
    id: 'dibatasi: terlalu banyak gagal pada akun ini',
    en: 'throttled: too many failures on this account',
  },
  'rate-limited.global': { id: 'dibatasi: batas gagal seluruh portal', en: 'throttled: portal-wide failure ceiling' },
};

/** A table entry by its own key only (never `__proto__`, `constructor` or another inherited name). */
const own = (table: Record<string, LabelText>, code: string): LabelText | undefined =>
  Object.hasOwn(table, code) ? table[code] : undefined;

const unknown = (code: string, what: LabelText): LabelText => ({
  id: `${what.id} (${code})`,
  en: `${what.en} (${code})`,
});

/** The readable name of an action code. */
export function actionLabel(code: string): LabelText {
  const exact = own(actionLabels, code);
  if (exact) return exact;
  const prefixed = actionPrefixLabels.find(([prefix]) => code.startsWith(prefix));
  return prefixed ? unknown(code, prefixed[1]) : unknown(code, { id: 'Tindakan lain', en: 'Other action' });
}

/** The readable name of a purpose code (null when the event states none). */
export function purposeLabel(code: string | null | undefined): LabelText | null {
  if (!code) return null;
  return own(purposeLabels, code) ?? unknown(code, { id: 'Tujuan lain', en: 'Other purpose' });
}

/** The readable name of an outcome code. */
export function outcomeLabel(code: string): LabelText {
  return own(outcomeLabels, code) ?? unknown(code, { id: 'Hasil lain', en: 'Other outcome' });
}

/** The readable name of a reason code (null when there is none). */
export function reasonLabel(code: string | null | undefined): LabelText | null {
  if (!code) return null;
  return own(reasonLabels, code) ?? unknown(code, { id: 'Alasan lain', en: 'Other reason' });
}
