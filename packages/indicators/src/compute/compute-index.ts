import { SpbeError, type IssuePath } from '@spbe-kit/models';
import { IndexInputError, type IndexInputIssue } from '../errors/index-input-error.js';
import type { CompiledMethodology } from '../methodology/compiled-methodology.js';
import { resolveMethodology } from '../methodology/resolve-methodology.js';
import { readLevels, resultFromLevels, summaryFromUnits } from './compute-from-levels.js';
import { readScores, resultFromScores } from './compute-from-scores.js';
import type { IndexInput, IndexResult, IndexSummary, PartialIndexResult } from './index-result.js';
import { shapeIssue } from './input-issues.js';

/** Remembers the last methodology resolved, so a batch of inputs naming the same one resolves it once. */
export class MethodologyMemo {
  private lastRef: unknown;
  private last: CompiledMethodology | undefined;

  resolve(ref: unknown, inputPath: IssuePath): CompiledMethodology {
    if (this.last !== undefined && ref === this.lastRef) return this.last;
    const compiled = resolveMethodology(ref, [...inputPath, 'methodology']);
    this.lastRef = ref;
    this.last = compiled;
    return compiled;
  }
}

/** An unexpected failure while reading the input (e.g. a throwing getter) becomes a typed error. */
export function unreadable(path: IssuePath, cause: unknown): IndexInputError {
  if (IndexInputError.isInstance(cause)) return cause;
  return new IndexInputError([
    shapeIssue(
      path,
      { id: 'Masukan tidak dapat dibaca', en: 'The input cannot be read' },
      undefined,
      'indicators.unreadable',
    ),
  ]);
}

/**
 * Computes one input, collecting issues into `issues` (returns undefined when there are any).
 * `scratch` (batches) is a reusable array for the indicator values.
 */
export function computeInto(
  input: unknown,
  path: IssuePath,
  issues: IndexInputIssue[],
  memo: MethodologyMemo,
  summary: boolean,
  defaultUnknownKeys: 'reject' | 'ignore' = 'reject',
  scratch?: number[],
): PartialIndexResult | IndexSummary | undefined {
  if (typeof input !== 'object' || input === null) {
    issues.push(shapeIssue(path, { id: 'Masukan harus berupa objek', en: 'The input must be an object' }, input));
    return undefined;
  }
  const {
    methodology: ref,
    levels,
    aspectScores,
    domainScores,
    partial,
    unknownKeys,
  } = input as Record<string, unknown>;
  const methodology = memo.resolve(ref, path);
  const given =
    (levels === undefined ? 0 : 1) + (aspectScores === undefined ? 0 : 1) + (domainScores === undefined ? 0 : 1);
  if (given !== 1) {
    issues.push(
      shapeIssue(path, {
        id:
          given === 0
            ? 'Berikan salah satu dari levels, aspectScores atau domainScores'
            : 'Berikan hanya satu dari levels, aspectScores atau domainScores',
        en:
          given === 0
            ? 'Give one of levels, aspectScores or domainScores'
            : 'Give only one of levels, aspectScores or domainScores',
      }),
    );
    return undefined;
  }
  if (partial !== undefined && typeof partial !== 'boolean') {
    issues.push(
      shapeIssue(
        [...path, 'partial'],
        { id: 'partial harus true atau false', en: 'partial must be true or false' },
        partial,
        'indicators.invalid_option',
      ),
    );
    return undefined;
  }
  if (unknownKeys !== undefined && unknownKeys !== 'reject' && unknownKeys !== 'ignore') {
    issues.push(
      shapeIssue(
        [...path, 'unknownKeys'],
        { id: "unknownKeys harus 'reject' atau 'ignore'", en: "unknownKeys must be 'reject' or 'ignore'" },
        unknownKeys,
        'indicators.invalid_option',
      ),
    );
    return undefined;
  }
  const allowPartial = partial === true && !summary;
  const checkKeys = (unknownKeys ?? defaultUnknownKeys) !== 'ignore';
  if (levels !== undefined) {
    const read = readLevels(methodology, levels, allowPartial, path, issues, checkKeys, scratch);
    if (!read) return undefined;
    return summary ? summaryFromUnits(methodology, read.numerator) : resultFromLevels(methodology, read);
  }
  if (domainScores !== undefined && methodology.domains.length === 0) {
    issues.push(
      shapeIssue([...path, 'domainScores'], {
        id: `Metodologi ${methodology.id} tidak memiliki domain; gunakan levels atau aspectScores`,
        en: `Methodology ${methodology.id} has no domains; use levels or aspectScores`,
      }),
    );
    return undefined;
  }
  const part = aspectScores !== undefined ? 'aspect' : 'domain';
  const read = readScores(
    methodology,
    part,
    part === 'aspect' ? aspectScores : domainScores,
    allowPartial,
    [...path, part === 'aspect' ? 'aspectScores' : 'domainScores'],
    issues,
    checkKeys,
  );
  if (!read) return undefined;
  const result = resultFromScores(methodology, read);
  return summary ? { index: result.index as number, predicate: result.predicate as string } : result;
}

/**
 * Computes an index: from indicator `levels`, from `aspectScores` or from `domainScores`
 * (publications give only domain scores for most agencies — exact too). The predikat is decided on
 * the exact value; `index` is the closest double and `indexDisplay` is rounded half-up to two decimals.
 * Throws {@link IndexInputError} listing every problem (indicator number, value, reason), or a
 * methodology error. With `partial: true` missing entries are allowed and reported.
 *
 * @example
 * ```ts
 * import { computeIndex } from '@spbe-kit/indicators';
 * const result = computeIndex({ methodology: 'spbe-2020', domainScores: { 1: 3.7, 2: 3.4, 3: 3.0, 4: 3.2 } });
 * result.indexExact;   // '3.282'
 * result.indexDisplay; // '3.28'
 * result.predicate;    // 'Baik'
 * ```
 */
export function computeIndex(input: IndexInput & { readonly partial?: false }): IndexResult;
export function computeIndex(input: IndexInput): PartialIndexResult;
export function computeIndex(input: IndexInput): PartialIndexResult {
  const issues: IndexInputIssue[] = [];
  let result: PartialIndexResult | IndexSummary | undefined;
  try {
    result = computeInto(input, [], issues, new MethodologyMemo(), false);
  } catch (error) {
    if (SpbeError.isInstance(error)) throw error;
    throw unreadable([], error);
  }
  if (!result || issues.length > 0) throw new IndexInputError(issues);
  return result as PartialIndexResult;
}
