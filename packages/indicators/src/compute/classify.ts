import type { Rational } from '../exact/rational.js';
import type { CompiledBand, CompiledMethodology } from '../methodology/compiled-methodology.js';

/** The band of an index given as integer units of 1 / indexDenominator (exact, no floating point). */
export function bandOfUnits(methodology: CompiledMethodology, units: number): number {
  const thresholds = methodology.bandThresholds;
  const last = thresholds.length - 1;
  for (let rank = 0; rank < last; rank++) {
    if (units >= (thresholds[rank] as number)) return rank;
  }
  return last;
}

/** The band of an exact index. */
export function bandOfRational(methodology: CompiledMethodology, value: Rational): CompiledBand {
  const bands = methodology.bands;
  for (const band of bands) {
    if (value.compare(band.from) >= 0) return band;
  }
  return bands[bands.length - 1] as CompiledBand;
}
