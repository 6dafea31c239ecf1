import { Rational } from './rational.js';

/**
 * Fast exact helpers on safe integers (numerator / denominator both below 2^53), used by the
 * calculator's hot path; they fall back to {@link Rational} when an intermediate would not be safe.
 */

function gcd(a: number, b: number): number {
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/** Canonical exact text of numerator / denominator (denominator > 0): `'3'`, `'3.282'` or `'7/3'`. */
export function exactText(numerator: number, denominator: number): string {
  const divisor = gcd(Math.abs(numerator), denominator) || 1;
  const n = numerator / divisor;
  let d = denominator / divisor;
  if (d === 1) return String(n);
  // d = 2^a · 5^b exactly when repeatedly removing 2s and 5s leaves 1; the decimal then has max(a, b) places.
  let twos = 0;
  let fives = 0;
  while (d % 2 === 0) {
    d /= 2;
    twos++;
  }
  while (d % 5 === 0) {
    d /= 5;
    fives++;
  }
  if (d !== 1) return `${n}/${denominator / divisor}`;
  const places = Math.max(twos, fives);
  const multiplier = 2 ** (places - twos) * 5 ** (places - fives);
  const scaled = n * multiplier;
  if (!Number.isSafeInteger(scaled) || places > 20)
    return Rational.of(BigInt(numerator), BigInt(denominator)).toExactString();
  const negative = scaled < 0;
  const digits = String(Math.abs(scaled)).padStart(places + 1, '0');
  const text = `${digits.slice(0, digits.length - places)}.${digits.slice(digits.length - places)}`;
  return negative ? `-${text}` : text;
}

/**
 * numerator / denominator (non-negative, denominator a multiple of 100) rounded half-up to two
 * decimals: 34985 / 10000 → '3.50'.
 */
export function displayText(numerator: number, denominator: number): string {
  const hundredth = denominator / 100;
  if (!Number.isSafeInteger(hundredth) || !Number.isSafeInteger(numerator * 2 + hundredth)) {
    return Rational.of(BigInt(numerator), BigInt(denominator)).toFixed(2);
  }
  // Integer floor division (x − x mod y) / y is exact on safe integers, unlike Math.floor(x / y).
  const x = numerator * 2 + hundredth;
  const y = hundredth * 2;
  const cents = (x - (x % y)) / y;
  const whole = Math.floor(cents / 100);
  const rest = cents - whole * 100;
  return `${whole}.${rest < 10 ? '0' : ''}${rest}`;
}
