import { type IssuePath, type LocalizedText } from '@spbe-kit/models';
import { PlanTooLargeError } from '../errors/plan-too-large-error.js';
import { IndexInputError, type IndexInputIssue } from '../errors/index-input-error.js';
import { decimalPlaces, rationalFrom, unitsFromRational } from '../exact/exact-input.js';
import { displayText, exactText } from '../exact/exact-units.js';
import { Rational } from '../exact/rational.js';
import { bandOfUnits } from '../compute/classify.js';
import { computeInto, MethodologyMemo, unreadable } from '../compute/compute-index.js';
import type { IndexInput, IndexResult, PartialIndexResult } from '../compute/index-result.js';
import { describeReceived, shapeIssue } from '../compute/input-issues.js';
import { readCompleteResult } from '../compute/read-result.js';
import type { CompiledMethodology } from '../methodology/compiled-methodology.js';
import type { MethodologyRef } from '../methodology/methodology-table.js';
import { containerOf, valueAt, type Container } from '../compute/value-container.js';
import { minCostByCost, minCostByGain, type RaiseGroup, type SelectionOutcome } from './min-cost-raises.js';

/**
 * A predikat to reach (its lower bound).
 *
 * @example
 * ```ts
 * import type { PredicateTarget } from '@spbe-kit/indicators';
 * const target: PredicateTarget = { predicate: 'Sangat Baik' };
 * ```
 */
export interface PredicateTarget {
  /** The predikat label, e.g. `'Sangat Baik'`. */
  readonly predicate: string;
}

/**
 * An index value to reach.
 *
 * @example
 * ```ts
 * import type { IndexTarget } from '@spbe-kit/indicators';
 * const target: IndexTarget = { index: '3.25' };
 * ```
 */
export interface IndexTarget {
  /** The index, a number or exact text in [1, 5]. */
  readonly index: number | string;
}

/**
 * What to reach: a predikat (its lower bound) or an index value. A bare string is a predikat.
 *
 * @example
 * ```ts
 * import type { PlanTarget } from '@spbe-kit/indicators';
 * const targets: PlanTarget[] = ['Sangat Baik', { predicate: 'Baik' }, { index: '3.25' }];
 * ```
 */
export type PlanTarget = string | PredicateTarget | IndexTarget;

/**
 * The target a plan aims at.
 *
 * @example
 * ```ts
 * import { planImprovements } from '@spbe-kit/indicators';
 * const levels = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [i + 1, 2]));
 * planImprovements({ current: { methodology: 'pemdi-2026', levels }, target: 'Baik' }).target; // { index: 2.5, indexExact: '2.5', predicate: 'Baik' }
 * ```
 */
export interface PlanGoal {
  /** The target index (closest double). */
  readonly index: number;
  /** The target index, exact. */
  readonly indexExact: string;
  /** The predikat of the target index. */
  readonly predicate: string;
}

/**
 * Options of {@link planImprovements}.
 *
 * @example
 * ```ts
 * import { planImprovements, type PlanOptions } from '@spbe-kit/indicators';
 * const levels = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [i + 1, 1.26]));
 * const options: PlanOptions = { current: { methodology: 'pemdi-2026', levels }, target: { index: 2 }, step: 0.25, costs: { 19: 2 }, fixed: [5, 6, 7] };
 * planImprovements(options);
 * ```
 */
