import { defineConfig } from 'vitest/config';

/**
 * Shared test settings: tests sit beside the code they test (src/**\/*.test.ts), benchmarks in
 * src/**\/*.bench.ts. A JSON report per package feeds the quality gate's summary line.
 */
export const baseTestConfig = defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Generous: the gate runs on a shared two-core machine where a test that starts a process (a CLI, a
    // generator, a linter) can wait a minute for a core. A timeout is a guard, never a measurement.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    pool: 'forks',
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest/results.json' },
    benchmark: {
      include: ['src/**/*.bench.ts', 'bench/**/*.bench.ts'],
      reporters: ['default'],
    },
  },
});
