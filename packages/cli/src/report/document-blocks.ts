import type { PartialIndexResult, Summary } from '@spbe-kit/indicators';
import { radarAxes } from '../html/radar-axes.js';
import type { ReportAssessment, ReportData } from '../html/report-data.js';
import { comparisonBlocks, holdingBackBlocks, planBlocks, roadmapBlocks } from './plan-blocks.js';
import { historyBlocks, indicatorBlocks, predicateWithLevel } from './record-blocks.js';
import { column, type ReportBlock, type ReportCell } from './report-blocks.js';
import { reportFormat, type ReportFormat } from './report-format.js';

/** The heading of an assessment: agency · year, or its position. */
export function assessmentHeading(assessment: ReportAssessment, position: number, f: ReportFormat): string {
  const parts = [
    assessment.label.agency,
    assessment.label.year === undefined ? undefined : String(assessment.label.year),
  ].filter((part) => part !== undefined);
  return parts.length > 0
    ? parts.join(' · ')
    : f.t({ id: `Penilaian ${position + 1}`, en: `Assessment ${position + 1}` });
}

/** Methodology, side and exact value, as the line under the headline says them. */
function headlineDetails(assessment: ReportAssessment, f: ReportFormat): string {
  const { result, label } = assessment;
  const side =
    label.side === undefined
      ? undefined
      : label.side === 'self'
        ? f.t({ id: 'penilaian mandiri', en: 'self-assessment' })
        : f.t({ id: 'nilai penilai', en: "assessor's values" });
  const exact = result.complete
    ? `${f.t({ id: 'nilai pasti', en: 'exact value' })} ${f.decimal(result.indexExact)}`
    : '';
  return [result.methodology, side, exact].filter((part) => part !== undefined && part !== '').join(' · ');
}

function headline(result: PartialIndexResult, f: ReportFormat): string {
  if (result.complete)
    return `${f.t({ id: 'Indeks', en: 'Index' })} ${f.decimal(result.indexDisplay)} · ${predicateWithLevel(result.predicate, result.methodology, f)}`;
  return `${f.t({ id: 'Indeks', en: 'Index' })} ${f.fixed(result.range.min)}–${f.fixed(result.range.max)} (${f.t({ id: 'belum lengkap', en: 'incomplete' })})`;
}

/** Domains with their aspects under them (or the aspects alone), with weight and index. */
function partsBlock(result: PartialIndexResult, f: ReportFormat): ReportBlock {
  const rows: ReportCell[][] = [];
  const aspectRows = (domain: number | null) => {
    for (const aspect of result.aspects) {
      if (domain !== null && aspect.domain !== domain) continue;
      rows.push([
        { text: `A${aspect.id} ${f.t(aspect.name)}`, indent: domain !== null },
        f.decimal(aspect.weight),
        f.fixed(aspect.index),
      ]);
    }
  };
  if (result.domains.length > 0) {
    for (const domain of result.domains) {
      rows.push([
        { text: `D${domain.id} ${f.t(domain.name)}`, bold: true },
        f.decimal(domain.weight),
        { text: f.fixed(domain.index), bold: true },
      ]);
      aspectRows(domain.id);
    }
  } else aspectRows(null);
  return {
    kind: 'table',
    columns: [
      column(f.t({ id: 'Bagian', en: 'Part' }), 10),
      column(f.t({ id: 'Bobot', en: 'Weight' }), 1.5, 'right'),
      column(f.t({ id: 'Indeks', en: 'Index' }), 1.5, 'right'),
    ],
    rows,
  };
}

