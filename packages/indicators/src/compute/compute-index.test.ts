import { describe, expect, it } from 'vitest';
import { SpbeError } from '@spbe-kit/models';
import { computeIndex } from './compute-index.js';
import { IndexInputError } from '../errors/index-input-error.js';
import { UnknownMethodologyError } from '../errors/unknown-methodology-error.js';
import { levelsFor34985, levelsForAspect2Example, uniformLevels } from '../__fixtures__/levels.js';

describe('computeIndex — worked examples of PermenPANRB 59/2020', () => {
  it('Indeks Aspek 2: levels 3, 4, 3, 2 with weight 2.50 each give 30.00 / 10 = 3.00', () => {
    const result = computeIndex({ methodology: 'spbe-2020', levels: levelsForAspect2Example() });
    const aspect2 = result.aspects.find((aspect) => aspect.id === 2);
    expect(aspect2?.index).toBe(3);
    expect(aspect2?.exact).toBe('3');
    expect(aspect2?.weight).toBe(10);
  });

  it('Indeks Domain 2: aspects 3.00, 4.00, 3.00 (weights 10, 10, 5) give 85.00 / 25 = 3.40', () => {
    const result = computeIndex({
      methodology: 'spbe-2020',
      aspectScores: { 1: 3, 2: 3, 3: 4, 4: 3, 5: 3, 6: 3, 7: 3, 8: 3 },
    });
    const domain2 = result.domains.find((domain) => domain.id === 2);
    expect(domain2?.exact).toBe('3.4');
    expect(domain2?.index).toBe(3.4);
    expect(result.indicators).toEqual([]);
  });

  it('Indeks SPBE: domains 3.70, 3.40, 3.00, 3.20 give 328.20 / 100 = 3.282, shown 3.28', () => {
    const result = computeIndex({ methodology: 'spbe-2020', domainScores: { 1: 3.7, 2: 3.4, 3: 3.0, 4: 3.2 } });
    expect(result.indexExact).toBe('3.282');
    expect(result.index).toBe(3.282);
    expect(result.indexDisplay).toBe('3.28');
    expect(result.predicate).toBe('Baik');
    expect(result.aspects).toEqual([]);
    expect(result.indicators).toEqual([]);
    expect(result.domains.map((domain) => domain.exact)).toEqual(['3.7', '3.4', '3', '3.2']);
  });

  it('an exact index of 3.4985 is shown "3.50" and rated Baik (from levels)', () => {
    const result = computeIndex({ methodology: 'spbe-2020', levels: levelsFor34985() });
    expect(result.indexExact).toBe('3.4985');
    expect(result.indexDisplay).toBe('3.50');
    expect(result.predicate).toBe('Baik');
  });

  it('an exact index of 3.4985 is shown "3.50" and rated Baik (from domain scores)', () => {
    const result = computeIndex({
      methodology: 'spbe-2020',
      domainScores: { 1: '3.4985', 2: '3.4985', 3: '3.4985', 4: '3.4985' },
    });
    expect(result.indexDisplay).toBe('3.50');
    expect(result.predicate).toBe('Baik');
  });
});

