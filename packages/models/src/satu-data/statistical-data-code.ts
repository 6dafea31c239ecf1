import { z } from 'zod';
import { localizedPattern } from '../validation/parse.js';
import { SatuDataError } from './satu-data-error.js';
import { statisticalDataTypes, type StatisticalDataType } from './statistical-data-type-labels.js';
export {
  statisticalDataTypes,
  type StatisticalDataType,
  statisticalDataTypeLabels,
} from './statistical-data-type-labels.js';

/**
 * The pattern of a Kode Standar Data Statistik Nasional: type, 5-digit concept, 2-digit definition,
 * 2-digit classification, e.g. `SD00001.00.00`.
 *
 * @example
 * ```ts
 * import { STATISTICAL_DATA_CODE_PATTERN } from '@spbe-kit/models';
 * new RegExp(STATISTICAL_DATA_CODE_PATTERN).test('SE00012.01.00'); // true
 * ```
 */
export const STATISTICAL_DATA_CODE_PATTERN = `^(${statisticalDataTypes.join('|')})[0-9]{5}\\.[0-9]{2}\\.[0-9]{2}$`;

/**
 * A Kode Standar Data Statistik Nasional (Perba BPS 4/2021), upper case as written, e.g. `SD00001.00.00`.
 *
 * @example
 * ```ts
 * import { statisticalDataCodeSchema } from '@spbe-kit/models';
 * statisticalDataCodeSchema.parse('SP00103.02.01');
 * ```
 */
export const statisticalDataCodeSchema = z.string().regex(
  localizedPattern(new RegExp(STATISTICAL_DATA_CODE_PATTERN), {
    id: 'Kode Standar Data Statistik Nasional tidak valid: harus SD, SP, ST, SE atau UL, 5 digit, titik, 2 digit, titik, 2 digit (mis. SD00001.00.00)',
    en: 'Invalid national statistical data standard code: expected SD, SP, ST, SE or UL, 5 digits, a dot, 2 digits, a dot, 2 digits (e.g. SD00001.00.00)',
  }),
);

/**
 * The parts of a Kode Standar Data Statistik Nasional.
 *
 * @example
 * ```ts
 * import { parseStatisticalDataCode, type StatisticalDataCode } from '@spbe-kit/models';
 * const parts: StatisticalDataCode = parseStatisticalDataCode('SD00001.00.00');
 * ```
 */
export interface StatisticalDataCode {
  /** The code as given. */
  readonly code: string;
  /** Data type, e.g. `'SD'`. */
  readonly type: StatisticalDataType;
  /** 5-digit concept number. */
  readonly concept: string;
  /** 2-digit definition number. */
  readonly definition: string;
  /** 2-digit classification number. */
  readonly classification: string;
}

const CODE = new RegExp(STATISTICAL_DATA_CODE_PATTERN);

/**
 * Splits a Kode Standar Data Statistik Nasional into type, concept, definition and classification.
 * Throws {@link SatuDataError} (`satu_data.invalid_statistical_code`) for anything else.
 *
 * @example
 * ```ts
 * import { parseStatisticalDataCode } from '@spbe-kit/models';
 * parseStatisticalDataCode('SD00001.00.00'); // { code: 'SD00001.00.00', type: 'SD', concept: '00001', definition: '00', classification: '00' }
 * ```
 */
export function parseStatisticalDataCode(input: unknown): StatisticalDataCode {
  if (typeof input !== 'string' || !CODE.test(input)) {
    throw new SatuDataError('satu_data.invalid_statistical_code', {
      id: 'Kode Standar Data Statistik Nasional tidak valid: harus SD, SP, ST, SE atau UL diikuti 5 digit, titik, 2 digit, titik, 2 digit (mis. SD00001.00.00)',
      en: 'Invalid national statistical data standard code: expected SD, SP, ST, SE or UL, 5 digits, a dot, 2 digits, a dot, 2 digits (e.g. SD00001.00.00)',
    });
  }
  return {
    code: input,
    type: input.slice(0, 2) as StatisticalDataType,
    concept: input.slice(2, 7),
    definition: input.slice(8, 10),
    classification: input.slice(11, 13),
  };
}