export interface PlanOptions {
  /** The current assessment: a result computed from levels, or an input with `levels`. */
  readonly current: IndexResult | PartialIndexResult | IndexInput;
  /** The predikat or index to reach. */
  readonly target: PlanTarget;
  /** Cost of one step per indicator number (default 1 each); non-negative, at most six decimals. */
  readonly costs?: Readonly<Record<number, number | string>> | ReadonlyMap<number, number | string>;
  /** Highest value each indicator may reach (default 5). */
  readonly ceilings?: Readonly<Record<number, number | string>> | ReadonlyMap<number, number | string>;
  /** Indicators that cannot change. */
  readonly fixed?: Iterable<number>;
  /**
   * Size of one step (default 1 level). Whole levels for integer methodologies (spbe-2020); any
   * positive decimal with at most six places for decimal ones (pemdi-2026). The last step stops at the ceiling.
   */
  readonly step?: number | string;
  /** The methodology table, when `current` is a user-defined methodology's result read back from JSON. */
  readonly methodology?: MethodologyRef;
  /**
   * The most any one indicator may rise in this plan, in levels (`1`: one level a year, the realistic
   * pace of a regency). Whole levels for integer methodologies, a decimal for decimal ones. Default: no limit.
   */
  readonly maxRaisePerIndicator?: number | string;
}

/**
 * One indicator raise of a plan.
 *
 * @example
 * ```ts
 * import { planImprovements } from '@spbe-kit/indicators';
 * const levels = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [i + 1, 2]));
 * const plan = planImprovements({ current: { methodology: 'pemdi-2026', levels }, target: 'Baik' });
 * if (plan.reachable) plan.steps.map((raise) => `${raise.number}: ${raise.from} → ${raise.to}`);
 * ```
 */
export interface PlannedRaise {
  /** Indicator number. */
  readonly number: number;
  /** Official name and English translation. */
  readonly name: LocalizedText;
  /** Weight (percent of the index). */
  readonly weight: number;
  /** Current value. */
  readonly from: number;
  /** Planned value. */
  readonly to: number;
  /** Number of steps. */
  readonly steps: number;
  /** Cost of these steps. */
  readonly cost: number;
  /** Index points gained. */
  readonly gain: number;
  /** Index points gained, exact. */
  readonly gainExact: string;
}

/**
 * An index value with its exact form, display and predikat.
 *
 * @example
 * ```ts
 * import { planImprovements } from '@spbe-kit/indicators';
 * const levels = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [i + 1, 2]));
 * const plan = planImprovements({ current: { methodology: 'pemdi-2026', levels }, target: 'Baik' });
 * plan.before; // { index: 2, indexExact: '2', indexDisplay: '2.00', predicate: 'Cukup' }
 * ```
 */
export interface PlannedIndex {
  /** The index. */
  readonly index: number;
  /** The index, exact. */
  readonly indexExact: string;
  /** Rounded half-up to two decimals. */
  readonly indexDisplay: string;
  /** Predikat decided on the exact value. */
  readonly predicate: string;
}

/**
 * A plan that reaches the target.
 *
 * @example
 * ```ts
 * import { planImprovements, type ReachablePlan } from '@spbe-kit/indicators';
 * const levels = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [i + 1, 2]));
 * const plan = planImprovements({ current: { methodology: 'pemdi-2026', levels }, target: 'Baik' });
 * if (plan.reachable) { const reachable: ReachablePlan = plan; console.log(reachable.after.predicate); }
 * ```
 */
export interface ReachablePlan {
  /** `true`: the target can be reached. */
  readonly reachable: true;
  /** Methodology id. */
  readonly methodology: string;
  /** The target index (a predikat's lower bound or the index asked for). */
  readonly target: PlanGoal;
  /** `true` when the current assessment already meets the target (no steps). */
  readonly alreadyMet: boolean;
  /** Total cost of the plan: the least possible. */
  readonly cost: number;
  /** The raises, in indicator order. */
  readonly steps: readonly PlannedRaise[];
  /** Where the assessment stands now. */
  readonly before: PlannedIndex;
  /** The resulting index and predikat. */
  readonly after: PlannedIndex;
  /** Every indicator's value after the plan (ready for `computeIndex`). */
  readonly levels: Readonly<Record<number, number>>;
}

/**
 * The answer when no combination of allowed raises reaches the target.
 *
 * @example
 * ```ts
 * import { planImprovements } from '@spbe-kit/indicators';
 * const levels = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [i + 1, 2]));
 * const plan = planImprovements({ current: { methodology: 'pemdi-2026', levels }, target: 'Memuaskan', fixed: [13, 14, 19, 20] });
 * if (!plan.reachable) console.log(plan.reason.id, plan.best.indexExact, plan.shortfallExact);
 * ```
 */
