import type { Explanation } from '@spbe-kit/indicators';
import type { AssessmentLabel } from '../commands/assessment-input.js';
import type { CommandContext } from '../context.js';
import { headingOf } from './index-presenter.js';
import { colouredPredicate } from './predicate-style.js';
import { exactCell } from './csv-text.js';
import type { Presenter } from './result-writer.js';
import { shortIndicatorName, textTable, truncate } from './text-table.js';

/** An explanation with the agency and year of its record. */
export interface LabelledExplanation {
  readonly label: AssessmentLabel;
  readonly where: string;
  readonly explanation: Explanation;
}

/** The line saying how far the next predikat is. */
function nextPredicateLine(explanation: Explanation, context: CommandContext): string {
  const { next } = explanation;
  if (!next) return context.text({ id: 'Sudah di predikat tertinggi.', en: 'Already at the top predikat.' });
  const distance = next.distance.toFixed(4).replace(/0+$/, '').replace(/\.$/, '');
  return context.text({
    id: `Kurang ${distance} poin menuju ${next.predicate} (batas ${next.threshold.toFixed(2)}).`,
    en: `${distance} points short of ${next.predicate} (threshold ${next.threshold.toFixed(2)}).`,
  });
}

/** The table of parts holding the score back most. */
function holdingBackTable(explanation: Explanation, context: CommandContext): string {
  const c = context.colors;
  const width = Math.max(24, Math.min(60, context.columns - 40));
  const partWord =
    explanation.parts === 'indicators'
      ? context.text({ id: 'Indikator', en: 'Indicator' })
      : explanation.parts === 'aspects'
        ? context.text({ id: 'Aspek', en: 'Aspect' })
        : 'Domain';
  const rows = [
    [
      partWord,
      context.text({ id: 'Bobot', en: 'Weight' }),
      context.text({ id: 'Nilai', en: 'Value' }),
      context.text({ id: 'Tertahan', en: 'Held back' }),
      context.text({ id: '+1 langkah', en: '+1 step' }),
    ].map((title) => c.dim(title)),
    ...explanation.holdingBack.map((part) => [
      `${part.number}. ${truncate(shortIndicatorName(context.text(part.name)), width)}`,
      String(part.weight),
      String(part.value),
      part.heldBackExact,
      part.gainPerStepExact,
    ]),
  ];
  return textTable(rows, ['left', 'right', 'right', 'right', 'right']);
}

/** How `spbe explain` shows results. */
export const explainPresenter: Presenter<LabelledExplanation> = {
  table(item, context) {
    const { explanation } = item;
    return [
      headingOf(item.label, item.where, explanation.methodology, context),
      `${context.text({ id: 'Indeks', en: 'Index' })} ${context.colors.bold(explanation.indexDisplay)}  ${colouredPredicate(explanation.predicate, context, explanation.methodology)}`,
      nextPredicateLine(explanation, context),
      '',
      context.text({ id: 'Paling menahan nilai:', en: 'Holding the score back most:' }),
      holdingBackTable(explanation, context),
    ].join('\n');
  },
  csv(item) {
    const { explanation } = item;
    return {
      agency: item.label.agency,
      year: item.label.year,
      ...(item.label.side === undefined ? {} : { side: item.label.side }),
      methodology: explanation.methodology,
      index: exactCell(explanation.indexExact),
      predicate: explanation.predicate,
      nextPredicate: explanation.next?.predicate,
      distance: exactCell(explanation.next?.distanceExact),
      holdingBack: explanation.holdingBack.map((part) => part.number).join(' '),
    };
  },
  json(item) {
    return { ...item.label, ...item.explanation };
  },
};
