import type { RadarAxis } from '../html/radar-chart.js';

/** A table cell: text, optionally bold or indented one step (an aspect under its domain). */
export type ReportCell = string | { readonly text: string; readonly bold?: boolean; readonly indent?: boolean };

/** A table column: its header, alignment and relative width. */
export interface ReportColumn {
  readonly header: string;
  readonly align: 'left' | 'right';
  /** Relative width (the PDF shares the page width by these). */
  readonly width: number;
}

/** One year of a trend line (`null` while that year's result is incomplete). */
export interface TrendPoint {
  readonly year: number;
  readonly value: number | null;
}

/**
 * The content of a report as a list of blocks, in reading order: what the PDF draws, and what the HTML
 * report shows (the HTML adds only styling). Text is already in the report's language and numbers in
 * its number style.
 */
export type ReportBlock =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly style?: 'muted' | 'note' | 'headline' }
  | { readonly kind: 'table'; readonly columns: readonly ReportColumn[]; readonly rows: readonly ReportCell[][] }
  | { readonly kind: 'radar'; readonly axes: readonly RadarAxis[]; readonly caption: string }
  | { readonly kind: 'trend'; readonly points: readonly TrendPoint[]; readonly caption: string }
  | { readonly kind: 'pageBreak' };

/** The text of a cell. */
export function cellText(cell: ReportCell): string {
  return typeof cell === 'string' ? cell : cell.text;
}

/** A column: left-aligned unless `right`. */
export function column(header: string, width: number, align: 'left' | 'right' = 'left'): ReportColumn {
  return { header, width, align };
}
