import type { LocalizedText } from '@spbe-kit/models/errors';

/** What the program's help says about one command. */
export interface CommandSummary {
  /** The command's name (`spbe <name> …`). */
  readonly name: string;
  /** Its line in the program's command list: the name, `[options]` and its arguments. */
  readonly term: string;
  /** Its description, in the program's help and its own. */
  readonly description: LocalizedText;
}

/**
 * The commands in the order of the program's help. Each command module takes its description from
 * here, so `spbe --help` lists every command without loading any of them (and their dependencies);
 * a test checks that this list and the commands themselves give the same help.
 */
export const commandSummaries: readonly CommandSummary[] = [
  {
    name: 'index',
    term: 'index [options] <file>',
    description: {
      id: 'Hitung indeks dan predikat setiap penilaian',
      en: 'Compute the index and predikat of every assessment',
    },
  },
  {
    name: 'explain',
    term: 'explain [options] <file>',
    description: {
      id: 'Jelaskan indeks: kontribusi, yang paling menahan nilai, jarak ke predikat berikutnya',
      en: 'Explain an index: contributions, what holds it back most, distance to the next predikat',
    },
  },
  {
    name: 'plan',
    term: 'plan [options] <file>',
    description: {
      id: 'Rencana kenaikan indikator berbiaya minimum untuk mencapai predikat atau indeks target',
      en: 'Minimum-cost plan of indicator raises that reaches a target predikat or index',
    },
  },
  {
    name: 'compare',
    term: 'compare [options] <previous> <current>',
    description: {
      id: 'Bandingkan dua tahun: selisih per indikator, aspek, domain dan perubahan predikat',
      en: 'Compare two years: deltas per indicator, aspect, domain and the predikat change',
    },
  },
  {
    name: 'summarize',
    term: 'summarize [options] <file>',
    description: {
      id: 'Ringkas populasi: jumlah per predikat, rata-rata, median, kuartil, peringkat',
      en: 'Summarize a population: count per predikat, mean, median, quartiles, ranking',
    },
  },
  {
    name: 'validate',
    term: 'validate [options] <schema> <file>',
    description: {
      id: 'Periksa rekaman terhadap skema @spbe-kit/models; laporkan setiap kesalahan',
      en: 'Check records against an @spbe-kit/models schema; report every error',
    },
  },
  {
    name: 'schemas',
    term: 'schemas [options] [name]',
    description: {
      id: 'Daftar skema @spbe-kit/models, atau tulis skema JSON (draft 2020-12)',
      en: 'List the @spbe-kit/models schemas, or write their JSON Schemas (draft 2020-12)',
    },
  },
  {
    name: 'wilayah',
    term: 'wilayah [options] <query>',
    description: {
      id: 'Cari kode wilayah Kemendagri: tingkat, induk, anak, padanan BPS',
      en: 'Look up Kemendagri region codes: level, parents, children, BPS bridging',
    },
  },
  {
    name: 'report',
    term: 'report [options] <file>',
    description: {
      id: 'Laporan HTML mandiri atau PDF: indeks, grafik radar, penahan nilai, rencana, bukti dukung, tren tahunan',
      en: 'Self-contained HTML or PDF report: index, radar chart, what holds it back, plan, evidence, trend',
    },
  },
  {
    name: 'template',
    term: 'template [options]',
    description: {
      id: 'Buku kerja Excel untuk mengisi penilaian: satu baris per indikator, petunjuk, sel terkunci',
      en: 'Excel workbook to fill an assessment in: one row per indicator, instructions, locked cells',
    },
  },
  {
    name: 'audit',
    term: 'audit',
    description: {
      id: 'Log audit anti-rusak: tambah, verifikasi, bukti, checkpoint, ekspor bundel',
      en: 'Tamper-evident audit log: append, verify, prove, checkpoint, export bundles',
    },
  },
  {
    name: 'completion',
    term: 'completion <shell>',
    description: { id: 'Cetak skrip pelengkapan shell', en: 'Print a shell completion script' },
  },
];

/** The summary of a command of {@link commandSummaries}. */
export function commandSummary(name: string): CommandSummary {
  const summary = commandSummaries.find((candidate) => candidate.name === name);
  if (!summary) throw new TypeError(`no summary for the command ${name}`);
  return summary;
}
