import { defineConfig, type Options } from 'tsup';

/**
 * The one build every published package uses: dual ESM + CommonJS with
 * declarations for both (`.d.ts` / `.d.cts`), source maps, tree-shakeable output.
 * Packages pass only their entry points (and, rarely, extra options).
 */
export function defineLibraryConfig(entry: Record<string, string>, extra: Options = {}) {
  return defineConfig({
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    splitting: true,
    treeshake: true,
    shims: false,
    outDir: 'dist',
    ...extra,
  });
}
