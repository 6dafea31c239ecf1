import type { Comparison, PartDelta } from '@spbe-kit/indicators';
import type { AssessmentLabel } from '../commands/assessment-input.js';
import type { CommandContext } from '../context.js';
import { colouredPredicate } from './predicate-style.js';
import { sideText } from './index-presenter.js';
import { exactCell } from './csv-text.js';
import type { Presenter } from './result-writer.js';
import { textTable, truncate } from './text-table.js';

/** A comparison with the labels of both records. */
export interface LabelledComparison {
  readonly previous: AssessmentLabel;
  readonly current: AssessmentLabel;
  readonly where: string;
  readonly comparison: Comparison;
}

/** A signed delta for display: `+0.30`, `−0.05`, `0.00`, or `–` when unknown. */
function signedDelta(delta: number | null, context: CommandContext): string {
  if (delta === null) return '–';
  const text = `${delta > 0 ? '+' : delta < 0 ? '−' : ''}${Math.abs(delta).toFixed(2)}`;
  return delta > 0 ? context.colors.green(text) : delta < 0 ? context.colors.red(text) : text;
}

function partRows(parts: readonly PartDelta[], word: string, context: CommandContext): string[][] {
  const width = Math.max(24, Math.min(56, context.columns - 36));
  return parts.map((part) => [
    `${word} ${part.number} ${truncate(context.text(part.name), width)}`,
    part.previous === null ? '–' : part.previous.toFixed(2),
    part.current === null ? '–' : part.current.toFixed(2),
    signedDelta(part.delta, context),
  ]);
}

/** The year-over-year comparison as text. */
function comparisonText(comparison: Comparison, context: CommandContext): string {
  const { index, predicate } = comparison;
  const bands = Math.abs(predicate.bands);
  const change =
    predicate.change === 'same'
      ? context.text({ id: 'predikat tetap', en: 'predikat unchanged' })
      : predicate.change === 'up'
        ? context.text({ id: `naik ${bands} tingkat`, en: `up ${bands} band${bands === 1 ? '' : 's'}` })
        : context.text({ id: `turun ${bands} tingkat`, en: `down ${bands} band${bands === 1 ? '' : 's'}` });
  const lines = [
    `${context.text({ id: 'Indeks', en: 'Index' })} ${index.previousDisplay} → ${context.colors.bold(index.currentDisplay)} (${signedDelta(index.delta, context)})  ${colouredPredicate(predicate.previous, context)} → ${colouredPredicate(predicate.current, context)} (${change})`,
  ];
  const rows = [
    ...partRows(comparison.domains, 'Domain', context),
    ...partRows(comparison.aspects, context.text({ id: 'Aspek', en: 'Aspect' }), context),
  ];
  if (rows.length > 0) lines.push('', textTable(rows, ['left', 'right', 'right', 'right']));
  const changed = comparison.indicators.filter((indicator) => indicator.delta !== null && indicator.delta !== 0);
  if (comparison.indicators.length > 0) {
    lines.push(
      '',
      changed.length === 0
        ? context.text({ id: 'Tidak ada indikator yang berubah.', en: 'No indicator changed.' })
        : `${context.text({ id: 'Indikator berubah', en: 'Indicators changed' })}: ${changed.map((indicator) => `${indicator.number} (${signedDelta(indicator.delta, context)})`).join(', ')}`,
    );
  }
  return lines.join('\n');
}

function labelOf(label: AssessmentLabel): string | undefined {
  return label.agency;
}

/** How `spbe compare` shows results. */
export const comparePresenter: Presenter<LabelledComparison> = {
  table(item, context) {
    const years =
      item.previous.year !== undefined && item.current.year !== undefined
        ? ` ${item.previous.year} → ${item.current.year}`
        : '';
    const name = labelOf(item.current) ?? item.where;
    const details = [item.comparison.methodology, sideText(item.current.side, context)]
      .filter((part) => part !== undefined)
      .join(', ');
    return [
      `${context.colors.bold(name)}${years} ${context.colors.dim(`(${details})`)}`,
      comparisonText(item.comparison, context),
    ].join('\n');
  },
  csv(item) {
    const { comparison } = item;
    const row: Record<string, unknown> = {
      agency: item.current.agency,
      previousYear: item.previous.year,
      year: item.current.year,
      ...(item.current.side === undefined ? {} : { side: item.current.side }),
      methodology: comparison.methodology,
      previous: comparison.index.previous,
      current: comparison.index.current,
      delta: exactCell(comparison.index.deltaExact),
      previousPredicate: comparison.predicate.previous,
      predicate: comparison.predicate.current,
      change: comparison.predicate.change,
    };
    for (const domain of comparison.domains) row[`domain${domain.number}Delta`] = exactCell(domain.deltaExact);
    for (const aspect of comparison.aspects) row[`aspect${aspect.number}Delta`] = exactCell(aspect.deltaExact);
    return row;
  },
  json(item) {
    return {
      agency: item.current.agency,
      previousYear: item.previous.year,
      year: item.current.year,
      ...(item.current.side === undefined ? {} : { side: item.current.side }),
      ...item.comparison,
    };
  },
};
