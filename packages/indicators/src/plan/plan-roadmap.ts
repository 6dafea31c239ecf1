import { SpbeError, type LocalizedText } from '@spbe-kit/models';
import { computeIndex, unreadable } from '../compute/compute-index.js';
import { shapeIssue } from '../compute/input-issues.js';
import { IndexInputError } from '../errors/index-input-error.js';
import type { MethodologyRef } from '../methodology/methodology-table.js';
import {
  planImprovements,
  type PlanGoal,
  type PlannedIndex,
  type PlanOptions,
  type PlanTarget,
  type ReachablePlan,
} from './plan-improvements.js';

/**
 * Options of {@link planRoadmap}: the options of `planImprovements` without its single target, plus
 * the number of years and either a final target or one target per year.
 *
 * @example
 * ```ts
 * import type { RoadmapOptions } from '@spbe-kit/indicators';
 * const levels = Object.fromEntries(Array.from({ length: 47 }, (_, i) => [i + 1, 2]));
 * const options: RoadmapOptions = { current: { methodology: 'spbe-2020', levels }, years: 3, target: 'Baik' };
 * ```
 */
export interface RoadmapOptions extends Omit<PlanOptions, 'target' | 'maxRaisePerIndicator'> {
  /** How many years (1–10). */
  readonly years: number;
  /** The target to reach by the last year (give this or `targets`). */
  readonly target?: PlanTarget;
  /** One target per year, in order (give this or `target`). */
  readonly targets?: readonly PlanTarget[];
  /** The most any one indicator may rise in one year, in levels. Default `1`. */
  readonly maxRaisePerIndicator?: number | string;
}

/**
 * One indicator raise in one year of a roadmap.
 *
 * @example
 * ```ts
 * import type { RoadmapRaise } from '@spbe-kit/indicators';
 * const raise: RoadmapRaise = { number: 7, name: { id: 'Tingkat Kematangan …', en: 'Maturity level of …' }, weight: 1.3, from: 2, to: 3, cost: 1 };
 * ```
 */
export interface RoadmapRaise {
  /** Indicator number. */
  readonly number: number;
  /** Official name and English translation. */
  readonly name: LocalizedText;
  /** Weight (percent of the index). */
  readonly weight: number;
  /** Value at the start of the year. */
  readonly from: number;
  /** Value at the end of the year. */
  readonly to: number;
  /** Cost of this raise. */
  readonly cost: number;
}

/**
 * One year of a roadmap.
 *
 * @example
 * ```ts
 * import { planRoadmap } from '@spbe-kit/indicators';
 * const levels = Object.fromEntries(Array.from({ length: 47 }, (_, i) => [i + 1, 2]));
 * const roadmap = planRoadmap({ current: { methodology: 'spbe-2020', levels }, years: 2, target: 'Baik' });
 * if (roadmap.reachable) roadmap.years.map((year) => `${year.year}: ${year.after.indexDisplay} ${year.after.predicate}`);
 * ```
 */
export interface RoadmapYear {
  /** 1 for the first year of the roadmap. */
  readonly year: number;
  /** The raises of the year, in indicator order. */
  readonly steps: readonly RoadmapRaise[];
  /** Cost of the year. */
  readonly cost: number;
  /** Where the assessment stands at the end of the year. */
  readonly after: PlannedIndex;
  /** The target of the year, when one target per year was given. */
  readonly target?: PlanGoal;
  /** Every indicator's value at the end of the year. */
  readonly levels: Readonly<Record<number, number>>;
}

/**
 * What {@link planRoadmap} returns: the years, or why the target cannot be reached.
 *
 * @example
 * ```ts
 * import { planRoadmap, type Roadmap } from '@spbe-kit/indicators';
 * const levels = Object.fromEntries(Array.from({ length: 47 }, (_, i) => [i + 1, 2]));
 * const roadmap: Roadmap = planRoadmap({ current: { methodology: 'spbe-2020', levels }, years: 3, target: 'Sangat Baik' });
 * roadmap.reachable ? roadmap.cost : roadmap.reason.en;
 * ```
 */
export type Roadmap =
  | {
      readonly reachable: true;
      readonly methodology: string;
      /** The final target. */
      readonly target: PlanGoal;
      /** The most one indicator rises in one year. */
      readonly maxRaisePerIndicator: number;
      /** Total cost: with a final target, the least possible for any schedule within the yearly limit. */
      readonly cost: number;
      readonly before: PlannedIndex;
      readonly after: PlannedIndex;
      readonly years: readonly RoadmapYear[];
    }
  | {
      readonly reachable: false;
      readonly methodology: string;
      readonly target: PlanGoal;
      readonly maxRaisePerIndicator: number;
      /** Why, in both languages. */
      readonly reason: LocalizedText;
      /** The year (1-based) whose target cannot be reached, with one target per year. */
      readonly year?: number;
    };

