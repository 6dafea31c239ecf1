import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { radarChart } from './radar-chart.js';

function points(svg: string, className: string): [number, number][] {
  const match = new RegExp(`<polygon class="${className}" points="([^"]*)"`).exec(svg);
  if (!match) return [];
  return match[1]!.split(' ').map((pair) => pair.split(',').map(Number) as [number, number]);
}

describe('radarChart', () => {
  it('puts a value of 5 on the outer ring and 1 at the centre', () => {
    const svg = radarChart(
      [
        { label: 'A1', value: 5 },
        { label: 'A2', value: 1 },
        { label: 'A3', value: 5 },
        { label: 'A4', value: null },
      ],
      { title: 't', size: 200 },
    );
    expect(points(svg, 'current')).toEqual([
      [100, 48],
      [100, 100],
      [100, 152],
      [100, 100],
    ]);
  });

  it('escapes labels and titles', () => {
    const svg = radarChart(
      [
        { label: '<b>', title: 'a & "b"', value: 3 },
        { label: 'x', value: 3 },
        { label: 'y', value: 3 },
      ],
      { title: '<t>' },
    );
    expect(svg).toContain('&lt;b&gt;');
    expect(svg).toContain('a &amp; &quot;b&quot;');
    expect(svg).not.toContain('<b>');
  });

  it('keeps every point inside the chart and is deterministic', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: -10, max: 10, noNaN: true }), { nil: null }), {
          minLength: 3,
          maxLength: 12,
        }),
        (values) => {
          const axes = values.map((value, i) => ({
            label: `A${i + 1}`,
            value,
            previous: value === null ? null : value - 1,
          }));
          const svg = radarChart(axes, { title: 'chart', size: 300 });
          expect(radarChart(axes, { title: 'chart', size: 300 })).toBe(svg);
          for (const [x, y] of [...points(svg, 'current'), ...points(svg, 'previous')]) {
            expect(Math.hypot(x - 150, y - 150)).toBeLessThanOrEqual(150 - 48 + 0.01);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
