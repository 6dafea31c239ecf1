import fc from 'fast-check';
import type { MethodologyTable } from '../methodology/methodology-table.js';

/** Arbitrary complete level maps for a methodology (integers 1–5, or decimals with up to six places). */
export function levelsArbitrary(table: MethodologyTable): fc.Arbitrary<Record<number, number>> {
  const value =
    table.valueDomain === 'integer'
      ? fc.integer({ min: 1, max: 5 })
      : fc.oneof(
          fc.integer({ min: 1, max: 5 }),
          fc.integer({ min: 1_000_000, max: 5_000_000 }).map((units) => units / 1_000_000),
          fc.integer({ min: 100, max: 500 }).map((hundredths) => hundredths / 100),
        );
  return fc.tuple(...table.indicators.map(() => value)).map((values) => {
    const levels: Record<number, number> = {};
    table.indicators.forEach((indicator, position) => {
      levels[indicator.number] = values[position] as number;
    });
    return levels;
  });
}
