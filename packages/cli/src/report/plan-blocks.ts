import type { Comparison, Explanation, ImprovementPlan, Roadmap } from '@spbe-kit/indicators';
import type { ReportAssessment } from '../html/report-data.js';
import { column, type ReportBlock } from './report-blocks.js';
import type { ReportFormat } from './report-format.js';

/** "What holds the score back most": the distance to the next predikat and the parts that hold it back. */
export function holdingBackBlocks(explanation: Explanation, f: ReportFormat): ReportBlock[] {
  const next = explanation.next
    ? f.t({
        id: `Kurang ${f.decimal(explanation.next.distanceExact)} poin menuju ${explanation.next.predicate} (batas ${f.fixed(explanation.next.threshold)}).`,
        en: `${f.decimal(explanation.next.distanceExact)} points short of ${explanation.next.predicate} (threshold ${f.fixed(explanation.next.threshold)}).`,
      })
    : f.t({ id: 'Sudah di predikat tertinggi.', en: 'Already at the top predikat.' });
  return [
    { kind: 'heading', level: 3, text: f.t({ id: 'Yang paling menahan nilai', en: 'What holds the score back most' }) },
    { kind: 'paragraph', text: next },
    {
      kind: 'table',
      columns: [
        column('No', 1, 'right'),
        column(f.t({ id: 'Nama', en: 'Name' }), 8),
        column(f.t({ id: 'Bobot', en: 'Weight' }), 1.5, 'right'),
        column(f.t({ id: 'Nilai', en: 'Value' }), 1.5, 'right'),
        column(f.t({ id: 'Tertahan', en: 'Held back' }), 2, 'right'),
        column(f.t({ id: '+1 langkah', en: '+1 step' }), 2, 'right'),
      ],
      rows: explanation.holdingBack.map((part) => [
        String(part.number),
        f.t(part.name),
        f.decimal(part.weight),
        f.decimal(part.value),
        f.decimal(part.heldBackExact),
        f.decimal(part.gainPerStepExact),
      ]),
    },
    {
      kind: 'paragraph',
      style: 'note',
      text: f.t({
        id: '“Tertahan”: poin indeks yang ditambahkan bila bagian ini mencapai 5; “+1 langkah”: tambahan indeks bila dinaikkan satu tingkat.',
        en: '“Held back”: index points added if this part reached 5; “+1 step”: index gain of raising it one level.',
      }),
    },
  ];
}

/** The minimum-cost plan to the next predikat. */
export function planBlocks(plan: ImprovementPlan, f: ReportFormat): ReportBlock[] {
  const title: ReportBlock = {
    kind: 'heading',
    level: 3,
    text: f.t({ id: `Rencana menuju ${plan.target.predicate}`, en: `Plan to ${plan.target.predicate}` }),
  };
  if (!plan.reachable) {
    return [
      title,
      { kind: 'paragraph', text: f.t(plan.reason) },
      {
        kind: 'paragraph',
        text: f.t({
          id: `Paling tinggi ${f.decimal(plan.best.indexDisplay)} (${plan.best.predicate}).`,
          en: `At best ${f.decimal(plan.best.indexDisplay)} (${plan.best.predicate}).`,
        }),
      },
    ];
  }
  return [
    title,
    {
      kind: 'paragraph',
      text: f.t({
        id: `Kenaikan berbiaya minimum (biaya ${f.decimal(plan.cost)}, satu langkah = 1): indeks menjadi ${f.decimal(plan.after.indexExact)} (${f.decimal(plan.after.indexDisplay)}), ${plan.after.predicate}.`,
        en: `Minimum-cost raises (cost ${f.decimal(plan.cost)}, one step = 1): the index becomes ${f.decimal(plan.after.indexExact)} (${f.decimal(plan.after.indexDisplay)}), ${plan.after.predicate}.`,
      }),
    },
    {
      kind: 'table',
      columns: [
        column('No', 1, 'right'),
        column(f.t({ id: 'Indikator', en: 'Indicator' }), 9),
        column(f.t({ id: 'Dari', en: 'From' }), 1.2, 'right'),
        column(f.t({ id: 'Ke', en: 'To' }), 1.2, 'right'),
        column(f.t({ id: 'Biaya', en: 'Cost' }), 1.2, 'right'),
        column(f.t({ id: 'Tambahan', en: 'Gain' }), 2, 'right'),
      ],
      rows: plan.steps.map((step) => [
        String(step.number),
        f.t(step.name),
        f.decimal(step.from),
        f.decimal(step.to),
        f.decimal(step.cost),
        f.decimal(step.gainExact),
      ]),
    },
  ];
}

