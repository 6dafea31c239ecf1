import {
  builtInMethodologies,
  type HistorySeries,
  type IndexHistory,
  type PartialIndexResult,
} from '@spbe-kit/indicators';
import type { IndicatorEvidence } from '../commands/assessment-input.js';
import { levelLabel } from '../output/predicate-style.js';
import { column, type ReportBlock } from './report-blocks.js';
import type { ReportFormat } from './report-format.js';

/** How many hexadecimal digits of a SHA-256 the report prints (as `git` shortens a commit hash). */
const SHORT_HASH = 12;

/** One evidence entry on one line: title — file · SHA-256 (short) · reference · date. */
function evidenceLine(evidence: IndicatorEvidence): string {
  const details = [
    evidence.fileName,
    evidence.sha256 === undefined ? undefined : `SHA-256 ${evidence.sha256.slice(0, SHORT_HASH)}`,
    evidence.reference,
    evidence.date,
  ].filter((part) => part !== undefined && part !== '');
  return details.length === 0 ? evidence.title : `${evidence.title} — ${details.join(' · ')}`;
}

/** The predikat with the methodology's official level beside it where it defines one (pemdi-2026). */
export function predicateWithLevel(predicate: string, methodology: string, f: ReportFormat): string {
  const level = levelLabel(predicate, methodology, f.language);
  return level === undefined ? predicate : `${predicate} · ${level}`;
}

/**
 * Every indicator with its value and, for an assessment record, its evidence (*bukti dukung*): an
 * indicator above level 1 without evidence says so.
 */
export function indicatorBlocks(
  result: PartialIndexResult,
  evidence: ReadonlyMap<number, readonly IndicatorEvidence[]> | undefined,
  f: ReportFormat,
): ReportBlock[] {
  if (result.indicators.length === 0) return [];
  const none = f.t({ id: 'belum ada bukti dukung', en: 'no evidence yet' });
  const columns = [
    column('No', 1, 'right'),
    column(f.t({ id: 'Indikator', en: 'Indicator' }), evidence ? 6 : 12),
    column(f.t({ id: 'Bobot', en: 'Weight' }), 1.7, 'right'),
    column(f.t({ id: 'Nilai', en: 'Value' }), 1.5, 'right'),
  ];
  if (evidence) columns.push(column(f.t({ id: 'Bukti dukung', en: 'Evidence' }), 8));
  const rows = result.indicators.map((indicator) => {
    const row = [
      String(indicator.number),
      f.t(indicator.name),
      f.decimal(indicator.weight),
      f.decimal(indicator.value),
    ];
    if (evidence) {
      const list = evidence.get(indicator.number) ?? [];
      row.push(list.length > 0 ? list.map(evidenceLine).join('\n') : indicator.value > 1 ? none : '–');
    }
    return row;
  });
  return [
    {
      kind: 'heading',
      level: 3,
      text: evidence
        ? f.t({ id: 'Indikator dan bukti dukung', en: 'Indicators and evidence' })
        : f.t({ id: 'Indikator', en: 'Indicators' }),
    },
    { kind: 'table', columns, rows },
  ];
}

function methodologyName(id: string, f: ReportFormat): string {
  if (!Object.hasOwn(builtInMethodologies, id)) return id;
  const table = builtInMethodologies[id as keyof typeof builtInMethodologies];
  return `${f.t(table.name)} (${id}, ${table.regulation.reference})`;
}

function seriesBlocks(series: HistorySeries, f: ReportFormat): ReportBlock[] {
  const span = series.from === series.to ? String(series.from) : `${series.from}–${series.to}`;
  return [
    { kind: 'heading', level: 3, text: `${methodologyName(series.methodology, f)}: ${span}` },
    {
      kind: 'table',
      columns: [
        column(f.t({ id: 'Tahun', en: 'Year' }), 2),
        column(f.t({ id: 'Indeks', en: 'Index' }), 2, 'right'),
        column('Predikat', 6),
        column('Δ', 2, 'right'),
      ],
      rows: series.points.map((point) => [
        String(point.year),
        point.indexDisplay === null ? f.t({ id: 'belum lengkap', en: 'incomplete' }) : f.decimal(point.indexDisplay),
        point.predicate === null ? '–' : predicateWithLevel(point.predicate, series.methodology, f),
        f.signed(point.delta),
      ]),
    },
    {
      kind: 'trend',
      points: series.points.map((point) => ({ year: point.year, value: point.index })),
      caption: f.t({
        id: `Indeks ${series.methodology} per tahun, skala 1–5`,
        en: `${series.methodology} index by year, scale 1–5`,
      }),
    },
  ];
}

/** The agency's history: one table and one chart per methodology, never one line across two. */
export function historyBlocks(history: IndexHistory, f: ReportFormat): ReportBlock[] {
  if (history.series.length === 0) return [];
  return [
    { kind: 'heading', level: 3, text: f.t({ id: 'Riwayat indeks', en: 'Index history' }) },
    {
      kind: 'paragraph',
      style: 'note',
      text: f.t({
        id: 'Satu seri per metodologi: indeks SPBE 2020 dan Pemdi 2026 diukur dengan indikator dan batas predikat yang berbeda, sehingga tidak digambar sebagai satu garis.',
        en: 'One series per methodology: SPBE 2020 and Pemdi 2026 indices are measured on different indicators and predikat bands, so they are never drawn as one line.',
      }),
    },
    ...history.series.flatMap((series) => seriesBlocks(series, f)),
  ];
}
