import { defineConfig, mergeConfig } from 'vitest/config';
import { baseTestConfig } from '../../vitest.config.base.ts';

export default mergeConfig(
  baseTestConfig,
  defineConfig({
    test: {
      include: ['src/**/*.test.ts'],
      // Each test file opens its own embedded PostgreSQL (PGlite, ~700 MB): two at a time on 2 cores.
      maxWorkers: 2,
    },
  }),
);
