import type { RadarAxis } from '../html/radar-chart.js';
import type { TrendPoint } from './report-blocks.js';

/** The part of a PDFKit document the charts draw with. */
type Canvas = PDFKit.PDFDocument;

const MIN = 1;
const MAX = 5;
const INK = '#1d2733';
const MUTED = '#5b6776';
const LINE = '#d5dbe3';
const ACCENT = '#1f5fa8';

function share(value: number | null | undefined): number {
  return value === null || value === undefined ? 0 : (Math.min(MAX, Math.max(MIN, value)) - MIN) / (MAX - MIN);
}

/**
 * The radar chart of the HTML report drawn with PDF vector operators: rings at every level, one axis
 * per domain or aspect, the current values filled, the previous year dashed. Returns its height.
 */
export function drawRadar(doc: Canvas, axes: readonly RadarAxis[], x: number, y: number, size: number): number {
  const centre = { x: x + size / 2, y: y + size / 2 };
  const radius = size / 2 - 26;
  const count = Math.max(axes.length, 3);
  const point = (index: number, value: number | null | undefined): [number, number] => {
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
    const r = radius * share(value);
    return [centre.x + Math.cos(angle) * r, centre.y + Math.sin(angle) * r];
  };
  const polygon = (values: readonly (number | null | undefined)[]) => {
    const points = values.map((value, index) => point(index, value));
    if (points.length > 0) doc.polygon(...points);
  };
  doc.save().lineWidth(0.5).strokeColor(LINE);
  for (let level = MIN + 1; level <= MAX; level++) {
    polygon(axes.map(() => level));
    doc.stroke();
  }
  axes.forEach((_, index) => {
    const [ex, ey] = point(index, MAX);
    doc.moveTo(centre.x, centre.y).lineTo(ex, ey).stroke();
  });
  doc.fontSize(6).fillColor(MUTED);
  for (let level = MIN; level <= MAX; level++) doc.text(String(level), centre.x + 2, point(0, level)[1] - 7);
  if (axes.some((axis) => axis.previous !== undefined)) {
    polygon(axes.map((axis) => axis.previous));
    doc.lineWidth(1).strokeColor(MUTED).dash(3, { space: 2 }).stroke().undash();
  }
  polygon(axes.map((axis) => axis.value));
  doc.lineWidth(1.2).fillOpacity(0.25).fillAndStroke(ACCENT, ACCENT).fillOpacity(1);
  doc.fontSize(7).fillColor(INK);
  axes.forEach((axis, index) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
    const lx = centre.x + Math.cos(angle) * (radius + 12);
    const ly = centre.y + Math.sin(angle) * (radius + 12);
    doc.text(axis.label, lx - 15, ly - 4, { width: 30, align: 'center', lineBreak: false });
  });
  doc.restore();
  return size;
}

/**
 * One methodology's index over the years as a line on the 1–5 scale (a gap where a year is
 * incomplete), a dot and its value at every year. Returns its height.
 */
export function drawTrend(
  doc: Canvas,
  points: readonly TrendPoint[],
  box: { readonly x: number; readonly y: number; readonly width: number; readonly height: number },
  label: (value: number) => string,
): number {
  const left = box.x + 18;
  const plotWidth = box.width - 30;
  const top = box.y + 10;
  const plotHeight = box.height - 26;
  const yOf = (value: number) => top + plotHeight * (1 - share(value));
  const xOf = (position: number) =>
    points.length === 1 ? left + plotWidth / 2 : left + (plotWidth * position) / (points.length - 1);
  doc.save().lineWidth(0.5).strokeColor(LINE).fontSize(6).fillColor(MUTED);
  for (let level = MIN; level <= MAX; level++) {
    doc
      .moveTo(left, yOf(level))
      .lineTo(left + plotWidth, yOf(level))
      .stroke();
    doc.text(String(level), box.x, yOf(level) - 3, { width: 12, align: 'right', lineBreak: false });
  }
  doc.lineWidth(1.5).strokeColor(ACCENT);
  let drawing = false;
  points.forEach((point, position) => {
    if (point.value === null) return void (drawing = false);
    if (drawing) doc.lineTo(xOf(position), yOf(point.value));
    else doc.moveTo(xOf(position), yOf(point.value));
    drawing = true;
  });
  doc.stroke();
  doc.fontSize(7);
  points.forEach((point, position) => {
    const x = xOf(position);
    doc.fillColor(INK).text(String(point.year), x - 20, top + plotHeight + 4, { width: 40, align: 'center' });
    if (point.value === null) return;
    doc.circle(x, yOf(point.value), 2).fill(ACCENT);
    doc.fillColor(INK).text(label(point.value), x - 20, yOf(point.value) - 11, { width: 40, align: 'center' });
  });
  doc.restore();
  return box.height;
}
