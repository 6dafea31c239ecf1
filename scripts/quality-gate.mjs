// The whole quality gate, through turbo: build, typecheck, lint, formatting (Prettier), unit and integration tests,
// package checks (publint, attw, size budgets), generated-file freshness, the consumer test,
// the release dry run, unused-code analysis and the docs build. Ends with one summary line of
// every test counted across the workspace.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { root, workspacePackages } from './workspace.mjs';

const tasks = [
  'build',
  'typecheck',
  'lint',
  '//#lint:root',
  '//#format:check',
  '//#typecheck:root',
  'test',
  'check-package',
  'check-generated',
  '//#test:consumer',
  '//#test:release',
  '//#knip',
  '//#docs',
  '//#docs:check',
];

const workspaceFolders = () => workspacePackages().map((pkg) => pkg.dir);

const resultFile = (folder) => path.join(folder, '.vitest', 'results.json');

for (const folder of workspaceFolders()) rmSync(resultFile(folder), { force: true });

const args = [
  'exec',
  'turbo',
  'run',
  ...tasks,
  '--continue',
  '--output-logs=new-only',
  '--log-order=grouped',
  ...process.argv.slice(2),
];
const started = Date.now();
const turbo = spawnSync('pnpm', args, {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
});

let passed = 0;
let failed = 0;
let skipped = 0;
const perPackage = [];
for (const folder of workspaceFolders()) {
  const file = resultFile(folder);
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  perPackage.push(
    `${path.relative(root, folder)}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${(report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)} skipped`,
  );
}

const seconds = Math.round((Date.now() - started) / 1000);
console.log(`\n[spbe-kit] Quality gate ${turbo.status === 0 ? 'passed' : 'FAILED'} in ${seconds} s.`);
for (const line of perPackage) console.log(`  ${line}`);
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
if (turbo.status === 0 && passed === 0) {
  console.error('[spbe-kit] No test ran: the gate counts this as a failure.');
  process.exit(1);
}
process.exit(turbo.status ?? 1);
