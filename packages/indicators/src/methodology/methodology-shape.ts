import type { MethodologyShape } from '@spbe-kit/models';
import type { MethodologyRef } from './methodology-table.js';
import { resolveMethodology } from './resolve-methodology.js';

/**
 * The `MethodologyShape` an assessment record of `@spbe-kit/models` validates against, derived
 * from a methodology table (built-in id or user table), so indicator numbering is written down once.
 *
 * @example
 * ```ts
 * import { methodologyShape } from '@spbe-kit/indicators';
 * const shape = methodologyShape('pemdi-2026');
 * shape.externalIndexIndicatorNumbers; // [5, 6, 7, 18]
 * ```
 */
export function methodologyShape(methodology: MethodologyRef): MethodologyShape {
  const compiled = resolveMethodology(methodology);
  const sector = compiled.indicators
    .filter((indicator) => indicator.definition.sectorChosenByAgency === true)
    .map((indicator) => indicator.number);
  const external = compiled.indicators
    .filter((indicator) => indicator.definition.externalIndex !== undefined)
    .map((indicator) => indicator.number);
  return {
    id: compiled.id,
    valueDomain: compiled.integer ? 'integer' : 'decimal',
    indicatorNumbers: compiled.indicators.map((indicator) => indicator.number),
    ...(sector.length > 0 ? { sectorIndicatorNumbers: sector } : {}),
    ...(external.length > 0 ? { externalIndexIndicatorNumbers: external } : {}),
  };
}
