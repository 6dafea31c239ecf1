import type { LocalizedText } from '@spbe-kit/models';
import { IndicatorsError } from './indicators-error.js';

const marker = Symbol.for('spbe-kit.error.HistoryError');

/**
 * Codes of {@link HistoryError}: an entry that is not an object, a year that is not a whole number
 * from 1 to 9999, or a year given twice for the same methodology.
 *
 * @example
 * ```ts
 * import { HistoryError, type HistoryErrorCode } from '@spbe-kit/indicators';
 * function historyCode(error: unknown): HistoryErrorCode | undefined {
 *   return HistoryError.isInstance(error) ? error.code : undefined;
 * }
 * ```
 */
export type HistoryErrorCode =
  'indicators.history_invalid_entry' | 'indicators.history_invalid_year' | 'indicators.history_duplicate_year';

/**
 * A history of index results ({@link indexHistory}) that cannot be drawn: a bad entry or year, or two
 * results for the same year and methodology. `path` names the entry (`[position, 'year']`).
 *
 * @example
 * ```ts
 * import { computeIndex, HistoryError, indexHistory } from '@spbe-kit/indicators';
 * const result = computeIndex({ methodology: 'spbe-2020', domainScores: { 1: 3, 2: 3, 3: 3, 4: 3 } });
 * try {
 *   indexHistory([{ year: 2024, result }, { year: 2024, result }]);
 * } catch (error) {
 *   if (HistoryError.isInstance(error)) error.code; // 'indicators.history_duplicate_year'
 * }
 * ```
 */
export class HistoryError extends IndicatorsError {
  private readonly [marker] = true;
  declare readonly code: HistoryErrorCode;

  /** Whether `value` is a {@link HistoryError}, from this copy of the package or any other (see `SpbeError.isInstance`). */
  static override isInstance(this: void, value: unknown): value is HistoryError {
    return IndicatorsError.hasMarker(value, marker);
  }

  constructor(code: HistoryErrorCode, messages: LocalizedText, path: ReadonlyArray<string | number>) {
    super(code, messages, { path });
  }
}
