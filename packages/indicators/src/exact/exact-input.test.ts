import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseExactText, rationalFrom, rationalFromNumber, unitsFromNumber } from './exact-input.js';
import { exactText, displayText } from './exact-units.js';
import { Rational } from './rational.js';

describe('reading numbers exactly', () => {
  it('reads a number as its shortest decimal', () => {
    expect(rationalFromNumber(1.26)?.toExactString()).toBe('1.26');
    expect(rationalFromNumber(0.1 + 0.2)?.toExactString()).toBe('0.30000000000000004');
    expect(rationalFromNumber(1e-7)?.toExactString()).toBe('0.0000001');
    expect(rationalFromNumber(Number.NaN)).toBeUndefined();
  });

  it('reads decimal text, a decimal comma, exponents and (where allowed) fractions', () => {
    expect(parseExactText('3.4985', false)?.toExactString()).toBe('3.4985');
    expect(parseExactText('1,42', false)?.toExactString()).toBe('1.42');
    expect(parseExactText('15e-1', false)?.toExactString()).toBe('1.5');
    expect(parseExactText('7/3', false)).toBeUndefined();
    expect(parseExactText('7/3', true)?.toExactString()).toBe('7/3');
    expect(parseExactText('1/0', true)).toBeUndefined();
    expect(parseExactText('abc', true)).toBeUndefined();
    expect(rationalFrom({}, true)).toBeUndefined();
  });

  it('converts a number to units exactly when it has at most the scale’s decimals', () => {
    expect(unitsFromNumber(1.26, 1_000_000)).toBe(1_260_000);
    expect(unitsFromNumber(1.1234567, 1_000_000)).toBeUndefined();
    expect(unitsFromNumber(0.1 + 0.2, 1_000_000)).toBeUndefined();
    fc.assert(
      fc.property(fc.integer({ min: 1_000_000, max: 5_000_000 }), (units) => {
        expect(unitsFromNumber(units / 1_000_000, 1_000_000)).toBe(units);
      }),
      { numRuns: 300 },
    );
  });

  it('number-based exact text and display agree with the BigInt rational', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5 * 10 ** 12 }),
        fc.constantFrom(100, 10_000, 10 ** 8, 10 ** 12, 300, 4550, 45_500_000),
        (numerator, denominator) => {
          const exact = Rational.of(BigInt(numerator), BigInt(denominator));
          expect(exactText(numerator, denominator)).toBe(exact.toExactString());
          if (denominator % 100 === 0) expect(displayText(numerator, denominator)).toBe(exact.toFixed(2));
        },
      ),
      { numRuns: 300 },
    );
  });
});
