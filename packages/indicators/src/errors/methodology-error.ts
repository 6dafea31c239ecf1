import type { SpbeIssue } from '@spbe-kit/models';
import { IndicatorsError, summaryOf } from './indicators-error.js';

const marker = Symbol.for('spbe-kit.error.MethodologyError');

/**
 * A methodology table is not valid: `issues` lists every problem found (weights that do not add up,
 * bands with gaps or overlaps, duplicate numbers…), each with the path into the table.
 * Code: `'indicators.methodology_invalid'`.
 *
 * @example
 * ```ts
 * import { validateMethodology, MethodologyError } from '@spbe-kit/indicators';
 * try {
 *   validateMethodology({});
 * } catch (error) {
 *   if (MethodologyError.isInstance(error)) error.issues.map((issue) => issue.path);
 * }
 * ```
 */
export class MethodologyError extends IndicatorsError {
  private readonly [marker] = true;

  /** Whether `value` is a {@link MethodologyError}, from this copy of the package or any other (see `SpbeError.isInstance`). */
  static override isInstance(this: void, value: unknown): value is MethodologyError {
    return IndicatorsError.hasMarker(value, marker);
  }

  constructor(issues: readonly SpbeIssue[]) {
    const first = issues[0];
    super(
      'indicators.methodology_invalid',
      summaryOf(issues, { id: 'Tabel metodologi tidak valid', en: 'Invalid methodology table' }),
      {
        issues,
        path: issues.length === 1 && first ? first.path : [],
      },
    );
    this.message = this.format();
  }
}
