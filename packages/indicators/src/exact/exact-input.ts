import { Rational } from './rational.js';

/**
 * Reading numbers exactly. A JavaScript number stands for the decimal its shortest round-trip
 * text shows (what `String(value)` prints): `1.26` is exactly 126/100, never the binary double
 * 1.2600000000000000088817841970012523. Text may be a decimal (`"3.4985"`, also with a decimal
 * comma `"3,4985"` as Indonesian reports print it), an exponent form (`"1.5e-3"`) or, where a
 * fraction is allowed, `"7/3"`.
 */

const DECIMAL = /^([+-]?)(\d+)(?:[.,](\d+))?(?:[eE]([+-]?\d+))?$/;
const FRACTION = /^([+-]?\d+)\/(\d+)$/;

/** Exact value of a decimal (or, if `allowFraction`, fraction) text; `undefined` when it is not one. */
export function parseExactText(text: string, allowFraction: boolean): Rational | undefined {
  if (text.length > 64) return undefined;
  const decimal = DECIMAL.exec(text);
  if (decimal) {
    const [, sign = '', whole = '0', fraction = '', exponentText = '0'] = decimal;
    const exponent = Number(exponentText);
    if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > 400) return undefined;
    let numerator = BigInt(whole + fraction);
    if (sign === '-') numerator = -numerator;
    const power = exponent - fraction.length;
    return power >= 0 ? Rational.of(numerator * 10n ** BigInt(power)) : Rational.of(numerator, 10n ** BigInt(-power));
  }
  if (allowFraction) {
    const fraction = FRACTION.exec(text);
    if (fraction) {
      const denominator = BigInt(fraction[2] ?? '0');
      if (denominator === 0n) return undefined;
      return Rational.of(BigInt(fraction[1] ?? '0'), denominator);
    }
  }
  return undefined;
}

/** Exact value of a finite number read through its shortest round-trip decimal; `undefined` for NaN/±Infinity. */
export function rationalFromNumber(value: number): Rational | undefined {
  if (!Number.isFinite(value)) return undefined;
  if (Number.isInteger(value) && Number.isSafeInteger(value)) return Rational.of(BigInt(value));
  return parseExactText(String(value), false);
}

/** Exact value of a number or a text; `undefined` when it is neither a finite number nor valid text. */
export function rationalFrom(value: unknown, allowFraction: boolean): Rational | undefined {
  if (typeof value === 'number') return rationalFromNumber(value);
  if (typeof value === 'string') return parseExactText(value.trim(), allowFraction);
  return undefined;
}

/**
 * `value` as an integer count of 1/scale (scale a power of ten), or `undefined` when the value
 * has more decimals than the scale holds. For a number this is equivalent to "its shortest
 * decimal text has at most log10(scale) decimals", checked without building the text.
 */
export function unitsFromNumber(value: number, scale: number): number | undefined {
  const units = Math.round(value * scale);
  // units / scale is the double nearest to the decimal units·10^-k; it equals `value` exactly
  // when (and only when) that decimal is the shortest text of `value`.
  return Number.isSafeInteger(units) && units / scale === value ? units : undefined;
}

/** A rational as an integer count of 1/scale, or `undefined` when it is not a whole number of units or is not safe. */
export function unitsFromRational(value: Rational, scale: number): number | undefined {
  const scaled = value.numerator * BigInt(scale);
  if (scaled % value.denominator !== 0n) return undefined;
  const units = scaled / value.denominator;
  return units <= BigInt(Number.MAX_SAFE_INTEGER) && units >= -BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(units)
    : undefined;
}

/** Number of decimals of a number's shortest decimal text (`1.3` → 1, `2.75` → 2, `5` → 0), capped at 20. */
export function decimalPlaces(value: Rational): number {
  let places = 0;
  let scaled = value;
  while (scaled.denominator !== 1n && places < 20) {
    scaled = scaled.multiply(Rational.of(10n));
    places++;
  }
  return scaled.denominator === 1n ? places : Number.POSITIVE_INFINITY;
}
