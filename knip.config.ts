import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * knip finds unused files, exports and dependencies. A package's public entry points are the ones its
 * tsup.config.ts builds (the same list that feeds its `exports` map), so they are read from there:
 * an export that no entry point re-exports and no module uses is reported.
 */
const root = import.meta.dirname;
interface WorkspaceConfig {
  entry: string[];
  project: string[];
  ignoreDependencies?: string[];
}

const workspaces: Record<string, WorkspaceConfig> = {
  '.': {
    entry: ['scripts/*.{mjs,cjs}', 'tsup.config.base.ts', 'vitest.config.base.ts', 'vitest.bench.config.ts'],
    project: ['scripts/**/*.{mjs,cjs}'],
    // The root lists the workspace packages so that turbo builds them before the workspace-wide tasks
    // (consumer test, docs, docs code blocks, demo), which load them from their built dist/; the code
    // blocks of the guides also import zod from the root, as a user's project does. TypeDoc is run by
    // scripts/docs-build.mjs through its binary. The assessment-year guide fills a workbook with exceljs.
    ignoreDependencies: [
      'zod',
      'exceljs',
      'typedoc',
      '@spbe-kit/models',
      '@spbe-kit/indicators',
      '@spbe-kit/interop',
      '@spbe-kit/audit',
      '@spbe-kit/cli',
      'regency-portal',
    ],
  },
};

for (const group of ['packages', 'apps']) {
  const groupDir = path.join(root, group);
  if (!existsSync(groupDir)) continue;
  for (const name of readdirSync(groupDir)) {
    const dir = path.join(groupDir, name);
    if (!existsSync(path.join(dir, 'package.json'))) continue;
    const tsupConfig = path.join(dir, 'tsup.config.ts');
    const buildEntries: string[] = [];
    if (existsSync(tsupConfig)) {
      const options = ((await import(tsupConfig)) as { default: { entry?: Record<string, string> | string[] } })
        .default;
      buildEntries.push(...Object.values(options.entry ?? {}).map((entry) => `${entry}!`));
    }
    workspaces[`${group}/${name}`] = {
      entry: [
        ...buildEntries,
        'src/**/*.test.ts',
        'src/**/*.bench.ts',
        'scripts/**/*.{mjs,ts}',
        'consumer/**',
        'e2e/**/*.ts',
      ],
      project: ['src/**/*.{ts,tsx}', 'scripts/**/*.{mjs,ts}'],
      // The PDF report's font files are found with require.resolve, which knip does not follow.
      ...(name === 'cli' ? { ignoreDependencies: ['dejavu-fonts-ttf'] } : {}),
    };
  }
}

// System tools tests call when present (they skip otherwise): `unshare` mounts a read-only file system.
export default { workspaces, ignoreBinaries: ['unshare'] };
