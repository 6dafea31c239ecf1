import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IndexInputError } from '../errors/index-input-error.js';
import { computeIndex } from './compute-index.js';
import type { Assessment } from '@spbe-kit/models';
import { indexInputFromAssessment, type AssessmentValuesRecord } from './index-input-from-assessment.js';

// A record of @spbe-kit/models is accepted as it is (checked by the compiler).
const acceptsModelsRecords = (record: Assessment): AssessmentValuesRecord => record;
void acceptsModelsRecords;

const verification = { uploaded: true, interviewed: true, approved: true };
const pemdiRecord = {
  methodology: 'pemdi-2026' as const,
  agency: { kind: 'kota' as const, name: 'Pemerintah Kota Balikpapan', regionCode: '64.71' },
  year: 2026,
  indicators: Array.from({ length: 20 }, (_, i) => ({
    number: i + 1,
    selfAssessedValue: 2.5,
    assessorValue: i < 10 ? 1.26 : 2,
    evidence: [],
    verification,
  })),
};

describe('indexInputFromAssessment', () => {
  it('computes the self-assessment and the assessor index of one record', () => {
    const self = computeIndex(indexInputFromAssessment(pemdiRecord, { values: 'self' }));
    const assessor = computeIndex(indexInputFromAssessment(pemdiRecord, { values: 'assessor' }));
    expect(self.indexDisplay).toBe('2.50');
    // Weights of indicators 1–10 add up to 43: (43 × 1.26 + 57 × 2) / 100 = 1.6818.
    expect(assessor.indexExact).toBe('1.6818');
    expect(assessor.predicate).toBe('Cukup');
  });

  it('leaves out missing values, so computeIndex reports them, or accepts them with partial', () => {
    const record = {
      ...pemdiRecord,
      indicators: pemdiRecord.indicators.map((entry) =>
        entry.number === 7 ? { ...entry, assessorValue: undefined } : entry,
      ),
    };
    expect(() => computeIndex(indexInputFromAssessment(record, { values: 'assessor' }))).toThrow(
      expect.toSatisfy(IndexInputError.isInstance),
    );
    const partial = computeIndex(indexInputFromAssessment(record, { values: 'assessor', partial: true }));
    expect(partial.complete).toBe(false);
    if (!partial.complete) expect(partial.missing.indicators).toEqual([7]);
  });

  it('reports an indicator listed twice instead of overwriting it', () => {
    const record = {
      ...pemdiRecord,
      indicators: [...pemdiRecord.indicators, { number: 3, selfAssessedValue: 5, evidence: [], verification }],
    };
    expect(() => indexInputFromAssessment(record, { values: 'self' })).toThrow(
      expect.objectContaining({
        issues: [
          expect.objectContaining({ code: 'indicators.duplicate', number: 3, path: ['indicators', 20, 'number'] }),
        ],
      }) as Error,
    );
  });

  it('throws only IndexInputError on hostile records and options', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (record, values) => {
        try {
          indexInputFromAssessment(record as never, { values: values as never });
        } catch (error) {
          expect(error).toSatisfy(IndexInputError.isInstance);
        }
      }),
      { numRuns: 300 },
    );
  });
});
