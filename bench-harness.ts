// The benchmark harness of the workspace (see docs/adr/0004-interleaved-benchmarks.md). Every group
// measures its baseline and each candidate INTERLEAVED in the same process: one round runs every
// entry once (in an order that rotates from round to round), so a noisy neighbour or a slow drift of
// the machine hits both sides of a ratio alike. A ratio is computed per round from the medians of
// that round's samples, and reported as the median of the rounds with its spread (10th–90th
// percentile of the per-round ratios). Results go to `.bench/results/<group>.json` in the package;
// `pnpm bench` (scripts/bench.mjs) collects them, prints every goal with a met / not met mark and
// writes the generated sections of the READMEs.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'vitest';

/** How a goal is judged. Ratios are throughput ratios: candidate ops/s ÷ baseline ops/s. */
export type Goal =
  | { kind: 'ratio-at-least'; value: number }
  | { kind: 'slowdown-at-most'; value: number }
  | { kind: 'extra-ms-at-most'; value: number }
  | { kind: 'median-ms-below'; value: number }
  | { kind: 'per-second-at-least'; value: number };

/** One measured entry: `run` is one operation (it may process `items` items). */
export interface Entry {
  name: string;
  run: () => unknown;
  /** Items processed by one operation (events, assessments), for the items-per-second figure. */
  items?: number;
  goal?: Goal;
}

/** A group: one baseline (named `baseline: …`) and the candidates measured against it. */
export interface GroupSpec {
  group: string;
  baseline: Entry;
  candidates: Entry[];
  /** Rounds measured (after `warmupRounds` discarded ones). Default 20. */
  rounds?: number;
  warmupRounds?: number;
  /** Operations timed one by one per entry and round. Default 1. */
  samplesPerRound?: number;
  /** Unit of `items`, for the report ("events", "assessments"). */
  unit?: string;
  /**
   * `wall` (default): the wall-clock time of `run`. `cpu`: the CPU time (user + system) this process
   * used during `run`, for synchronous work, so waiting for a busy shared CPU is not counted.
   * `reported`: `run` resolves to the milliseconds to record (for example the CPU time a child
   * process reports).
   */
  timing?: 'wall' | 'cpu' | 'reported';
  /** Called before every timed operation of an entry, untimed (e.g. to reset state). */
  beforeEach?: () => unknown;
}

/** Statistics of one entry of a group, as written to the results file. */
export interface EntryResult {
  name: string;
  medianMs: number;
  p99Ms: number;
  samples: number;
  itemsPerSecond?: number;
  /** Candidates only: median of the per-round ratios and their 10th–90th percentile. */
  ratio?: number;
  ratioLow?: number;
  ratioHigh?: number;
  /** Candidates only: median of the per-round differences of the medians (candidate − baseline). */
  extraMs?: number;
  goal?: Goal & { met: boolean; measured: number };
}

/** A metric that is not a timing (bytes per event), with an optional goal on its value. */
export interface MetricSpec {
  group: string;
  name: string;
  value: number;
  unit: string;
  goal?: { kind: 'at-most' | 'at-least'; value: number; label: string };
}

const quantile = (sorted: number[], q: number): number => {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return (sorted[low] as number) + ((sorted[high] as number) - (sorted[low] as number)) * (position - low);
};
const sortedCopy = (values: number[]): number[] => [...values].sort((a, b) => a - b);
const median = (values: number[]): number => quantile(sortedCopy(values), 0.5);

const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);

function writeResult(kind: 'group' | 'metric', name: string, body: object): void {
  // `pnpm bench:scale` keeps its results apart, so that it can run beside `pnpm bench`.
  const directory = path.join(
    process.cwd(),
    '.bench',
    process.env.SPBE_BENCH_SCALE === '1' ? 'results-scale' : 'results',
  );
  mkdirSync(directory, { recursive: true });
  writeFileSync(path.join(directory, `${kind}-${slug(name)}.json`), `${JSON.stringify(body, null, 2)}\n`);
}

