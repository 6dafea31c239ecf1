import type { Roadmap } from '@spbe-kit/indicators';
import type { AssessmentLabel } from '../commands/assessment-input.js';
import type { CommandContext } from '../context.js';
import { exactCell } from './csv-text.js';
import { headingOf } from './index-presenter.js';
import { colouredPredicate } from './predicate-style.js';
import type { Presenter } from './result-writer.js';
import { shortIndicatorName, textTable, truncate } from './text-table.js';

/** A multi-year roadmap with the agency and year of its record. */
export interface LabelledRoadmap {
  readonly label: AssessmentLabel;
  readonly where: string;
  readonly roadmap: Roadmap;
}

/** The year a roadmap year stands for: the record's year plus the offset, when the record names its year. */
function calendarYear(label: AssessmentLabel, offset: number): string {
  const base = typeof label.year === 'number' ? label.year : Number(label.year);
  return Number.isInteger(base) ? String(base + offset) : `+${offset}`;
}

/** The roadmap as text: per year the raises and where the index ends. */
function roadmapText(item: LabelledRoadmap, context: CommandContext): string {
  const { roadmap } = item;
  const c = context.colors;
  const target = `${roadmap.target.indexExact} ${colouredPredicate(roadmap.target.predicate, context, roadmap.methodology)}`;
  const pace = context.text({
    id: `paling banyak ${roadmap.maxRaisePerIndicator} tingkat per indikator per tahun`,
    en: `at most ${roadmap.maxRaisePerIndicator} level(s) per indicator a year`,
  });
  if (!roadmap.reachable)
    return [
      `→ ${target} (${pace}): ${c.red(context.text({ id: 'tidak tercapai', en: 'not reachable' }))}`,
      context.text(roadmap.reason),
    ].join('\n');
  const lines = [
    `${roadmap.before.indexDisplay} → ${target} (${pace}): ${context.text({ id: `biaya ${roadmap.cost}`, en: `cost ${roadmap.cost}` })}`,
  ];
  const width = Math.max(24, Math.min(60, context.columns - 30));
  for (const year of roadmap.years) {
    lines.push(
      '',
      c.bold(
        `${context.text({ id: 'Tahun', en: 'Year' })} ${calendarYear(item.label, year.year)}: ${year.after.indexDisplay} `,
      ) + colouredPredicate(year.after.predicate, context, roadmap.methodology),
    );
    if (year.steps.length === 0) {
      lines.push(context.text({ id: '  (tidak ada kenaikan)', en: '  (no raises)' }));
      continue;
    }
    lines.push(
      textTable(
        year.steps.map((step) => [
          `  ${step.number}. ${truncate(shortIndicatorName(context.text(step.name)), width)}`,
          `${step.from} → ${step.to}`,
          String(step.cost),
        ]),
        ['left', 'right', 'right'],
      ),
    );
  }
  return lines.join('\n');
}

/** How `spbe plan --years` shows results. */
export const roadmapPresenter: Presenter<LabelledRoadmap> = {
  table(item, context) {
    return [headingOf(item.label, item.where, item.roadmap.methodology, context), roadmapText(item, context)].join(
      '\n',
    );
  },
  csv(item) {
    const { roadmap } = item;
    const row: Record<string, unknown> = {
      agency: item.label.agency,
      year: item.label.year,
      ...(item.label.side === undefined ? {} : { side: item.label.side }),
      methodology: roadmap.methodology,
      target: roadmap.target.predicate,
      reachable: roadmap.reachable,
      cost: roadmap.reachable ? roadmap.cost : undefined,
    };
    if (roadmap.reachable) {
      for (const year of roadmap.years) {
        row[`year${year.year}Index`] = exactCell(year.after.indexExact);
        row[`year${year.year}Raises`] = year.steps.map((step) => `${step.number}:${step.from}>${step.to}`).join(' ');
      }
    }
    return row;
  },
  json(item) {
    return { ...item.label, ...item.roadmap };
  },
};
