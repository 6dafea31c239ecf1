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
    super('indicators.methodology_invalid', summaryOf(issues, { id: 'Tabel metodologi tidak valid', en: 'Invalid methodology table' }), {
      issues,
      path: issues.length === 1 && first ? first.path : [],
    });
    this.message = this.format();
  }
}

/**
 * No built-in methodology has this id (and no table was given). Code: `'indicators.methodology_unknown'`.
 *
 * @example
 * ```ts
 * import { getMethodology, UnknownMethodologyError } from '@spbe-kit/indicators';
 * try {
 *   getMethodology('spbe-2019' as 'spbe-2020');
 * } catch (error) {
 *   error instanceof UnknownMethodologyError; // true
 * }
 * ```
 */
export class UnknownMethodologyError extends IndicatorsError {
  constructor(received: string, path: ReadonlyArray<string | number> = ['methodology']) {
    super(
      'indicators.methodology_unknown',
      {
        id: `Metodologi tidak dikenal: ${received}; gunakan 'spbe-2020', 'pemdi-2026' atau sebuah tabel metodologi`,
        en: `Unknown methodology: ${received}; use 'spbe-2020', 'pemdi-2026' or a methodology table`,
      },
      { path },
    );
  }
}

/**
 * Results of different methodologies were combined (compared or summarized together).
 * Code: `'indicators.methodology_mismatch'`.
 *
 * @example
 * ```ts
 * import { MethodologyMismatchError } from '@spbe-kit/indicators';
 * new MethodologyMismatchError('spbe-2020', 'pemdi-2026', ['current']).code; // 'indicators.methodology_mismatch'
 * ```
 */
export class MethodologyMismatchError extends IndicatorsError {
  constructor(expected: string, received: string, path: ReadonlyArray<string | number>) {
    super(
      'indicators.methodology_mismatch',
      {
        id: `Metodologi berbeda: ${received}, seharusnya ${expected}`,
        en: `Different methodology: ${received}, expected ${expected}`,
      },
      { path },
    );
  }
}
