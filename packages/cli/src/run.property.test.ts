import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from './index.js';

const cwd = mkdtempSync(path.join(os.tmpdir(), 'spbe-cli-property-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

const words = [
  'index',
  'explain',
  'plan',
  'compare',
  'summarize',
  'validate',
  'schemas',
  'wilayah',
  'report',
  'completion',
  'audit',
  'verify',
  '-',
  '--format',
  'json',
  'csv',
  '--target',
  'Baik',
  '--lang',
  'en',
  '--keep-going',
  '--json',
  '--partial',
  '64',
  'Balikpapan',
  'audit-event',
  'x.csv',
  '--out',
  '--input-format',
  'jsonl',
  '--lock',
  '3,7',
  '--delimiter',
  ';',
  '--quiet',
];

describe('run with hostile arguments and input', () => {
  it('always returns an exit code (0–3) and never throws', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 8 })), { maxLength: 7 }),
        fc.string({ maxLength: 200 }),
        async (argv, stdin) => {
          const input = new PassThrough();
          input.end(stdin);
          const sink = () => {
            const stream = new PassThrough();
            stream.resume();
            return stream;
          };
          const code = await run(argv, { stdin: input, stdout: sink(), stderr: sink(), env: {}, cwd });
          expect([0, 1, 2, 3]).toContain(code);
        },
      ),
      { numRuns: 150 },
    );
  });
});
