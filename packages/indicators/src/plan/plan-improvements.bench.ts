import { benchGroup } from '../../../../bench-harness.ts';
import type * as Indicators from '../index.js';

// Measure the published build (one bundled module); `pnpm bench` runs after `pnpm build`.
const { computeIndex, planImprovements } = (await import(
  new URL('../../dist/index.js', import.meta.url).href
)) as typeof Indicators;

// A full 47-indicator spbe-2020 assessment rated Cukup (every level 2, index 2.00) and a target two
// predikat bands up (Sangat Baik, ≥ 3.50), with costs that differ per indicator so the plan is not trivial.
const levels: Record<number, number> = {};
const costs: Record<number, number> = {};
for (let number = 1; number <= 47; number++) {
  levels[number] = 2;
  costs[number] = 1 + (number % 4);
}
const current = computeIndex({ methodology: 'spbe-2020', levels });

// Baseline: computing the assessment itself, the floor any plan has to pay for reading its input.
benchGroup({
  group: 'planner: full spbe-2020 assessment, target two predikat bands up (Cukup → Sangat Baik)',
  rounds: 30,
  samplesPerRound: 20,
  baseline: {
    name: 'baseline: computeIndex of the same assessment',
    run: () => computeIndex({ methodology: 'spbe-2020', levels }),
  },
  candidates: [
    { name: 'planImprovements, unit costs', run: () => planImprovements({ current, target: 'Sangat Baik' }) },
    {
      name: 'planImprovements, costs 1–4 per indicator',
      run: () => planImprovements({ current, target: 'Sangat Baik', costs }),
    },
  ],
});
