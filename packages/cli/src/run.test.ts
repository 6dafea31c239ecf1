import { PassThrough } from 'node:stream';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type * as indicatorsModule from '@spbe-kit/indicators';
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

  it('turns a bug into exit 3 with one line asking for a report, and the stack only with --debug', async () => {
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
    expect(quiet.stderr()).toBe(
      'spbe: internal error: disk on fire. This is a bug in spbe-kit; please report it at ' +
        'https://github.com/spbe-kit/spbe-kit/issues with the output of --debug.\n',
    );
    const debug = capture();
    expect(await run(['wilayah', '64.71', '--format', 'json', '--debug'], { ...debug.io, stdout: failing() })).toBe(
      exitCodes.internal,
    );
    expect(debug.stderr()).toMatch(
      /^spbe: galat internal: disk on fire\. Ini adalah bug di spbe-kit; mohon laporkan di https:\/\/github\.com\/spbe-kit\/spbe-kit\/issues\.\nRangeError: disk on fire\n\s+at /,
    );
  });

  it('names a system failure (a Node.js error code) as such, not as a bug', async () => {
    const full = new PassThrough();
    full.write = () => {
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    };
    const { io, stderr } = capture();
    expect(await run(['wilayah', '64.71', '--format', 'json', '--lang', 'en'], { ...io, stdout: full })).toBe(
      exitCodes.internal,
    );
    expect(stderr()).toBe('spbe: system failure (ENOSPC): no space left on device\n');
  });

  it('reports a TypeError from a package it runs as a bug (exit 3), never as bad input', async () => {
    vi.resetModules();
    vi.doMock('@spbe-kit/indicators', async (importOriginal) => ({
      ...(await importOriginal<typeof indicatorsModule>()),
      computeIndex: () => {
        throw new TypeError("Cannot read properties of undefined (reading 'weight')");
      },
    }));
    try {
      const fresh = await import('./index.js');
      const { io, stdout, stderr } = capture();
      expect(await fresh.run(['index', 'pemdi-2026.json', '--format', 'json', '--lang', 'en'], io)).toBe(
        exitCodes.internal,
      );
      expect(stdout()).toBe('');
      expect(stderr()).toMatch(
        /^spbe: internal error: Cannot read properties of undefined \(reading 'weight'\)\. This is a bug/,
      );
      expect(stderr()).not.toMatch(/\n\s+at /);
    } finally {
      vi.doUnmock('@spbe-kit/indicators');
      vi.resetModules();
    }
  });

  it('shows the cause of a spbe-kit error under --debug', async () => {
    const { io, stderr } = capture();
    expect(await run(['index', 'missing.csv', '--debug', '--lang', 'en'], io)).toBe(exitCodes.usage);
    expect(stderr()).toMatch(/^spbe: File not found: missing\.csv\nUsageError: /);
    expect(stderr()).toMatch(/caused by \[ENOENT\]: Error: ENOENT/);
  });
});