/** Everything the report says about one assessment, in order. */
function assessmentBlocks(assessment: ReportAssessment, position: number, f: ReportFormat): ReportBlock[] {
  const { result } = assessment;
  const title = assessmentHeading(assessment, position, f);
  const { axes, word } = radarAxes(result, assessment.previousResult, f.t);
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 2, text: title },
    { kind: 'paragraph', style: 'headline', text: headline(result, f) },
    { kind: 'paragraph', style: 'muted', text: headlineDetails(assessment, f) },
  ];
  if (axes.length >= 3)
    blocks.push({
      kind: 'radar',
      axes,
      caption:
        f.t({ id: `Indeks per ${word.id}, skala 1–5`, en: `Index per ${word.en}, scale 1–5` }) +
        (assessment.previousResult
          ? f.t({ id: '; garis putus-putus: tahun sebelumnya', en: '; dashed: previous year' })
          : ''),
    });
  blocks.push(partsBlock(result, f));
  if (assessment.explanation) blocks.push(...holdingBackBlocks(assessment.explanation, f));
  if (assessment.plan) blocks.push(...planBlocks(assessment.plan, f));
  if (assessment.roadmap) blocks.push(...roadmapBlocks(assessment.roadmap, assessment, f));
  if (assessment.comparison) blocks.push(...comparisonBlocks(assessment.comparison, assessment, f));
  if (assessment.history) blocks.push(...historyBlocks(assessment.history, f));
  blocks.push(...indicatorBlocks(result, assessment.evidence, f));
  return blocks;
}

function summaryBlocks(summary: Summary, data: ReportData, f: ReportFormat): ReportBlock[] {
  const name = (position: number) => data.assessments[position]?.label.agency ?? `#${position + 1}`;
  const blocks: ReportBlock[] = [
    {
      kind: 'heading',
      level: 2,
      text: `${f.t({ id: 'Ringkasan', en: 'Summary' })} (${summary.count} ${f.t({ id: 'penilaian', en: 'assessments' })}, ${summary.methodology})`,
    },
    {
      kind: 'table',
      columns: [column('Predikat', 4), column(f.t({ id: 'Jumlah', en: 'Count' }), 1, 'right')],
      rows: summary.predicates.map((band) => [band.predicate, String(band.count)]),
    },
  ];
  const index = summary.index;
  if (index)
    blocks.push({
      kind: 'table',
      columns: [column('', 2), column('', 6, 'right')],
      rows: [
        [f.t({ id: 'Rata-rata', en: 'Mean' }), f.decimal(index.mean.display)],
        ['Median', f.decimal(index.median.display)],
        ['Q1 / Q3', `${f.decimal(index.q1.display)} / ${f.decimal(index.q3.display)}`],
        ['Min', `${f.decimal(index.min.display)} (${index.minPositions.map(name).join(', ')})`],
        ['Max', `${f.decimal(index.max.display)} (${index.maxPositions.map(name).join(', ')})`],
      ],
    });
  blocks.push(
    { kind: 'heading', level: 3, text: f.t({ id: 'Peringkat', en: 'Ranking' }) },
    {
      kind: 'table',
      columns: [
        column('#', 1, 'right'),
        column(f.t({ id: 'Instansi', en: 'Agency' }), 8),
        column(f.t({ id: 'Indeks', en: 'Index' }), 2, 'right'),
        column('Predikat', 3),
      ],
      rows: summary.ranking.map((entry) => [
        String(entry.rank),
        name(entry.position),
        f.decimal(entry.indexDisplay),
        entry.predicate,
      ]),
    },
  );
  return blocks;
}

/** The closing note of every report. */
export function footerText(f: ReportFormat): string {
  return f.t({
    id: 'Predikat ditetapkan dari nilai indeks yang pasti (tidak dibulatkan); indeks ditampilkan dibulatkan setengah ke atas ke dua desimal.',
    en: 'The predikat is decided on the exact (unrounded) index; indices are shown rounded half-up to two decimals.',
  });
}

/** The format of a report's data: its language, and its number style (the language's unless given). */
export function formatOf(data: ReportData): ReportFormat {
  return reportFormat(data.locale, data.numbers ?? data.locale);
}

/** The whole report as blocks: title, summary, one part per assessment (each on a new page), closing note. */
export function reportBlocks(data: ReportData): ReportBlock[] {
  const f = formatOf(data);
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: data.title },
    {
      kind: 'paragraph',
      style: 'muted',
      text: f.t({ id: 'Dibuat dengan spbe-kit', en: 'Made with spbe-kit' }) + (data.date ? ` · ${data.date}` : ''),
    },
  ];
  if (data.summary) blocks.push(...summaryBlocks(data.summary, data, f));
  data.assessments.forEach((assessment, position) => {
    if (position > 0 || data.summary) blocks.push({ kind: 'pageBreak' });
    blocks.push(...assessmentBlocks(assessment, position, f));
  });
  blocks.push({ kind: 'paragraph', style: 'note', text: footerText(f) });
  return blocks;
}
