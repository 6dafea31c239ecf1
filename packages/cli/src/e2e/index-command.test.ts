import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture, spbe } from './spbe-cli-harness.js';

interface IndexJson {
  agency?: string;
  year?: number;
  methodology: string;
  indexExact: string;
  indexDisplay: string;
  predicate: string;
}

const expected = [
  { agency: 'Kota Balikpapan', indexDisplay: '2.89', predicate: 'Baik' },
  { agency: 'Kabupaten Paser', indexDisplay: '1.94', predicate: 'Cukup' },
  { agency: 'Kabupaten Berau', indexDisplay: '4.09', predicate: 'Sangat Baik' },
];

function summary(results: IndexJson[]) {
  return results.map(({ agency, indexDisplay, predicate }) => ({ agency, indexDisplay, predicate }));
}

describe('spbe index: every input format gives the same results', () => {
  it.each(['assessments.csv', 'assessments.jsonl', 'assessments-array.json'])('%s', async (file) => {
    const run = await spbe(['index', file, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(summary(JSON.parse(run.stdout) as IndexJson[])).toEqual(expected);
  });

  it('reads standard input with "-" (format sniffed from the content)', async () => {
    const run = await spbe(['index', '-', '--format', 'jsonl'], {
      stdin: readFileSync(fixture('assessments.jsonl'), 'utf8'),
    });
    expect(run.code).toBe(0);
    expect(
      summary(
        run.stdout
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line) as IndexJson),
      ),
    ).toEqual(expected);
  });

  it('reads CSV from standard input', async () => {
    const run = await spbe(['index', '-', '--format', 'csv'], {
      stdin: readFileSync(fixture('assessments.csv'), 'utf8'),
    });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/^agency,year,methodology,index,indexDisplay,predicate,domain1,/);
    expect(run.stdout).toContain('Kabupaten Berau,2024,spbe-2020,4.0885,4.09,Sangat Baik');
  });

  it('writes one object (not an array) for an input holding one JSON object', async () => {
    const run = await spbe(['index', 'pemdi-2026.json', '--format', 'json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as IndexJson;
    expect(result).toMatchObject({
      agency: 'Kota Samarinda',
      year: 2026,
      methodology: 'pemdi-2026',
      predicate: 'Cukup',
    });
  });

  it('computes the regulation worked example from published domain scores (CSV with ";" and decimal commas)', async () => {
    const run = await spbe(['index', 'domain-scores.csv', '--delimiter', ';', '--format', 'json']);
    expect(run.code).toBe(0);
    const [result] = JSON.parse(run.stdout) as IndexJson[];
    expect(result).toMatchObject({ indexExact: '3.282', indexDisplay: '3.28', predicate: 'Baik' });
  });

  it('shows a table with the predikat on a terminal-like request, in English with --lang en', async () => {
    const run = await spbe(['index', 'assessments.csv', '--format', 'table', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Kabupaten Berau · 2024 (spbe-2020)');
    expect(run.stdout).toContain('Index 4.09  Sangat Baik (Very good)');
    expect(run.stdout).toContain('Domain 4 SPBE services');
    // piped: no colour codes
    expect(run.stdout).not.toContain('\x1b[');
  });

  it('colours the predikat when FORCE_COLOR is set', async () => {
    const run = await spbe(['index', 'assessments.csv', '--format', 'table'], { env: { FORCE_COLOR: '1' } });
    expect(run.stdout).toContain('\x1b[36mBaik\x1b[39m');
    expect(run.stdout).toContain('\x1b[33mCukup\x1b[39m');
  });

  it('defaults to JSON when the output is piped', async () => {
    const run = await spbe(['index', 'assessments.jsonl']);
    expect(() => JSON.parse(run.stdout) as unknown).not.toThrow();
  });

  it('writes to --output', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'spbe-cli-test-'));
    try {
      const run = await spbe(['index', fixture('assessments.csv'), '-f', 'csv', '-o', 'out.csv'], { cwd: dir });
      expect(run.code).toBe(0);
      expect(run.stdout).toBe('');
      expect(readFileSync(path.join(dir, 'out.csv'), 'utf8').split('\n')).toHaveLength(5);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('spbe index: bad input', () => {
  it('reports every bad record at file:line:column with the field, and writes no results (exit 1)', async () => {
    const run = await spbe(['index', 'assessments-bad.csv', '--format', 'csv']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toEqual([
      'assessments-bad.csv:3:8: levels[5]: Indikator 5: nilai "7" di luar rentang 1–5',
      'assessments-bad.csv:3:15: levels[12]: Indikator 12: nilai "x" bukan angka',
      'assessments-bad.csv:4: Baris berisi 5 sel, sedangkan header berisi 50 kolom',
      '2 rekaman bermasalah; tidak ada hasil yang ditulis (gunakan --keep-going untuk memproses rekaman yang valid).',
    ]);
  });

  it('processes the valid records with --keep-going and still exits 1', async () => {
    const run = await spbe(['index', 'assessments-bad.csv', '--format', 'csv', '--keep-going', '--lang', 'en']);
    expect(run.code).toBe(1);
    const rows = run.stdout.trim().split('\n');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toMatch(/^Kota Balikpapan,/);
    expect(rows[2]).toMatch(/^Kabupaten Berau,/);
    expect(run.stderr).toContain('assessments-bad.csv:3:8: levels[5]: Indicator 5: value "7" is outside 1–5');
    expect(run.stderr).toContain('2 records processed, 2 rejected.');
  });

  it('reports a JSON syntax error at its line and column and goes on with the next lines', async () => {
    const run = await spbe(['index', 'assessments-bad.jsonl', '--format', 'jsonl', '-k', '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split('\n')).toHaveLength(2);
    expect(run.stderr).toMatch(/^assessments-bad\.jsonl:2:77: Invalid JSON: /m);
    expect(run.stderr).toMatch(/^assessments-bad\.jsonl:3:1: methodology: Unknown methodology: "spbe-2021"/m);
  });

  it('reports problems as JSON Lines on standard error with --json', async () => {
    const run = await spbe(['index', 'assessments-bad.csv', '--json', '--keep-going']);
    expect(run.code).toBe(1);
    const problems = run.stderr
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(problems[0]).toEqual({
      type: 'problem',
      file: 'assessments-bad.csv',
      line: 3,
      column: 8,
      path: 'levels[5]',
      code: 'indicators.out_of_range',
      message: 'Indikator 5: nilai "7" di luar rentang 1–5',
    });
    expect(problems).toHaveLength(3);
    expect((JSON.parse(run.stdout) as unknown[]).length).toBe(2);
  });

  it('reports a truncated JSON array', async () => {
    const run = await spbe(['index', '-', '--lang', 'en'], {
      stdin: '[{"methodology": "spbe-2020", "levels": {"1": 3}',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('<stdin>:1:2: Truncated JSON');
  });

  it('reports a record that is not an object', async () => {
    const run = await spbe(['index', '-', '--lang', 'en', '-k'], { stdin: '[42]' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^<stdin>:1:2: /m);
  });

  it('rejects an incomplete assessment unless --partial is given', async () => {
    const input = '{"methodology": "pemdi-2026", "levels": {"1": 3, "2": 2.5}}';
    const strict = await spbe(['index', '-', '--lang', 'en'], { stdin: input });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('<stdin>:1:1: levels[3]:');
    const partial = await spbe(['index', '-', '--partial', '--format', 'json'], { stdin: input });
    expect(partial.code).toBe(0);
    expect(JSON.parse(partial.stdout)).toMatchObject({ complete: false, index: null });
  });
});

describe('spbe: usage errors exit 2 without a stack trace', () => {
  it('a missing file', async () => {
    const run = await spbe(['index', 'no-such-file.csv', '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('spbe: File not found: no-such-file.csv\n');
  });

  it('a directory instead of a file', async () => {
    const run = await spbe(['index', '.', '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('spbe: Not a regular file: .\n');
  });

  it('an unknown command, option or choice, and a missing argument', async () => {
    for (const args of [
      ['indx', 'a.csv'],
      ['index', 'a.csv', '--frmat', 'json'],
      ['index', 'assessments.csv', '--format', 'xml'],
      ['index'],
    ]) {
      const run = await spbe(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(/^spbe: /);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('--debug adds the statistics line', async () => {
    const run = await spbe(['index', 'assessments.csv', '--format', 'json', '--debug']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^debug: peakRssMB=\d+\.\d rssMB=\d+\.\d heapUsedMB=\d+\.\d records=3 rejected=0$/m);
  });
});

describe('spbe --help and --version', () => {
  it('prints the version of the package', async () => {
    const run = await spbe(['--version']);
    const manifest = JSON.parse(readFileSync(fixture('../../package.json'), 'utf8')) as { version: string };
    expect(run.stdout.trim()).toBe(manifest.version);
    expect(run.code).toBe(0);
  });

  it('answers --version alone without the program exactly as the program answers it', async () => {
    // `--version` and `-V` alone take the executable's short path; with another option they go through `run`.
    const runs = await Promise.all([
      spbe(['--version']),
      spbe(['-V']),
      spbe(['--lang', 'en', '--version']),
      spbe(['-V', '--quiet']),
    ]);
    for (const run of runs) expect(run).toEqual(runs[2]);
    expect(runs[2]?.stdout).toMatch(/^\d+\.\d+\.\d+\S*\n$/);
  });

  it.each(['index', 'validate', 'schemas', 'wilayah', 'completion'])('spbe %s --help has examples', async (command) => {
    const run = await spbe([command, '--help', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Usage: spbe ${command}`);
    expect(run.stdout).toContain('Examples:');
  });

  it('is in Indonesian by default', async () => {
    const run = await spbe(['--help']);
    expect(run.stdout).toContain('Contoh:');
    expect(run.stdout).toContain('Kode keluar: 0 berhasil');
  });
});

describe('spbe: an output that cannot be written', () => {
  it('is a usage error naming the file (exit 2)', async () => {
    const run = await spbe(['index', 'assessments.csv', '-o', 'no-such-directory/out.json', '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('spbe: Cannot write no-such-directory/out.json (ENOENT)\n');
  });
});

describe('spbe: a closed pipe', () => {
  it('stops quietly when the reader goes away', async () => {
    const { spawn } = await import('node:child_process');
    const { binaryPath } = await import('./spbe-cli-harness.js');
    const child = spawn(process.execPath, [binaryPath(), 'wilayah', '64', '--children', '--format', 'csv'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toContain('EPIPE');
    expect(code).toBe(0);
  });
});