function optionError(path: string, id: string, en: string, received: unknown): IndexInputError {
  return new IndexInputError([shapeIssue([path], { id, en }, received, 'indicators.invalid_option')]);
}

function indexOf(methodology: MethodologyRef, levels: Readonly<Record<number, number>>): PlannedIndex {
  const result = computeIndex({ methodology, levels });
  return {
    index: result.index,
    indexExact: result.indexExact,
    indexDisplay: result.indexDisplay,
    predicate: result.predicate,
  };
}

/** Spreads the raises of one plan over the years, at most `perYear` steps of an indicator a year, balancing the yearly cost. */
function spreadOverYears(plan: ReachablePlan, years: number, perYear: number): Map<number, number[]> {
  const yearCost = new Array<number>(years).fill(0);
  const schedule = new Map<number, number[]>();
  const raises = [...plan.steps].sort((a, b) => b.cost - a.cost || a.number - b.number);
  for (const raise of raises) {
    const perStep = raise.steps === 0 ? 0 : raise.cost / raise.steps;
    const counts = new Array<number>(years).fill(0);
    for (let step = 0; step < raise.steps; step++) {
      let chosen = -1;
      for (let year = 0; year < years; year++) {
        if ((counts[year] ?? 0) >= perYear) continue;
        if (chosen < 0 || (yearCost[year] ?? 0) < (yearCost[chosen] ?? 0)) chosen = year;
      }
      counts[chosen] = (counts[chosen] ?? 0) + 1;
      yearCost[chosen] = (yearCost[chosen] ?? 0) + perStep;
    }
    schedule.set(raise.number, counts);
  }
  return schedule;
}

/**
 * A multi-year roadmap (*peta jalan*): how to reach a target over `years` years when each indicator can
 * rise by at most `maxRaisePerIndicator` levels a year (default 1, the realistic pace).
 *
 * - With a final `target`, the total cost is the **least possible** over every schedule that keeps the
 *   yearly limit: it is `planImprovements` with a limit of `years × maxRaisePerIndicator` (steps cost the
 *   same whatever the year), and its raises are then spread over the years, balancing the yearly cost.
 * - With one target per year (`targets`), each year is the minimum-cost plan from the year before to
 *   that year's target within the yearly limit.
 *
 * @example
 * ```ts
 * import { planRoadmap } from '@spbe-kit/indicators';
 * const levels = Object.fromEntries(Array.from({ length: 47 }, (_, i) => [i + 1, 2]));
 * const roadmap = planRoadmap({ current: { methodology: 'spbe-2020', levels }, years: 3, target: 'Sangat Baik' });
 * if (roadmap.reachable) for (const year of roadmap.years) console.log(year.year, year.after.indexDisplay, year.steps.length);
 * ```
 */
export function planRoadmap(options: RoadmapOptions): Roadmap {
  try {
    if (typeof options !== 'object' || (options as unknown) === null)
      throw optionError('options', 'Opsi harus berupa objek', 'The options must be an object', options);
    const years = options.years;
    if (typeof years !== 'number' || !Number.isInteger(years) || years < 1 || years > 10)
      throw optionError('years', 'years harus bilangan bulat 1–10', 'years must be a whole number 1–10', years);
    const hasTargets = options.targets !== undefined;
    if (hasTargets === (options.target !== undefined))
      throw optionError(
        'target',
        'Berikan target (target akhir) atau targets (satu per tahun), tidak keduanya',
        'Give target (a final target) or targets (one per year), not both',
        options.target,
      );
    if (hasTargets && (!Array.isArray(options.targets) || options.targets.length !== years))
      throw optionError(
        'targets',
        `targets harus berisi ${years} target, satu per tahun`,
        `targets must hold ${years} targets, one per year`,
        options.targets,
      );
    const maxRaise = Number(options.maxRaisePerIndicator ?? 1);
    const step = Number(options.step ?? 1);
    const perYear = Math.round(maxRaise / step);
    if (!(perYear >= 1) || Math.abs(perYear * step - maxRaise) > 1e-9)
      throw optionError(
        'maxRaisePerIndicator',
        'maxRaisePerIndicator harus kelipatan step',
        'maxRaisePerIndicator must be a multiple of step',
        options.maxRaisePerIndicator,
      );
    const { targets, target, years: _years, ...planOptions } = options;
    return hasTargets
      ? yearByYear(planOptions, targets!, maxRaise)
      : spreadFinal(planOptions, target!, years, maxRaise, perYear, step);
  } catch (error) {
    if (SpbeError.isInstance(error)) throw error;
    throw unreadable([], error, options);
  }
}

