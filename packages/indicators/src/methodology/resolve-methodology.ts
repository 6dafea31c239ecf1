import type { IssuePath } from '@spbe-kit/models';
import { IndexInputError } from '../errors/index-input-error.js';
import { UnknownMethodologyError } from '../errors/unknown-methodology-error.js';
import { builtInMethodologies } from '../methodologies/built-in-methodologies.js';
import type { CompiledMethodology } from './compiled-methodology.js';
import { compileMethodology } from './validate-methodology.js';

const builtIn = new Map<string, CompiledMethodology>();
const userTables = new WeakMap<object, CompiledMethodology>();

/**
 * The engine's form of a methodology given by built-in id or as a table (validated once, then cached
 * per table object). Throws `UnknownMethodologyError`, `MethodologyError` or `IndexInputError`.
 */
export function resolveMethodology(ref: unknown, path: IssuePath = ['methodology']): CompiledMethodology {
  if (typeof ref === 'string') {
    const cached = builtIn.get(ref);
    if (cached) return cached;
    if (!Object.prototype.hasOwnProperty.call(builtInMethodologies, ref))
      throw new UnknownMethodologyError(JSON.stringify(ref.slice(0, 60)), path);
    const table = builtInMethodologies[ref as keyof typeof builtInMethodologies];
    const compiled = userTables.get(table) ?? compileMethodology(table);
    builtIn.set(ref, compiled);
    userTables.set(table, compiled);
    return compiled;
  }
  if (typeof ref === 'object' && ref !== null) {
    const cached = userTables.get(ref);
    if (cached) return cached;
    const compiled = compileMethodology(ref);
    userTables.set(ref, compiled);
    return compiled;
  }
  throw new IndexInputError([
    {
      code: 'indicators.invalid_shape',
      path,
      message: {
        id: "Metodologi harus berupa id ('spbe-2020', 'pemdi-2026') atau tabel metodologi",
        en: "The methodology must be an id ('spbe-2020', 'pemdi-2026') or a methodology table",
      },
      received: typeof ref,
    },
  ]);
}
