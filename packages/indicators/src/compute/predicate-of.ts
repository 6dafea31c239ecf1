import { IndexInputError } from '../errors/index-input-error.js';
import { rationalFrom } from '../exact/exact-input.js';
import { Rational } from '../exact/rational.js';
import type { MethodologyRef, PredicateBand } from '../methodology/methodology-table.js';
import { resolveMethodology } from '../methodology/resolve-methodology.js';
import { bandOfRational } from './classify.js';
import { shapeIssue } from './input-issues.js';

/**
 * The predikat band of an index value, decided exactly: a number is read as its shortest decimal
 * (`3.4999` is 3.4999, never 3.49989999…), text may be a decimal or a fraction. Lower bounds are
 * inclusive. Throws `IndexInputError` for a value that is not a number in [1, 5].
 *
 * @example
 * ```ts
 * import { predicateOf } from '@spbe-kit/indicators';
 * predicateOf('3.5', 'spbe-2020').predicate;       // 'Sangat Baik'
 * predicateOf('3.4999999', 'spbe-2020').predicate; // 'Baik'
 * predicateOf(4, 'pemdi-2026').level?.name.en;     // 'Leading'
 * ```
 */
export function predicateOf(index: number | string, methodology: MethodologyRef): PredicateBand {
  const compiled = resolveMethodology(methodology);
  const exact = rationalFrom(index, true);
  if (!exact || exact.compare(Rational.ONE) < 0 || exact.compare(Rational.of(5n)) > 0) {
    throw new IndexInputError([
      shapeIssue(
        ['index'],
        { id: 'Indeks harus berupa angka dalam rentang 1–5', en: 'The index must be a number in 1–5' },
        index,
        'indicators.out_of_range',
      ),
    ]);
  }
  return bandOfRational(compiled, exact).band;
}