/** The multi-year roadmap. */
export function roadmapBlocks(roadmap: Roadmap, assessment: ReportAssessment, f: ReportFormat): ReportBlock[] {
  const count = roadmap.reachable ? roadmap.years.length : '';
  const title: ReportBlock = {
    kind: 'heading',
    level: 3,
    text: f.t({
      id: `Peta jalan ${count} tahun menuju ${roadmap.target.predicate}`,
      en: `${count}-year roadmap to ${roadmap.target.predicate}`,
    }),
  };
  if (!roadmap.reachable) return [title, { kind: 'paragraph', text: f.t(roadmap.reason) }];
  const base = typeof assessment.label.year === 'number' ? assessment.label.year : undefined;
  return [
    title,
    {
      kind: 'paragraph',
      text: f.t({
        id: `Paling banyak ${roadmap.maxRaisePerIndicator} tingkat per indikator per tahun; biaya total ${f.decimal(roadmap.cost)} (minimum).`,
        en: `At most ${roadmap.maxRaisePerIndicator} level(s) per indicator a year; total cost ${f.decimal(roadmap.cost)} (the least possible).`,
      }),
    },
    {
      kind: 'table',
      columns: [
        column(f.t({ id: 'Tahun', en: 'Year' }), 1.5),
        column(f.t({ id: 'Indikator dinaikkan', en: 'Indicators raised' }), 8),
        column(f.t({ id: 'Biaya', en: 'Cost' }), 1.2, 'right'),
        column(f.t({ id: 'Indeks', en: 'Index' }), 1.5, 'right'),
        column('Predikat', 2.5),
      ],
      rows: roadmap.years.map((year) => [
        base === undefined ? `+${year.year}` : String(base + year.year),
        year.steps.map((step) => `${step.number} (${f.decimal(step.from)}→${f.decimal(step.to)})`).join(', ') || '–',
        f.decimal(year.cost),
        f.decimal(year.after.indexDisplay),
        year.after.predicate,
      ]),
    },
  ];
}

/** The change since the previous year (`--previous`). */
export function comparisonBlocks(comparison: Comparison, assessment: ReportAssessment, f: ReportFormat): ReportBlock[] {
  const years =
    assessment.previousLabel?.year !== undefined && assessment.label.year !== undefined
      ? ` (${assessment.previousLabel.year} → ${assessment.label.year})`
      : '';
  const parts = [
    ...comparison.domains.map((part) => ({ part, word: 'D' })),
    ...comparison.aspects.map((part) => ({ part, word: 'A' })),
  ];
  const changed = comparison.indicators.filter((indicator) => indicator.delta !== null && indicator.delta !== 0);
  const blocks: ReportBlock[] = [
    {
      kind: 'heading',
      level: 3,
      text: f.t({ id: 'Perubahan dari tahun sebelumnya', en: 'Change since the previous year' }) + years,
    },
    {
      kind: 'paragraph',
      text: `${f.t({ id: 'Indeks', en: 'Index' })} ${f.decimal(comparison.index.previousDisplay)} → ${f.decimal(comparison.index.currentDisplay)} (${f.signed(comparison.index.delta)}); ${comparison.predicate.previous} → ${comparison.predicate.current}`,
    },
  ];
  if (parts.length > 0)
    blocks.push({
      kind: 'table',
      columns: [
        column(f.t({ id: 'Bagian', en: 'Part' }), 9),
        column(f.t({ id: 'Sebelumnya', en: 'Previous' }), 2, 'right'),
        column(f.t({ id: 'Sekarang', en: 'Current' }), 2, 'right'),
        column('Δ', 2, 'right'),
      ],
      rows: parts.map(({ part, word }) => [
        `${word}${part.number} ${f.t(part.name)}`,
        f.fixed(part.previous),
        f.fixed(part.current),
        f.signed(part.delta),
      ]),
    });
  if (comparison.indicators.length > 0)
    blocks.push({
      kind: 'paragraph',
      style: 'note',
      text: `${f.t({ id: 'Indikator berubah', en: 'Indicators changed' })}: ${changed.length === 0 ? '–' : changed.map((indicator) => `${indicator.number} (${f.signed(indicator.delta)})`).join(', ')}`,
    });
  return blocks;
}
