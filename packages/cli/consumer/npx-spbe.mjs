// Consumer scenario: the packed @spbe-kit/cli, installed with npm, runs as `spbe` through npx from
// the consumer project's folder (the current directory), without downloading anything.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';

const installed = JSON.parse(
  readFileSync(path.join(process.cwd(), 'node_modules', '@spbe-kit', 'cli', 'package.json'), 'utf8'),
);
// The command name as the package declares it (`spbe`).
const [command] = Object.keys(installed.bin);
const npx = (args) =>
  execFileSync('npx', ['--no-install', command, ...args], {
    cwd: process.cwd(),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });

const fail = (message) => {
  process.stderr.write(`  npx spbe: ${message}\n`);
  process.exit(1);
};

const version = npx(['--version']).trim();
if (version !== installed.version) fail(`--version printed "${version}", expected ${installed.version}`);

const dir = mkdtempSync(path.join(os.tmpdir(), 'spbe-cli-consumer-'));
try {
  // The regulation's worked example (PermenPANRB 59/2020): domain scores 3.70 / 3.40 / 3.00 / 3.20 give 3.282, Baik.
  const file = path.join(dir, 'penilaian.csv');
  writeFileSync(
    file,
    'methodology,agency,year,domain1,domain2,domain3,domain4\nspbe-2020,Contoh,2024,3.70,3.40,3.00,3.20\n',
  );
  const [result] = JSON.parse(npx(['index', file, '--format', 'json']));
  if (result?.indexExact !== '3.282' || result.predicate !== 'Baik') fail(`index gave ${JSON.stringify(result)}`);
  const table = npx(['index', file, '--format', 'table', '--lang', 'en']);
  if (!table.includes('Index 3.28  Baik (Good)')) fail(`unexpected table:\n${table}`);
  let code = 0;
  try {
    npx(['index', path.join(dir, 'missing.csv')]);
  } catch (error) {
    code = error.status;
  }
  if (code !== 2) fail(`a missing file exited ${code}, expected 2`);
  process.stdout.write(`  npx spbe ${version}: --version, index (JSON and table) and a usage error: ok\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
