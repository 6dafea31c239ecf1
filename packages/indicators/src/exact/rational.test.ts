import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rational } from './rational.js';

const rational = fc
  .tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.bigInt({ min: 1n, max: 10n ** 30n }))
  .map(([numerator, denominator]) => Rational.of(numerator, denominator));

describe('Rational', () => {
  it('keeps lowest terms with a positive denominator', () => {
    const value = Rational.of(6n, -4n);
    expect([value.numerator, value.denominator]).toEqual([-3n, 2n]);
    expect(Rational.of(0n, 7n).denominator).toBe(1n);
  });

  it('writes terminating decimals as decimals and others as fractions', () => {
    expect(Rational.of(3282n, 1000n).toExactString()).toBe('3.282');
    expect(Rational.of(7n, 3n).toExactString()).toBe('7/3');
    expect(Rational.of(-1n, 8n).toExactString()).toBe('-0.125');
    expect(Rational.of(5n).toExactString()).toBe('5');
  });

  it('rounds half-up to a fixed number of decimals', () => {
    expect(Rational.of(34985n, 10000n).toFixed(2)).toBe('3.50');
    expect(Rational.of(34949n, 10000n).toFixed(2)).toBe('3.49');
    expect(Rational.of(3282n, 1000n).toFixed(2)).toBe('3.28');
    expect(Rational.of(-125n, 1000n).toFixed(2)).toBe('-0.13');
    expect(Rational.of(-1n, 1000n).toFixed(2)).toBe('0.00');
    expect(Rational.of(2n).toFixed(2)).toBe('2.00');
  });

  it('arithmetic is exact: (a + b) − b = a, (a × b) / b = a', () => {
    fc.assert(
      fc.property(rational, rational, (a, b) => {
        expect(a.add(b).subtract(b).equals(a)).toBe(true);
        if (!b.isZero()) expect(a.multiply(b).divide(b).equals(a)).toBe(true);
        expect(a.compare(b)).toBe(-b.compare(a));
      }),
      { numRuns: 200 },
    );
  });

  it('toNumber gives the closest double, also beyond 2^53', () => {
    expect(Rational.of(1n, 3n).toNumber()).toBe(1 / 3);
    expect(Rational.of(10n ** 40n + 1n, 3n * 10n ** 39n).toNumber()).toBe(10 / 3);
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.bigInt({ min: 1n, max: 10n ** 20n }),
        (value, scale) => {
          // value × scale / scale is exactly value: the closest double to it is value itself.
          const text = value.toString();
          if (/e/.test(text)) return;
          const [whole = '0', fraction = ''] = text.replace('-', '').split('.');
          const magnitude = BigInt(whole + fraction);
          const exact = Rational.of(
            (value < 0 ? -magnitude : magnitude) * scale,
            10n ** BigInt(fraction.length) * scale,
          );
          expect(exact.toNumber()).toBe(value === 0 ? 0 : value);
        },
      ),
      { numRuns: 200 },
    );
  });
});
