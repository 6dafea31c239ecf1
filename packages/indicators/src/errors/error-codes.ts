/**
 * Every code an error of `@spbe-kit/indicators` carries (the error's own `code`; the problems it
 * lists carry an {@link IndexInputIssueCode} or a schema issue code).
 *
 * @example
 * ```ts
 * import { computeIndex, IndicatorsError, type IndicatorsErrorCode } from '@spbe-kit/indicators';
 * let code: IndicatorsErrorCode | undefined;
 * try {
 *   computeIndex({ methodology: 'spbe-2020', levels: {} });
 * } catch (error) {
 *   if (IndicatorsError.isInstance(error)) code = error.code; // 'indicators.input_invalid'
 * }
 * ```
 */
export type IndicatorsErrorCode =
  | 'indicators.history_duplicate_year'
  | 'indicators.history_invalid_entry'
  | 'indicators.history_invalid_year'
  | 'indicators.input_invalid'
  | 'indicators.methodology_invalid'
  | 'indicators.methodology_mismatch'
  | 'indicators.methodology_unknown'
  | 'indicators.plan_too_large';

/**
 * Every code of one problem listed by an `IndexInputError`: which value, key or option of the
 * input is wrong, and how.
 *
 * @example
 * ```ts
 * import { computeIndex, IndexInputError, type IndexInputIssueCode } from '@spbe-kit/indicators';
 * try {
 *   computeIndex({ methodology: 'spbe-2020', levels: { 1: 7 } });
 * } catch (error) {
 *   if (IndexInputError.isInstance(error)) {
 *     const codes: IndexInputIssueCode[] = error.issues.map((issue) => issue.code); // ['indicators.out_of_range', 'indicators.missing', ...]
 *   }
 * }
 * ```
 */
export type IndexInputIssueCode =
  | 'indicators.missing'
  | 'indicators.not_a_number'
  | 'indicators.out_of_range'
  | 'indicators.not_integer'
  | 'indicators.too_precise'
  | 'indicators.unknown_number'
  | 'indicators.invalid_key'
  | 'indicators.invalid_shape'
  | 'indicators.invalid_option'
  | 'indicators.duplicate'
  | 'indicators.requires_levels'
  | 'indicators.incomplete'
  | 'indicators.unreadable';

/**
 * Every rule a methodology table can break, as listed by a `MethodologyError`: its issues carry
 * `methodology.<rule>` (for example `methodology.weight_sum`), or a schema issue code when the table
 * does not have the methodology's shape.
 *
 * @example
 * ```ts
 * import type { MethodologyRule } from '@spbe-kit/indicators';
 * const rule: MethodologyRule = 'weight_sum';
 * const code = `methodology.${rule}`; // 'methodology.weight_sum'
 * ```
 */
export type MethodologyRule =
  | 'band_empty'
  | 'bands_gap'
  | 'bands_overlap'
  | 'bands_range'
  | 'duplicate_number'
  | 'duplicate_predicate'
  | 'duplicate_scale'
  | 'empty_aspect'
  | 'empty_domain'
  | 'missing_domain'
  | 'not_positive'
  | 'precision'
  | 'scale_levels'
  | 'unexpected_domain'
  | 'unknown_aspect'
  | 'unknown_domain'
  | 'unknown_scale'
  | 'weight_sum'
  | 'weight_total';
