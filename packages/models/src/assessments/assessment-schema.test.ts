import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpbeError } from '../errors/spbe-error.js';
import { ValidationError } from '../validation/validation-error.js';
import { parseWith } from '../validation/parse.js';
import { assessmentSchema, createAssessmentSchema } from './assessment-schema.js';
import type { MethodologyShape } from './methodology-shape.js';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);
// Shapes as @spbe-kit/indicators derives them from its tables (PermenPANRB 59/2020 and 8/2026).
const spbe2020: MethodologyShape = {
  id: 'spbe-2020',
  valueDomain: 'integer',
  indicatorNumbers: range(1, 47),
  sectorIndicatorNumbers: [45, 46, 47],
};
const pemdi2026: MethodologyShape = {
  id: 'pemdi-2026',
  valueDomain: 'decimal',
  indicatorNumbers: range(1, 20),
  externalIndexIndicatorNumbers: [5, 6, 7, 18],
};

const fixtures = JSON.parse(
  readFileSync(new URL('../__fixtures__/schemas/assessment.json', import.meta.url), 'utf8'),
) as { valid: Record<string, unknown>[] };
const [balikpapan2024, paser2026] = fixtures.valid as [Record<string, unknown>, Record<string, unknown>];
const verification = { uploaded: true, interviewed: true, approved: true };
const indicator = (number: number, extra: Record<string, unknown> = {}) => ({
  number,
  assessorValue: 3,
  evidence: [],
  verification,
  ...extra,
});
const issuesOf = (shape: MethodologyShape, input: unknown, options = {}) => {
  const result = createAssessmentSchema(shape, options).safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => [
        (issue.code === 'custom' ? (issue.params as { code?: string } | undefined)?.code : undefined) ?? issue.code,
        issue.path.join('.'),
      ]);
};

describe('assessmentSchema (value domain per built-in methodology)', () => {
  it('accepts the fixtures', () => {
    expect(assessmentSchema.parse(balikpapan2024).methodology).toBe('spbe-2020');
    expect(assessmentSchema.parse(paser2026).indicators[0]?.assessorValue).toBe(1.26);
  });

  it('takes integers 1–5 for spbe-2020 and decimals in [1, 5] for pemdi-2026', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ min: -1, max: 7, noNaN: true }), fc.integer({ min: -2, max: 8 })), (value) => {
        const inRange = value >= 1 && value <= 5;
        const with_ = (base: Record<string, unknown>) => ({
          ...base,
          indicators: [indicator(1, { assessorValue: value })],
        });
        expect(assessmentSchema.safeParse(with_(balikpapan2024)).success).toBe(inRange && Number.isInteger(value));
        expect(assessmentSchema.safeParse(with_(paser2026)).success).toBe(inRange);
      }),
      { numRuns: 300 },
    );
  });

  it('reports a decimal spbe-2020 value with its path in both languages', () => {
    try {
      parseWith(assessmentSchema, { ...balikpapan2024, indicators: [indicator(12, { selfAssessedValue: 2.5 })] });
      expect.unreachable();
    } catch (error) {
      expect(error).toSatisfy(ValidationError.isInstance);
      const issue = (error as ValidationError).issues[0]!;
      expect(issue.path).toEqual(['indicators', 0, 'selfAssessedValue']);
      expect(issue.message.id.length).toBeGreaterThan(0);
      expect(issue.message.en).toMatch(/int/i);
    }
  });
});

