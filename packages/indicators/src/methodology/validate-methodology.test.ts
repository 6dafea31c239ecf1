import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileMethodology, validateMethodology } from './validate-methodology.js';
import { MethodologyError } from '../errors/methodology-error.js';
import { pemdi2026 } from '../methodologies/pemdi-2026.js';
import { spbe2020 } from '../methodologies/spbe-2020.js';
import type { MethodologyTable } from './methodology-table.js';

function issuesOf(table: unknown): { code: string; path: readonly (string | number)[] }[] {
  try {
    validateMethodology(table);
  } catch (error) {
    expect(error).toSatisfy(MethodologyError.isInstance);
    return (error as MethodologyError).issues.map((issue) => ({ code: issue.code, path: issue.path }));
  }
  return [];
}

describe('built-in methodologies', () => {
  it('spbe-2020: 4 domains, 8 aspects, 47 indicators, weights as in the regulation', () => {
    expect(validateMethodology(spbe2020)).toBe(spbe2020);
    const compiled = compileMethodology(spbe2020);
    expect(compiled.domains.map((domain) => domain.definition.weight)).toEqual([13, 25, 16.5, 45.5]);
    expect(compiled.aspects.map((aspect) => aspect.definition.weight)).toEqual([13, 10, 10, 5, 12, 4.5, 27.5, 18]);
    expect(compiled.indicators).toHaveLength(47);
    const weightOf = (number: number): number | undefined =>
      spbe2020.indicators.find((indicator) => indicator.number === number)?.weight;
    expect([weightOf(1), weightOf(11), weightOf(21), weightOf(32), weightOf(42)]).toEqual([1.3, 2.5, 1.5, 2.75, 3]);
    expect(compiled.aspects.map((aspect) => aspect.indicatorPositions.length)).toEqual([10, 4, 4, 2, 8, 3, 10, 6]);
    expect(spbe2020.indicators.filter((indicator) => indicator.scale === 'process-capability')).toHaveLength(31);
    expect(compiled.weightScale).toBe(100);
    expect(compiled.bandPredicates).toEqual(['Memuaskan', 'Sangat Baik', 'Baik', 'Cukup', 'Kurang']);
    expect(compiled.bands.map((band) => band.from.toExactString())).toEqual(['4.2', '3.5', '2.6', '1.8', '1']);
  });

  it('pemdi-2026: 7 aspects, 20 indicators, no domains, transcription caveat in the data', () => {
    expect(validateMethodology(pemdi2026)).toBe(pemdi2026);
    const compiled = compileMethodology(pemdi2026);
    expect(compiled.domains).toEqual([]);
    expect(compiled.aspects.map((aspect) => aspect.definition.weight)).toEqual([10, 10, 15, 15, 10, 15, 25]);
    expect(pemdi2026.indicators.map((indicator) => indicator.weight)).toEqual([
      5, 5, 5, 5, 5, 3, 3, 4, 4, 4, 3, 4, 5, 5, 4, 4, 4, 3, 10, 15,
    ]);
    expect(
      pemdi2026.indicators.filter((indicator) => indicator.externalIndex).map((indicator) => indicator.number),
    ).toEqual([5, 6, 7, 18]);
    expect(pemdi2026.caveats[0]?.en).toMatch(/transcribed/);
    expect(pemdi2026.bands.map((band) => [band.predicate, band.from, band.level?.name.id])).toEqual([
      ['Memuaskan', 4, 'Unggul'],
      ['Sangat Baik', 3.5, 'Melembaga'],
      ['Baik', 2.5, 'Berkembang'],
      ['Cukup', 1.5, 'Membangun'],
      ['Kurang', 1, 'Merintis'],
    ]);
  });
});

describe('validateMethodology', () => {
  const base = (): MethodologyTable => structuredClone(pemdi2026);

  it('reports weights that do not add up to the parent and to 100', () => {
    const table = base();
    (table.indicators[0] as { weight: number }).weight = 6;
    expect(issuesOf(table)).toEqual([
      { code: 'methodology.weight_sum', path: ['aspects', 0, 'weight'] },
      { code: 'methodology.weight_total', path: ['indicators'] },
    ]);
  });

  it('reports domain sums, duplicate numbers, unknown references and bad precision together', () => {
    const table = structuredClone(spbe2020) as unknown as {
      domains: { weight: number }[];
      indicators: { number: number; aspect: number; weight: number; scale: string }[];
    };
    (table.domains[0] as { weight: number }).weight = 14;
    (table.indicators[1] as { number: number }).number = 1;
    (table.indicators[2] as { aspect: number }).aspect = 99;
    (table.indicators[3] as { scale: string }).scale = 'nope';
    const codes = issuesOf(table).map((issue) => issue.code);
    expect(codes).toContain('methodology.weight_sum');
    expect(codes).toContain('methodology.duplicate_number');
    expect(codes).toContain('methodology.unknown_aspect');
    expect(codes).toContain('methodology.unknown_scale');
    expect(codes).toContain('methodology.weight_total');
  });

  it('reports band gaps, overlaps and a range other than [1, 5]', () => {
    const gap = base();
    (gap.bands[1] as { to: number }).to = 3.9;
    expect(issuesOf(gap)).toEqual([{ code: 'methodology.bands_gap', path: ['bands', 0, 'from'] }]);
    const overlap = base();
    (overlap.bands[1] as { to: number }).to = 4.1;
    expect(issuesOf(overlap)).toEqual([{ code: 'methodology.bands_overlap', path: ['bands', 0, 'from'] }]);
    const range = base();
    (range.bands[4] as { from: number }).from = 0;
    (range.bands[0] as { to: number }).to = 6;
    expect(issuesOf(range).map((issue) => issue.code)).toEqual(['methodology.bands_range', 'methodology.bands_range']);
  });

  it('gives messages in Indonesian and English with a path', () => {
    const table = base();
    (table.indicators[0] as { weight: number }).weight = 1.23456;
    try {
      validateMethodology(table);
      expect.unreachable();
    } catch (error) {
      const issue = (error as MethodologyError).issues[0];
      expect(issue?.path).toEqual(['indicators', 0, 'weight']);
      expect(issue?.message.id).toMatch(/desimal/);
      expect(issue?.message.en).toMatch(/decimals/);
    }
  });

  it('reports structural problems through the schema', () => {
    expect(issuesOf({}).length).toBeGreaterThan(3);
    expect(issuesOf(null)).toHaveLength(1);
  });

  it('throws only MethodologyError for any input (hostile input)', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(() => validateMethodology(input)).toThrow(expect.toSatisfy(MethodologyError.isInstance));
      }),
      { numRuns: 200 },
    );
  });

  it('throws only MethodologyError when any number of the table is changed', () => {
    fc.assert(
      fc.property(fc.nat(19), fc.oneof(fc.double(), fc.integer({ min: -3, max: 30 })), (position, weight) => {
        const table = base();
        (table.indicators[position] as { weight: number }).weight = weight;
        try {
          validateMethodology(table);
          expect(weight).toBe(pemdi2026.indicators[position]?.weight);
        } catch (error) {
          expect(error).toSatisfy(MethodologyError.isInstance);
        }
      }),
      { numRuns: 200 },
    );
  });
});
