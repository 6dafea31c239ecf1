// `npm run demo` after the bootstrap: builds the sample portal and the packages it uses, then starts it
// on its embedded database (PGlite in apps/regency-portal/.data) with the interop mocks running.
// Arguments are passed to the portal: `npm run demo -- --reset` starts from fresh sample data.
import { spawnSync } from 'node:child_process';
import { root } from './workspace.mjs';

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };

console.log('\n[spbe-kit 3/4] Building the sample portal and the packages it uses');
const build = spawnSync(
  'pnpm',
  ['exec', 'turbo', 'run', 'build', '--filter', 'regency-portal...', '--output-logs=errors-only'],
  { cwd: root, stdio: 'inherit', env },
);
if (build.status !== 0) {
  console.error('\n[spbe-kit] The build failed (see above). `npm test` runs every check and says what is wrong.');
  process.exit(build.status ?? 1);
}

console.log('\n[spbe-kit 4/4] Starting the sample portal on its embedded database');
const start = spawnSync('pnpm', ['--filter', 'regency-portal', 'start', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env,
});
process.exit(start.status ?? 1);
