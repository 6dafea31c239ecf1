import { escapeHtml } from './escape-html.js';

/** One axis of a radar chart. */
export interface RadarAxis {
  /** Short label drawn at the end of the axis. */
  readonly label: string;
  /** Longer text shown as a tooltip (SVG `<title>`). */
  readonly title?: string;
  /** The value on the 1–5 scale; `null` when unknown (drawn at the centre). */
  readonly value: number | null;
  /** An earlier value (previous year), drawn as a dashed outline. */
  readonly previous?: number | null;
}

/** Options of {@link radarChart}. */
export interface RadarChartOptions {
  /** Width and height in CSS pixels (default 360). */
  readonly size?: number;
  /** Accessible name of the chart. */
  readonly title: string;
}

const MIN = 1;
const MAX = 5;

function round(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/**
 * A radar (spider) chart as inline SVG, computed without a browser: one axis per domain or aspect on
 * the 1–5 scale, rings at every level, the current values as a filled polygon and previous values as a
 * dashed outline. Output is deterministic (coordinates rounded to 0.01) and references nothing outside.
 */
export function radarChart(axes: readonly RadarAxis[], options: RadarChartOptions): string {
  const size = options.size ?? 360;
  const centre = size / 2;
  const radius = size / 2 - 48;
  const count = Math.max(axes.length, 3);
  const point = (index: number, value: number | null | undefined): [number, number] => {
    const share = value === null || value === undefined ? 0 : (Math.min(MAX, Math.max(MIN, value)) - MIN) / (MAX - MIN);
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
    return [centre + Math.cos(angle) * radius * share, centre + Math.sin(angle) * radius * share];
  };
  const polygon = (values: readonly (number | null | undefined)[]) =>
    values.map((value, index) => point(index, value).map(round).join(',')).join(' ');
  const parts: string[] = [];
  parts.push(
    `<svg class="radar" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}" role="img" aria-label="${escapeHtml(options.title)}">`,
  );
  parts.push(`<title>${escapeHtml(options.title)}</title>`);
  for (let level = MIN + 1; level <= MAX; level++) {
    parts.push(`<polygon class="ring" points="${polygon(axes.map(() => level))}"/>`);
  }
  axes.forEach((axis, index) => {
    const [x, y] = point(index, MAX);
    parts.push(`<line class="axis" x1="${round(centre)}" y1="${round(centre)}" x2="${round(x)}" y2="${round(y)}"/>`);
  });
  for (let level = MIN; level <= MAX; level++) {
    const [, y] = point(0, level);
    parts.push(`<text class="scale" x="${round(centre + 4)}" y="${round(y - 2)}">${level}</text>`);
  }
  if (axes.some((axis) => axis.previous !== undefined)) {
    parts.push(`<polygon class="previous" points="${polygon(axes.map((axis) => axis.previous))}"/>`);
  }
  parts.push(`<polygon class="current" points="${polygon(axes.map((axis) => axis.value))}"/>`);
  axes.forEach((axis, index) => {
    const [x, y] = point(index, axis.value);
    parts.push(
      `<circle class="dot" cx="${round(x)}" cy="${round(y)}" r="3"><title>${escapeHtml(`${axis.title ?? axis.label}: ${axis.value === null ? '–' : axis.value.toFixed(2)}`)}</title></circle>`,
    );
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
    const lx = centre + Math.cos(angle) * (radius + 14);
    const ly = centre + Math.sin(angle) * (radius + 14);
    const anchor = Math.abs(Math.cos(angle)) < 0.2 ? 'middle' : Math.cos(angle) > 0 ? 'start' : 'end';
    const baseline = Math.sin(angle) > 0.5 ? 'hanging' : Math.sin(angle) < -0.5 ? 'auto' : 'middle';
    parts.push(
      `<text class="label" x="${round(lx)}" y="${round(ly)}" text-anchor="${anchor}" dominant-baseline="${baseline}">${escapeHtml(axis.label)}${axis.title ? `<title>${escapeHtml(axis.title)}</title>` : ''}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('\n');
}
