import type { ImprovementPlan } from '@spbe-kit/indicators';
import type { AssessmentLabel } from '../commands/assessment-input.js';
import type { CommandContext } from '../context.js';
import { headingOf } from './index-presenter.js';
import { colouredPredicate } from './predicate-style.js';
import { exactCell } from './csv-text.js';
import type { Presenter } from './result-writer.js';
import { shortIndicatorName, textTable, truncate } from './text-table.js';

/** A plan with the agency and year of its record. */
export interface LabelledPlan {
  readonly label: AssessmentLabel;
  readonly where: string;
  readonly plan: ImprovementPlan;
}

/** The plan as text: the raises, their cost, and the index they reach (or why the target is out of reach). */
function planText(plan: ImprovementPlan, context: CommandContext): string {
  const c = context.colors;
  const before = `${plan.before.indexDisplay} ${colouredPredicate(plan.before.predicate, context, plan.methodology)}`;
  const target = `${plan.target.indexExact} ${colouredPredicate(plan.target.predicate, context, plan.methodology)}`;
  if (!plan.reachable) {
    return [
      `${before} → ${target}: ${c.red(context.text({ id: 'tidak tercapai', en: 'not reachable' }))}`,
      context.text(plan.reason),
      context.text({
        id: `Paling tinggi ${plan.best.indexDisplay} (${plan.best.predicate}); kurang ${plan.shortfallExact}.`,
        en: `At best ${plan.best.indexDisplay} (${plan.best.predicate}); ${plan.shortfallExact} short.`,
      }),
    ].join('\n');
  }
  if (plan.alreadyMet)
    return `${before}: ${c.green(context.text({ id: 'target sudah tercapai', en: 'the target is already met' }))} (${target})`;
  const width = Math.max(24, Math.min(60, context.columns - 44));
  const rows = [
    [
      context.text({ id: 'Indikator', en: 'Indicator' }),
      context.text({ id: 'Dari', en: 'From' }),
      context.text({ id: 'Ke', en: 'To' }),
      context.text({ id: 'Biaya', en: 'Cost' }),
      context.text({ id: 'Tambahan', en: 'Gain' }),
    ].map((title) => c.dim(title)),
    ...plan.steps.map((step) => [
      `${step.number}. ${truncate(shortIndicatorName(context.text(step.name)), width)}`,
      String(step.from),
      String(step.to),
      String(step.cost),
      step.gainExact,
    ]),
  ];
  return [
    `${before} → ${target}: ${context.text({ id: `biaya ${plan.cost}, ${plan.steps.length} indikator`, en: `cost ${plan.cost}, ${plan.steps.length} indicators` })}`,
    textTable(rows, ['left', 'right', 'right', 'right', 'right']),
    `${context.text({ id: 'Hasil', en: 'Result' })}: ${c.bold(plan.after.indexExact)} (${plan.after.indexDisplay}) ${colouredPredicate(plan.after.predicate, context, plan.methodology)}`,
  ].join('\n');
}

/** How `spbe plan` shows results. */
export const planPresenter: Presenter<LabelledPlan> = {
  table(item, context) {
    return [headingOf(item.label, item.where, item.plan.methodology, context), planText(item.plan, context)].join('\n');
  },
  csv(item) {
    const { plan } = item;
    return {
      agency: item.label.agency,
      year: item.label.year,
      ...(item.label.side === undefined ? {} : { side: item.label.side }),
      methodology: plan.methodology,
      target: plan.target.predicate,
      reachable: plan.reachable,
      cost: plan.reachable ? plan.cost : undefined,
      before: exactCell(plan.before.indexExact),
      after: exactCell(plan.reachable ? plan.after.indexExact : plan.best.indexExact),
      predicateAfter: plan.reachable ? plan.after.predicate : plan.best.predicate,
      raises: plan.reachable ? plan.steps.map((step) => `${step.number}:${step.from}>${step.to}`).join(' ') : '',
    };
  },
  json(item) {
    return { ...item.label, ...item.plan };
  },
};
