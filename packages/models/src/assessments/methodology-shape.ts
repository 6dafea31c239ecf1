/**
 * What an assessment record needs to know about a methodology to validate itself: its id, the
 * value domain, and which indicator numbers exist. The methodology tables themselves (weights,
 * names, bands) live in `@spbe-kit/indicators`, which derives a `MethodologyShape` from each table,
 * so the indicator numbering is written down in exactly one place.
 *
 * @example
 * ```ts
 * import type { MethodologyShape } from '@spbe-kit/models';
 * const shape: MethodologyShape = {
 *   id: 'my-internal-2026',
 *   valueDomain: 'decimal',
 *   indicatorNumbers: [1, 2, 3],
 * };
 * ```
 */
export interface MethodologyShape {
  /** Methodology id, e.g. `'spbe-2020'` or `'pemdi-2026'`. */
  readonly id: string;
  /** `'integer'`: whole levels 1–5 (PermenPANRB 59/2020); `'decimal'`: any value in [1, 5] (PermenPANRB 8/2026). */
  readonly valueDomain: 'integer' | 'decimal';
  /** Every indicator number of the methodology. */
  readonly indicatorNumbers: readonly number[];
  /** Indicators whose record must name a sector (SPBE 2020 indicators 45–47, "Layanan Publik Sektor"). */
  readonly sectorIndicatorNumbers?: readonly number[];
  /** Indicators fed by other national indices ("dinilai dari indeks lain"; Pemdi 2026 indicators 5, 6, 7, 18). */
  readonly externalIndexIndicatorNumbers?: readonly number[];
}