type PlanBase = Omit<RoadmapOptions, 'years' | 'target' | 'targets'>;

function methodologyOf(options: PlanBase): MethodologyRef {
  const current = options.current as { methodology?: MethodologyRef };
  return options.methodology ?? (current.methodology as MethodologyRef);
}

function spreadFinal(
  options: PlanBase,
  target: PlanTarget,
  years: number,
  maxRaise: number,
  perYear: number,
  step: number,
): Roadmap {
  const plan = planImprovements({ ...options, target, maxRaisePerIndicator: Math.min(4, maxRaise * years) });
  if (!plan.reachable) {
    return {
      reachable: false,
      methodology: plan.methodology,
      target: plan.target,
      maxRaisePerIndicator: maxRaise,
      reason: {
        id: `Dalam ${years} tahun dengan kenaikan paling banyak ${maxRaise} tingkat per indikator per tahun: ${plan.reason.id}`,
        en: `In ${years} years with at most ${maxRaise} level(s) per indicator a year: ${plan.reason.en}`,
      },
    };
  }
  const methodology = methodologyOf(options);
  const schedule = spreadOverYears(plan, years, perYear);
  const levels: Record<number, number> = { ...plan.levels };
  for (const raise of plan.steps) levels[raise.number] = raise.from;
  const roadmapYears: RoadmapYear[] = [];
  for (let year = 0; year < years; year++) {
    const steps: RoadmapRaise[] = [];
    let cost = 0;
    for (const raise of plan.steps) {
      const count = schedule.get(raise.number)?.[year] ?? 0;
      if (count === 0) continue;
      const from = levels[raise.number]!;
      const to = Math.min(raise.to, Number((from + count * step).toFixed(6)));
      const raiseCost = (raise.cost / raise.steps) * count;
      levels[raise.number] = to;
      cost += raiseCost;
      steps.push({ number: raise.number, name: raise.name, weight: raise.weight, from, to, cost: raiseCost });
    }
    steps.sort((a, b) => a.number - b.number);
    roadmapYears.push({ year: year + 1, steps, cost, after: indexOf(methodology, levels), levels: { ...levels } });
  }
  return {
    reachable: true,
    methodology: plan.methodology,
    target: plan.target,
    maxRaisePerIndicator: maxRaise,
    cost: plan.cost,
    before: plan.before,
    after: plan.after,
    years: roadmapYears,
  };
}

function yearByYear(options: PlanBase, targets: readonly PlanTarget[], maxRaise: number): Roadmap {
  const methodology = methodologyOf(options);
  let current: PlanOptions['current'] = options.current;
  const roadmapYears: RoadmapYear[] = [];
  let before: PlannedIndex | undefined;
  let cost = 0;
  for (const [position, target] of targets.entries()) {
    const plan = planImprovements({ ...options, current, target, maxRaisePerIndicator: maxRaise });
    before ??= plan.before;
    if (!plan.reachable) {
      return {
        reachable: false,
        methodology: plan.methodology,
        target: plan.target,
        maxRaisePerIndicator: maxRaise,
        year: position + 1,
        reason: {
          id: `Tahun ${position + 1}: ${plan.reason.id}`,
          en: `Year ${position + 1}: ${plan.reason.en}`,
        },
      };
    }
    cost += plan.cost;
    roadmapYears.push({
      year: position + 1,
      steps: plan.steps.map((raise) => ({
        number: raise.number,
        name: raise.name,
        weight: raise.weight,
        from: raise.from,
        to: raise.to,
        cost: raise.cost,
      })),
      cost: plan.cost,
      after: plan.after,
      target: plan.target,
      levels: plan.levels,
    });
    current = { methodology, levels: plan.levels };
  }
  const last = roadmapYears[roadmapYears.length - 1]!;
  return {
    reachable: true,
    methodology: planMethodologyId(methodology),
    target: last.target!,
    maxRaisePerIndicator: maxRaise,
    cost,
    before: before!,
    after: last.after,
    years: roadmapYears,
  };
}

function planMethodologyId(methodology: MethodologyRef): string {
  return typeof methodology === 'string' ? methodology : methodology.id;
}
