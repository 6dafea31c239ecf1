import { UnknownMethodologyError } from '../errors/unknown-methodology-error.js';
import type { BuiltInMethodologyId, MethodologyTable } from '../methodology/methodology-table.js';
import { pemdi2026 } from './pemdi-2026.js';
import { spbe2020 } from './spbe-2020.js';

/**
 * The built-in methodologies by id: `'spbe-2020'` (PermenPANRB 59/2020, evaluations 2021–2025) and
 * `'pemdi-2026'` (PermenPANRB 8/2026, from 2026; transcribed data — see its `caveats`).
 *
 * @example
 * ```ts
 * import { builtInMethodologies } from '@spbe-kit/indicators';
 * Object.keys(builtInMethodologies); // ['spbe-2020', 'pemdi-2026']
 * ```
 */
export const builtInMethodologies: Readonly<Record<BuiltInMethodologyId, MethodologyTable>> = {
  'spbe-2020': spbe2020,
  'pemdi-2026': pemdi2026,
};

/**
 * The table of a built-in methodology; throws {@link UnknownMethodologyError} for any other id.
 *
 * @example
 * ```ts
 * import { getMethodology } from '@spbe-kit/indicators';
 * getMethodology('pemdi-2026').regulation.reference; // 'PermenPANRB No. 8 Tahun 2026'
 * ```
 */
export function getMethodology(id: BuiltInMethodologyId): MethodologyTable {
  const table =
    typeof id === 'string' && Object.prototype.hasOwnProperty.call(builtInMethodologies, id)
      ? builtInMethodologies[id]
      : undefined;
  if (!table)
    throw new UnknownMethodologyError(typeof id === 'string' ? JSON.stringify(id.slice(0, 60)) : typeof id, []);
  return table;
}
