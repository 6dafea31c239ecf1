import { defineConfig } from 'vitest/config';

const scale = process.env.SPBE_BENCH_SCALE === '1';

/**
 * `pnpm bench` runs each package's `src/**\/*.bench.ts` with vitest's runner, one file at a time in one
 * process, through the interleaving harness of bench-harness.ts (never part of `npm test`, whose
 * include pattern is `*.test.ts`). `pnpm bench:scale` (SPBE_BENCH_SCALE=1) runs only the large
 * `*.scale.bench.ts` files.
 */
export default defineConfig({
  test: {
    include: scale ? ['src/**/*.scale.bench.ts'] : ['src/**/*.bench.ts'],
    exclude: scale ? ['**/node_modules/**'] : ['**/node_modules/**', 'src/**/*.scale.bench.ts'],
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60 * 60_000,
    hookTimeout: 60 * 60_000,
    reporters: ['default'],
  },
});
