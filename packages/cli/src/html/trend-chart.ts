import type { TrendPoint } from '../report/report-blocks.js';
import { escapeHtml } from './escape-html.js';

const MIN = 1;
const MAX = 5;
const WIDTH = 560;
const HEIGHT = 180;

function round(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/**
 * One methodology's index over the years as inline SVG: a line on the 1–5 scale with a gap where a
 * year is incomplete, a dot and its value at every year. Deterministic, references nothing outside.
 */
export function trendChart(points: readonly TrendPoint[], title: string, label: (value: number) => string): string {
  const left = 28;
  const plotWidth = WIDTH - left - 16;
  const top = 16;
  const plotHeight = HEIGHT - top - 26;
  const yOf = (value: number) => top + plotHeight * (1 - (Math.min(MAX, Math.max(MIN, value)) - MIN) / (MAX - MIN));
  const xOf = (position: number) =>
    points.length <= 1 ? left + plotWidth / 2 : left + (plotWidth * position) / (points.length - 1);
  const parts = [
    `<svg class="trend" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${escapeHtml(title)}">`,
    `<title>${escapeHtml(title)}</title>`,
  ];
  for (let level = MIN; level <= MAX; level++) {
    const y = round(yOf(level));
    parts.push(`<line class="grid-line" x1="${left}" y1="${y}" x2="${round(left + plotWidth)}" y2="${y}"/>`);
    parts.push(
      `<text class="scale" x="${left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle">${level}</text>`,
    );
  }
  // A year without a complete result breaks the line: the line never bridges a gap.
  const runs: string[][] = [];
  let run: string[] = [];
  points.forEach((point, position) => {
    if (point.value === null) {
      if (run.length > 0) runs.push(run);
      run = [];
    } else run.push(`${round(xOf(position))},${round(yOf(point.value))}`);
  });
  if (run.length > 0) runs.push(run);
  for (const line of runs) if (line.length > 1) parts.push(`<polyline class="line" points="${line.join(' ')}"/>`);
  points.forEach((point, position) => {
    const x = round(xOf(position));
    parts.push(`<text class="year" x="${x}" y="${HEIGHT - 6}" text-anchor="middle">${point.year}</text>`);
    if (point.value === null) return;
    const y = yOf(point.value);
    parts.push(`<circle class="dot" cx="${x}" cy="${round(y)}" r="3"/>`);
    parts.push(
      `<text class="value" x="${x}" y="${round(y - 7)}" text-anchor="middle">${escapeHtml(label(point.value))}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('\n');
}
