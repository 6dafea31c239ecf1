import type { PartialIndexResult } from '@spbe-kit/indicators';
import type { AssessmentLabel } from '../commands/assessment-input.js';
import type { CommandContext } from '../context.js';
import { colouredPredicate } from './predicate-style.js';
import { displayCell, exactCell } from './csv-text.js';
import { predicateLevel } from './predicate-style.js';
import type { Presenter } from './result-writer.js';
import { shortIndicatorName, textTable, truncate } from './text-table.js';

/** An index result with the agency and year of its record. */
export interface LabelledIndexResult {
  readonly label: AssessmentLabel;
  /** Where the record is (`file:line`), used as a heading when it names no agency. */
  readonly where: string;
  readonly result: PartialIndexResult;
}

/** Two decimals, as results are shown (the exact value is in JSON output). */
function twoDecimals(value: number | null): string {
  return value === null ? '–' : value.toFixed(2);
}

/** Which values of an assessment record a result is computed from, in words. */
export function sideText(side: AssessmentLabel['side'], context: CommandContext): string | undefined {
  if (side === undefined) return undefined;
  return side === 'self'
    ? context.text({ id: 'penilaian mandiri', en: 'self-assessment' })
    : context.text({ id: 'nilai penilai', en: "assessor's values" });
}

/** The heading line of an assessment: agency · year (methodology, side). */
export function headingOf(label: AssessmentLabel, where: string, methodology: string, context: CommandContext): string {
  const name = [label.agency, label.year === undefined ? undefined : String(label.year)]
    .filter((part) => part !== undefined)
    .join(' · ');
  const details = [methodology, sideText(label.side, context)].filter((part) => part !== undefined).join(', ');
  return `${context.colors.bold(name === '' ? where : name)} ${context.colors.dim(`(${details})`)}`;
}

/** Index and predikat line; for an incomplete result, the range the missing entries allow. */
function indexLine(result: PartialIndexResult, context: CommandContext): string {
  const word = context.text({ id: 'Indeks', en: 'Index' });
  if (result.complete)
    return `${word} ${context.colors.bold(result.indexDisplay)}  ${colouredPredicate(result.predicate, context, result.methodology)}`;
  const { range } = result;
  return `${word} ${context.text({ id: 'belum lengkap, antara', en: 'incomplete, between' })} ${twoDecimals(range.min)} (${colouredPredicate(range.minPredicate, context, result.methodology)}) ${context.text({ id: 'dan', en: 'and' })} ${twoDecimals(range.max)} (${colouredPredicate(range.maxPredicate, context, result.methodology)})`;
}

/** The breakdown of a result: domains, aspects under them, and (when known) every indicator. */
function breakdownTable(result: PartialIndexResult, context: CommandContext, showIndicators: boolean): string {
  const c = context.colors;
  const width = Math.max(30, Math.min(70, context.columns - 24));
  const rows: string[][] = [
    [
      c.dim(context.text({ id: 'Bagian', en: 'Part' })),
      c.dim(context.text({ id: 'Bobot', en: 'Weight' })),
      c.dim(context.text({ id: 'Nilai', en: 'Value' })),
    ],
  ];
  const name = (text: { id: string; en: string }) => truncate(context.text(text), width);
  const aspectRows = (domain: number | null, indent: string) => {
    for (const aspect of result.aspects) {
      if (domain !== null && aspect.domain !== domain) continue;
      rows.push([
        `${indent}${context.text({ id: 'Aspek', en: 'Aspect' })} ${aspect.id} ${name(aspect.name)}`,
        String(aspect.weight),
        twoDecimals(aspect.index),
      ]);
      if (!showIndicators) continue;
      for (const indicator of result.indicators) {
        if (indicator.aspect !== aspect.id) continue;
        rows.push([
          c.dim(`${indent}  ${indicator.number}. ${truncate(shortIndicatorName(context.text(indicator.name)), width)}`),
          c.dim(String(indicator.weight)),
          String(indicator.value),
        ]);
      }
    }
  };
  if (result.domains.length > 0) {
    for (const domain of result.domains) {
      rows.push([
        c.bold(`Domain ${domain.id} ${name(domain.name)}`),
        String(domain.weight),
        c.bold(twoDecimals(domain.index)),
      ]);
      aspectRows(domain.id, '  ');
    }
    // Aspects without a domain cannot occur in a methodology with domains.
  } else aspectRows(null, '');
  return textTable(rows, ['left', 'right', 'right']);
}

function indexTable(item: LabelledIndexResult, context: CommandContext, showIndicators: boolean): string {
  const { result } = item;
  const lines = [headingOf(item.label, item.where, result.methodology, context), indexLine(result, context)];
  if (result.domains.length > 0 || result.aspects.length > 0)
    lines.push('', breakdownTable(result, context, showIndicators));
  if (!result.complete) {
    const missing =
      result.missing.indicators.length > 0
        ? result.missing.indicators
        : result.missing.aspects.length > 0
          ? result.missing.aspects
          : result.missing.domains;
    lines.push('', context.text({ id: `Belum diisi: ${missing.join(', ')}`, en: `Not given: ${missing.join(', ')}` }));
  }
  return lines.join('\n');
}

/** How `spbe index` shows results. */
export const indexPresenter: Presenter<LabelledIndexResult> = {
  table(item, context) {
    return indexTable(item, context, false);
  },
  csv: indexCsv,
  json: indexJson,
};

/** Like {@link indexPresenter}, with every indicator in the table (`--indicators`). */
export const indexPresenterWithIndicators: Presenter<LabelledIndexResult> = {
  table(item, context) {
    return indexTable(item, context, true);
  },
  csv: indexCsv,
  json: indexJson,
};

function indexCsv(item: LabelledIndexResult): Record<string, unknown> {
  const { result } = item;
  const row: Record<string, unknown> = {
    agency: item.label.agency,
    year: item.label.year,
    ...(item.label.side === undefined ? {} : { side: item.label.side }),
    methodology: result.methodology,
    index: exactCell(result.indexExact),
    indexDisplay: displayCell(result.indexDisplay),
    predicate: result.predicate,
  };
  // The official level (tingkat) beside the predikat, where the methodology defines one (pemdi-2026).
  const level = result.predicate === null ? undefined : predicateLevel(result.predicate, result.methodology);
  if (level) {
    row.level = level.level;
    row.levelName = level.name.id;
  }
  for (const domain of result.domains) row[`domain${domain.id}`] = exactCell(domain.exact);
  for (const aspect of result.aspects) row[`aspect${aspect.id}`] = exactCell(aspect.exact);
  return row;
}

function indexJson(item: LabelledIndexResult): unknown {
  const { result } = item;
  const level = result.predicate === null ? undefined : predicateLevel(result.predicate, result.methodology);
  return { ...item.label, ...result, ...(level ? { predicateLevel: level } : {}) };
}
