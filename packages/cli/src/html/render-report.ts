import type {
  Comparison,
  Explanation,
  ImprovementPlan,
  PartialIndexResult,
  Roadmap,
  Summary,
} from '@spbe-kit/indicators';
import { assessmentHeading, footerText, formatOf } from '../report/document-blocks.js';
import { historyBlocks, indicatorBlocks, predicateWithLevel } from '../report/record-blocks.js';
import type { ReportFormat } from '../report/report-format.js';
import { blocksHtml } from './blocks-html.js';
import { escapeHtml } from './escape-html.js';
import { radarAxes } from './radar-axes.js';
import { radarChart } from './radar-chart.js';
import type { ReportAssessment, ReportData } from './report-data.js';

const STYLE = `
:root { --ink: #1d2733; --muted: #5b6776; --line: #d5dbe3; --accent: #1f5fa8; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); margin: 0 auto; max-width: 60rem; padding: 1.5rem; line-height: 1.45; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; border-bottom: 2px solid var(--accent); padding-bottom: .25rem; margin-top: 2.5rem; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
.muted { color: var(--muted); }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { font-weight: 600; color: var(--muted); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.headline { display: flex; gap: 1rem; align-items: baseline; flex-wrap: wrap; margin: .5rem 0 1rem; }
.index { font-size: 2.4rem; font-weight: 700; font-variant-numeric: tabular-nums; }
.predicate { font-weight: 700; padding: .15rem .6rem; border-radius: .3rem; border: 1px solid currentColor; }
.p-memuaskan { color: #0b6b2f; } .p-sangat-baik { color: #2e7d32; } .p-baik { color: #00707a; } .p-cukup { color: #8a6100; } .p-kurang { color: #b3261e; }
.up { color: #2e7d32; } .down { color: #b3261e; }
.grid { display: grid; grid-template-columns: minmax(0, 380px) 1fr; gap: 1.5rem; align-items: start; }
figure { margin: 0; }
figcaption { font-size: .8rem; color: var(--muted); }
svg.radar { max-width: 100%; height: auto; }
svg.radar .ring { fill: none; stroke: var(--line); }
svg.radar .axis { stroke: var(--line); }
svg.radar .scale { font-size: 9px; fill: var(--muted); }
svg.radar .label { font-size: 11px; fill: var(--ink); }
svg.radar .current { fill: rgba(31, 95, 168, .25); stroke: var(--accent); stroke-width: 2; }
svg.radar .previous { fill: none; stroke: var(--muted); stroke-width: 1.5; stroke-dasharray: 4 3; }
svg.radar .dot { fill: var(--accent); }
svg.trend { max-width: 100%; height: auto; }
svg.trend .grid-line { stroke: var(--line); }
svg.trend .scale, svg.trend .year { font-size: 9px; fill: var(--muted); }
svg.trend .value { font-size: 9px; fill: var(--ink); }
svg.trend .line { fill: none; stroke: var(--accent); stroke-width: 2; }
svg.trend .dot { fill: var(--accent); }
table.blocks td { overflow-wrap: anywhere; }
nav ol { columns: 2; font-size: .9rem; }
.note { font-size: .85rem; color: var(--muted); }
@page { size: A4; margin: 14mm; }
@media print { body { max-width: none; padding: 0; } section.assessment { break-before: page; } h2, h3, tr, figure { break-inside: avoid; } nav { display: none; } }
@media (max-width: 40rem) { .grid { grid-template-columns: 1fr; } }
`;

function predicateClass(predicate: string): string {
  return `p-${predicate.toLowerCase().replace(/[^a-z]+/g, '-')}`;
}

function predicateBadge(predicate: string): string {
  return `<span class="predicate ${predicateClass(predicate)}">${escapeHtml(predicate)}</span>`;
}

/** The predikat badge with the methodology's official level after it (pemdi-2026). */
function predicateWithLevelBadge(predicate: string, methodology: string, f: ReportFormat): string {
  const level = predicateWithLevel(predicate, methodology, f).slice(predicate.length);
  return (
    predicateBadge(predicate) +
    (level === '' ? '' : ` <span class="muted">${escapeHtml(level.replace(/^ · /, ''))}</span>`)
  );
}

