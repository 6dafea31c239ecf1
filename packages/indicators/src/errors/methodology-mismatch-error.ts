import { IndicatorsError } from './indicators-error.js';

const marker = Symbol.for('spbe-kit.error.MethodologyMismatchError');

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
  private readonly [marker] = true;

  /** Whether `value` is a {@link MethodologyMismatchError}, from this copy of the package or any other (see `SpbeError.isInstance`). */
  static override isInstance(this: void, value: unknown): value is MethodologyMismatchError {
    return IndicatorsError.hasMarker(value, marker);
  }

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
