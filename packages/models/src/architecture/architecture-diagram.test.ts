import { readFileSync } from 'node:fs';
import { instance } from '@viz-js/viz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { architectureToDot } from './architecture-diagram.js';
import type { Architecture } from './architecture-graph.js';

const fixtures = JSON.parse(
  readFileSync(new URL('../__fixtures__/schemas/architecture.json', import.meta.url), 'utf8'),
) as { valid: unknown[] };
const example = fixtures.valid[0] as Architecture;
const viz = await instance();

/** Renders with Graphviz and returns the SVG's text labels, or the errors. */
function render(dot: string): { ok: boolean; texts: string[]; errors: string[] } {
  const result = viz.render(dot, { format: 'svg' });
  const texts = [...(result.output ?? '').matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) =>
    (match[1] ?? '')
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  );
  return {
    ok: result.status === 'success',
    texts,
    errors: result.errors.filter((error) => error.level !== 'warning').map((error) => error.message),
  };
}

describe('architectureToDot', () => {
  it('draws every object with its reference code and every link with its relation, in both languages', () => {
    const indonesian = render(architectureToDot(example, { locale: 'id' }));
    expect(indonesian.errors).toEqual([]);
    for (const node of example.nodes) expect(indonesian.texts).toContain(node.referenceCode);
    expect(indonesian.texts).toContain('Proses bisnis menggunakan data');
    expect(indonesian.texts).toContain('RAB · Proses Bisnis');
    const english = render(architectureToDot(example, { locale: 'en' }));
    expect(english.texts).toContain('Business process uses data');
    expect(english.texts).toContain('RAK · SPBE security');
  });

  it('keeps the domain order RAB → RAD → RAL → RAA → RAI → RAK whatever the node order', () => {
    const shuffled = { ...example, nodes: [...example.nodes].reverse() };
    const dot = architectureToDot(shuffled);
    const positions = ['RAB ·', 'RAD ·', 'RAL ·', 'RAA ·', 'RAI ·', 'RAK ·'].map((title) => dot.indexOf(title));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('gives Graphviz valid input for any names, quotes, backslashes and line breaks (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ maxLength: 30 }), (name, agency) => {
        const architecture = structuredClone(example);
        architecture.agency = { ...architecture.agency, name: agency };
        const service = architecture.nodes.find((node) => node.domain === 'service');
        if (service && 'name' in service) Object.assign(service, { name, id: `L-${name.slice(0, 5)}` });
        const rendered = render(architectureToDot(architecture));
        expect(rendered.errors).toEqual([]);
        expect(rendered.ok).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
