import { z } from 'zod';
import { agencySchema } from '../agencies/agency.js';
import { parseWith, modelsIssue } from '../validation/parse.js';
import { builtInValueDomains, type BuiltInMethodologyId } from './methodology-ids.js';
import { indicatorAssessmentSchema } from './indicator-assessment.js';
import type { MethodologyShape } from './methodology-shape.js';

const agency = agencySchema;
const year = z.int().min(2018).max(2100);

function assessmentObject<Id extends string>(id: Id, valueDomain: MethodologyShape['valueDomain']) {
  return z.strictObject({
    methodology: z.literal(id),
    /** The agency evaluated. */
    agency,
    /** The evaluation year. */
    year,
    indicators: z.array(indicatorAssessmentSchema(valueDomain)),
  });
}

/**
 * An evaluation of one agency in one year under a built-in methodology (`spbe-2020` or
 * `pemdi-2026`), told apart by `methodology`. It checks the value domain (integers 1–5 for
 * `spbe-2020`, decimals in [1, 5] for `pemdi-2026`) but not the indicator numbering, which belongs to
 * `@spbe-kit/indicators`: for that, use {@link createAssessmentSchema} with the methodology's shape.
 *
 * @example
 * ```ts
 * import { assessmentSchema } from '@spbe-kit/models';
 * assessmentSchema.parse({
 *   methodology: 'pemdi-2026', agency: { kind: 'kabupaten', name: 'Pemerintah Kabupaten Paser', regionCode: '64.01' }, year: 2026,
 *   indicators: [{ number: 1, selfAssessedValue: 1.5, assessorValue: 1.26, evidence: [], verification: { uploaded: true, interviewed: true, approved: true } }],
 * });
 * ```
 */
export const assessmentSchema = z
  .discriminatedUnion('methodology', [
    assessmentObject('spbe-2020', builtInValueDomains['spbe-2020']),
    assessmentObject('pemdi-2026', builtInValueDomains['pemdi-2026']),
  ])
  .meta({
    title: 'SPBE / Pemdi assessment',
    description:
      'An evaluation of one agency in one year under PermenPANRB 59/2020 (spbe-2020) or 8/2026 (pemdi-2026).',
  });

/**
 * An assessment as validated by {@link assessmentSchema} or by a schema from {@link createAssessmentSchema}.
 *
 * @example
 * ```ts
 * import type { Assessment } from '@spbe-kit/models';
 * const assessed = (assessment: Assessment) => assessment.indicators.filter((indicator) => indicator.assessorValue !== undefined).length;
 * ```
 */
export type Assessment = z.output<typeof assessmentSchema>;

/**
 * Options of {@link createAssessmentSchema}.
 *
 * @example
 * ```ts
 * import type { AssessmentSchemaOptions } from '@spbe-kit/models';
 * const options: AssessmentSchemaOptions = { requireAllIndicators: true };
 * ```
 */
export interface AssessmentSchemaOptions {
  /** Require a record for every indicator of the methodology (a finished evaluation). Default `false`. */
  readonly requireAllIndicators?: boolean;
}

const shapeSchema = z
  .strictObject({
    id: z.string().min(1).max(100),
    valueDomain: z.enum(['integer', 'decimal']),
    indicatorNumbers: z.array(z.int().min(1).max(999)).min(1),
    sectorIndicatorNumbers: z.array(z.int().min(1).max(999)).optional(),
    externalIndexIndicatorNumbers: z.array(z.int().min(1).max(999)).optional(),
  })
  .superRefine((shape, context) => {
    const known = new Set(shape.indicatorNumbers);
    if (known.size !== shape.indicatorNumbers.length) {
      context.addIssue({
        code: 'custom',
        path: ['indicatorNumbers'],
        ...modelsIssue('assessment.shape_duplicate_number', {
          id: 'Nomor indikator ganda',
          en: 'Duplicate indicator number',
        }),
      });
    }
    for (const key of ['sectorIndicatorNumbers', 'externalIndexIndicatorNumbers'] as const) {
      shape[key]?.forEach((number, index) => {
        if (!known.has(number)) {
          context.addIssue({
            code: 'custom',
            path: [key, index],
            ...modelsIssue('assessment.shape_unknown_number', {
              id: `Indikator ${number} tidak ada dalam indicatorNumbers`,
              en: `Indicator ${number} is not in indicatorNumbers`,
            }),
          });
        }
      });
    }
    const builtIn = builtInValueDomains[shape.id as BuiltInMethodologyId] as
      MethodologyShape['valueDomain'] | undefined;
    if (builtIn !== undefined && builtIn !== shape.valueDomain) {
      context.addIssue({
        code: 'custom',
        path: ['valueDomain'],
        ...modelsIssue('assessment.shape_value_domain', {
          id: `Metodologi ${shape.id} memakai nilai ${builtIn === 'integer' ? 'bulat' : 'desimal'}`,
          en: `Methodology ${shape.id} uses ${builtIn} values`,
        }),
      });
    }
  });

