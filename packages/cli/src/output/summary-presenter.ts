import type { Summary } from '@spbe-kit/indicators';
import type { AssessmentLabel } from '../commands/assessment-input.js';
import type { CommandContext } from '../context.js';
import { colouredPredicate } from './predicate-style.js';
import { textTable, truncate } from './text-table.js';

/** A summary with the labels of the assessments it ranks (by position). */
export interface LabelledSummary {
  readonly labels: readonly AssessmentLabel[];
  readonly summary: Summary;
}

function nameAt(labels: readonly AssessmentLabel[], position: number): string {
  const label = labels[position];
  return label?.agency ?? `#${position + 1}`;
}

/** The summary as text: predikat counts, statistics, part means and the ranking. */
export function summaryText(item: LabelledSummary, context: CommandContext, rankingLimit: number): string {
  const { summary, labels } = item;
  const c = context.colors;
  const lines = [
    `${c.bold(context.text({ id: `${summary.count} penilaian`, en: `${summary.count} assessments` }))} ${c.dim(`(${summary.methodology})`)}`,
  ];
  lines.push(
    textTable(
      summary.predicates.map((band) => [colouredPredicate(band.predicate, context), String(band.count)]),
      ['left', 'right'],
    ),
  );
  if (summary.index) {
    const s = summary.index;
    lines.push(
      '',
      textTable(
        [
          [context.text({ id: 'Rata-rata', en: 'Mean' }), s.mean.display],
          ['Median', s.median.display],
          ['Q1 / Q3', `${s.q1.display} / ${s.q3.display}`],
          ['Min', `${s.min.display} (${s.minPositions.map((position) => nameAt(labels, position)).join(', ')})`],
          ['Max', `${s.max.display} (${s.maxPositions.map((position) => nameAt(labels, position)).join(', ')})`],
        ],
        ['left', 'left'],
      ),
    );
  }
  const width = Math.max(24, Math.min(56, context.columns - 20));
  const parts = [
    ...summary.domains.map((part) => [
      `Domain ${part.id} ${truncate(context.text(part.name), width)}`,
      part.mean?.display ?? '–',
    ]),
    ...summary.aspects.map((part) => [
      `${context.text({ id: 'Aspek', en: 'Aspect' })} ${part.id} ${truncate(context.text(part.name), width)}`,
      part.mean?.display ?? '–',
    ]),
  ];
  if (parts.length > 0)
    lines.push(
      '',
      c.dim(context.text({ id: 'Rata-rata per bagian', en: 'Mean per part' })),
      textTable(parts, ['left', 'right']),
    );
  if (summary.ranking.length > 0) {
    const shown = summary.ranking.slice(0, rankingLimit);
    lines.push('', c.dim(context.text({ id: 'Peringkat', en: 'Ranking' })));
    lines.push(
      textTable(
        shown.map((entry) => [
          `${entry.rank}.`,
          nameAt(labels, entry.position),
          entry.indexDisplay,
          colouredPredicate(entry.predicate, context),
        ]),
        ['right', 'left', 'right', 'left'],
      ),
    );
    if (summary.ranking.length > shown.length)
      lines.push(
        c.dim(
          context.text({
            id: `… ${summary.ranking.length - shown.length} lagi (--format json untuk semua)`,
            en: `… ${summary.ranking.length - shown.length} more (--format json for all)`,
          }),
        ),
      );
  }
  if (summary.incompletePositions.length > 0) {
    lines.push(
      '',
      context.text({
        id: `Belum lengkap (tidak diperingkat): ${summary.incompletePositions.map((position) => nameAt(labels, position)).join(', ')}`,
        en: `Incomplete (not ranked): ${summary.incompletePositions.map((position) => nameAt(labels, position)).join(', ')}`,
      }),
    );
  }
  return lines.join('\n');
}