export interface UnreachablePlan {
  /** `false`: the target cannot be reached with the allowed raises. */
  readonly reachable: false;
  /** Methodology id. */
  readonly methodology: string;
  /** The target. */
  readonly target: PlanGoal;
  /** Why, in both languages. */
  readonly reason: LocalizedText;
  /** Where the assessment stands now. */
  readonly before: PlannedIndex;
  /** The best reachable: every allowed raise taken to its ceiling. */
  readonly best: PlannedIndex;
  /** Index points still missing after every allowed raise, exact. */
  readonly shortfallExact: string;
}

/**
 * What {@link planImprovements} returns.
 *
 * @example
 * ```ts
 * import { planImprovements, type ImprovementPlan } from '@spbe-kit/indicators';
 * const levels = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [i + 1, 2]));
 * const plan: ImprovementPlan = planImprovements({ current: { methodology: 'pemdi-2026', levels }, target: 'Baik' });
 * plan.reachable ? plan.cost : plan.reason.en;
 * ```
 */
export type ImprovementPlan = ReachablePlan | UnreachablePlan;

const COST_DECIMALS = 6;

function optionIssue(path: IssuePath, messages: LocalizedText, received: unknown): IndexInputIssue {
  return shapeIssue(path, messages, received, 'indicators.invalid_option');
}

/** Reads `current`: an input with levels (validated by the calculator) or a result computed from levels. */
function readCurrent(options: PlanOptions): { methodology: CompiledMethodology; result: IndexResult } {
  const current = options.current as unknown;
  if (typeof current === 'object' && current !== null && 'levels' in current) {
    const issues: IndexInputIssue[] = [];
    const memo = new MethodologyMemo();
    const result = computeInto({ ...(current as object), partial: false }, ['current'], issues, memo, false);
    if (!result || issues.length > 0) throw new IndexInputError(issues);
    return {
      methodology: memo.resolve((current as unknown as { methodology: unknown }).methodology, ['current']),
      result: result as IndexResult,
    };
  }
  const read = readCompleteResult(current, ['current'], options.methodology);
  if (read.result.source !== 'levels') {
    throw new IndexInputError([
      shapeIssue(
        ['current'],
        {
          id: 'Perencanaan memerlukan nilai per indikator (levels)',
          en: 'Planning needs the indicator values (levels)',
        },
        read.result.source,
        'indicators.requires_levels',
      ),
    ]);
  }
  return read;
}

function readTarget(
  methodology: CompiledMethodology,
  target: unknown,
  issues: IndexInputIssue[],
): Rational | undefined {
  const predicate =
    typeof target === 'string'
      ? target
      : typeof target === 'object' && target !== null
        ? (target as { predicate?: unknown }).predicate
        : undefined;
  if (typeof predicate === 'string') {
    // Predikat names match whatever the case and spacing ("sangat baik", "SANGAT  BAIK").
    const wanted = predicate.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id');
    const band = methodology.bands.find((entry) => entry.band.predicate.toLocaleLowerCase('id') === wanted);
    if (band) return band.from;
    issues.push(
      optionIssue(
        ['target', 'predicate'],
        {
          id: `Predikat tidak dikenal; gunakan ${methodology.bandPredicates.join(', ')}`,
          en: `Unknown predikat; use ${methodology.bandPredicates.join(', ')}`,
        },
        predicate,
      ),
    );
    return undefined;
  }
  const index = typeof target === 'object' && target !== null ? (target as { index?: unknown }).index : undefined;
  const exact = rationalFrom(index, true);
  if (exact && exact.compare(Rational.ONE) >= 0 && exact.compare(Rational.of(5n)) <= 0) return exact;
  issues.push(
    optionIssue(
      ['target'],
      {
        id: 'target harus predikat atau { index } dalam rentang 1–5',
        en: 'target must be a predikat or { index } in 1–5',
      },
      target,
    ),
  );
  return undefined;
}

