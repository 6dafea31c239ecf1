import { z } from 'zod';
import { methodologyIds } from '../assessments/assessment-schemas.js';
import { summarizeAssessment } from '../assessments/assessment-view.js';
import { computeResult } from '../assessments/assessment-results.js';
import { listAssessments, loadValuesByAssessment, valuesOf } from '../assessments/assessment-store.js';
import { apiErrors } from '../http/api-error.js';
import { defineRoute } from '../http/route.js';
import { agencySchema, listChildAgencies } from './agency-data.js';

const regionParams = z.object({ regionCode: z.string().regex(/^\d{2}(\.\d{2})?$/) });

const publicSummarySchema = z.object({
  agency: agencySchema,
  /** Verified (final) results only, oldest first; sample data says so. */
  results: z.array(
    z.object({
      year: z.number().int(),
      methodology: z.enum(methodologyIds),
      index: z.number(),
      indexDisplay: z.string(),
      predicate: z.string(),
      isSample: z.boolean(),
      /** Aspect indices as decimals (for display and charts). */
      aspectScores: z.record(z.string(), z.number()),
      /**
       * The same aspect indices exactly, as rational text (`"17/6"` is 2.8333…): labelled exact because they are
       * only for recomputing and comparing the index without rounding, never for display.
       */
      aspectScoresExact: z.record(z.string(), z.string()),
    }),
  ),
});

/** Each aspect's index as a decimal, and exactly under a name that says so. */
function aspectScoresOf(aspects: { id: number; index: number | null; exact: string | null }[]) {
  return {
    aspectScores: Object.fromEntries(aspects.map((aspect) => [String(aspect.id), aspect.index ?? 0])),
    aspectScoresExact: Object.fromEntries(aspects.map((aspect) => [String(aspect.id), aspect.exact ?? ''])),
  };
}

export const publicSummaryRoute = defineRoute({
  id: 'public.index-summary',
  method: 'get',
  path: '/api/public/v1/regions/{regionCode}/index-summary',
  summary: "A regency's verified index results by year (public: what a province gathers from each deployment)",
  tag: 'public',
  access: { kind: 'public' },
  params: regionParams,
  response: publicSummarySchema,
  async handler({ services, params }) {
    const [row] = await services.db.query<{
      id: string;
      region_code: string;
      kind: 'province' | 'regency' | 'city';
      name: string;
      parent_id: string | null;
    }>('SELECT id, region_code, kind, name, parent_id FROM agencies WHERE region_code = $1', [params.regionCode]);
    if (!row) throw apiErrors.notFound({ id: 'Wilayah', en: 'Region' });
    return services.views.get(services.db, row.id, 'public-summary', async () => {
      const assessments = (await listAssessments(services.db, row.id)).filter(
        (assessment) => assessment.status === 'verified' || assessment.status === 'locked',
      );
      const values = await loadValuesByAssessment(
        services.db,
        assessments.map((assessment) => assessment.id),
      );
      const results = assessments
        .map((assessment) => ({
          assessment,
          summary: summarizeAssessment(assessment, values.get(assessment.id) ?? []).assessor,
        }))
        .filter(({ summary }) => summary.complete && summary.index !== null)
        .map(({ assessment, summary }) => ({
          ...aspectScoresOf(
            computeResult(assessment.methodology, valuesOf(values.get(assessment.id) ?? [], 'assessor')).aspects,
          ),
          year: assessment.year,
          methodology: assessment.methodology,
          index: summary.index!,
          indexDisplay: summary.indexDisplay!,
          predicate: summary.predicate!,
          isSample: assessment.is_sample,
        }))
        .sort((a, b) => a.year - b.year);
      return {
        agency: { id: row.id, regionCode: row.region_code, kind: row.kind, name: row.name, parentId: row.parent_id },
        results,
      };
    });
  },
});

export const publicMembersRoute = defineRoute({
  id: 'public.province-members',
  method: 'get',
  path: '/api/public/v1/provinces/{regionCode}/members',
  summary: 'The regencies and cities of a province known to this deployment',
  tag: 'public',
  access: { kind: 'public' },
  params: regionParams,
  response: z.object({ province: z.string(), members: z.array(agencySchema) }),
  async handler({ services, params }) {
    return { province: params.regionCode, members: await listChildAgencies(services.db, params.regionCode) };
  },
});
