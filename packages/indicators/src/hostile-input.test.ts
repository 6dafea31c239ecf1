import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  assessmentSchemaFor,
  computeIndex,
  computeIndexes,
  getMethodology,
  IndicatorsError,
  methodologyShape,
  predicateOf,
  validateMethodology,
} from './index.js';

/** Calls `call` and expects it to return or throw the package's typed error — never anything else. */
function onlyTypedErrors(call: () => unknown): void {
  try {
    call();
  } catch (error) {
    expect(error).toSatisfy(IndicatorsError.isInstance);
  }
}

describe('hostile input to every public entry point only produces the package typed error', () => {
  it('computeIndexes, predicateOf, methodologyShape, assessmentSchemaFor, getMethodology, validateMethodology', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (value, other) => {
        onlyTypedErrors(() => computeIndexes(value as never));
        onlyTypedErrors(() =>
          computeIndexes([value, { methodology: 'spbe-2020', levels: value }] as never, { mode: 'summary' }),
        );
        onlyTypedErrors(() =>
          computeIndexes([{ methodology: 'pemdi-2026', aspectScores: value, partial: other }] as never, other as never),
        );
        onlyTypedErrors(() => predicateOf(value as never, 'spbe-2020'));
        onlyTypedErrors(() => predicateOf(3, value as never));
        onlyTypedErrors(() => methodologyShape(value as never));
        onlyTypedErrors(() => assessmentSchemaFor(value as never));
        onlyTypedErrors(() => getMethodology(value as never));
        onlyTypedErrors(() => validateMethodology(value));
      }),
      { numRuns: 200 },
    );
  });

  it('getters that throw and proxies that refuse to list their keys', () => {
    const throwing = new Proxy(
      {},
      {
        ownKeys() {
          throw new RangeError('no');
        },
        get() {
          throw new RangeError('no');
        },
      },
    );
    onlyTypedErrors(() => computeIndex({ methodology: 'spbe-2020', levels: throwing }));
    onlyTypedErrors(() => computeIndex(throwing as never));
    onlyTypedErrors(() => computeIndexes([throwing] as never));
    onlyTypedErrors(() =>
      computeIndexes(
        (function* () {
          yield { methodology: 'spbe-2020' as const, domainScores: { 1: 3, 2: 3, 3: 3, 4: 3 } };
          throw new TypeError('broken source');
        })(),
      ),
    );
    onlyTypedErrors(() => validateMethodology(throwing));
    expect(() => computeIndex({ methodology: 'spbe-2020', levels: throwing })).toThrow(
      expect.toSatisfy(IndicatorsError.isInstance),
    );
  });
});
