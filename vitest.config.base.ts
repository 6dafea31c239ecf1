import { defineConfig } from 'vitest/config';

/**
 * Shared test settings: tests sit beside the code they test (src/**\/*.test.ts), benchmarks in
 * src/**\/*.bench.ts. A JSON report per package feeds the quality gate's summary line.
 */
export const baseTestConfig = defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest/results.json' },
    benchmark: {
      include: ['src/**/*.bench.ts', 'bench/**/*.bench.ts'],
      reporters: ['default'],
    },
  },
});
