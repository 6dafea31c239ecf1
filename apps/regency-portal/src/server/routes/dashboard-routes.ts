import { z } from 'zod';
import {
  agencyParams,
  assessmentSummarySchema,
  methodologyIds,
  resultSchema,
} from '../assessments/assessment-schemas.js';
import { computeResult } from '../assessments/assessment-results.js';
import { agencyHistory, historySeriesSchema } from '../assessments/assessment-history.js';
import { listAssessments, loadValuesByAssessment, valuesOf } from '../assessments/assessment-store.js';
import { summarizeAssessment } from '../assessments/assessment-view.js';
import { defineRoute } from '../http/route.js';
import { getMethodology } from '@spbe-kit/indicators';
import { loadCosts, planForAssessment, planSchema } from '../assessments/improvement-plan.js';
import { ApiError } from '../http/api-error.js';
import type { PortalServices } from '../services.js';
import { agencySchema, loadAgency } from './agency-data.js';

export const dashboardSchema = z.object({
  agency: agencySchema,
  current: assessmentSummarySchema.nullable(),
  /** Which values the current result uses: the assessor's once verified, the self-assessment before. */
  basis: z.enum(['assessor', 'self']).nullable(),
  result: resultSchema.nullable(),
  /** The index over the years, one series per methodology (never one line across spbe-2020 and pemdi-2026). */
  history: z.array(historySeriesSchema),
  plan: planSchema.nullable(),
});

export const dashboardRoute = defineRoute({
  id: 'dashboard.get',
  method: 'get',
  path: '/api/agencies/{agencyId}/dashboard',
  summary:
    'Current index and predikat, breakdown for the radar chart, index over the years per methodology, plan to the next predikat',
  tag: 'dashboard',
  access: { kind: 'permission', permission: 'assessment:read', ownAgency: true },
  params: agencyParams,
  response: dashboardSchema,
  async handler({ services, params }) {
    return services.views.get(services.db, params.agencyId, 'dashboard', () =>
      computeDashboard(services, params.agencyId),
    );
  },
});

async function computeDashboard(services: PortalServices, agencyId: string): Promise<z.input<typeof dashboardSchema>> {
  const params = { agencyId };
  {
    const agency = await loadAgency(services.db, params.agencyId);
    const rows = await listAssessments(services.db, params.agencyId);
    const values = await loadValuesByAssessment(
      services.db,
      rows.map((row) => row.id),
    );
    const summaries = rows.map((row) => ({ row, summary: summarizeAssessment(row, values.get(row.id) ?? []) }));
    const final = (status: string) => status === 'verified' || status === 'locked';
    const history = agencyHistory(rows, values);
    // The dashboard shows the latest assessment that has a complete result.
    const current = summaries.find(({ row, summary }) =>
      final(row.status) ? summary.assessor.complete : summary.self.complete,
    );
    if (!current) return { agency, current: null, basis: null, result: null, history, plan: null };
    const basis = final(current.row.status) ? ('assessor' as const) : ('self' as const);
    const entryValues = valuesOf(values.get(current.row.id) ?? [], basis);
    return {
      agency,
      current: current.summary,
      basis,
      result: computeResult(current.row.methodology, entryValues),
      history,
      plan: await planForAssessment(services.db, params.agencyId, current.row.methodology, entryValues),
    };
  }
}

export const planCostsRoute = defineRoute({
  id: 'plan.costs',
  method: 'put',
  path: '/api/agencies/{agencyId}/plan-costs',
  summary: 'Admin: set the cost of raising indicators by one level (used by the improvement plan)',
  tag: 'dashboard',
  access: { kind: 'permission', permission: 'plan:edit-costs', ownAgency: true },
  params: agencyParams,
  body: z.object({
    methodology: z.enum(methodologyIds),
    costs: z
      .array(z.object({ indicator: z.number().int().min(1).max(200), cost: z.number().int().min(0).max(100_000) }))
      .min(1)
      .max(200),
  }),
  response: z.object({
    methodology: z.enum(methodologyIds),
    costs: z.array(z.object({ indicator: z.number().int(), cost: z.number().int() })),
  }),
  async handler({ services, params, body, user }) {
    const known = new Set(getMethodology(body.methodology).indicators.map((indicator) => indicator.number));
    const unknown = body.costs.filter((item) => !known.has(item.indicator));
    if (unknown.length > 0) {
      throw new ApiError(400, 'plan.unknown_indicator', {
        id: `Indikator ${unknown.map((item) => item.indicator).join(', ')} tidak ada dalam ${body.methodology}.`,
        en: `Indicator ${unknown.map((item) => item.indicator).join(', ')} is not part of ${body.methodology}.`,
      });
    }
    await services.audit.change(
      services.db,
      async (tx) => {
        for (const item of body.costs) {
          await tx.query(
            `INSERT INTO improvement_costs (agency_id, methodology, indicator_id, cost) VALUES ($1, $2, $3, $4)
             ON CONFLICT (agency_id, methodology, indicator_id) DO UPDATE SET cost = EXCLUDED.cost`,
            [params.agencyId, body.methodology, String(item.indicator), item.cost],
          );
        }
      },
      {
        actor: user,
        category: 'configuration',
        action: 'plan.costs.update',
        outcome: 'success',
        resource: { type: 'plan-costs', id: body.methodology },
      },
    );
    const costs = await loadCosts(services.db, params.agencyId, body.methodology);
    return { methodology: body.methodology, costs: [...costs].map(([indicator, cost]) => ({ indicator, cost })) };
  },
});
