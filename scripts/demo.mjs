// `npm run demo` after the bootstrap: builds what the sample needs and starts it.
// While the sample portal (apps/regency-portal) does not exist yet, it shows the most useful
// thing that does: a short tour of the published packages on real data, and says so.
// It never fails because an optional part is missing: each part of the tour is guarded.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { root, workspacePackages } from './workspace.mjs';

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };
const portal = workspacePackages().find((pkg) => pkg.manifest.name === 'regency-portal');

if (portal) {
  console.log('\n[spbe-kit 3/4] Building the sample portal and the packages it uses');
  const build = spawnSync('pnpm', ['exec', 'turbo', 'run', 'build', '--filter', 'regency-portal...', '--output-logs=errors-only'], { cwd: root, stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
  console.log('\n[spbe-kit 4/4] Starting the sample portal on its embedded database');
  const start = spawnSync('pnpm', ['--filter', 'regency-portal', 'start', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
  process.exit(start.status ?? 1);
}

console.log('\n[spbe-kit 3/4] Building the published packages');
const build = spawnSync('pnpm', ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only'], { cwd: root, stdio: 'inherit', env });
const built = new Set(
  readdirSync(path.join(root, 'packages')).filter((name) => existsSync(path.join(root, 'packages', name, 'dist', 'index.js'))),
);
if (build.status !== 0) console.log(`Some packages did not build (see above); the tour uses those that did: ${[...built].join(', ') || 'none'}.`);

console.log('\n[spbe-kit 4/4] The sample regency portal is not part of this version yet.');
console.log('Meanwhile, here is a tour of what the packages already do, on real data (Kota Balikpapan, Kalimantan Timur):\n');

const load = (name) => import(pathToFileURL(path.join(root, 'packages', name, 'dist', 'index.js')).href);
const tour = [];
if (built.has('models')) tour.push(['@spbe-kit/models', async () => (await import(pathToFileURL(path.join(root, 'scripts', 'demo-tour.mjs')).href)).modelsTour(await load('models'))]);
if (built.has('indicators')) tour.push(['@spbe-kit/indicators', async () => (await import(pathToFileURL(path.join(root, 'scripts', 'demo-tour.mjs')).href)).indicatorsTour(await load('indicators'))]);
if (built.has('audit')) tour.push(['@spbe-kit/audit', async () => (await import(pathToFileURL(path.join(root, 'scripts', 'demo-tour.mjs')).href)).auditTour(await load('audit'))]);

for (const [name, show] of tour) {
  console.log(`── ${name}`);
  try {
    await show();
  } catch (error) {
    console.log(`   (this part of the tour could not run: ${error instanceof Error ? error.message : String(error)})`);
  }
  console.log('');
}
if (tour.length === 0) console.log('No package is built yet; run `npm test` to see what fails.');
console.log('Next: `npm test` runs the whole quality gate; the packages\' READMEs show how to use each one.');
