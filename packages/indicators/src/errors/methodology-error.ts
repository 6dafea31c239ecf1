import type { SpbeIssue } from '@spbe-kit/models';
import { IndicatorsError, summaryOf } from './indicators-error.js';

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
 *   if (error instanceof MethodologyError) error.issues.map((issue) => issue.path);
 * }
 * ```
 */
export class MethodologyError extends IndicatorsError {
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
