import { SpbeError, type IssuePath } from '@spbe-kit/models';
import { IndexInputError, type IndexInputIssue } from '../errors/index-input-error.js';
import { MethodologyMismatchError } from '../errors/methodology-mismatch-error.js';
import type { CompiledMethodology } from '../methodology/compiled-methodology.js';
import type { MethodologyRef } from '../methodology/methodology-table.js';
import { resolveMethodology } from '../methodology/resolve-methodology.js';
import { computeInto, MethodologyMemo, unreadable } from './compute-index.js';
import type { IndexResult, PartialIndexResult } from './index-result.js';
import { shapeIssue } from './input-issues.js';
import { attachedMethodology } from './result-methodology.js';

/** A result read back and recomputed, with its methodology. */
export interface TrustedResult {
  readonly methodology: CompiledMethodology;
  readonly result: PartialIndexResult;
}

function invalid(path: IssuePath, id: string, en: string, received?: unknown): IndexInputError {
  return new IndexInputError([shapeIssue(path, { id, en }, received)]);
}

/**
 * Reads a result given back by a user (possibly from JSON, possibly edited) and recomputes it from
 * the data it carries — its indicator values, or aspect or domain scores — so that explain, plan,
 * compare and summarize work on exact, validated numbers and never trust a stored index.
 * The methodology comes from the result itself (when it was computed in this process), from
 * `methodology` (for a user-defined table read back from JSON) or from the built-in id it names.
 */
export function readResult(value: unknown, path: IssuePath, methodology?: MethodologyRef): TrustedResult {
  try {
    if (typeof value !== 'object' || value === null)
      throw invalid(path, 'Hasil indeks harus berupa objek', 'An index result must be an object', value);
    const record = value as Record<string, unknown>;
    const id = record.methodology;
    if (typeof id !== 'string')
      throw invalid(
        [...path, 'methodology'],
        'Hasil indeks tidak menyebut metodologinya',
        'The index result does not name its methodology',
        id,
      );
    const compiled = attachedMethodology(value) ?? resolveMethodology(methodology ?? id, [...path, 'methodology']);
    if (compiled.id !== id) throw new MethodologyMismatchError(compiled.id, id, [...path, 'methodology']);
    const source = record.source ?? 'levels';
    const partial = record.complete === false;
    const input: Record<string, unknown> = { methodology: compiled.table, partial };
    const entries = (field: string, key: string, valueField: string): Record<number, unknown> => {
      const list = record[field];
      if (!Array.isArray(list))
        throw invalid([...path, field], `${field} harus berupa array`, `${field} must be an array`, list);
      const out: Record<number, unknown> = {};
      list.forEach((entry: unknown, position) => {
        if (typeof entry !== 'object' || entry === null)
          throw invalid([...path, field, position], 'Entri harus berupa objek', 'An entry must be an object', entry);
        const number = (entry as Record<string, unknown>)[key];
        const entryValue = (entry as Record<string, unknown>)[valueField];
        if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 0) {
          throw invalid([...path, field, position, key], 'Nomor entri tidak valid', 'Invalid entry number', number);
        }
        if (entryValue !== null) out[number] = entryValue;
      });
      return out;
    };
    switch (source) {
      case 'levels':
        input.levels = entries('indicators', 'number', 'value');
        break;
      case 'aspectScores':
        input.aspectScores = entries('aspects', 'id', 'exact');
        break;
      case 'domainScores':
        input.domainScores = entries('domains', 'id', 'exact');
        break;
      default:
        throw invalid(
          [...path, 'source'],
          "source harus 'levels', 'aspectScores' atau 'domainScores'",
          "source must be 'levels', 'aspectScores' or 'domainScores'",
          source,
        );
    }
    const issues: IndexInputIssue[] = [];
    const result = computeInto(input, path, issues, new MethodologyMemo(), false);
    if (!result || issues.length > 0) throw new IndexInputError(issues);
    return { methodology: compiled, result: result as PartialIndexResult };
  } catch (error) {
    if (SpbeError.isInstance(error)) throw error;
    throw unreadable(path, error);
  }
}

/** Like {@link readResult} but the result must be complete. */
export function readCompleteResult(
  value: unknown,
  path: IssuePath,
  methodology?: MethodologyRef,
): { methodology: CompiledMethodology; result: IndexResult } {
  const read = readResult(value, path, methodology);
  if (!read.result.complete) {
    throw new IndexInputError([
      shapeIssue(
        path,
        {
          id: 'Hasil indeks belum lengkap (ada nilai yang hilang)',
          en: 'The index result is incomplete (some values are missing)',
        },
        undefined,
        'indicators.incomplete',
      ),
    ]);
  }
  return { methodology: read.methodology, result: read.result };
}
