import type { IssuePath } from '@spbe-kit/models';
import type { IndexInputIssue } from '../errors/index-input-error.js';
import { parseExactText, rationalFrom, unitsFromNumber, unitsFromRational } from '../exact/exact-input.js';
import { Rational } from '../exact/rational.js';
import type { CompiledMethodology } from '../methodology/compiled-methodology.js';
import { valueIssue, type Part, type ValueProblem } from './input-issues.js';

const ONE = Rational.of(1n);
const FIVE = Rational.of(5n);

/**
 * An indicator value as integer units of 1 / valueScale, or -1 after recording an issue.
 * Numbers take the fast path; text is parsed exactly.
 */
export function readLevelUnits(
  methodology: CompiledMethodology,
  raw: unknown,
  number: number,
  /** Path of the input (the `levels` segment and the number are appended on an issue). */
  basePath: IssuePath,
  issues: IndexInputIssue[],
): number {
  // The path is built only when there is an issue: valid input allocates nothing here.
  const scale = methodology.valueScale;
  if (typeof raw === 'number') {
    if (methodology.integer && raw >= 1 && raw <= 5 && Number.isInteger(raw)) return raw;
    let problem: ValueProblem | undefined;
    let units: number | undefined;
    if (!Number.isFinite(raw)) problem = 'not_a_number';
    else if (raw < 1 || raw > 5) problem = 'out_of_range';
    else if (methodology.integer) problem = 'not_integer';
    else {
      units = unitsFromNumber(raw, scale);
      if (units === undefined) problem = 'too_precise';
    }
    if (problem === undefined && units !== undefined) return units;
    issues.push(valueIssue('indicator', number, problem ?? 'not_a_number', [...basePath, 'levels', number], raw));
    return -1;
  }
  if (typeof raw === 'string') {
    const exact = parseExactText(raw.trim(), false);
    let problem: ValueProblem | undefined;
    let units: number | undefined;
    if (!exact) problem = 'not_a_number';
    else if (exact.compare(ONE) < 0 || exact.compare(FIVE) > 0) problem = 'out_of_range';
    else {
      units = unitsFromRational(exact, scale);
      if (units === undefined) problem = methodology.integer ? 'not_integer' : 'too_precise';
    }
    if (problem === undefined && units !== undefined) return units;
    issues.push(valueIssue('indicator', number, problem ?? 'not_a_number', [...basePath, 'levels', number], raw));
    return -1;
  }
  issues.push(valueIssue('indicator', number, 'not_a_number', [...basePath, 'levels', number], raw));
  return -1;
}

/** An aspect or domain score as an exact rational in [1, 5] (fractions allowed), or undefined after recording an issue. */
export function readScore(
  raw: unknown,
  part: Part,
  number: number,
  path: IssuePath,
  issues: IndexInputIssue[],
): Rational | undefined {
  const exact = rationalFrom(raw, true);
  if (!exact) {
    issues.push(valueIssue(part, number, 'not_a_number', path, raw));
    return undefined;
  }
  if (exact.compare(ONE) < 0 || exact.compare(FIVE) > 0) {
    issues.push(valueIssue(part, number, 'out_of_range', path, raw));
    return undefined;
  }
  return exact;
}
