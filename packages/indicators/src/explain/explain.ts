import type { LocalizedText } from '@spbe-kit/models';
import { IndexInputError } from '../errors/index-input-error.js';
import { rationalFrom } from '../exact/exact-input.js';
import { Rational } from '../exact/rational.js';
import { bandOfRational } from '../compute/classify.js';
import type { IndexResult, PartialIndexResult } from '../compute/index-result.js';
import { shapeIssue } from '../compute/input-issues.js';
import { readCompleteResult } from '../compute/read-result.js';
import type { MethodologyRef } from '../methodology/methodology-table.js';

/**
 * Options of {@link explain}.
 *
 * @example
 * ```ts
 * import { computeIndex, explain, type ExplainOptions } from '@spbe-kit/indicators';
 * const options: ExplainOptions = { step: 0.5, top: 3 };
 * explain(computeIndex({ methodology: 'spbe-2020', domainScores: { 1: 3, 2: 3, 3: 3, 4: 3 } }), options).holdingBack.length; // 3
 * ```
 */
export interface ExplainOptions {
  /** The size of "one step" for the gain of raising a part (default 1 level); capped at 5. */
  readonly step?: number | string;
  /** How many parts to list in `holdingBack` (default 5). */
  readonly top?: number;
  /** The methodology table, when the result is a user-defined methodology's result read back from JSON. */
  readonly methodology?: MethodologyRef;
}

/**
 * One indicator (or aspect, or domain, depending on what the result was computed from), explained.
 *
 * @example
 * ```ts
 * import { computeIndex, explain } from '@spbe-kit/indicators';
 * const part = explain(computeIndex({ methodology: 'spbe-2020', domainScores: { 1: 3, 2: 3, 3: 3, 4: 3 } })).contributions[3];
 * part?.heldBackExact; // '0.91' (45.5 × (5 − 3) / 100)
 * ```
 */
export interface ExplainedPart {
  /** Indicator, aspect or domain number. */
  readonly number: number;
  /** Official name and English translation. */
  readonly name: LocalizedText;
  /** Weight (percent of the index). */
  readonly weight: number;
  /** Its value (level or score). */
  readonly value: number;
  /** Index points it contributes: weight × value / 100. */
  readonly contribution: number;
  /** The index gain of raising it by one step (0 at 5). */
  readonly gainPerStep: number;
  /** The same, exact. */
  readonly gainPerStepExact: string;
  /** Index points it holds back: weight × (5 − value) / 100, what raising it to 5 would add. */
  readonly heldBack: number;
  /** The same, exact. */
  readonly heldBackExact: string;
}

/**
 * The next predikat up and how far away it is.
 *
 * @example
 * ```ts
 * import { computeIndex, explain } from '@spbe-kit/indicators';
 * explain(computeIndex({ methodology: 'spbe-2020', domainScores: { 1: 3, 2: 3, 3: 3, 4: 3 } })).next;
 * // { predicate: 'Sangat Baik', threshold: 3.5, distance: 0.5, distanceExact: '0.5' }
 * ```
 */
export interface NextPredicate {
  /** The next better predikat. */
  readonly predicate: string;
  /** Its lower bound. */
  readonly threshold: number;
  /** Index points still needed (exact value rounded to the nearest double). */
  readonly distance: number;
  /** The same, exact. */
  readonly distanceExact: string;
}

/**
 * What {@link explain} returns.
 *
 * @example
 * ```ts
 * import { computeIndex, explain, type Explanation } from '@spbe-kit/indicators';
 * const explanation: Explanation = explain(computeIndex({ methodology: 'spbe-2020', domainScores: { 1: 3, 2: 3, 3: 3, 4: 3 } }));
 * explanation.parts; // 'domains'
 * ```
 */
export interface Explanation {
  /** Methodology id. */
  readonly methodology: string;
  /** The index. */
  readonly index: number;
  /** The index, exact. */
  readonly indexExact: string;
  /** The index as shown (two decimals, half-up). */
  readonly indexDisplay: string;
  /** The predikat. */
  readonly predicate: string;
  /** What the parts are: indicators (from levels), aspects or domains (from scores). */
  readonly parts: 'indicators' | 'aspects' | 'domains';
  /** Every part in number order with its contribution and the gain of one more step. */
  readonly contributions: readonly ExplainedPart[];
  /** The parts that hold the score back most (largest weight × (5 − value)), most first. */
  readonly holdingBack: readonly ExplainedPart[];
  /** The next predikat and the distance to it; `null` at the top band. */
  readonly next: NextPredicate | null;
}

