import { builtInMethodologies } from '../methodologies/built-in-methodologies.js';
import type { CompiledMethodology } from '../methodology/compiled-methodology.js';

const METHODOLOGY = Symbol('spbe-kit.indicators.methodology');

/**
 * Results remember the methodology they were computed with (a non-enumerable property that JSON and
 * structured clones drop), so that explain/plan/compare work with user-defined tables without asking
 * for the table again. A result read back from JSON falls back to its built-in id or an explicit option.
 */
export function attachMethodology<T extends object>(result: T, methodology: CompiledMethodology): T {
  // A built-in table needs no attachment: the id the result names resolves to the very same table, and
  // skipping the property definition keeps a batch of full results fast (no per-result defineProperty).
  if ((builtInMethodologies as Record<string, unknown>)[methodology.id] === methodology.table) return result;
  Object.defineProperty(result, METHODOLOGY, { value: methodology, enumerable: false });
  return result;
}

/** The methodology a result was computed with, if it still carries it. */
export function attachedMethodology(result: unknown): CompiledMethodology | undefined {
  if (typeof result !== 'object' || result === null) return undefined;
  const value = (result as Record<symbol, unknown>)[METHODOLOGY];
  return value === undefined ? undefined : (value as CompiledMethodology);
}