/**
 * Builds the full assessment schema of one methodology from its {@link MethodologyShape} (which
 * `@spbe-kit/indicators` derives from its tables): the value domain, plus rules the JSON Schema export
 * cannot express (checked by zod only): every indicator number belongs to the methodology and appears
 * once; sector indicators (SPBE 2020 45–47) name their sector and no other indicator does; only
 * indicators fed by other indices may have an `external-index` origin; with `requireAllIndicators`,
 * every indicator is present. The shape itself is validated first (a bad one throws `ValidationError`).
 *
 * @example
 * ```ts
 * import { createAssessmentSchema, parseWith } from '@spbe-kit/models';
 * const schema = createAssessmentSchema({ id: 'pemdi-2026', valueDomain: 'decimal', indicatorNumbers: [1, 2, 3, 4, 5], externalIndexIndicatorNumbers: [5] });
 * parseWith(schema, { methodology: 'pemdi-2026', agency: { kind: 'kota', name: 'Pemerintah Kota Balikpapan', regionCode: '64.71' }, year: 2026, indicators: [] });
 * ```
 */
export function createAssessmentSchema(shape: MethodologyShape, options: AssessmentSchemaOptions = {}) {
  const checked = parseWith(shapeSchema, shape);
  const known = new Set(checked.indicatorNumbers);
  const sector = new Set(checked.sectorIndicatorNumbers ?? []);
  const external = new Set(checked.externalIndexIndicatorNumbers ?? []);
  return assessmentObject(checked.id, checked.valueDomain).superRefine((assessment, context) => {
    const seen = new Set<number>();
    assessment.indicators.forEach((indicator, index) => {
      const path = ['indicators', index];
      const { number } = indicator;
      if (!known.has(number)) {
        context.addIssue({
          code: 'custom',
          path: [...path, 'number'],
          ...modelsIssue('assessment.unknown_indicator', {
            id: `Metodologi ${checked.id} tidak memiliki indikator ${number}`,
            en: `Methodology ${checked.id} has no indicator ${number}`,
          }),
        });
        return;
      }
      if (seen.has(number)) {
        context.addIssue({
          code: 'custom',
          path: [...path, 'number'],
          ...modelsIssue('assessment.duplicate_indicator', {
            id: `Indikator ${number} dinilai lebih dari sekali`,
            en: `Indicator ${number} is assessed more than once`,
          }),
        });
      }
      seen.add(number);
      if (sector.has(number) && indicator.sector === undefined) {
        context.addIssue({
          code: 'custom',
          path: [...path, 'sector'],
          ...modelsIssue('assessment.sector_required', {
            id: `Indikator ${number} harus menyebut sektornya`,
            en: `Indicator ${number} must name its sector`,
          }),
        });
      }
      if (!sector.has(number) && indicator.sector !== undefined) {
        context.addIssue({
          code: 'custom',
          path: [...path, 'sector'],
          ...modelsIssue('assessment.sector_not_allowed', {
            id: `Indikator ${number} bukan indikator sektor`,
            en: `Indicator ${number} is not a sector indicator`,
          }),
        });
      }
      if (indicator.origin?.kind === 'external-index' && !external.has(number)) {
        context.addIssue({
          code: 'custom',
          path: [...path, 'origin'],
          ...modelsIssue('assessment.external_origin_not_allowed', {
            id: `Indikator ${number} tidak dinilai dari indeks lain`,
            en: `Indicator ${number} is not taken from another index`,
          }),
        });
      }
    });
    if (options.requireAllIndicators) {
      const missing = checked.indicatorNumbers.filter((number) => !seen.has(number));
      if (missing.length > 0) {
        context.addIssue({
          code: 'custom',
          path: ['indicators'],
          ...modelsIssue('assessment.missing_indicator', {
            id: `Indikator belum dinilai: ${missing.join(', ')}`,
            en: `Indicators not yet assessed: ${missing.join(', ')}`,
          }),
        });
      }
    }
  });
}
