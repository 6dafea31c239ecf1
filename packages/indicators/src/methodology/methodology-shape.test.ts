import { describe, expect, it } from 'vitest';
import { createAssessmentSchema, safeParseWith, type ValidationError } from '@spbe-kit/models';
import { methodologyShape } from './methodology-shape.js';
import { assessmentSchemaFor } from './assessment-schema-for.js';
import { smallMethodology } from '../__fixtures__/small-methodology.js';
import { MethodologyError } from '../errors/methodology-error.js';

describe('methodologyShape', () => {
  it('derives the shape of spbe-2020 from its table', () => {
    const shape = methodologyShape('spbe-2020');
    expect(shape.id).toBe('spbe-2020');
    expect(shape.valueDomain).toBe('integer');
    expect(shape.indicatorNumbers).toEqual(Array.from({ length: 47 }, (_, index) => index + 1));
    expect(shape.sectorIndicatorNumbers).toEqual([45, 46, 47]);
    expect(shape.externalIndexIndicatorNumbers).toBeUndefined();
  });

  it('derives the shape of pemdi-2026 and of a user-defined table', () => {
    expect(methodologyShape('pemdi-2026')).toEqual({
      id: 'pemdi-2026',
      valueDomain: 'decimal',
      indicatorNumbers: Array.from({ length: 20 }, (_, index) => index + 1),
      externalIndexIndicatorNumbers: [5, 6, 7, 18],
    });
    expect(methodologyShape(smallMethodology([50, 50])).indicatorNumbers).toEqual([1, 2]);
    expect(() => methodologyShape({ ...smallMethodology([50, 50]), bands: [] })).toThrow(
      expect.toSatisfy(MethodologyError.isInstance),
    );
  });
});

describe('assessmentSchemaFor', () => {
  it('checks records against the methodology numbering, as createAssessmentSchema does with the derived shape', () => {
    const schema = assessmentSchemaFor('spbe-2020');
    const direct = createAssessmentSchema(methodologyShape('spbe-2020'));
    const record = {
      methodology: 'spbe-2020',
      agency: 'Kabupaten Paser',
      year: 2024,
      indicators: [{ number: 48, assessorValue: 3 }],
    };
    const result = safeParseWith(schema, record);
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.issues.map((issue) => issue.code)).toEqual(
        (safeParseWith(direct, record) as { error: ValidationError }).error.issues.map((issue) => issue.code),
      );
    expect(() => assessmentSchemaFor({ ...smallMethodology([50, 50]), bands: [] })).toThrow(
      expect.toSatisfy(MethodologyError.isInstance),
    );
  });
});
