import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spbe } from './spbe-cli-harness.js';

// A JSON Lines file far larger than the memory the command may use: each assessment is padded with
// white space inside its object (valid JSON), so the file is large while the work stays small.
const RECORDS = 12_000;
const PADDING = 20_000;
const BOUND_MB = 160;

let dir: string;
let file: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'spbe-cli-stream-'));
  file = path.join(dir, 'large.jsonl');
  const levels = JSON.stringify(Object.fromEntries(Array.from({ length: 47 }, (_, i) => [String(i + 1), (i % 5) + 1])));
  const line = Buffer.from(`{"methodology": "spbe-2020",${' '.repeat(PADDING)}"levels": ${levels}}\n`);
  const fd = openSync(file, 'w');
  try {
    for (let i = 0; i < RECORDS; i++) writeSync(fd, line);
  } finally {
    closeSync(fd);
  }
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('spbe index streams its input', () => {
  it(`processes a JSONL file several times larger than ${BOUND_MB} MB with a peak RSS under ${BOUND_MB} MB`, async () => {
    const sizeMb = statSync(file).size / 1024 / 1024;
    expect(sizeMb).toBeGreaterThan(BOUND_MB * 1.4);
    const run = await spbe(['index', file, '--format', 'csv', '--output', os.devNull, '--debug']);
    expect(run.code).toBe(0);
    const stats = /^debug: peakRssMB=(\d+\.\d) .* records=(\d+) rejected=(\d+)$/m.exec(run.stderr);
    expect(stats, run.stderr).not.toBeNull();
    expect(Number(stats![2])).toBe(RECORDS);
    expect(Number(stats![3])).toBe(0);
    expect(Number(stats![1])).toBeLessThan(BOUND_MB);
  });
});
