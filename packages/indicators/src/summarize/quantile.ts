import { Rational } from '../exact/rational.js';

/**
 * The p-quantile of sorted exact values by linear interpolation between order statistics
 * (Hyndman & Fan type 7 — what Excel's QUARTILE.INC, R's default and NumPy's default compute):
 * h = (n − 1) · p, Q = x[⌊h⌋] + (h − ⌊h⌋) · (x[⌊h⌋ + 1] − x[⌊h⌋]). Exact: p is a rational.
 */
export function quantile(sorted: readonly Rational[], p: Rational): Rational {
  const n = sorted.length;
  const h = Rational.of(BigInt(n - 1)).multiply(p);
  const lowerIndex = Number(h.numerator / h.denominator);
  const fraction = h.subtract(Rational.of(BigInt(lowerIndex)));
  const lower = sorted[lowerIndex] as Rational;
  const upper = sorted[Math.min(lowerIndex + 1, n - 1)] as Rational;
  return lower.add(upper.subtract(lower).multiply(fraction));
}
