// `pnpm bench`: runs every package's benchmarks through turbo (`bench` task, vitest bench) and
// writes one Markdown table to bench-results.md (ignored by git): each benchmark's figures and its
// ratio to the baseline of its group (the benchmark whose name starts with "baseline:"), measured
// in the same process, plus the machine it ran on. Not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root, workspacePackages } from './workspace.mjs';

const filters = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const packages = workspacePackages().filter(
  (pkg) => pkg.manifest.scripts?.bench && (filters.length === 0 || filters.some((f) => pkg.manifest.name.includes(f))),
);
const resultPath = (pkg) => path.join(pkg.dir, '.bench', 'results.json');
for (const pkg of packages) rmSync(resultPath(pkg), { force: true });

// One package at a time: benchmarks running side by side on 2 cores would measure each other.
const turbo = spawnSync(
  'pnpm',
  ['exec', 'turbo', 'run', 'bench', '--concurrency=1', ...packages.flatMap((pkg) => ['--filter', pkg.manifest.name])],
  { cwd: root, stdio: 'inherit', env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } },
);

const format = (value, digits = 2) =>
  Number.isFinite(value) ? value.toLocaleString('en-US', { maximumFractionDigits: digits }) : '–';
const lines = [
  '# spbe-kit benchmarks',
  '',
  `Run ${new Date().toISOString()} on ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node.js ${process.version}, ${os.platform()} ${os.arch()}.`,
  '',
  "Ratio = this benchmark's throughput (ops/s) ÷ its group's baseline throughput, both measured in the same run. Above 1 is faster than the baseline.",
  '',
];
let groups = 0;
for (const pkg of packages) {
  const file = resultPath(pkg);
  if (!existsSync(file)) {
    lines.push(`## ${pkg.manifest.name}`, '', 'No results (the bench task failed; see the output above).', '');
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  lines.push(`## ${pkg.manifest.name}`, '');
  for (const fileReport of report.files ?? []) {
    for (const group of fileReport.groups ?? []) {
      groups += 1;
      const benchmarks = group.benchmarks ?? [];
      const baseline = benchmarks.find((bench) => String(bench.name).startsWith('baseline:'));
      lines.push(`### ${String(group.fullName).replace(/^.*?\.bench\.ts > /, '')}`, '');
      lines.push(
        '| benchmark | ops/s | mean (ms) | p50 (ms) | p99 (ms) | samples | ratio to baseline |',
        '|---|---:|---:|---:|---:|---:|---:|',
      );
      for (const bench of benchmarks) {
        const ratio = baseline && baseline.hz > 0 ? bench.hz / baseline.hz : Number.NaN;
        lines.push(
          `| ${bench.name} | ${format(bench.hz)} | ${format(bench.mean, 4)} | ${format(bench.median ?? bench.p50, 4)} | ${format(bench.p99, 4)} | ${bench.sampleCount ?? bench.samples?.length ?? '–'} | ${baseline ? `${format(ratio, 3)}×` : 'no baseline'} |`,
        );
      }
      lines.push('');
    }
  }
}
const out = path.join(root, 'bench-results.md');
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`\n[bench] ${groups} benchmark groups from ${packages.length} packages written to bench-results.md`);
process.exit(turbo.status ?? 1);
