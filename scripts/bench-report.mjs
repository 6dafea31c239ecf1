// The benchmark report: reads the results the harness (bench-harness.ts) writes to each package's
// `.bench/results/`, renders the goal summary and the generated README sections, and checks the form
// of those sections. `node scripts/bench-report.mjs --check` is run by the docs check (npm test): the
// figures vary from run to run, so it checks that every package with benchmarks has its generated
// section, produced by `pnpm bench` (date and machine line, table shape, a mark per goal), never the
// values themselves.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { root, workspacePackages } from './workspace.mjs';

export const sectionPattern = /<!-- generated:bench -->\n?([\s\S]*?)\n?<!-- \/generated -->/g;
const header = ['group', 'benchmark', 'median', 'p99', 'ratio (10th–90th pct.)', 'goal'];
const metricHeader = ['metric', 'value', 'goal'];

const number = (value, digits = 2) =>
  Number.isFinite(value) ? value.toLocaleString('en-US', { maximumFractionDigits: digits }) : '–';
/** A duration in a readable unit with three significant digits. */
export const duration = (ms) =>
  !Number.isFinite(ms)
    ? '–'
    : ms >= 1000
      ? `${number(ms / 1000, 2)} s`
      : ms >= 1
        ? `${number(ms, ms >= 100 ? 0 : ms >= 10 ? 1 : 2)} ms`
        : `${number(ms * 1000, ms >= 0.1 ? 0 : 1)} µs`;
const ratio = (value) => `${number(value, value >= 10 ? 1 : value >= 1 ? 2 : 3)}×`;

/** The text of a goal ("≥ 0.5× baseline", "≤ +80 ms", …). */
export function goalText(goal) {
  switch (goal.kind) {
    case 'ratio-at-least':
      return `≥ ${goal.value}×`;
    case 'slowdown-at-most':
      return `≤ ${goal.value}× the baseline's time`;
    case 'extra-ms-at-most':
      return `≤ +${goal.value} ms over the baseline`;
    case 'median-ms-below':
      return `median < ${duration(goal.value)}`;
    case 'per-second-at-least':
      return `≥ ${number(goal.value, 0)}/s`;
    case 'at-most':
      return `≤ ${goal.value}`;
    case 'at-least':
      return `≥ ${goal.value}`;
    default:
      return JSON.stringify(goal);
  }
}

/** The measured figure a goal is about, formatted like the goal. */
export function goalMeasured(goal) {
  switch (goal.kind) {
    case 'ratio-at-least':
    case 'slowdown-at-most':
      return ratio(goal.measured);
    case 'extra-ms-at-most':
      return `+${number(goal.measured, 1)} ms`;
    case 'median-ms-below':
      return duration(goal.measured);
    case 'per-second-at-least':
      return `${number(goal.measured, 0)}/s`;
    default:
      return number(goal.measured);
  }
}

/** Every result file of one package: `{ groups, metrics }`, or null when the package wrote none. */
export function readResults(dir, scale = false) {
  const resultsDir = path.join(dir, '.bench', scale ? 'results-scale' : 'results');
  if (!existsSync(resultsDir)) return null;
  const files = readdirSync(resultsDir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  if (files.length === 0) return null;
  const groups = [];
  const metrics = [];
  for (const file of files) {
    const body = JSON.parse(readFileSync(path.join(resultsDir, file), 'utf8'));
    if (file.startsWith('metric-')) metrics.push(body);
    else groups.push(body);
  }
  return { groups, metrics };
}

/** Goal lines of one package's results: `{ met, text }`. */
export function goalLines(pkgName, results) {
  const lines = [];
  for (const group of results.groups) {
    for (const entry of group.entries) {
      if (!entry.goal) continue;
      const spread =
        entry.ratio === undefined
          ? ''
          : `, ratio ${ratio(entry.ratio)} (${ratio(entry.ratioLow)}–${ratio(entry.ratioHigh)})`;
      lines.push({
        met: entry.goal.met,
        text: `${pkgName} · ${group.group} · ${entry.name}: ${goalMeasured(entry.goal)} (goal ${goalText(entry.goal)})${spread}, median ${duration(entry.medianMs)}, p99 ${duration(entry.p99Ms)}`,
      });
    }
  }
  for (const metric of results.metrics) {
    if (!metric.goal) continue;
    lines.push({
      met: metric.met,
      text: `${pkgName} · ${metric.group} · ${metric.name}: ${number(metric.value)} ${metric.unit} (goal ${metric.goal.label})`,
    });
  }
  return lines;
}

const cell = (text) => String(text).replaceAll('|', '\\|');
const goalCell = (goal) =>
  goal ? `${goal.met ? 'met' : 'not met'}: ${goalMeasured(goal)}, goal ${goalText(goal)}` : '';

/** The Markdown tables of one package's results (without the section markers). */
export function renderTables(results) {
  const lines = [`| ${header.join(' | ')} |`, '|---|---|---:|---:|---:|---|'];
  for (const group of results.groups) {
    for (const entry of group.entries) {
      const items =
        entry.itemsPerSecond === undefined ? '' : ` (${number(entry.itemsPerSecond, 0)} ${group.unit ?? 'items'}/s)`;
      lines.push(
        `| ${cell(group.group)} | ${cell(entry.name)} | ${duration(entry.medianMs)}${items} | ${duration(entry.p99Ms)} | ${
          entry.ratio === undefined ? '–' : `${ratio(entry.ratio)} (${ratio(entry.ratioLow)}–${ratio(entry.ratioHigh)})`
        } | ${cell(goalCell(entry.goal))} |`,
      );
    }
  }
  if (results.metrics.length > 0) {
    lines.push('', `| ${metricHeader.join(' | ')} |`, '|---|---:|---|');
    for (const metric of results.metrics) {
      const goal = metric.goal ? `${metric.met ? 'met' : 'not met'}, goal ${metric.goal.label}` : '';
      lines.push(
        `| ${cell(`${metric.group}: ${metric.name}`)} | ${number(metric.value)} ${cell(metric.unit)} | ${cell(goal)} |`,
      );
    }
  }
  return lines.join('\n');
}

/** The generated section body: the run line (date, machine) and the tables. */
export function renderSection(results, machine, date) {
  return [
    `_Generated by \`pnpm bench\` on ${date}, ${machine}. Each group runs its baseline and candidates interleaved in one process; a ratio is candidate throughput ÷ baseline throughput, the median of the per-round ratios, with their 10th–90th percentile._`,
    '',
    renderTables(results),
  ].join('\n');
}

const runLine = /^_Generated by `pnpm bench` on (\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?Z), (.+)\._$/;
const splitRow = (line) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());