function signed(value: number | null, f: ReportFormat): string {
  const text = f.signed(value);
  return value !== null && value > 0
    ? `<span class="up">${text}</span>`
    : value !== null && value < 0
      ? `<span class="down">${text}</span>`
      : text;
}

function partsTable(result: PartialIndexResult, f: ReportFormat): string {
  const rows: string[] = [];
  const aspectRows = (domain: number | null) => {
    for (const aspect of result.aspects) {
      if (domain !== null && aspect.domain !== domain) continue;
      rows.push(
        `<tr><td>${domain === null ? '' : '&emsp;'}A${aspect.id} ${escapeHtml(f.t(aspect.name))}</td><td class="num">${f.decimal(aspect.weight)}</td><td class="num">${f.fixed(aspect.index)}</td></tr>`,
      );
    }
  };
  if (result.domains.length > 0) {
    for (const domain of result.domains) {
      rows.push(
        `<tr><td><strong>D${domain.id} ${escapeHtml(f.t(domain.name))}</strong></td><td class="num">${f.decimal(domain.weight)}</td><td class="num"><strong>${f.fixed(domain.index)}</strong></td></tr>`,
      );
      aspectRows(domain.id);
    }
  } else aspectRows(null);
  return `<table><thead><tr><th>${f.t({ id: 'Bagian', en: 'Part' })}</th><th class="num">${f.t({ id: 'Bobot', en: 'Weight' })}</th><th class="num">${f.t({ id: 'Indeks', en: 'Index' })}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function holdingBackSection(explanation: Explanation, f: ReportFormat): string {
  const rows = explanation.holdingBack
    .map(
      (part) =>
        `<tr><td class="num">${part.number}</td><td>${escapeHtml(f.t(part.name))}</td><td class="num">${f.decimal(part.weight)}</td><td class="num">${f.decimal(part.value)}</td><td class="num">${escapeHtml(f.decimal(part.heldBackExact))}</td><td class="num">${escapeHtml(f.decimal(part.gainPerStepExact))}</td></tr>`,
    )
    .join('');
  const next = explanation.next
    ? f.t({
        id: `Kurang ${f.decimal(explanation.next.distanceExact)} poin menuju ${explanation.next.predicate} (batas ${f.fixed(explanation.next.threshold)}).`,
        en: `${f.decimal(explanation.next.distanceExact)} points short of ${explanation.next.predicate} (threshold ${f.fixed(explanation.next.threshold)}).`,
      })
    : f.t({ id: 'Sudah di predikat tertinggi.', en: 'Already at the top predikat.' });
  return `<h3>${f.t({ id: 'Yang paling menahan nilai', en: 'What holds the score back most' })}</h3>
<p>${escapeHtml(next)}</p>
<table><thead><tr><th class="num">No</th><th>${f.t({ id: 'Nama', en: 'Name' })}</th><th class="num">${f.t({ id: 'Bobot', en: 'Weight' })}</th><th class="num">${f.t({ id: 'Nilai', en: 'Value' })}</th><th class="num">${f.t({ id: 'Tertahan', en: 'Held back' })}</th><th class="num">${f.t({ id: '+1 langkah', en: '+1 step' })}</th></tr></thead><tbody>${rows}</tbody></table>
<p class="note">${f.t({ id: '“Tertahan”: poin indeks yang ditambahkan bila bagian ini mencapai 5; “+1 langkah”: tambahan indeks bila dinaikkan satu tingkat.', en: '“Held back”: index points added if this part reached 5; “+1 step”: index gain of raising it one level.' })}</p>`;
}

function planSection(plan: ImprovementPlan, f: ReportFormat): string {
  const title = `<h3>${escapeHtml(f.t({ id: `Rencana menuju ${plan.target.predicate}`, en: `Plan to ${plan.target.predicate}` }))}</h3>`;
  if (!plan.reachable) {
    return `${title}<p>${escapeHtml(f.t(plan.reason))}</p><p>${escapeHtml(f.t({ id: `Paling tinggi ${f.decimal(plan.best.indexDisplay)} (${plan.best.predicate}).`, en: `At best ${f.decimal(plan.best.indexDisplay)} (${plan.best.predicate}).` }))}</p>`;
  }
  const rows = plan.steps
    .map(
      (step) =>
        `<tr><td class="num">${step.number}</td><td>${escapeHtml(f.t(step.name))}</td><td class="num">${f.decimal(step.from)}</td><td class="num">${f.decimal(step.to)}</td><td class="num">${f.decimal(step.cost)}</td><td class="num">${escapeHtml(f.decimal(step.gainExact))}</td></tr>`,
    )
    .join('');
  return `${title}
<p>${escapeHtml(
    f.t({
      id: `Kenaikan berbiaya minimum (biaya ${f.decimal(plan.cost)}, satu langkah = 1): indeks menjadi ${f.decimal(plan.after.indexExact)} (${f.decimal(plan.after.indexDisplay)}), ${plan.after.predicate}.`,
      en: `Minimum-cost raises (cost ${f.decimal(plan.cost)}, one step = 1): the index becomes ${f.decimal(plan.after.indexExact)} (${f.decimal(plan.after.indexDisplay)}), ${plan.after.predicate}.`,
    }),
  )}</p>
<table><thead><tr><th class="num">No</th><th>${f.t({ id: 'Indikator', en: 'Indicator' })}</th><th class="num">${f.t({ id: 'Dari', en: 'From' })}</th><th class="num">${f.t({ id: 'Ke', en: 'To' })}</th><th class="num">${f.t({ id: 'Biaya', en: 'Cost' })}</th><th class="num">${f.t({ id: 'Tambahan', en: 'Gain' })}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function roadmapSection(roadmap: Roadmap, assessment: ReportAssessment, f: ReportFormat): string {
  const title = `<h3>${escapeHtml(f.t({ id: `Peta jalan ${roadmap.reachable ? roadmap.years.length : ''} tahun menuju ${roadmap.target.predicate}`, en: `${roadmap.reachable ? roadmap.years.length : ''}-year roadmap to ${roadmap.target.predicate}` }))}</h3>`;
  if (!roadmap.reachable) return `${title}<p>${escapeHtml(f.t(roadmap.reason))}</p>`;
  const base = typeof assessment.label.year === 'number' ? assessment.label.year : undefined;
  const rows = roadmap.years
    .map(
      (year) =>
        `<tr><td>${base === undefined ? `+${year.year}` : base + year.year}</td><td>${year.steps.map((step) => `${step.number} (${f.decimal(step.from)}→${f.decimal(step.to)})`).join(', ') || '–'}</td><td class="num">${f.decimal(year.cost)}</td><td class="num">${escapeHtml(f.decimal(year.after.indexDisplay))}</td><td>${predicateBadge(year.after.predicate)}</td></tr>`,
    )
    .join('');
  return `${title}
<p>${escapeHtml(
    f.t({
      id: `Paling banyak ${roadmap.maxRaisePerIndicator} tingkat per indikator per tahun; biaya total ${f.decimal(roadmap.cost)} (minimum).`,
      en: `At most ${roadmap.maxRaisePerIndicator} level(s) per indicator a year; total cost ${f.decimal(roadmap.cost)} (the least possible).`,
    }),
  )}</p>
<table><thead><tr><th>${f.t({ id: 'Tahun', en: 'Year' })}</th><th>${f.t({ id: 'Indikator dinaikkan', en: 'Indicators raised' })}</th><th class="num">${f.t({ id: 'Biaya', en: 'Cost' })}</th><th class="num">${f.t({ id: 'Indeks', en: 'Index' })}</th><th>Predikat</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function comparisonSection(comparison: Comparison, assessment: ReportAssessment, f: ReportFormat): string {
  const years =
    assessment.previousLabel?.year !== undefined && assessment.label.year !== undefined
      ? ` (${assessment.previousLabel.year} → ${assessment.label.year})`
      : '';
  const rows = [
    ...comparison.domains.map((part) => ({ part, word: 'D' })),
    ...comparison.aspects.map((part) => ({ part, word: 'A' })),
  ]
    .map(
      ({ part, word }) =>
        `<tr><td>${word}${part.number} ${escapeHtml(f.t(part.name))}</td><td class="num">${f.fixed(part.previous)}</td><td class="num">${f.fixed(part.current)}</td><td class="num">${signed(part.delta, f)}</td></tr>`,
    )
    .join('');
  const changed = comparison.indicators.filter((indicator) => indicator.delta !== null && indicator.delta !== 0);
  return `<h3>${escapeHtml(f.t({ id: 'Perubahan dari tahun sebelumnya', en: 'Change since the previous year' }) + years)}</h3>
<p>${f.t({ id: 'Indeks', en: 'Index' })} ${escapeHtml(f.decimal(comparison.index.previousDisplay))} → <strong>${escapeHtml(f.decimal(comparison.index.currentDisplay))}</strong> (${signed(comparison.index.delta, f)}); ${predicateBadge(comparison.predicate.previous)} → ${predicateBadge(comparison.predicate.current)}</p>
${rows === '' ? '' : `<table><thead><tr><th>${f.t({ id: 'Bagian', en: 'Part' })}</th><th class="num">${f.t({ id: 'Sebelumnya', en: 'Previous' })}</th><th class="num">${f.t({ id: 'Sekarang', en: 'Current' })}</th><th class="num">Δ</th></tr></thead><tbody>${rows}</tbody></table>`}
${comparison.indicators.length === 0 ? '' : `<p class="note">${escapeHtml(f.t({ id: 'Indikator berubah', en: 'Indicators changed' }))}: ${changed.length === 0 ? '–' : changed.map((indicator) => `${indicator.number} (${signed(indicator.delta, f)})`).join(', ')}</p>`}`;
}

function sideNote(side: ReportAssessment['label']['side'], f: ReportFormat): string {
  if (side === undefined) return '';
  return ` · ${escapeHtml(side === 'self' ? f.t({ id: 'penilaian mandiri', en: 'self-assessment' }) : f.t({ id: 'nilai penilai', en: "assessor's values" }))}`;
}

function assessmentSection(assessment: ReportAssessment, position: number, f: ReportFormat): string {
  const { result } = assessment;
  const title = assessmentHeading(assessment, position, f);
  const headline = result.complete
    ? `<span class="index">${escapeHtml(f.decimal(result.indexDisplay))}</span> ${predicateWithLevelBadge(result.predicate, result.methodology, f)}`
    : `<span class="index">${f.fixed(result.range.min)}–${f.fixed(result.range.max)}</span> <span class="muted">${escapeHtml(f.t({ id: 'belum lengkap', en: 'incomplete' }))}</span>`;
  const { axes, word } = radarAxes(result, assessment.previousResult, f.t);
  const chartTitle = f.t({ id: `Indeks per ${word.id}, skala 1–5`, en: `Index per ${word.en}, scale 1–5` });
  const chart =
    axes.length >= 3
      ? `<figure>${radarChart(axes, { title: `${title}: ${chartTitle}` })}<figcaption>${escapeHtml(chartTitle)}${assessment.previousResult ? escapeHtml(f.t({ id: '; garis putus-putus: tahun sebelumnya', en: '; dashed: previous year' })) : ''}</figcaption></figure>`
      : '';
  return `<section class="assessment" id="assessment-${position + 1}">
<h2>${escapeHtml(title)}</h2>
<div class="headline">${headline}<span class="muted">${escapeHtml(result.methodology)}${sideNote(assessment.label.side, f)}${result.complete ? ` · ${f.t({ id: 'nilai pasti', en: 'exact value' })} ${escapeHtml(f.decimal(result.indexExact))}` : ''}</span></div>
<div class="grid">${chart}<div>${partsTable(result, f)}</div></div>
${assessment.explanation ? holdingBackSection(assessment.explanation, f) : ''}
${assessment.plan ? planSection(assessment.plan, f) : ''}
${assessment.roadmap ? roadmapSection(assessment.roadmap, assessment, f) : ''}
${assessment.comparison ? comparisonSection(assessment.comparison, assessment, f) : ''}
${assessment.history ? blocksHtml(historyBlocks(assessment.history, f), (value) => f.fixed(value)) : ''}
${blocksHtml(indicatorBlocks(result, assessment.evidence, f))}
</section>`;
}

function summarySection(summary: Summary, data: ReportData, f: ReportFormat): string {
  const name = (position: number) => escapeHtml(data.assessments[position]?.label.agency ?? `#${position + 1}`);
  const counts = summary.predicates
    .map((band) => `<tr><td>${predicateBadge(band.predicate)}</td><td class="num">${band.count}</td></tr>`)
    .join('');
  const stats = summary.index
    ? `<table><tbody>
<tr><td>${f.t({ id: 'Rata-rata', en: 'Mean' })}</td><td class="num">${f.decimal(summary.index.mean.display)}</td></tr>
<tr><td>Median</td><td class="num">${f.decimal(summary.index.median.display)}</td></tr>
<tr><td>Q1 / Q3</td><td class="num">${f.decimal(summary.index.q1.display)} / ${f.decimal(summary.index.q3.display)}</td></tr>
<tr><td>Min</td><td class="num">${f.decimal(summary.index.min.display)} (${summary.index.minPositions.map(name).join(', ')})</td></tr>
<tr><td>Max</td><td class="num">${f.decimal(summary.index.max.display)} (${summary.index.maxPositions.map(name).join(', ')})</td></tr>
</tbody></table>`
    : '';
  const ranking = summary.ranking
    .map(
      (entry) =>
        `<tr><td class="num">${entry.rank}</td><td><a href="#assessment-${entry.position + 1}">${name(entry.position)}</a></td><td class="num">${f.decimal(entry.indexDisplay)}</td><td>${predicateBadge(entry.predicate)}</td></tr>`,
    )
    .join('');
  return `<section class="summary">
<h2>${f.t({ id: 'Ringkasan', en: 'Summary' })} (${summary.count} ${f.t({ id: 'penilaian', en: 'assessments' })}, ${escapeHtml(summary.methodology)})</h2>
<div class="grid"><table><thead><tr><th>Predikat</th><th class="num">${f.t({ id: 'Jumlah', en: 'Count' })}</th></tr></thead><tbody>${counts}</tbody></table>${stats}</div>
<h3>${f.t({ id: 'Peringkat', en: 'Ranking' })}</h3>
<table><thead><tr><th class="num">#</th><th>${f.t({ id: 'Instansi', en: 'Agency' })}</th><th class="num">${f.t({ id: 'Indeks', en: 'Index' })}</th><th>Predikat</th></tr></thead><tbody>${ranking}</tbody></table>
</section>`;
}

/**
 * Renders the self-contained HTML report: no script, no stylesheet, font or image from elsewhere —
 * the radar charts are inline SVG — so the file opens offline and prints well (one assessment per page).
 */
export function renderReport(data: ReportData): string {
  const f = formatOf(data);
  const sections = data.assessments.map((assessment, position) => assessmentSection(assessment, position, f));
  return `<!doctype html>
<html lang="${data.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(data.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(data.title)}</h1>
<p class="muted">${escapeHtml(f.t({ id: 'Dibuat dengan spbe-kit', en: 'Made with spbe-kit' }))}${data.date ? ` · ${escapeHtml(data.date)}` : ''}</p>
</header>
${data.summary ? summarySection(data.summary, data, f) : ''}
${sections.join('\n')}
<footer class="note"><p>${escapeHtml(footerText(f))}</p></footer>
</body>
</html>
`;
}
