import { computeIndex, explain, getMethodology, planImprovements } from '@spbe-kit/indicators';
import { z } from 'zod';
import type { SqlExecutor } from '../db/driver.js';
import type { MethodologyId } from './assessment-schemas.js';

const localized = z.object({ id: z.string(), en: z.string() });

/** The cheapest way to the next predikat (`planImprovements`), with the step costs the admin set. */
export const planSchema = z.object({
  methodology: z.string(),
  currentPredicate: z.string(),
  targetPredicate: z.string().nullable(),
  reachable: z.boolean(),
  alreadyAtTop: z.boolean(),
  totalCost: z.number(),
  before: z.object({ index: z.number(), indexDisplay: z.string(), predicate: z.string() }),
  after: z.object({ index: z.number(), indexDisplay: z.string(), predicate: z.string() }).nullable(),
  steps: z.array(
    z.object({
      indicator: z.number().int(),
      name: localized,
      from: z.number(),
      to: z.number(),
      cost: z.number(),
      gain: z.number(),
    }),
  ),
  /** Cost of raising each indicator by one level (person-days; editable by the admin). */
  costs: z.array(z.object({ indicator: z.number().int(), name: localized, cost: z.number().int() })),
});

/** A plan as the API returns it. */
export type PlanDto = z.output<typeof planSchema>;

/** The default cost of one level step, in person-days, when the admin has not set one. */
const defaultStepCost = 10;

/** The step costs of an agency for a methodology, every indicator filled (default for those not set). */
export async function loadCosts(
  db: SqlExecutor,
  agencyId: string,
  methodology: MethodologyId,
): Promise<Map<number, number>> {
  const rows = await db.query<{ indicator_id: string; cost: number }>(
    'SELECT indicator_id, cost FROM improvement_costs WHERE agency_id = $1 AND methodology = $2',
    [agencyId, methodology],
  );
  const stored = new Map(rows.map((row) => [Number(row.indicator_id), row.cost]));
  return new Map(
    getMethodology(methodology).indicators.map((indicator) => [
      indicator.number,
      stored.get(indicator.number) ?? defaultStepCost,
    ]),
  );
}

/**
 * The plan to the next predikat for complete values, from `@spbe-kit/indicators`: `explain` names the next
 * predikat, `planImprovements` finds the cheapest raises under the agency's step costs. Null when incomplete.
 */
export async function planForAssessment(
  db: SqlExecutor,
  agencyId: string,
  methodology: MethodologyId,
  values: Record<number, string>,
): Promise<PlanDto | null> {
  const table = getMethodology(methodology);
  if (Object.keys(values).length < table.indicators.length) return null;
  const result = computeIndex({ methodology, levels: values });
  const costs = await loadCosts(db, agencyId, methodology);
  const costList = table.indicators.map((indicator) => ({
    indicator: indicator.number,
    name: indicator.name,
    cost: costs.get(indicator.number) ?? defaultStepCost,
  }));
  const before = { index: result.index, indexDisplay: result.indexDisplay, predicate: result.predicate };
  const next = explain(result).next;
  if (!next) {
    return {
      methodology,
      currentPredicate: result.predicate,
      targetPredicate: null,
      reachable: false,
      alreadyAtTop: true,
      totalCost: 0,
      before,
      after: null,
      steps: [],
      costs: costList,
    };
  }
  const plan = planImprovements({ current: result, target: next.predicate, costs: Object.fromEntries(costs) });
  return {
    methodology,
    currentPredicate: result.predicate,
    targetPredicate: next.predicate,
    reachable: plan.reachable,
    alreadyAtTop: false,
    totalCost: plan.reachable ? plan.cost : 0,
    before,
    after: plan.reachable
      ? { index: plan.after.index, indexDisplay: plan.after.indexDisplay, predicate: plan.after.predicate }
      : null,
    steps: plan.reachable
      ? plan.steps.map((step) => ({
          indicator: step.number,
          name: step.name,
          from: step.from,
          to: step.to,
          cost: step.cost,
          gain: step.gain,
        }))
      : [],
    costs: costList,
  };
}
