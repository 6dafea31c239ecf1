import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { spbe } from './spbe-cli-harness.js';

describe('spbe explain', () => {
  it('lists what holds the score back and the distance to the next predikat', async () => {
    const run = await spbe(['explain', 'assessments.csv', '--format', 'table', '--top', '2', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Kota Balikpapan · 2024 (spbe-2020)');
    expect(run.stdout).toContain('0.6055 points short of Sangat Baik (threshold 3.50).');
    expect(run.stdout).toMatch(/44\. Legal documentation and information network \(JDIH\) +3 +2 +0\.09 +0\.03/);
  });

  it('writes the explanation as JSON with the record label', async () => {
    const run = await spbe(['explain', 'domain-scores.csv', '--delimiter', ';', '--format', 'json']);
    expect(run.code).toBe(0);
    const [explanation] = JSON.parse(run.stdout) as {
      agency: string;
      parts: string;
      next: { predicate: string; distanceExact: string };
    }[];
    expect(explanation).toMatchObject({
      agency: 'Contoh Regulasi',
      parts: 'domains',
      next: { predicate: 'Sangat Baik', distanceExact: '0.218' },
    });
  });

  it('writes one CSV row per assessment', async () => {
    const run = await spbe(['explain', 'assessments.jsonl', '--format', 'csv']);
    expect(run.stdout.split('\n')[0]).toBe(
      'agency,year,methodology,index,predicate,nextPredicate,distance,holdingBack',
    );
    expect(run.stdout).toContain('Kota Balikpapan,2024,spbe-2020,2.8945,Baik,Sangat Baik,0.6055,44 46 32 35 38');
  });
});

describe('spbe plan', () => {
  it('plans the minimum-cost raises to a predikat, one level per indicator unless --max-raise none', async () => {
    type Plan = {
      agency: string;
      reachable: boolean;
      cost: number;
      after: { predicate: string };
      steps: { from: number; to: number }[];
    };
    const free = await spbe([
      'plan',
      'assessments.jsonl',
      '--target',
      'Sangat Baik',
      '--max-raise',
      'none',
      '--format',
      'json',
    ]);
    expect(free.code, free.stderr).toBe(0);
    const [unlimited] = JSON.parse(free.stdout) as Plan[];
    expect(unlimited).toMatchObject({
      agency: 'Kota Balikpapan',
      reachable: true,
      cost: 21,
      after: { predicate: 'Sangat Baik' },
    });
    // The default is one level a year: dearer, never a jump of two levels.
    const run = await spbe(['plan', 'assessments.jsonl', '--target', 'Sangat Baik', '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const [balikpapan] = JSON.parse(run.stdout) as Plan[];
    expect(balikpapan).toMatchObject({ agency: 'Kota Balikpapan', reachable: true, cost: 23 });
    for (const step of balikpapan!.steps) expect(step.to - step.from).toBe(1);
  });

  it('aims at the predikat above each assessment without --target', async () => {
    const run = await spbe(['plan', 'assessments.jsonl', '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const plans = JSON.parse(run.stdout) as {
      agency: string;
      before: { predicate: string };
      target: { predicate: string };
    }[];
    const above = { Kurang: 'Cukup', Cukup: 'Baik', Baik: 'Sangat Baik', 'Sangat Baik': 'Memuaskan' } as Record<
      string,
      string
    >;
    expect(plans.length).toBeGreaterThan(1);
    for (const plan of plans) expect(plan.target.predicate).toBe(above[plan.before.predicate]);
  });

  it('honours --lock, --costs and an index target', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'spbe-cli-plan-'));
    try {
      writeFileSync(path.join(dir, 'costs.json'), JSON.stringify({ 44: 10, 46: 10 }));
      const run = await spbe(
        [
          'plan',
          path.join(path.resolve('src/__fixtures__'), 'assessments.jsonl'),
          '--target',
          '3,1',
          '--costs',
          'costs.json',
          '--lock',
          '32,35',
          '--max-raise',
          'none',
          '--format',
          'json',
        ],
        { cwd: dir },
      );
      expect(run.code, run.stderr).toBe(0);
      const plans = JSON.parse(run.stdout) as { steps: { number: number }[]; target: { indexExact: string } }[];
      for (const plan of plans) {
        expect(plan.target.indexExact).toBe('3.1');
        for (const step of plan.steps) expect([32, 35]).not.toContain(step.number);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says when a target cannot be reached', async () => {
    const run = await spbe(
      [
        'plan',
        '-',
        '--target',
        'Memuaskan',
        '--lock',
        Array.from({ length: 40 }, (_, i) => i + 1).join(','),
        '--format',
        'table',
        '--lang',
        'en',
      ],
      {
        stdin: JSON.stringify({
          methodology: 'spbe-2020',
          levels: Object.fromEntries(Array.from({ length: 47 }, (_, i) => [i + 1, 1])),
        }),
      },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('not reachable');
  });

  it('rejects a malformed --lock (usage error)', async () => {
    const run = await spbe(['plan', 'assessments.jsonl', '--target', 'Baik', '--lock', 'x', '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('spbe: --lock takes indicator numbers separated by commas, e.g. 3,7 (got "x")\n');
  });

  it('reports a bad --costs file as a usage error', async () => {
    const run = await spbe([
      'plan',
      'assessments.jsonl',
      '--target',
      'Baik',
      '--costs',
      'assessments.csv',
      '--lang',
      'en',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('spbe: --costs: assessments.csv is not valid JSON\n');
  });
});

describe('spbe compare', () => {
  it('pairs the two years by agency', async () => {
    const run = await spbe(['compare', 'assessments-2023.jsonl', 'assessments.csv', '--format', 'json']);
    expect(run.code).toBe(0);
    const comparisons = JSON.parse(run.stdout) as {
      agency: string;
      previousYear: number;
      year: number;
      predicate: { previous: string; current: string; change: string };
    }[];
    expect(
      comparisons.map((comparison) => [
        comparison.agency,
        comparison.previousYear,
        comparison.year,
        comparison.predicate.change,
      ]),
    ).toEqual([
      ['Kota Balikpapan', 2023, 2024, 'up'],
      ['Kabupaten Paser', 2023, 2024, 'up'],
      ['Kabupaten Berau', 2023, 2024, 'same'],
    ]);
  });

  it('shows the deltas in a table', async () => {
    const run = await spbe([
      'compare',
      'assessments-2023.jsonl',
      'assessments.jsonl',
      '--format',
      'table',
      '--lang',
      'en',
    ]);
    expect(run.stdout).toContain('Kota Balikpapan 2023 → 2024 (spbe-2020)');
    expect(run.stdout).toContain('Index 2.58 → 2.89 (+0.32)  Cukup (Fair) → Baik (Good) (up 1 band)');
  });

  it('reports a record with no counterpart in the previous year', async () => {
    const run = await spbe(['compare', 'assessments-2023.jsonl', 'pemdi-2026.json', '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('pemdi-2026.json:1:1: No assessment of Kota Samarinda in assessments-2023.jsonl');
  });
});

describe('spbe summarize', () => {
  it('counts per predikat and ranks', async () => {
    const run = await spbe(['summarize', 'assessments.csv', '--format', 'table', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('3 assessments (spbe-2020)');
    expect(run.stdout).toMatch(/Median +2\.89/);
    expect(run.stdout).toMatch(/1\. +Kabupaten Berau +4\.09 +Sangat Baik/);
  });

  it('writes the ranking as CSV and the whole summary as JSON', async () => {
    const csv = await spbe(['summarize', 'assessments.jsonl', '--format', 'csv']);
    expect(csv.stdout.trim().split('\n')).toEqual([
      'rank,agency,year,index,indexDisplay,predicate',
      '1,Kabupaten Berau,2024,4.0885,4.09,Sangat Baik',
      '2,Kota Balikpapan,2024,2.8945,2.89,Baik',
      '3,Kabupaten Paser,2024,1.942,1.94,Cukup',
    ]);
    const json = await spbe(['summarize', 'assessments.jsonl', '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ count: 3, index: { median: { exact: '2.8945' } } });
  });

  it('writes nothing when a record is bad, unless --keep-going', async () => {
    const strict = await spbe(['summarize', 'assessments-bad.csv', '--format', 'json']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe('');
    const lenient = await spbe(['summarize', 'assessments-bad.csv', '--format', 'json', '--keep-going']);
    expect(lenient.code).toBe(1);
    expect(JSON.parse(lenient.stdout)).toMatchObject({ count: 2 });
  });
});
