import { defineConfig } from 'vitest/config';

/** Shared test settings: tests sit beside the code they test, benchmarks in src/**\/*.bench.ts. */
export const baseTestConfig = defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    benchmark: {
      include: ['src/**/*.bench.ts', 'bench/**/*.bench.ts'],
    },
  },
});