const HUNDRED = Rational.of(100n);
const FIVE = Rational.of(5n);

/**
 * Explains a result: each indicator's contribution and the index gain of raising it by one step,
 * the indicators that hold the score back most, and the distance to the next predikat — all computed
 * exactly. A result computed from aspect or domain scores is explained per aspect or domain.
 *
 * @example
 * ```ts
 * import { computeIndex, explain } from '@spbe-kit/indicators';
 * const result = computeIndex({ methodology: 'spbe-2020', domainScores: { 1: 3.7, 2: 3.4, 3: 3, 4: 3.2 } });
 * const explanation = explain(result);
 * explanation.next; // { predicate: 'Sangat Baik', threshold: 3.5, distance: 0.218, distanceExact: '0.218' }
 * explanation.holdingBack[0]?.number; // 4 (Layanan SPBE: weight 45.5 × (5 − 3.2))
 * ```
 */
export function explain(result: IndexResult | PartialIndexResult, options: ExplainOptions = {}): Explanation {
  const { methodology, result: trusted } = readCompleteResult(result, ['result'], options.methodology);
  const step = rationalFrom(options.step ?? 1, false);
  if (!step || step.compare(Rational.ZERO) <= 0 || step.compare(Rational.of(4n)) > 0) {
    throw new IndexInputError([
      shapeIssue(
        ['step'],
        { id: 'step harus angka lebih dari 0 dan paling besar 4', en: 'step must be a number above 0 and at most 4' },
        options.step,
        'indicators.invalid_option',
      ),
    ]);
  }
  const top = options.top ?? 5;
  if (!Number.isSafeInteger(top) || top < 0) {
    throw new IndexInputError([
      shapeIssue(
        ['top'],
        { id: 'top harus bilangan bulat ≥ 0', en: 'top must be a whole number ≥ 0' },
        top,
        'indicators.invalid_option',
      ),
    ]);
  }
  const parts: 'indicators' | 'aspects' | 'domains' =
    trusted.source === 'levels' ? 'indicators' : trusted.source === 'aspectScores' ? 'aspects' : 'domains';
  const rows =
    parts === 'indicators'
      ? trusted.indicators.map((indicator) => ({
          number: indicator.number,
          name: indicator.name,
          weight: indicator.weight,
          value: indicator.value,
          exact: String(indicator.value),
        }))
      : (parts === 'aspects' ? trusted.aspects : trusted.domains).map((part) => ({
          number: part.id,
          name: part.name,
          weight: part.weight,
          value: part.index,
          exact: part.exact,
        }));
  const contributions: (ExplainedPart & { heldBackRational: Rational })[] = rows.map((row) => {
    const weight = rationalFrom(row.weight, false) ?? Rational.ZERO;
    const value = rationalFrom(row.exact, true) ?? Rational.ONE;
    const room = FIVE.subtract(value);
    const stepGain = (room.compare(step) < 0 ? room : step).multiply(weight).divide(HUNDRED);
    const heldBack = room.multiply(weight).divide(HUNDRED);
    return {
      number: row.number,
      name: row.name,
      weight: row.weight,
      value: row.value,
      contribution: weight.multiply(value).divide(HUNDRED).toNumber(),
      gainPerStep: stepGain.toNumber(),
      gainPerStepExact: stepGain.toExactString(),
      heldBack: heldBack.toNumber(),
      heldBackExact: heldBack.toExactString(),
      heldBackRational: heldBack,
    };
  });
  const holdingBack = [...contributions]
    .filter((part) => !part.heldBackRational.isZero())
    .sort((a, b) => b.heldBackRational.compare(a.heldBackRational) || a.number - b.number)
    .slice(0, top);
  const strip = ({
    heldBackRational: _unused,
    ...part
  }: ExplainedPart & { heldBackRational: Rational }): ExplainedPart => part;
  const index = rationalFrom(trusted.indexExact, true) ?? Rational.ONE;
  const band = bandOfRational(methodology, index);
  const better = band.rank > 0 ? methodology.bands[band.rank - 1] : undefined;
  const distance = better?.from.subtract(index);
  return {
    methodology: methodology.id,
    index: trusted.index,
    indexExact: trusted.indexExact,
    indexDisplay: trusted.indexDisplay,
    predicate: trusted.predicate,
    parts,
    contributions: contributions.map(strip),
    holdingBack: holdingBack.map(strip),
    next:
      better && distance
        ? {
            predicate: better.band.predicate,
            threshold: better.from.toNumber(),
            distance: distance.toNumber(),
            distanceExact: distance.toExactString(),
          }
        : null,
  };
}
