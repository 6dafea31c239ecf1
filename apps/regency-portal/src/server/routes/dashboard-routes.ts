import { z } from 'zod';
import { agencyParams, assessmentSummarySchema, methodologyIds, resultSchema } from '../assessments/assessment-schemas.js';
import { computeResult } from '../assessments/assessment-results.js';
import { listAssessments, loadValuesByAssessment, valuesOf } from '../assessments/assessment-store.js';
import { summarizeAssessment } from '../assessments/assessment-view.js';
import { defineRoute } from '../http/route.js';
import { planForAssessment, planSchema } from '../assessments/improvement-plan.js';
import { agencySchema, loadAgency } from './agency-data.js';

export const dashboardSchema = z.object({
  agency: agencySchema,
  current: assessmentSummarySchema.nullable(),
  /** Which values the current result uses: the assessor's once verified, the self-assessment before. */
  basis: z.enum(['assessor', 'self']).nullable(),
  result: resultSchema.nullable(),
  trend: z.array(
    z.object({
      year: z.number().int(),
      methodology: z.enum(methodologyIds),
      index: z.number().nullable(),
      indexDisplay: z.string().nullable(),
      predicate: z.string().nullable(),
      isSample: z.boolean(),
    }),
  ),
  plan: planSchema.nullable(),
});

export const dashboardRoute = defineRoute({
  id: 'dashboard.get',
  method: 'get',
  path: '/api/agencies/{agencyId}/dashboard',
  summary: 'Current index and predikat, breakdown for the radar chart, trend over the years, plan to the next predikat',
  tag: 'dashboard',
  access: { kind: 'permission', permission: 'assessment:read', ownAgency: true },
  params: agencyParams,
  response: dashboardSchema,
  async handler({ services, params }) {
    const agency = await loadAgency(services.db, params.agencyId);
    const rows = await listAssessments(services.db, params.agencyId);
    const values = await loadValuesByAssessment(services.db, rows.map((row) => row.id));
    const summaries = rows.map((row) => ({ row, summary: summarizeAssessment(row, values.get(row.id) ?? []) }));
    const final = (status: string) => status === 'verified' || status === 'locked';
    const trend = summaries
      .map(({ row, summary }) => {
        const result = final(row.status) ? summary.assessor : summary.self;
        return { year: row.year, methodology: row.methodology, index: result.index, indexDisplay: result.indexDisplay, predicate: result.predicate, isSample: row.is_sample };
      })
      .filter((point) => point.index !== null)
      .sort((a, b) => a.year - b.year);
    // The dashboard shows the latest assessment that has a complete result.
    const current = summaries.find(({ row, summary }) => (final(row.status) ? summary.assessor.complete : summary.self.complete));
    if (!current) return { agency, current: null, basis: null, result: null, trend, plan: null };
    const basis = final(current.row.status) ? ('assessor' as const) : ('self' as const);
    const entryValues = valuesOf(values.get(current.row.id) ?? [], basis);
    return {
      agency,
      current: current.summary,
      basis,
      result: computeResult(current.row.methodology, entryValues),
      trend,
      plan: await planForAssessment(services.db, params.agencyId, current.row.methodology, entryValues),
    };
  },
});
