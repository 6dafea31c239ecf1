import { IndexInputError, type IndexInputIssue } from '../errors/index-input-error.js';
import type { MethodologyRef } from '../methodology/methodology-table.js';
import type { Assessment } from '@spbe-kit/models';
import type { IndexInput } from './index-result.js';

/**
 * Which values of an assessment record to compute from.
 */
export type AssessmentValues = 'self' | 'assessor';

/**
 * Options of {@link indexInputFromAssessment}.
 *
 * @example
 * ```ts
 * import type { IndexInputFromAssessmentOptions } from '@spbe-kit/indicators';
 * const options: IndexInputFromAssessmentOptions = { values: 'assessor', partial: true };
 * ```
 */
export interface IndexInputFromAssessmentOptions {
  /**
   * `'self'`: the self-assessment (*penilaian mandiri*); `'assessor'`: the assessor's values. Default:
   * {@link defaultAssessmentValues} (the assessor's values when the record has any).
   */
  readonly values?: AssessmentValues;
  /** Accept indicators without a value (see `IndexInput.partial`); default `false`. */
  readonly partial?: boolean;
  /** A user-defined methodology table to use instead of the record's built-in methodology id. */
  readonly methodology?: MethodologyRef;
}

/**
 * The part of an assessment record (`Assessment` of `@spbe-kit/models`) the conversion reads: the
 * methodology and, per indicator, its number and the two values. A whole `Assessment` is one.
 *
 * @example
 * ```ts
 * import type { Assessment } from '@spbe-kit/models';
 * import type { AssessmentValuesOf } from '@spbe-kit/indicators';
 * declare const record: Assessment;
 * const values: AssessmentValuesOf = record; // every assessment record is accepted as it is
 * ```
 */
export type AssessmentValuesOf = Pick<Assessment, 'methodology'> & {
  readonly indicators: ReadonlyArray<
    Pick<Assessment['indicators'][number], 'number' | 'selfAssessedValue' | 'assessorValue'>
  >;
};

/**
 * Which values of an assessment record are read when the caller does not say: the assessor's values
 * when the record has any (the verified result), otherwise the self-assessment (*penilaian mandiri*).
 *
 * @example
 * ```ts
 * import { defaultAssessmentValues } from '@spbe-kit/indicators';
 * defaultAssessmentValues({ methodology: 'pemdi-2026', indicators: [{ number: 1, selfAssessedValue: 2 }] }); // 'self'
 * ```
 */
export function defaultAssessmentValues(record: AssessmentValuesOf): AssessmentValues {
  const entries: unknown = record !== null && typeof record === 'object' ? record.indicators : undefined;
  if (!Array.isArray(entries)) return 'assessor';
  const hasAssessor = entries.some(
    (entry) =>
      entry !== null && typeof entry === 'object' && (entry as { assessorValue?: unknown }).assessorValue !== undefined,
  );
  return hasAssessor ? 'assessor' : 'self';
}

/**
 * Turns an assessment record of `@spbe-kit/models` (one agency and year, per indicator a
 * self-assessed and an assessor value) into the input of `computeIndex`, taking either the
 * self-assessment or the assessor's values. An indicator listed twice is reported, never silently
 * overwritten; values themselves are checked by `computeIndex`.
 *
 * @example
 * ```ts
 * import { computeIndex, indexInputFromAssessment } from '@spbe-kit/indicators';
 * import type { Assessment } from '@spbe-kit/models';
 * declare const record: Assessment; // e.g. parsed with assessmentSchemaFor('pemdi-2026')
 * const self = computeIndex(indexInputFromAssessment(record, { values: 'self' }));
 * const assessor = computeIndex(indexInputFromAssessment(record, { values: 'assessor' }));
 * console.log(`${self.indexDisplay} / ${assessor.indexDisplay}`); // the published pair, e.g. "1.42 / 1.24"
 * ```
 */
export function indexInputFromAssessment(
  record: AssessmentValuesOf,
  options: IndexInputFromAssessmentOptions = {},
): IndexInput {
  const issues: IndexInputIssue[] = [];
  if (options === null || typeof options !== 'object') options = {};
  const values = options.values ?? defaultAssessmentValues(record);
  if (values !== 'self' && values !== 'assessor') {
    issues.push({
      code: 'indicators.invalid_option',
      path: ['values'],
      message: { id: "values harus 'self' atau 'assessor'", en: "values must be 'self' or 'assessor'" },
    });
  }
  const entries: readonly unknown[] | null =
    record !== null && typeof record === 'object' && Array.isArray(record.indicators) ? record.indicators : null;
  if (entries === null) {
    issues.push({
      code: 'indicators.invalid_shape',
      path: ['indicators'],
      message: { id: 'Daftar indikator tidak ada', en: 'The list of indicators is missing' },
    });
  }
  if (issues.length > 0) throw new IndexInputError(issues);

  const levels = new Map<number, unknown>();
  entries!.forEach((item, position) => {
    const entry = (item !== null && typeof item === 'object' ? item : {}) as {
      readonly number?: unknown;
      readonly selfAssessedValue?: unknown;
      readonly assessorValue?: unknown;
    };
    const number = entry.number;
    if (typeof number !== 'number' || !Number.isInteger(number)) {
      issues.push({
        code: 'indicators.invalid_key',
        path: ['indicators', position, 'number'],
        message: { id: 'Nomor indikator tidak valid', en: 'Invalid indicator number' },
      });
      return;
    }
    if (levels.has(number)) {
      issues.push({
        code: 'indicators.duplicate',
        part: 'indicator',
        number,
        path: ['indicators', position, 'number'],
        message: {
          id: `Indikator ${number} tercantum lebih dari sekali`,
          en: `Indicator ${number} is listed more than once`,
        },
      });
      return;
    }
    const value = values === 'self' ? entry.selfAssessedValue : entry.assessorValue;
    if (value !== undefined) levels.set(number, value);
  });
  if (issues.length > 0) throw new IndexInputError(issues);
  // Values are passed on as they are: computeIndex checks each one against the methodology.
  return {
    methodology: options.methodology ?? record.methodology,
    levels: Object.fromEntries(levels) as IndexInput['levels'],
    ...(options.partial ? { partial: true } : {}),
  };
}