function readPerIndicator(
  methodology: CompiledMethodology,
  value: unknown,
  field: 'costs' | 'ceilings',
  issues: IndexInputIssue[],
): Map<number, Rational> {
  const out = new Map<number, Rational>();
  if (value === undefined) return out;
  const container: Container | undefined = containerOf(value, [], issues, field);
  if (!container) return out;
  const keys = container.kind === 'map' ? [...container.map.keys()] : Object.keys(container.object);
  for (const key of keys) {
    const number =
      typeof key === 'number' ? key : typeof key === 'string' && /^\d{1,16}$/.test(key) ? Number(key) : Number.NaN;
    if (!methodology.indicatorPosition.has(number)) {
      issues.push(
        optionIssue(
          [field, Number.isNaN(number) ? (typeof key === 'string' ? key.slice(0, 40) : describeReceived(key)) : number],
          { id: 'Nomor indikator tidak dikenal', en: 'Unknown indicator number' },
          key,
        ),
      );
      continue;
    }
    const raw = valueAt(container, number);
    const exact = rationalFrom(raw, false);
    if (field === 'costs') {
      if (
        !exact ||
        exact.numerator < 0n ||
        exact.compare(Rational.of(1_000_000n)) > 0 ||
        unitsFromRational(exact, 10 ** COST_DECIMALS) === undefined
      ) {
        issues.push(
          optionIssue(
            [field, number],
            {
              id: 'Biaya harus angka ≥ 0 (paling banyak 6 desimal, paling besar 1.000.000)',
              en: 'A cost must be a number ≥ 0 (at most 6 decimals, at most 1,000,000)',
            },
            raw,
          ),
        );
        continue;
      }
    } else if (
      !exact ||
      exact.compare(Rational.ONE) < 0 ||
      exact.compare(Rational.of(5n)) > 0 ||
      unitsFromRational(exact, methodology.valueScale) === undefined
    ) {
      issues.push(
        optionIssue(
          [field, number],
          { id: 'Batas atas harus nilai yang sah dalam rentang 1–5', en: 'A ceiling must be a valid value in 1–5' },
          raw,
        ),
      );
      continue;
    }
    out.set(number, exact);
  }
  return out;
}

function readMaxRaise(methodology: CompiledMethodology, value: unknown, issues: IndexInputIssue[]): number | undefined {
  if (value === undefined) return undefined;
  const exact = rationalFrom(value, false);
  const units = exact && exact.numerator > 0n ? unitsFromRational(exact, methodology.valueScale) : undefined;
  if (units === undefined || units <= 0 || units > 4 * methodology.valueScale) {
    issues.push(
      optionIssue(
        ['maxRaisePerIndicator'],
        methodology.integer
          ? {
              id: 'maxRaisePerIndicator harus tingkat bulat 1–4',
              en: 'maxRaisePerIndicator must be a whole number of levels 1–4',
            }
          : {
              id: 'maxRaisePerIndicator harus angka > 0 dan ≤ 4',
              en: 'maxRaisePerIndicator must be a number > 0 and ≤ 4',
            },
        value,
      ),
    );
    return undefined;
  }
  return units;
}

function indexAt(methodology: CompiledMethodology, numerator: number): PlannedIndex {
  const denominator = methodology.indexDenominator;
  return {
    index: numerator / denominator,
    indexExact: exactText(numerator, denominator),
    indexDisplay: displayText(numerator, denominator),
    predicate: methodology.bandPredicates[bandOfUnits(methodology, numerator)] as string,
  };
}

/** Which exact method the planner uses; exported for the tests that check the two methods agree. */
export type PlanMethod = 'by-cost' | 'by-gain';

