import { PassThrough } from 'node:stream';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exitCodes, run, type CliIo } from './index.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '__fixtures__');

function capture(stdin = ''): { io: CliIo; stdout: () => string; stderr: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const input = new PassThrough();
  input.end(stdin);
  return { io: { stdin: input, stdout, stderr, env: {}, cwd: fixtures }, stdout: () => out, stderr: () => err };
}

describe('run (programmatic API)', () => {
  it('returns the exit code and writes to the streams it is given', async () => {
    const { io, stdout, stderr } = capture();
    expect(await run(['index', 'pemdi-2026.json', '--format', 'json'], io)).toBe(exitCodes.ok);
    expect(JSON.parse(stdout())).toMatchObject({ predicate: 'Cukup' });
    expect(stderr()).toBe('');
  });

  it('reads standard input from io.stdin', async () => {
    const { io, stdout } = capture(
      '{"methodology": "spbe-2020", "domainScores": {"1": 3.7, "2": 3.4, "3": 3.0, "4": 3.2}}',
    );
    expect(await run(['index', '-', '--format', 'jsonl'], io)).toBe(exitCodes.ok);
    expect(JSON.parse(stdout())).toMatchObject({ indexExact: '3.282', predicate: 'Baik' });
  });

  it('never throws: bad input is exit 1, usage is exit 2', async () => {
    const bad = capture('{"methodology": "spbe-2020", "domainScores": {"1": 9}}');
    expect(await run(['index', '-', '--lang', 'en'], bad.io)).toBe(exitCodes.invalidInput);
    expect(bad.stderr()).toMatch(/^<stdin>:1:1: domainScores\[1\]: /m);
    const usage = capture();
    expect(await run(['index', '--nope'], usage.io)).toBe(exitCodes.usage);
    expect(usage.stderr()).toContain('spbe: opsi tidak dikenal: --nope');
  });

  it('takes the language from SPBE_LANG when --lang is not given', async () => {
    const { io, stderr } = capture();
    expect(await run(['index', 'missing.csv'], { ...io, env: { SPBE_LANG: 'en' } })).toBe(exitCodes.usage);
    expect(stderr()).toBe('spbe: File not found: missing.csv\n');
  });

  it('turns an unexpected failure into exit 3 with one line, and the stack only with --debug', async () => {
    const failing = (): CliIo['stdout'] => {
      const stream = new PassThrough();
      stream.write = () => {
        throw new RangeError('disk on fire');
      };
      return stream;
    };
    const quiet = capture();
    expect(
      await run(['wilayah', '64.71', '--format', 'json', '--lang', 'en'], { ...quiet.io, stdout: failing() }),
    ).toBe(exitCodes.internal);
    expect(quiet.stderr()).toBe('spbe: unexpected failure: disk on fire (run again with --debug for details)\n');
    const debug = capture();
    expect(await run(['wilayah', '64.71', '--format', 'json', '--debug'], { ...debug.io, stdout: failing() })).toBe(
      exitCodes.internal,
    );
    expect(debug.stderr()).toMatch(/^spbe: galat tak terduga: disk on fire\nRangeError: disk on fire\n\s+at /);
  });
});
