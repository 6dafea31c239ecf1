import { benchGroup } from '../../../../bench-harness.ts';
import type * as Indicators from '../index.js';
import type { IndexInput } from './index-result.js';

// Measure the published build (one bundled module, as users run it) rather than the sources through
// the test runner's per-module transform. `pnpm bench` runs after `pnpm build` (turbo: bench → build).
const { computeIndexes, spbe2020 } = (await import(
  new URL('../../dist/index.js', import.meta.url).href
)) as typeof Indicators;

// 100,000 spbe-2020 assessments from levels (deterministic pseudo-random levels 1–5).
const COUNT = 100_000;
let seed = 20_240_601;
const random = (): number => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const inputs: IndexInput[] = [];
for (let assessment = 0; assessment < COUNT; assessment++) {
  const levels: Record<number, number> = {};
  for (let number = 1; number <= 47; number++) levels[number] = 1 + Math.floor(random() * 5);
  inputs.push({ methodology: 'spbe-2020', levels });
}

// The floor any implementation can reach: weights as integers of 0.05, no validation, no objects.
const weightUnits = spbe2020.indicators.map((indicator) => Math.round(indicator.weight * 20));
const thresholds = [84, 70, 52, 36].map((bound) => bound * 100); // 4.2, 3.5, 2.6, 1.8 × 2000 weight units
const labels = ['Memuaskan', 'Sangat Baik', 'Baik', 'Cukup', 'Kurang'];
function handWrittenLoop(): { index: number; predicate: string }[] {
  const out: { index: number; predicate: string }[] = [];
  for (const input of inputs) {
    const levels = input.levels as Record<number, number>;
    let sum = 0;
    for (let number = 1; number <= 47; number++)
      sum += (weightUnits[number - 1] as number) * (levels[number] as number);
    let band = 0;
    while (band < 4 && sum < (thresholds[band] as number)) band++;
    out.push({ index: sum / 2000, predicate: labels[band] as string });
  }
  return out;
}

// The floor of full results in their published shape: the same objects and arrays (an object per result
// holding its own `indicators`, `aspects` and `domains` arrays of shared entries) built with no validation,
// no exact texts and no lookups. What full results cost above the loop is mostly this shape's memory.
const sharedEntry = Object.freeze({
  number: 0,
  name: { id: '', en: '' },
  weight: 0,
  value: 0,
  contribution: 0,
  aspect: 0,
});
function handBuiltResults(): object[] {
  const out: object[] = [];
  for (const input of inputs) {
    const levels = input.levels as Record<number, number>;
    let sum = 0;
    const indicators = new Array<object>(47);
    for (let number = 1; number <= 47; number++) {
      sum += (weightUnits[number - 1] as number) * (levels[number] as number);
      indicators[number - 1] = sharedEntry;
    }
    const aspects = new Array<object>(8).fill(sharedEntry);
    const domains = new Array<object>(4).fill(sharedEntry);
    let band = 0;
    while (band < 4 && sum < (thresholds[band] as number)) band++;
    out.push({
      methodology: 'spbe-2020',
      source: 'levels',
      complete: true,
      index: sum / 2000,
      indexExact: labels[band],
      indexDisplay: labels[band],
      predicate: labels[band],
      domains,
      aspects,
      indicators,
    });
  }
  return out;
}

// One operation = the 100,000 assessments; the loop and each library call alternate round by round.
const common = { items: COUNT };
benchGroup({
  group: '100,000 spbe-2020 assessments from levels (CPU time)',
  // CPU time of this process: on a shared machine, waiting for a core would otherwise dominate.
  timing: 'cpu',
  unit: 'assessments',
  rounds: 15,
  baseline: { name: 'baseline: hand-written minimal loop', run: handWrittenLoop, ...common },
  candidates: [
    {
      name: 'computeIndexes summary mode (default options)',
      run: () => computeIndexes(inputs, { mode: 'summary' }),
      goal: { kind: 'slowdown-at-most', value: 3 },
      ...common,
    },
    {
      name: "computeIndexes summary mode, unknownKeys: 'ignore'",
      run: () => computeIndexes(inputs, { mode: 'summary', unknownKeys: 'ignore' }),
      ...common,
    },
    {
      name: 'floor of full results: the same result objects and arrays built by hand, no validation',
      run: handBuiltResults,
      ...common,
    },
    {
      name: 'computeIndexes full results',
      run: () => computeIndexes(inputs),
      goal: { kind: 'per-second-at-least', value: 250_000 },
      ...common,
    },
  ],
});