/**
 * Finds the **minimum-cost** set of indicator raises that reaches a target predikat or index — an
 * exact optimum (dynamic programming over integer costs and weight units, not a greedy heuristic),
 * with per-indicator step costs (default 1), ceilings, fixed indicators and a step size. Among the
 * cheapest plans it returns one that raises the index most. When no allowed raises reach the target
 * it says so (`reachable: false`) with the best reachable index.
 *
 * @example
 * ```ts
 * import { planImprovements } from '@spbe-kit/indicators';
 * const levels = Object.fromEntries(Array.from({ length: 47 }, (_, i) => [i + 1, 2]));
 * const plan = planImprovements({ current: { methodology: 'spbe-2020', levels }, target: 'Baik' });
 * if (plan.reachable) console.log(plan.cost, plan.after.predicate, plan.steps.map((s) => s.number));
 * ```
 */
export function planImprovements(options: PlanOptions): ImprovementPlan {
  return planWith(options, 'by-cost');
}

/** {@link planImprovements} with an explicit method (used by the tests to cross-check both). */
export function planWith(options: PlanOptions, method: PlanMethod): ImprovementPlan {
  try {
    if (typeof options !== 'object' || (options as unknown) === null) {
      throw new IndexInputError([
        shapeIssue([], { id: 'Opsi harus berupa objek', en: 'The options must be an object' }, options),
      ]);
    }
    const { methodology, result } = readCurrent(options);
    const issues: IndexInputIssue[] = [];
    const target = readTarget(methodology, options.target, issues);
    const costs = readPerIndicator(methodology, options.costs, 'costs', issues);
    const ceilings = readPerIndicator(methodology, options.ceilings, 'ceilings', issues);
    const fixed = new Set<number>();
    if (options.fixed !== undefined) {
      const fixedValue = options.fixed as unknown;
      if (
        typeof fixedValue !== 'object' ||
        fixedValue === null ||
        typeof (fixedValue as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function'
      ) {
        issues.push(
          optionIssue(
            ['fixed'],
            { id: 'fixed harus berupa daftar nomor indikator', en: 'fixed must be a list of indicator numbers' },
            fixedValue,
          ),
        );
      } else {
        for (const number of fixedValue as Iterable<unknown>) {
          if (typeof number === 'number' && methodology.indicatorPosition.has(number)) fixed.add(number);
          else
            issues.push(
              optionIssue(['fixed'], { id: 'Nomor indikator tidak dikenal', en: 'Unknown indicator number' }, number),
            );
        }
      }
    }
    const stepExact = rationalFrom(options.step ?? 1, false);
    const stepUnits =
      stepExact && stepExact.numerator > 0n ? unitsFromRational(stepExact, methodology.valueScale) : undefined;
    if (stepUnits === undefined || stepUnits <= 0 || stepUnits > 4 * methodology.valueScale) {
      issues.push(
        methodology.integer
          ? optionIssue(
              ['step'],
              { id: 'step harus tingkat bulat 1–4', en: 'step must be a whole number of levels 1–4' },
              options.step,
            )
          : optionIssue(
              ['step'],
              {
                id: 'step harus angka > 0 dan ≤ 4 dengan paling banyak 6 desimal',
                en: 'step must be a number > 0 and ≤ 4 with at most 6 decimals',
              },
              options.step,
            ),
      );
    }
    const maxRaiseUnits = readMaxRaise(methodology, options.maxRaisePerIndicator, issues);
    if (issues.length > 0 || target === undefined || stepUnits === undefined) throw new IndexInputError(issues);

    const valueScale = methodology.valueScale;
    const denominator = methodology.indexDenominator;
    const costScale = 10 ** Math.max(0, ...[...costs.values()].map((cost) => decimalPlaces(cost)));
    const currentUnits = result.indicators.map((indicator) => Math.round(indicator.value * valueScale));
    const numerator = currentUnits.reduce(
      (sum, units, position) => sum + units * (methodology.indicators[position]?.weightUnits ?? 0),
      0,
    );
    const scaledTarget = target.multiply(Rational.of(BigInt(denominator)));
    const targetUnits = Number((scaledTarget.numerator + scaledTarget.denominator - 1n) / scaledTarget.denominator);
    const need = targetUnits - numerator;

    const groups: RaiseGroup[] = [];
    const ceilingUnits: number[] = [];
    methodology.indicators.forEach((indicator, position) => {
      const value = currentUnits[position] ?? valueScale;
      const ceilingRational = ceilings.get(indicator.number);
      const allowed = fixed.has(indicator.number)
        ? value
        : ceilingRational
          ? (unitsFromRational(ceilingRational, valueScale) ?? value)
          : 5 * valueScale;
      // A per-indicator limit is a tighter ceiling: the search stays exact and minimum-cost.
      const ceiling = maxRaiseUnits === undefined ? allowed : Math.max(value, Math.min(allowed, value + maxRaiseUnits));
      ceilingUnits.push(ceiling);
      const gains: number[] = [];
      for (let raised = value; raised < ceiling;) {
        raised = Math.min(ceiling, raised + stepUnits);
        gains.push((raised - value) * indicator.weightUnits);
      }
      const cost = costs.get(indicator.number);
      groups.push({ cost: cost ? (unitsFromRational(cost, costScale) ?? 0) : costScale, gains });
    });
    const targetInfo = {
      index: target.toNumber(),
      indexExact: target.toExactString(),
      predicate: methodology.bandPredicates[bandOfUnits(methodology, targetUnits)] as string,
    };
    const before = indexAt(methodology, numerator);
    let outcome: SelectionOutcome = method === 'by-cost' ? minCostByCost(groups, need) : minCostByGain(groups, need);
    if (outcome === 'too-large')
      outcome = method === 'by-cost' ? minCostByGain(groups, need) : minCostByCost(groups, need);
    if (outcome === 'too-large') throw new PlanTooLargeError();
    if (outcome === 'unreachable') {
      const bestNumerator =
        numerator + groups.reduce((sum, group) => sum + (group.gains[group.gains.length - 1] ?? 0), 0);
      const best = indexAt(methodology, bestNumerator);
      return {
        reachable: false,
        methodology: methodology.id,
        target: targetInfo,
        reason: {
          id: `Target ${targetInfo.indexExact} (${targetInfo.predicate}) tidak dapat dicapai: dengan semua peningkatan yang diizinkan indeks paling tinggi ${best.indexExact} (${best.predicate})`,
          en: `Target ${targetInfo.indexExact} (${targetInfo.predicate}) cannot be reached: with every allowed raise the index is at most ${best.indexExact} (${best.predicate})`,
        },
        before,
        best,
        shortfallExact: exactText(targetUnits - bestNumerator, denominator),
      };
    }
    const selection = outcome;
    const steps: PlannedRaise[] = [];
    const levels: Record<number, number> = {};
    let gainTotal = 0;
    methodology.indicators.forEach((indicator, position) => {
      const taken = selection.steps[position] ?? 0;
      const value = currentUnits[position] ?? valueScale;
      const raised = taken === 0 ? value : Math.min(ceilingUnits[position] ?? value, value + taken * stepUnits);
      levels[indicator.number] = raised / valueScale;
      if (taken === 0) return;
      const gainUnits = (raised - value) * indicator.weightUnits;
      gainTotal += gainUnits;
      steps.push({
        number: indicator.number,
        name: indicator.definition.name,
        weight: indicator.definition.weight,
        from: value / valueScale,
        to: raised / valueScale,
        steps: taken,
        cost: (taken * (groups[position]?.cost ?? 0)) / costScale,
        gain: gainUnits / denominator,
        gainExact: exactText(gainUnits, denominator),
      });
    });
    return {
      reachable: true,
      methodology: methodology.id,
      target: targetInfo,
      alreadyMet: need <= 0,
      cost: selection.cost / costScale,
      steps,
      before,
      after: indexAt(methodology, numerator + gainTotal),
      levels,
    };
  } catch (error) {
    throw unreadable([], error, options);
  }
}
