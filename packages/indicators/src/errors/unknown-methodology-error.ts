import { IndicatorsError } from './indicators-error.js';

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
