import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The built executable, found through the package's own `bin` entry, as npm would link it. */
export function binaryPath(): string {
  const manifest = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as {
    bin: Record<string, string>;
  };
  const bin = path.join(packageDir, manifest.bin.spbe!);
  if (!existsSync(bin)) throw new TypeError(`${bin} is missing: run \`pnpm build\` before the end-to-end tests`);
  return bin;
}

/** The fixtures folder. */
const fixturesDir = path.join(packageDir, 'src', '__fixtures__');

/** A fixture's path. */
export function fixture(name: string): string {
  return path.join(fixturesDir, name);
}

/** What a run of the binary produced. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built `spbe` binary with `node`, as a user would, and collects its output. */
export function spbe(
  args: readonly string[],
  options: { readonly stdin?: string; readonly cwd?: string; readonly env?: Record<string, string> } = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binaryPath(), ...args], {
      cwd: options.cwd ?? fixturesDir,
      env: { PATH: process.env.PATH ?? '', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}
