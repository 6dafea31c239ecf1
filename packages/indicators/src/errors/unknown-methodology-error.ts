import { IndicatorsError } from './indicators-error.js';

const marker = Symbol.for('spbe-kit.error.UnknownMethodologyError');

/**
 * No built-in methodology has this id (and no table was given). Code: `'indicators.methodology_unknown'`.
 *
 * @example
 * ```ts
 * import { getMethodology, UnknownMethodologyError } from '@spbe-kit/indicators';
 * try {
 *   getMethodology('spbe-2019' as 'spbe-2020');
 * } catch (error) {
 *   UnknownMethodologyError.isInstance(error); // true
 * }
 * ```
 */
export class UnknownMethodologyError extends IndicatorsError {
  private readonly [marker] = true;

  /** Whether `value` is a {@link UnknownMethodologyError}, from this copy of the package or any other (see `SpbeError.isInstance`). */
  static override isInstance(this: void, value: unknown): value is UnknownMethodologyError {
    return IndicatorsError.hasMarker(value, marker);
  }

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
