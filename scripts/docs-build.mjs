// `pnpm run docs`: the documentation site in docs/.site/ — diagrams rendered to SVG, the portal's
// screenshots copied in, the VitePress site
// (guides in both languages, ADRs, glossary), then TypeDoc's API reference into docs/.site/api/ (HTML,
// and the JSON the docs check reads). Everything runs offline.
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { root } from './workspace.mjs';

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const steps = [
  ['diagrams', process.execPath, [path.join(root, 'scripts', 'docs-diagrams.mjs')]],
  ['site', bin('vitepress'), ['build', 'docs']],
  ['API reference', bin('typedoc'), ['--options', 'docs/typedoc.json']],
];
// The portal's screenshots, taken by its browser tests, are shown on the sample-portal pages.
const screenshots = path.join(root, 'docs', 'public', 'screenshots');
rmSync(screenshots, { recursive: true, force: true });
cpSync(path.join(root, 'apps', 'regency-portal', 'docs', 'screenshots'), screenshots, { recursive: true });

for (const [name, command, args] of steps) {
  console.log(`[docs] ${name}`);
  const run = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`[docs] ${name} failed (exit ${run.status ?? run.signal})`);
    process.exit(run.status ?? 1);
  }
}
console.log('[docs] docs/.site/ is ready: `pnpm run docs:preview` serves it on http://127.0.0.1:4173/');
