// `pnpm bench` (not part of `npm test`): builds the packages, runs each package's benchmarks one
// package at a time (`src/**/*.bench.ts` through the interleaving harness, bench-harness.ts), prints
// every goal with its figure, spread and a met / not met mark, writes bench-results.md (ignored by git)
// and the generated `<!-- generated:bench -->` section of each package's README.
//
//   pnpm bench [name filters…] [--runs N] [--no-docs] [--strict]
//   pnpm bench:scale            the large runs (10k, 100k, 1M events; SPBE_BENCH_SCALE=1)
//
// It fails loudly (exit code 2, a message saying why) when it cannot run: no pnpm, a failed build, a
// package whose benchmarks wrote no results. `--strict` also exits 1 when a goal is not met.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as prettier from 'prettier';
import { benchPackages, goalLines, readResults, renderSection, renderTables, sectionPattern } from './bench-report.mjs';
import { root } from './workspace.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
};
const runs = Number(option('--runs') ?? 1);
const scale = args.includes('--scale');
const writeDocs = !args.includes('--no-docs') && !scale;
const strict = args.includes('--strict');
const filters = args.filter((arg, i) => !arg.startsWith('-') && args[i - 1] !== '--runs');

function fail(message) {
  console.error(`\n[bench] CANNOT RUN: ${message}`);
  process.exit(2);
}

if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a positive whole number, not ${option('--runs')}`);
// pnpm on PATH, or the copy `npm test` bootstraps into .tools/ (ADR 0003).
const bootstrapped = path.join(root, '.tools', 'pnpm', 'node_modules', '.bin');
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', ...(scale ? { SPBE_BENCH_SCALE: '1' } : {}) };
if (existsSync(bootstrapped)) env.PATH = `${env.PATH}${path.delimiter}${bootstrapped}`;
const probe = spawnSync('pnpm', ['--version'], { env, encoding: 'utf8', shell: process.platform === 'win32' });
if (probe.error || probe.status !== 0)
  fail(
    `pnpm is not on PATH (${probe.error?.message ?? probe.stderr.trim()}). Run \`npm test\` once (it installs pnpm into .tools/) or install pnpm 12.4.2.`,
  );

const packages = benchPackages().filter(
  (pkg) => filters.length === 0 || filters.some((filter) => pkg.manifest.name.includes(filter)),
);
if (packages.length === 0) fail(`no package with benchmarks matches ${filters.join(', ')}`);

const build = spawnSync(
  'pnpm',
  ['exec', 'turbo', 'run', 'build', ...packages.flatMap((pkg) => ['--filter', pkg.manifest.name])],
  { cwd: root, stdio: 'inherit', env },
);
if (build.status !== 0) fail(`the build failed (exit ${build.status ?? build.error?.message})`);

const machine = () => {
  const cpus = os.cpus();
  const load = os.loadavg()[0] ?? 0;
  return `${cpus[0]?.model.trim() ?? 'unknown CPU'} × ${cpus.length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node.js ${process.version}, ${os.platform()} ${os.arch()}, load average ${load.toFixed(1)} at the start`;
};

const allRuns = [];
const withoutHarness = [];
for (let run = 1; run <= runs; run++) {
  const startedAt = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const machineLine = machine();
  const results = new Map();
  for (const pkg of packages) {
    rmSync(path.join(pkg.dir, '.bench', scale ? 'results-scale' : 'results'), { recursive: true, force: true });
    console.log(`\n[bench] ${pkg.manifest.name}${runs > 1 ? ` (run ${run} of ${runs})` : ''}`);
    const child = spawnSync('pnpm', ['run', 'bench'], { cwd: pkg.dir, stdio: 'inherit', env });
    const found = readResults(pkg.dir, scale);
    if (child.status !== 0) fail(`${pkg.manifest.name}: its benchmarks failed (exit ${child.status})`);
    if (!found) {
      // Benchmarks that do not use bench-harness.ts yet: said loudly; the run ends with exit code 2.
      console.error(`[bench] ${pkg.manifest.name} wrote no harness results (.bench/results/): not in the goal report`);
      withoutHarness.push(pkg.manifest.name);
      continue;
    }
    results.set(pkg, found);
  }
  allRuns.push({ startedAt, machineLine, results });
}

// Goals, per run.
let notMet = 0;
console.log('\n[bench] goals');
for (const [index, { startedAt, machineLine, results }] of allRuns.entries()) {
  if (runs > 1) console.log(`\nrun ${index + 1} of ${runs}, ${startedAt}, ${machineLine}`);
  for (const [pkg, found] of results) {
    for (const line of goalLines(pkg.manifest.name, found)) {
      if (!line.met) notMet += 1;
      console.log(`  [${line.met ? 'met' : 'NOT MET'}] ${line.text}`);
    }
  }
}

// bench-results.md: every run in full.
const report = ['# spbe-kit benchmarks', ''];
for (const [index, { startedAt, machineLine, results }] of allRuns.entries()) {
  report.push(`## Run ${index + 1} of ${runs}: ${startedAt}`, '', machineLine, '');
  for (const [pkg, found] of results) report.push(`### ${pkg.manifest.name}`, '', renderTables(found), '');
}
writeFileSync(path.join(root, scale ? 'bench-scale-results.md' : 'bench-results.md'), `${report.join('\n')}\n`);

// README sections from the last run.
if (writeDocs) {
  const last = allRuns.at(-1);
  for (const [pkg, found] of last.results) {
    const readme = path.join(pkg.dir, 'README.md');
    const text = readFileSync(readme, 'utf8');
    if (!sectionPattern.test(text)) {
      console.log(`[bench] ${path.relative(root, readme)} has no <!-- generated:bench --> section; not written`);
      continue;
    }
    sectionPattern.lastIndex = 0;
    const body = renderSection(found, last.machineLine, last.startedAt);
    const replaced = text.replace(sectionPattern, () => `<!-- generated:bench -->\n${body}\n<!-- /generated -->`);
    const formatted = await prettier.format(replaced, { ...(await prettier.resolveConfig(readme)), filepath: readme });
    writeFileSync(readme, formatted);
  }
}

const groups = allRuns.reduce(
  (sum, run) => sum + [...run.results.values()].reduce((s, r) => s + r.groups.length, 0),
  0,
);
console.log(
  `\n[bench] ${groups} groups from ${packages.length} packages in ${runs} run(s); ${notMet} goal result(s) not met; bench-results.md${writeDocs ? ' and the README sections' : ''} written`,
);
if (withoutHarness.length > 0)
  console.error(`[bench] no harness results from ${[...new Set(withoutHarness)].join(', ')}`);
process.exit(withoutHarness.length > 0 ? 2 : strict && notMet > 0 ? 1 : 0);
