import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

/** The UI languages: Bahasa Indonesia by default, English on the toggle. */
export type Language = 'id' | 'en';

/** A text in both languages. */
export interface Text {
  id: string;
  en: string;
}

const LanguageContext = createContext<{ language: Language; setLanguage: (language: Language) => void }>({
  language: 'id',
  setLanguage: () => undefined,
});

/** Provides the language, remembered in localStorage and set on <html lang>. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(() => (localStorage.getItem('language') === 'en' ? 'en' : 'id'));
  useEffect(() => {
    localStorage.setItem('language', language);
    document.documentElement.lang = language;
  }, [language]);
  return <LanguageContext.Provider value={{ language, setLanguage }}>{children}</LanguageContext.Provider>;
}

/** The current language and a translator for bilingual texts. */
export function useLanguage() {
  const { language, setLanguage } = useContext(LanguageContext);
  const t = (text: Text | undefined | null) => (text ? text[language] : '');
  return { language, setLanguage, t };
}

/** Formats a number for the current language (decimal comma in Indonesian). */
export function useNumber() {
  const { language } = useLanguage();
  return (value: number | null | undefined, digits = 2) =>
    value === null || value === undefined
      ? '–'
      : new Intl.NumberFormat(language === 'id' ? 'id-ID' : 'en-GB', {
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        }).format(value);
}

/** Shows an index already rounded by the calculator (e.g. "3.28") with the language's decimal mark. */
export function useIndexDisplay() {
  const { language } = useLanguage();
  return (value: string | null | undefined) => (value ? (language === 'id' ? value.replace('.', ',') : value) : '–');
}

/** The UI's own texts. */
export const texts = {
  appTitle: { id: 'Portal SPBE & Pemerintah Digital', en: 'SPBE & Digital Government Portal' },
  sampleBanner: {
    id: 'Data contoh untuk demonstrasi — bukan hasil evaluasi resmi.',
    en: 'Sample data for demonstration — not official evaluation results.',
  },
  skip: { id: 'Lewati ke konten utama', en: 'Skip to main content' },
  language: { id: 'English', en: 'Bahasa Indonesia' },
  languageLabel: { id: 'Ganti bahasa ke English', en: 'Switch language to Bahasa Indonesia' },
  signIn: { id: 'Masuk', en: 'Sign in' },
  signOut: { id: 'Keluar', en: 'Sign out' },
  username: { id: 'Nama pengguna', en: 'Username' },
  password: { id: 'Kata sandi', en: 'Password' },
  dashboard: { id: 'Dasbor', en: 'Dashboard' },
  assessments: { id: 'Penilaian', en: 'Assessments' },
  inventories: { id: 'Inventaris', en: 'Inventories' },
  datasets: { id: 'Satu Data', en: 'Satu Data' },
  statistics: { id: 'Statistik BPS', en: 'BPS statistics' },
  audit: { id: 'Jejak audit', en: 'Audit trail' },
  users: { id: 'Pengguna', en: 'Users' },
  myData: { id: 'Data saya', en: 'My data' },
  account: { id: 'Akun saya', en: 'My account' },
  dataRequests: { id: 'Permintaan data pribadi', en: 'Personal data requests' },
  province: { id: 'Provinsi', en: 'Province' },
  loading: { id: 'Memuat…', en: 'Loading…' },
  index: { id: 'Indeks', en: 'Index' },
  predicate: { id: 'Predikat', en: 'Rating' },
  year: { id: 'Tahun', en: 'Year' },
  status: { id: 'Status', en: 'Status' },
  methodology: { id: 'Metodologi', en: 'Methodology' },
  self: { id: 'Mandiri', en: 'Self-assessed' },
  assessor: { id: 'Asesor', en: 'Assessor' },
  open: { id: 'Buka', en: 'Open' },
  save: { id: 'Simpan', en: 'Save' },
  saved: { id: 'Tersimpan', en: 'Saved' },
  noData: { id: 'Belum ada data.', en: 'No data yet.' },
  trend: { id: 'Tren per tahun', en: 'Trend over the years' },
  radar: { id: 'Indeks per aspek', en: 'Index by aspect' },
  plan: { id: 'Rencana ke predikat berikutnya', en: 'Plan to the next rating' },
  holdingBack: { id: 'Indikator yang paling menahan nilai', en: 'Indicators holding the score back' },
  comparison: { id: 'Mandiri vs asesor', en: 'Self-assessment vs assessor' },
  submit: { id: 'Kirim ke asesor', en: 'Submit to the assessor' },
  verify: { id: 'Verifikasi dan kunci', en: 'Verify and lock' },
  returnToOperator: { id: 'Kembalikan ke operator', en: 'Return to the operator' },
  evidence: { id: 'Bukti dukung', en: 'Evidence' },
  note: { id: 'Catatan', en: 'Note' },
  recommendation: { id: 'Rekomendasi', en: 'Recommendation' },
  upload: { id: 'Unggah berkas', en: 'Upload a file' },
  importCsv: { id: 'Impor CSV', en: 'Import CSV' },
  rowErrors: { id: 'Baris yang ditolak', en: 'Rejected rows' },
  row: { id: 'Baris', en: 'Row' },
  integrity: { id: 'Pemeriksaan integritas', en: 'Integrity check' },
  download: { id: 'Unduh bukti', en: 'Download proof' },
  attribution: { id: 'Sumber', en: 'Source' },
} satisfies Record<string, Text>;