/** Problems with the form of one README's generated benchmark section (empty when well-formed). */
export function checkSection(file, text) {
  const sections = [...text.matchAll(sectionPattern)];
  if (sections.length !== 1)
    return [
      `${file}: expected one <!-- generated:bench --> section written by \`pnpm bench\`, found ${sections.length}`,
    ];
  const problems = [];
  const lines = sections[0][1].split('\n').filter((line) => line.trim() !== '');
  // A section that no `pnpm bench` run has filled yet is allowed only with SPBE_BENCH_ALLOW_EMPTY=1.
  if (lines.length === 0 && process.env.SPBE_BENCH_ALLOW_EMPTY === '1') return [];
  if (!runLine.test(lines[0] ?? ''))
    problems.push(`${file}: the generated benchmark section lacks its run line (date, machine)`);
  const tables = [];
  for (const line of lines.slice(1)) {
    if (!line.trim().startsWith('|')) {
      problems.push(`${file}: unexpected text in the generated benchmark section: ${line.slice(0, 60)}`);
      continue;
    }
    const cells = splitRow(line);
    if (cells.every((c) => /^:?-+:?$/.test(c))) continue;
    if (cells[0] === header[0] || cells[0] === metricHeader[0]) tables.push({ header: cells, rows: [] });
    else tables.at(-1)?.rows.push(cells);
  }
  const main = tables[0];
  if (!main || main.header.join('|') !== header.join('|'))
    return [...problems, `${file}: the benchmark table's header is not ${header.join(' | ')}`];
  if (main.rows.length === 0) problems.push(`${file}: the benchmark table has no rows`);
  const duration = /^(–|[\d,.]+ (s|ms|µs))( \([\d,.]+ [\w -]+\/s\))?$/;
  let group = null;
  for (const row of main.rows) {
    const [groupName, name, med, p99, ratioCell, goal] = row;
    if (row.length !== header.length) {
      problems.push(`${file}: row "${row.join(' | ').slice(0, 60)}" has ${row.length} cells`);
      continue;
    }
    if (groupName !== group) {
      group = groupName;
      if (!name.startsWith('baseline: '))
        problems.push(`${file}: group "${groupName}" does not start with its baseline`);
    }
    if (!duration.test(med) || !duration.test(p99)) problems.push(`${file}: "${name}" has malformed timings`);
    const isBaseline = name.startsWith('baseline: ');
    if (isBaseline ? ratioCell !== '–' : !/^[\d,.]+× \([\d,.]+×–[\d,.]+×\)$/.test(ratioCell))
      problems.push(`${file}: "${name}" has a malformed ratio cell "${ratioCell}"`);
    if (goal !== '' && !/^(met|not met): .+, goal .+$/.test(goal))
      problems.push(`${file}: "${name}" has a malformed goal cell`);
  }
  for (const table of tables.slice(1)) {
    if (table.header.join('|') !== metricHeader.join('|'))
      problems.push(`${file}: unexpected table in the benchmark section`);
    for (const row of table.rows)
      if (row.length !== 3 || (row[2] !== '' && !/^(met|not met), goal .+$/.test(row[2])))
        problems.push(`${file}: malformed metric row "${row.join(' | ').slice(0, 60)}"`);
  }
  return problems;
}

const hasBenchFiles = (dir) => {
  const walk = (d) =>
    readdirSync(d, { withFileTypes: true }).some((e) =>
      e.isDirectory() ? e.name !== 'node_modules' && walk(path.join(d, e.name)) : e.name.endsWith('.bench.ts'),
    );
  return existsSync(path.join(dir, 'src')) && walk(path.join(dir, 'src'));
};

/** Packages that have `*.bench.ts` files (their README carries a generated section). */
export const benchPackages = () => workspacePackages().filter((pkg) => hasBenchFiles(pkg.dir));

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--check')) {
  const problems = [];
  for (const pkg of benchPackages()) {
    const readme = path.join(pkg.dir, 'README.md');
    const file = path.relative(root, readme);
    if (!existsSync(readme)) problems.push(`${file} is missing`);
    else problems.push(...checkSection(file, readFileSync(readme, 'utf8')));
  }
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log('generated benchmark sections are well-formed');
}
