import { defineConfig } from 'tsup';

/** The server is bundled into one ESM file for Node 20; dependencies stay external (installed by pnpm). */
export default defineConfig({
  entry: { main: 'src/server/main.ts' },
  outDir: 'dist/server',
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  clean: true,
  dts: false,
});
