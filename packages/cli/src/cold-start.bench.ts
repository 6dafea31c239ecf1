import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchGroup } from '../../../bench-harness.ts';

// Cold start of the built `spbe` command against starting Node.js itself, each a fresh process,
// alternating round by round. `pnpm bench` builds the package first. Two views: wall-clock time, and
// the CPU time (user + system) the process itself used, which a busy shared machine does not inflate
// by making the process wait for a core. A preloaded probe writes the child's CPU time to fd 3 at exit.
const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const probeDirectory = join(process.cwd(), '.bench');
mkdirSync(probeDirectory, { recursive: true });
const probe = join(probeDirectory, 'cpu-probe.cjs');
writeFileSync(
  probe,
  "process.on('exit', () => { const u = process.cpuUsage(); require('node:fs').writeSync(3, String((u.user + u.system) / 1000)); });\n",
);

function start(args: string[], withProbe: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, withProbe ? ['-r', probe, ...args] : args, {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    let reported = '';
    child.stdio[3]?.on('data', (chunk: Buffer) => (reported += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(Number(reported)) : reject(new TypeError(`exit ${code}`))));
  });
}

const version = [bin, '--version'];
const help = [bin, '--help'];
// `--version` with another option goes through the program (commander) instead of the executable's short path.
const versionThroughProgram = [bin, '--lang', 'en', '--version'];
const bareNode = ['-e', '0'];

// Wall clock: one start of each per round, in an order that rotates, so that a busy neighbour slows the
// baseline and the command alike; many short rounds rather than a few long ones, for the same reason.
benchGroup({
  group: 'cold start of the spbe command (wall clock)',
  rounds: 30,
  baseline: { name: 'baseline: node -e 0', run: () => start(bareNode, false) },
  candidates: [
    { name: 'spbe --version', run: () => start(version, false), goal: { kind: 'extra-ms-at-most', value: 80 } },
    { name: 'spbe --lang en --version (through the program)', run: () => start(versionThroughProgram, false) },
    { name: 'spbe --help', run: () => start(help, false) },
  ],
});

benchGroup({
  group: 'cold start of the spbe command (CPU time of the process)',
  timing: 'reported',
  rounds: 12,
  samplesPerRound: 2,
  baseline: { name: 'baseline: node -e 0', run: () => start(bareNode, true) },
  candidates: [
    { name: 'spbe --version', run: () => start(version, true), goal: { kind: 'extra-ms-at-most', value: 80 } },
    { name: 'spbe --lang en --version (through the program)', run: () => start(versionThroughProgram, true) },
    { name: 'spbe --help', run: () => start(help, true) },
  ],
});
