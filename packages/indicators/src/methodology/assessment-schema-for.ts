import { createAssessmentSchema, type AssessmentSchemaOptions } from '@spbe-kit/models';
import type { MethodologyRef } from './methodology-table.js';
import { methodologyShape } from './methodology-shape.js';

/**
 * The full assessment-record schema of a methodology (built-in id or user table): `@spbe-kit/models`'
 * `createAssessmentSchema` applied to {@link methodologyShape}, so records are checked against the
 * same indicator numbering the calculator uses.
 *
 * @example
 * ```ts
 * import { parseWith } from '@spbe-kit/models';
 * import { assessmentSchemaFor } from '@spbe-kit/indicators';
 * const schema = assessmentSchemaFor('pemdi-2026', { requireAllIndicators: false });
 * parseWith(schema, { methodology: 'pemdi-2026', agency: 'Kota Balikpapan', year: 2026, indicators: [] });
 * ```
 */
export function assessmentSchemaFor(
  methodology: MethodologyRef,
  options: AssessmentSchemaOptions = {},
): ReturnType<typeof createAssessmentSchema> {
  return createAssessmentSchema(methodologyShape(methodology), options);
}
