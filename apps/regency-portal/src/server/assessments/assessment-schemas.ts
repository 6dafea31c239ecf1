import { builtInMethodologyIds } from '@spbe-kit/models';
import { z } from 'zod';

/** The methodologies an assessment can follow (ids from `@spbe-kit/models`, tables in `@spbe-kit/indicators`). */
export const methodologyIds = builtInMethodologyIds;
/** A methodology id. */
export type MethodologyId = (typeof methodologyIds)[number];

/** Workflow: the operator fills a draft and submits it; the asesor verifies it (then it is locked) or returns it. */
const assessmentStatuses = ['draft', 'submitted', 'verified', 'locked'] as const;
/** An assessment's status. */
export type AssessmentStatus = (typeof assessmentStatuses)[number];

const localized = z.object({ id: z.string(), en: z.string() });

/** An indicator value as typed: "3", "2.5", 2.5. Range and granularity are checked by the methodology. */
const indicatorValueSchema = z
  .union([
    z.number(),
    z
      .string()
      .trim()
      .regex(/^\d(\.\d{1,2})?$/),
  ])
  .transform((value) => String(value));

const evidenceLinkSchema = z.object({
  title: z.string().trim().min(1).max(200),
  url: z.url({ protocol: /^https?$/ }).max(2000),
});

export const selfAssessmentBodySchema = z.object({
  selfValue: indicatorValueSchema.nullable(),
  evidenceLinks: z.array(evidenceLinkSchema).max(20).default([]),
  note: z.string().max(4000).default(''),
});

export const assessorReviewBodySchema = z.object({
  assessorValue: indicatorValueSchema.nullable(),
  recommendation: z.string().max(4000).default(''),
});

export const createAssessmentBodySchema = z.object({
  year: z.number().int().min(2018).max(2100),
  methodology: z.enum(methodologyIds),
});

export const transitionBodySchema = z.object({ note: z.string().max(2000).default('') });

const summary = z.object({
  complete: z.boolean(),
  index: z.number().nullable(),
  indexDisplay: z.string().nullable(),
  predicate: z.string().nullable(),
  filled: z.number().int(),
  total: z.number().int(),
});

export const assessmentSummarySchema = z.object({
  id: z.string(),
  agencyId: z.string(),
  year: z.number().int(),
  methodology: z.enum(methodologyIds),
  status: z.enum(assessmentStatuses),
  isSample: z.boolean(),
  self: summary,
  assessor: summary,
});

const breakdownItem = z.object({ id: z.number(), name: localized, weight: z.number(), index: z.number().nullable() });

export const resultSchema = summary.extend({
  range: z.object({ min: z.number(), max: z.number(), minPredicate: z.string(), maxPredicate: z.string() }).nullable(),
  domains: z.array(breakdownItem),
  aspects: z.array(breakdownItem.extend({ domain: z.number().nullable(), exact: z.string().nullable() })),
});

const entrySchema = z.object({
  indicator: z.number().int(),
  name: localized,
  aspect: z.number().int(),
  weight: z.number(),
  externalIndex: localized.nullable(),
  selfValue: z.string().nullable(),
  assessorValue: z.string().nullable(),
  evidenceLinks: z.array(evidenceLinkSchema),
  evidenceFiles: z.array(
    z.object({ id: z.string(), fileName: z.string(), contentType: z.string(), sizeBytes: z.number().int() }),
  ),
  note: z.string(),
  recommendation: z.string(),
});

const holdingBackSchema = z.object({
  indicator: z.number().int(),
  name: localized,
  value: z.number(),
  weight: z.number(),
  /** Index points lost against the top level: weight × (max − value) / 100. */
  gap: z.number(),
});

export const assessmentDetailSchema = assessmentSummarySchema.extend({
  methodologyName: localized,
  valueDomain: z.enum(['integer', 'decimal']),
  levels: z.array(z.object({ level: z.number(), name: localized })),
  entries: z.array(entrySchema),
  selfResult: resultSchema,
  assessorResult: resultSchema,
  comparison: z.array(
    z.object({
      indicator: z.number().int(),
      selfValue: z.number().nullable(),
      assessorValue: z.number().nullable(),
      difference: z.number().nullable(),
    }),
  ),
  holdingBack: z.array(holdingBackSchema),
});

export const agencyParams = z.object({ agencyId: z.string().regex(/^\d{2}(\.\d{2})?$/) });
export const assessmentParams = agencyParams.extend({ assessmentId: z.uuid() });
export const entryParams = assessmentParams.extend({ indicator: z.coerce.number().int().min(1).max(200) });