describe('computeIndex — results', () => {
  it('returns every level of the result from levels', () => {
    const result = computeIndex({ methodology: 'spbe-2020', levels: uniformLevels(47, 4) });
    expect(result).toMatchObject({
      methodology: 'spbe-2020',
      source: 'levels',
      complete: true,
      index: 4,
      indexDisplay: '4.00',
      predicate: 'Sangat Baik',
    });
    expect(result.domains).toHaveLength(4);
    expect(result.aspects).toHaveLength(8);
    expect(result.indicators).toHaveLength(47);
    expect(result.indicators[0]).toEqual({
      number: 1,
      name: {
        id: 'Tingkat Kematangan Kebijakan Internal Arsitektur SPBE Instansi Pusat/Pemerintah Daerah',
        en: expect.any(String) as string,
      },
      weight: 1.3,
      value: 4,
      contribution: 0.052,
      aspect: 1,
    });
    expect(result.domains[3]).toMatchObject({
      id: 4,
      weight: 45.5,
      index: 4,
      exact: '4',
      name: { id: 'Layanan SPBE', en: 'SPBE services' },
    });
  });

  it('gives non-terminating aspect indices as exact fractions', () => {
    const result = computeIndex({ methodology: 'spbe-2020', levels: { ...uniformLevels(47, 3), 29: 1, 30: 2, 31: 4 } });
    const aspect6 = result.aspects.find((aspect) => aspect.id === 6);
    expect(aspect6?.exact).toBe('7/3');
    expect(aspect6?.index).toBe(7 / 3);
  });

  it('computes pemdi-2026 with decimal values exactly', () => {
    const levels: Record<number, number> = {};
    for (let number = 1; number <= 20; number++) levels[number] = 1;
    levels[19] = 1.26;
    levels[20] = 1.17;
    levels[5] = 2.5;
    const result = computeIndex({ methodology: 'pemdi-2026', levels });
    // 100 − 25 + 10 × 1.26 + 15 × 1.17 + 5 × 2.5 − 5 = 100 + 2.6 + 2.55 + 7.5 = 112.65 → 1.1265
    expect(result.indexExact).toBe('1.1265');
    expect(result.indexDisplay).toBe('1.13');
    expect(result.predicate).toBe('Kurang');
    expect(result.domains).toEqual([]);
    expect(result.aspects.find((aspect) => aspect.id === 7)?.exact).toBe('1.206');
  });

  it('accepts keys as numeric strings, Maps and decimal text', () => {
    const levels = new Map<number | string, number | string>();
    for (let number = 1; number <= 20; number++)
      levels.set(number % 2 === 0 ? String(number) : number, number === 3 ? '2,5' : 2);
    const result = computeIndex({ methodology: 'pemdi-2026', levels });
    expect(result.indexExact).toBe('2.025');
  });

  it('allows partial input when asked and reports what is incomplete', () => {
    const levels = uniformLevels(47, 3);
    delete levels[12];
    delete levels[40];
    const result = computeIndex({ methodology: 'spbe-2020', levels, partial: true });
    expect(result.complete).toBe(false);
    if (result.complete) return;
    expect(result.index).toBeNull();
    expect(result.missing).toEqual({ indicators: [12, 40], aspects: [2, 7], domains: [2, 4] });
    expect(result.range.minExact).toBe('2.895');
    expect(result.range.maxExact).toBe('3.105');
    expect(result.aspects.find((aspect) => aspect.id === 1)?.exact).toBe('3');
    expect(result.aspects.find((aspect) => aspect.id === 2)?.index).toBeNull();
    expect(result.indicators).toHaveLength(45);
  });
});

describe('computeIndex — input validation', () => {
  it('lists every problem with indicator number, value and reason', () => {
    const levels: Record<string, unknown> = { ...uniformLevels(47, 3), 1: 7, 2: 2.5, 3: 'tiga', 48: 3, abc: 1 };
    delete levels[4];
    let caught: unknown;
    try {
      computeIndex({ methodology: 'spbe-2020', levels: levels as Record<string, number> });
    } catch (error) {
      caught = error;
    }
    expect(caught).toSatisfy(IndexInputError.isInstance);
    const error = caught as IndexInputError;
    expect(error.code).toBe('indicators.input_invalid');
    expect(error.issues.map((issue) => [issue.code, issue.number, issue.received])).toEqual([
      ['indicators.out_of_range', 1, '7'],
      ['indicators.not_integer', 2, '2.5'],
      ['indicators.not_a_number', 3, '"tiga"'],
      ['indicators.missing', 4, undefined],
      ['indicators.unknown_number', 48, '"48"'],
      ['indicators.invalid_key', undefined, '"abc"'],
    ]);
    expect(error.issues[0]?.path).toEqual(['levels', 1]);
    expect(error.issues[0]?.message).toEqual({
      id: 'Indikator 1: nilai 7 di luar rentang 1–5',
      en: 'Indicator 1: value 7 is outside 1–5',
    });
    expect(error.format('en')).toContain('levels[2]: Indicator 2: value 2.5 must be a whole level 1–5');
  });

  it('rejects decimal values with more than six decimals', () => {
    const levels: Record<number, number> = {};
    for (let number = 1; number <= 20; number++) levels[number] = 1.1234567;
    expect(() => computeIndex({ methodology: 'pemdi-2026', levels })).toThrow(/more than 6 decimals|lebih dari 6/);
  });

  it('rejects unknown methodologies and missing or double sources', () => {
    expect(() => computeIndex({ methodology: 'spbe-2019' as 'spbe-2020', levels: {} })).toThrow(
      UnknownMethodologyError,
    );
    expect(() => computeIndex({ methodology: 'spbe-2020' })).toThrow(expect.toSatisfy(IndexInputError.isInstance));
    expect(() => computeIndex({ methodology: 'spbe-2020', levels: {}, domainScores: {} })).toThrow(
      expect.toSatisfy(IndexInputError.isInstance),
    );
    expect(() => computeIndex({ methodology: 'pemdi-2026', domainScores: { 1: 3 } })).toThrow(
      /tidak memiliki domain|no domains/,
    );
  });

  it('turns a throwing getter into a typed error', () => {
    const levels = {
      get 1(): number {
        throw new TypeError('boom');
      },
    };
    expect(() => computeIndex({ methodology: 'spbe-2020', levels })).toThrow(expect.toSatisfy(SpbeError.isInstance));
  });
});
