/**
 * A small exact rational number on BigInt: numerator / denominator, always in lowest terms with a
 * positive denominator. Used wherever a boundary decides an outcome (predikat thresholds, quartiles,
 * deltas), so no floating-point rounding can ever misclassify a value. Internal to the package.
 */
export class Rational {
  readonly numerator: bigint;
  readonly denominator: bigint;

  private constructor(numerator: bigint, denominator: bigint) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  static readonly ZERO = new Rational(0n, 1n);
  static readonly ONE = new Rational(1n, 1n);

  /** numerator / denominator, reduced; the denominator must not be zero (callers guarantee it). */
  static of(numerator: bigint, denominator: bigint = 1n): Rational {
    if (denominator < 0n) {
      numerator = -numerator;
      denominator = -denominator;
    }
    const divisor = gcd(numerator < 0n ? -numerator : numerator, denominator);
    return divisor > 1n
      ? new Rational(numerator / divisor, denominator / divisor)
      : new Rational(numerator, denominator);
  }

  /** An integer count of units of 1 / scale (both safe integers). */
  static fromUnits(units: number, scale: number): Rational {
    return Rational.of(BigInt(units), BigInt(scale));
  }

  add(other: Rational): Rational {
    return Rational.of(
      this.numerator * other.denominator + other.numerator * this.denominator,
      this.denominator * other.denominator,
    );
  }

  subtract(other: Rational): Rational {
    return Rational.of(
      this.numerator * other.denominator - other.numerator * this.denominator,
      this.denominator * other.denominator,
    );
  }

  multiply(other: Rational): Rational {
    return Rational.of(this.numerator * other.numerator, this.denominator * other.denominator);
  }

  /** Division; the divisor must not be zero (callers guarantee it). */
  divide(other: Rational): Rational {
    return Rational.of(this.numerator * other.denominator, this.denominator * other.numerator);
  }

  /** -1, 0 or 1. */
  compare(other: Rational): -1 | 0 | 1 {
    const left = this.numerator * other.denominator;
    const right = other.numerator * this.denominator;
    return left < right ? -1 : left > right ? 1 : 0;
  }

  equals(other: Rational): boolean {
    return this.numerator === other.numerator && this.denominator === other.denominator;
  }

  isZero(): boolean {
    return this.numerator === 0n;
  }

  /** The double closest to this value (round to nearest, ties to even). */
  toNumber(): number {
    return closestDouble(this.numerator, this.denominator);
  }

  /**
   * Canonical exact text: an integer (`"3"`), a terminating decimal (`"3.282"`) or, when the decimal
   * expansion does not terminate, a fraction in lowest terms (`"7/3"`).
   */
  toExactString(): string {
    let rest = this.denominator;
    let twos = 0;
    let fives = 0;
    while (rest % 2n === 0n) {
      rest /= 2n;
      twos++;
    }
    while (rest % 5n === 0n) {
      rest /= 5n;
      fives++;
    }
    if (rest !== 1n) return `${this.numerator}/${this.denominator}`;
    const places = Math.max(twos, fives);
    const scaled = (this.numerator * 10n ** BigInt(places)) / this.denominator;
    return formatScaled(scaled, places, false);
  }

  /**
   * Rounded half away from zero ("half-up" for the non-negative values indices are) to a fixed
   * number of decimals: 3.4985 → "3.50", 3.282 → "3.28".
   */
  toFixed(decimals: number): string {
    const scale = 10n ** BigInt(decimals);
    const negative = this.numerator < 0n;
    const magnitude = negative ? -this.numerator : this.numerator;
    const rounded = (magnitude * scale * 2n + this.denominator) / (this.denominator * 2n);
    return formatScaled(negative ? -rounded : rounded, decimals, true);
  }
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a === 0n ? 1n : a;
}

/** Formats an integer count of 10^-places as a decimal; `keepZeros` keeps trailing zeros. */
function formatScaled(value: bigint, places: number, keepZeros: boolean): string {
  const negative = value < 0n;
  let digits = (negative ? -value : value).toString();
  if (places > 0) {
    digits = digits.padStart(places + 1, '0');
    let fraction = digits.slice(digits.length - places);
    const whole = digits.slice(0, digits.length - places);
    if (!keepZeros) fraction = fraction.replace(/0+$/, '');
    digits = fraction === '' ? whole : `${whole}.${fraction}`;
  }
  return negative && digits.replace(/[0.]/g, '') !== '' ? `-${digits}` : digits;
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** The double nearest to n / d (d > 0): exact division when both fit a double, else 64-bit quotient with a sticky bit. */
function closestDouble(n: bigint, d: bigint): number {
  const negative = n < 0n;
  const magnitude = negative ? -n : n;
  if (magnitude <= SAFE && d <= SAFE) {
    // IEEE division of two exactly represented integers is correctly rounded.
    const value = Number(magnitude) / Number(d);
    return negative ? -value : value;
  }
  // Scale so the integer quotient has at least 64 significant bits, then fold the remainder into a
  // sticky bit: Number(bigint) rounds to nearest-even, so the result is correctly rounded.
  const shift = 64 - (bitLength(magnitude) - bitLength(d));
  const numerator = shift > 0 ? magnitude << BigInt(shift) : magnitude;
  const denominator = shift < 0 ? d << BigInt(-shift) : d;
  let quotient = numerator / denominator;
  if (numerator % denominator !== 0n) quotient = (quotient << 1n) | 1n;
  else quotient <<= 1n;
  const value = Number(quotient) * 2 ** -(shift + 1);
  return negative ? -value : value;
}

function bitLength(value: bigint): number {
  return value === 0n ? 0 : value.toString(2).length;
}