describe('createAssessmentSchema (numbering from the methodology shape)', () => {
  it('accepts a complete spbe-2020 evaluation with sectors on 45–47', () => {
    const complete = {
      ...balikpapan2024,
      indicators: range(1, 47).map((number) =>
        indicator(number, number >= 45 ? { sector: ['Kesehatan', 'Pendidikan', 'Perhubungan'][number - 45] } : {}),
      ),
    };
    expect(issuesOf(spbe2020, complete, { requireAllIndicators: true })).toEqual([]);
  });

  it('reports unknown and duplicate numbers, sector rules and missing indicators', () => {
    const input = {
      ...balikpapan2024,
      indicators: [indicator(48), indicator(1), indicator(1), indicator(46), indicator(2, { sector: 'Kesehatan' })],
    };
    expect(issuesOf(spbe2020, input, { requireAllIndicators: true })).toEqual([
      ['assessment.unknown_indicator', 'indicators.0.number'],
      ['assessment.duplicate_indicator', 'indicators.2.number'],
      ['assessment.sector_required', 'indicators.3.sector'],
      ['assessment.sector_not_allowed', 'indicators.4.sector'],
      ['assessment.missing_indicator', 'indicators'],
    ]);
  });

  it('lets only indicators fed by other indices carry an external-index origin', () => {
    const origin = { kind: 'external-index', indexName: 'EPSS (BPS)', assumedMinimum: false };
    expect(issuesOf(pemdi2026, { ...paser2026, indicators: [indicator(7, { origin, assessorValue: 2.5 })] })).toEqual(
      [],
    );
    expect(issuesOf(pemdi2026, { ...paser2026, indicators: [indicator(9, { origin })] })).toEqual([
      ['assessment.external_origin_not_allowed', 'indicators.0.origin'],
    ]);
    // Indicator 10 (security) is assessed from evidence in the sources we have, not taken from IKASANDI.
    const ikasandi = { ...origin, indexName: 'IKASANDI (BSSN)' };
    expect(issuesOf(pemdi2026, { ...paser2026, indicators: [indicator(10, { origin: ikasandi })] })).toEqual([
      ['assessment.external_origin_not_allowed', 'indicators.0.origin'],
    ]);
  });

  it('checks the methodology id and value domain of the shape', () => {
    expect(issuesOf(pemdi2026, balikpapan2024).map(([code]) => code)).toContain('invalid_value');
    expect(() => createAssessmentSchema({ ...spbe2020, valueDomain: 'decimal' })).toThrow(
      expect.toSatisfy(ValidationError.isInstance),
    );
    expect(() => createAssessmentSchema({ ...spbe2020, sectorIndicatorNumbers: [48] })).toThrow(/indicatorNumbers/);
    expect(() => createAssessmentSchema({ id: 'x', valueDomain: 'integer', indicatorNumbers: [1, 1] })).toThrow(
      ValidationError,
    );
    const custom = createAssessmentSchema({
      id: 'kab-paser-internal-2026',
      valueDomain: 'decimal',
      indicatorNumbers: [1, 2],
    });
    expect(
      custom.safeParse({
        methodology: 'kab-paser-internal-2026',
        agency: { kind: 'kabupaten', name: 'Pemerintah Kabupaten Paser', regionCode: '64.01' },
        year: 2026,
        indicators: [indicator(2, { assessorValue: 4.5 })],
      }).success,
    ).toBe(true);
  });

  it('agrees with the generic schema on the value domain and accepts exactly the known numbers', () => {
    const schema = createAssessmentSchema(pemdi2026);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 25 }), { maxLength: 6 }), (numbers) => {
        const input = { ...paser2026, indicators: numbers.map((number) => indicator(number)) };
        const known =
          numbers.every((number) => number >= 1 && number <= 20) && new Set(numbers).size === numbers.length;
        expect(schema.safeParse(input).success).toBe(known);
        if (known) expect(assessmentSchema.safeParse(input).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('only ever throws spbe-kit errors on hostile input', () => {
    const schema = createAssessmentSchema(spbe2020);
    fc.assert(
      fc.property(fc.anything(), (input) => {
        try {
          parseWith(schema, input);
          parseWith(assessmentSchema, input);
        } catch (error) {
          expect(error).toSatisfy(SpbeError.isInstance);
        }
        try {
          createAssessmentSchema(input as MethodologyShape);
        } catch (error) {
          expect(error).toSatisfy(ValidationError.isInstance);
        }
      }),
      { numRuns: 200 },
    );
  });
});