/** Judges a candidate's goal from its statistics; `measured` is the figure the goal is about. */
function judge(goal: Goal, result: EntryResult): Goal & { met: boolean; measured: number } {
  switch (goal.kind) {
    case 'ratio-at-least':
      return { ...goal, measured: result.ratio ?? Number.NaN, met: (result.ratio ?? 0) >= goal.value };
    case 'slowdown-at-most': {
      const slowdown = 1 / (result.ratio ?? 0);
      return { ...goal, measured: slowdown, met: slowdown <= goal.value };
    }
    case 'extra-ms-at-most':
      return { ...goal, measured: result.extraMs ?? Number.NaN, met: (result.extraMs ?? Infinity) <= goal.value };
    case 'median-ms-below':
      return { ...goal, measured: result.medianMs, met: result.medianMs < goal.value };
    case 'per-second-at-least':
      return {
        ...goal,
        measured: result.itemsPerSecond ?? Number.NaN,
        met: (result.itemsPerSecond ?? 0) >= goal.value,
      };
  }
}

/** Measures a group interleaved and returns (and writes) its results. */
export async function measureGroup(spec: GroupSpec): Promise<EntryResult[]> {
  if (!spec.baseline.name.startsWith('baseline: '))
    throw new TypeError(`the baseline of "${spec.group}" must be named "baseline: …"`);
  const entries = [spec.baseline, ...spec.candidates];
  const rounds = spec.rounds ?? 20;
  const warmupRounds = spec.warmupRounds ?? 2;
  const perRound = spec.samplesPerRound ?? 1;
  const samples = entries.map(() => [] as number[]);
  const roundMedians = entries.map(() => [] as number[]);
  for (let round = 0; round < warmupRounds + rounds; round++) {
    for (let step = 0; step < entries.length; step++) {
      const index = (round + step) % entries.length;
      const entry = entries[index] as Entry;
      const times: number[] = [];
      for (let sample = 0; sample < perRound; sample++) {
        await spec.beforeEach?.();
        const cpuStart = process.cpuUsage();
        const start = performance.now();
        const reported = await entry.run();
        const elapsed = performance.now() - start;
        const cpu = process.cpuUsage(cpuStart);
        times.push(
          spec.timing === 'reported'
            ? Number(reported)
            : spec.timing === 'cpu'
              ? (cpu.user + cpu.system) / 1000
              : elapsed,
        );
      }
      if (round >= warmupRounds) {
        (samples[index] as number[]).push(...times);
        (roundMedians[index] as number[]).push(median(times));
      }
    }
  }
  const baselineRounds = roundMedians[0] as number[];
  const results = entries.map((entry, index): EntryResult => {
    const sorted = sortedCopy(samples[index] as number[]);
    const result: EntryResult = {
      name: entry.name,
      medianMs: quantile(sorted, 0.5),
      p99Ms: quantile(sorted, 0.99),
      samples: sorted.length,
    };
    if (entry.items !== undefined) result.itemsPerSecond = (entry.items * 1000) / result.medianMs;
    if (index > 0) {
      const mine = roundMedians[index] as number[];
      const ratios = sortedCopy(mine.map((ms, round) => (baselineRounds[round] as number) / ms));
      result.ratio = quantile(ratios, 0.5);
      result.ratioLow = quantile(ratios, 0.1);
      result.ratioHigh = quantile(ratios, 0.9);
      result.extraMs = median(mine.map((ms, round) => ms - (baselineRounds[round] as number)));
      if (entry.goal) result.goal = judge(entry.goal, result);
    }
    return result;
  });
  writeResult('group', spec.group, {
    group: spec.group,
    timing: spec.timing ?? 'wall',
    unit: spec.unit ?? null,
    rounds,
    samplesPerRound: perRound,
    entries: results,
  });
  return results;
}

/** Registers a vitest test that measures the group (benchmarks run with `pnpm bench`, never in `npm test`). */
export function benchGroup(spec: GroupSpec): void {
  test(spec.group, async () => {
    await measureGroup(spec);
  });
}

/** Records a metric that is not a timing (bytes per event, …) with its goal. */
export function recordMetric(spec: MetricSpec): void {
  const met =
    spec.goal === undefined
      ? undefined
      : spec.goal.kind === 'at-most'
        ? spec.value <= spec.goal.value
        : spec.value >= spec.goal.value;
  writeResult('metric', `${spec.group} ${spec.name}`, { ...spec, met });
}
