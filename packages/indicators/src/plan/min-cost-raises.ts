/**
 * Minimum-cost selection of indicator raises reaching a required gain: a grouped knapsack in exact
 * integers. Each group (indicator) offers k = 0..K steps at k × cost with cumulative gain gains[k − 1].
 * Two independent exact methods are provided: dynamic programming over total cost (the planner's
 * default) and dynamic programming over gain; the tests check both against each other and against
 * exhaustive search.
 */

/** One indicator's possible raises. */
export interface RaiseGroup {
  /** Cost of one step, a non-negative integer (cost units). */
  readonly cost: number;
  /** Cumulative gain after 1, 2, … K steps, non-decreasing positive integers (index units). */
  readonly gains: readonly number[];
}

/** A selection: steps per group, its total cost and gain. */
interface RaiseSelection {
  readonly steps: number[];
  readonly cost: number;
  readonly gain: number;
}

/** Work beyond which a method refuses (table cells × choices). */
const WORK_LIMIT = 60_000_000;
/** Table cells (choices remembered) beyond which a method refuses. */
const CELL_LIMIT = 30_000_000;

/** `'unreachable'`: even every raise falls short; `'too-large'`: the method's table would be too large. */
export type SelectionOutcome = RaiseSelection | 'unreachable' | 'too-large';

function totalGain(groups: readonly RaiseGroup[]): number {
  return groups.reduce((sum, group) => sum + (group.gains[group.gains.length - 1] ?? 0), 0);
}

/**
 * DP over cost: best[c] = the largest gain with total cost ≤ c. The answer is the least c with
 * best[c] ≥ need, i.e. the cheapest plan, and among the cheapest the one with the largest gain.
 */
export function minCostByCost(groups: readonly RaiseGroup[], need: number): SelectionOutcome {
  if (need <= 0) return { steps: groups.map(() => 0), cost: 0, gain: 0 };
  if (totalGain(groups) < need) return 'unreachable';
  const maxCost = groups.reduce((sum, group) => sum + group.cost * group.gains.length, 0);
  const steps = groups.reduce((sum, group) => sum + group.gains.length, 0);
  if (
    !Number.isSafeInteger(maxCost) ||
    (maxCost + 1) * (steps + 1) > WORK_LIMIT ||
    (maxCost + 1) * groups.length > CELL_LIMIT
  )
    return 'too-large';
  const best = new Float64Array(maxCost + 1);
  const choices: Uint16Array[] = [];
  for (const group of groups) {
    const choice = new Uint16Array(maxCost + 1);
    const { cost, gains } = group;
    if (cost === 0) {
      const all = gains[gains.length - 1] ?? 0;
      if (all > 0) {
        for (let c = 0; c <= maxCost; c++) best[c] = (best[c] as number) + all;
        choice.fill(gains.length);
      }
    } else {
      // Descending c: best[c − k·cost] still holds the value without this group.
      for (let c = maxCost; c >= cost; c--) {
        let value = best[c] as number;
        let taken = 0;
        for (let k = 1; k <= gains.length && k * cost <= c; k++) {
          const candidate = (best[c - k * cost] as number) + (gains[k - 1] as number);
          if (candidate > value) {
            value = candidate;
            taken = k;
          }
        }
        best[c] = value;
        choice[c] = taken;
      }
    }
    choices.push(choice);
  }
  let budget = 0;
  while ((best[budget] as number) < need) budget++;
  const gain = best[budget] as number;
  const selected = groups.map(() => 0);
  let rest = budget;
  for (let position = groups.length - 1; position >= 0; position--) {
    const taken = choices[position]?.[rest] ?? 0;
    selected[position] = taken;
    rest -= taken * (groups[position]?.cost ?? 0);
  }
  return {
    steps: selected,
    cost: selected.reduce((sum, taken, position) => sum + taken * (groups[position]?.cost ?? 0), 0),
    gain,
  };
}

function gcd(a: number, b: number): number {
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/**
 * DP over gain: least[g] = the least cost reaching gain ≥ g (gains divided by their common divisor,
 * capped at the need). Independent of {@link minCostByCost}; equal minimum cost.
 */
export function minCostByGain(groups: readonly RaiseGroup[], need: number): SelectionOutcome {
  if (need <= 0) return { steps: groups.map(() => 0), cost: 0, gain: 0 };
  if (totalGain(groups) < need) return 'unreachable';
  let divisor = 0;
  for (const group of groups) for (const gain of group.gains) divisor = gcd(gain, divisor);
  divisor ||= 1;
  const cap = Math.ceil(need / divisor);
  const steps = groups.reduce((sum, group) => sum + group.gains.length, 0);
  if ((cap + 1) * (steps + 1) > WORK_LIMIT || (cap + 1) * groups.length > CELL_LIMIT) return 'too-large';
  let least = new Float64Array(cap + 1).fill(Number.POSITIVE_INFINITY);
  least[0] = 0;
  const previous: Int32Array[] = [];
  const taken: Uint16Array[] = [];
  for (const group of groups) {
    const next = Float64Array.from(least);
    const from = new Int32Array(cap + 1).map((_, index) => index);
    const count = new Uint16Array(cap + 1);
    for (let g = 0; g <= cap; g++) {
      const base = least[g] as number;
      if (base === Number.POSITIVE_INFINITY) continue;
      for (let k = 1; k <= group.gains.length; k++) {
        const target = Math.min(cap, g + (group.gains[k - 1] as number) / divisor);
        const cost = base + k * group.cost;
        if (cost < (next[target] as number)) {
          next[target] = cost;
          from[target] = g;
          count[target] = k;
        }
      }
    }
    least = next;
    previous.push(from);
    taken.push(count);
  }
  const selected = groups.map(() => 0);
  let state = cap;
  for (let position = groups.length - 1; position >= 0; position--) {
    selected[position] = taken[position]?.[state] ?? 0;
    state = previous[position]?.[state] ?? state;
  }
  const gain = selected.reduce((sum, k, position) => sum + (k > 0 ? (groups[position]?.gains[k - 1] ?? 0) : 0), 0);
  return { steps: selected, cost: least[cap] as number, gain };
}
