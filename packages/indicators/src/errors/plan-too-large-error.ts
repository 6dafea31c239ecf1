import { IndicatorsError } from './indicators-error.js';

const marker = Symbol.for('spbe-kit.error.PlanTooLargeError');

/**
 * The planner's table would be too large (very fine steps with very different costs). Use a
 * coarser `step` or costs with fewer decimals. Code: `'indicators.plan_too_large'`.
 *
 * @example
 * ```ts
 * import { PlanTooLargeError } from '@spbe-kit/indicators';
 * new PlanTooLargeError().code; // 'indicators.plan_too_large'
 * ```
 */
export class PlanTooLargeError extends IndicatorsError {
  private readonly [marker] = true;

  /** Whether `value` is a {@link PlanTooLargeError}, from this copy of the package or any other (see `SpbeError.isInstance`). */
  static override isInstance(this: void, value: unknown): value is PlanTooLargeError {
    return IndicatorsError.hasMarker(value, marker);
  }

  constructor() {
    super('indicators.plan_too_large', {
      id: 'Rencana terlalu besar untuk dihitung tepat; gunakan step yang lebih besar atau biaya dengan lebih sedikit desimal',
      en: 'The plan is too large to compute exactly; use a larger step or costs with fewer decimals',
    });
  }
}
