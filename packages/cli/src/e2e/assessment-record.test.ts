import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Assessment } from '@spbe-kit/models';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from './in-process.js';
import { fixture, spbe } from './spbe-cli-harness.js';

const cwd = mkdtempSync(path.join(os.tmpdir(), 'spbe-assessment-record-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

const paser2025 = JSON.parse(readFileSync(fixture('assessment-paser-2025.json'), 'utf8')) as Assessment;

describe('the models assessment record in every command', () => {
  it('spbe index reads the assessor values and says so', async () => {
    const run = await spbe(['index', 'assessment-paser-2025.json', '--format', 'table', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Pemerintah Kabupaten Paser · 2025 (spbe-2020, assessor's values)");
    expect(run.stdout).toContain('Index 2.77');
  });

  it('spbe index --side self reads the self-assessment', async () => {
    const run = await spbe(['index', 'assessment-paser-2025.json', '--side', 'self', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ side: 'self', indexExact: '3.013', predicate: 'Baik' });
  });

  it('explain, plan, compare and report read it too', async () => {
    const explain = await spbe(['explain', 'assessment-paser-2025.json', '--format', 'json']);
    expect(explain.code).toBe(0);
    expect(JSON.parse(explain.stdout)).toMatchObject({ side: 'assessor', predicate: 'Baik' });
    const plan = await spbe(['plan', 'assessment-paser-2025.json', '--target', 'sangat baik', '--format', 'json']);
    expect(plan.code).toBe(0);
    expect(JSON.parse(plan.stdout)).toMatchObject({ side: 'assessor', reachable: true });
    const compare = await spbe([
      'compare',
      'assessment-paser-2024.json',
      'assessment-paser-2025.json',
      '--format',
      'json',
    ]);
    expect(compare.code).toBe(0);
    expect(JSON.parse(compare.stdout)).toMatchObject({ year: 2025, previousYear: 2024, side: 'assessor' });
    const out = path.join(cwd, 'laporan.html');
    const report = await spbe([
      'report',
      'assessment-paser-2025.json',
      '--previous',
      'assessment-paser-2024.json',
      '-o',
      out,
    ]);
    expect(report.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('nilai penilai');
  });

  it('a record without assessor values is computed from the self-assessment', async () => {
    const selfOnly = {
      ...paser2025,
      indicators: paser2025.indicators.map(({ assessorValue: _, ...indicator }) => indicator),
    };
    const run = await runInProcess(['index', '-', '--format', 'json'], cwd, JSON.stringify(selfOnly));
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ side: 'self', indexExact: '3.013' });
  });
});

/** Assessment records, valid or not, built from the fixture: values removed, changed, duplicated, out of range. */
const mutatedRecords = fc
  .array(
    fc.record({
      position: fc.nat({ max: 46 }),
      change: fc.constantFrom('drop-assessor', 'drop-self', 'drop-entry', 'duplicate', 'bad-number', 'half', 'six'),
    }),
    { maxLength: 6 },
  )
  .map((changes) => {
    const indicators: Record<string, unknown>[] = paser2025.indicators.map((indicator) => ({ ...indicator }));
    for (const { position, change } of changes) {
      const entry = indicators[position % indicators.length];
      if (!entry) continue;
      if (change === 'drop-assessor') delete entry.assessorValue;
      else if (change === 'drop-self') delete entry.selfAssessedValue;
      else if (change === 'drop-entry') indicators.splice(position % indicators.length, 1);
      else if (change === 'duplicate') indicators.push({ ...entry });
      else if (change === 'bad-number') entry.number = 48 + position;
      else if (change === 'half') entry.assessorValue = 2.5;
      else entry.assessorValue = 6;
    }
    return { ...paser2025, indicators };
  });

describe('spbe validate assessment and spbe index agree', () => {
  it('a record is valid exactly when it can be indexed', async () => {
    const file = path.join(cwd, 'record.json');
    await fc.assert(
      fc.asyncProperty(mutatedRecords, fc.constantFrom('assessor', 'self'), async (record, side) => {
        writeFileSync(file, JSON.stringify(record));
        const validate = await runInProcess(['validate', 'assessment', file, '--format', 'json'], cwd);
        const index = await runInProcess(['index', file, '--side', side, '--format', 'json'], cwd);
        expect([0, 1]).toContain(validate.code);
        expect(index.code).toBe(validate.code);
      }),
      { numRuns: 60 },
    );
  });
});

describe('spbe validate assessment', () => {
  it('warns about indicators above level 1 without evidence and about missing values', async () => {
    const record = {
      ...paser2025,
      indicators: paser2025.indicators
        .filter((indicator) => indicator.number !== 9)
        .map((indicator) => (indicator.number === 4 ? { ...indicator, evidence: [] } : indicator)),
    };
    const file = path.join(cwd, 'warnings.json');
    writeFileSync(file, JSON.stringify(record));
    const run = await runInProcess(['validate', 'assessment', file, '--format', 'json', '--lang', 'en'], cwd);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ valid: 1, invalid: 0, warnings: 2 });
    expect(run.stderr).toContain('indicators[3].evidence: warning: Indicator 4 is valued 3 without evidence');
    expect(run.stderr).toContain('No assessor value yet for indicators 9: spbe index computes it as incomplete');
  });

  it('rejects an indicator the methodology does not have, as spbe index does', async () => {
    const record = { ...paser2025, indicators: [...paser2025.indicators, { ...paser2025.indicators[0]!, number: 48 }] };
    const file = path.join(cwd, 'unknown.json');
    writeFileSync(file, JSON.stringify(record));
    const validate = await runInProcess(['validate', 'assessment', file, '--lang', 'en'], cwd);
    const index = await runInProcess(['index', file, '--lang', 'en'], cwd);
    expect(validate.code).toBe(1);
    expect(index.code).toBe(1);
    expect(validate.stderr).toContain('Methodology spbe-2020 has no indicator 48');
    expect(index.stderr).toContain('Methodology spbe-2020 has no indicator 48');
  });
});

describe('a realistic plan', () => {
  it('spbe plan --max-raise 1 raises no indicator more than one level', async () => {
    const run = await runInProcess(
      ['plan', record(), '--target', 'Sangat Baik', '--max-raise', '1', '--format', 'json'],
      cwd,
    );
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout) as { reachable: boolean; steps: { from: number; to: number }[] };
    expect(plan.reachable).toBe(true);
    expect(plan.steps.every((step) => step.to - step.from === 1)).toBe(true);
  });

  it('spbe plan raises one level per indicator unless told otherwise; --max-raise none lifts the limit', async () => {
    const plan = async (...extra: string[]) => {
      const run = await runInProcess(['plan', record(), '--target', 'Sangat Baik', '--format', 'json', ...extra], cwd);
      expect(run.code, run.stderr).toBe(0);
      return JSON.parse(run.stdout) as { steps: { from: number; to: number }[] };
    };
    const realistic = await plan();
    expect(realistic).toEqual(await plan('--max-raise', '1'));
    expect(realistic.steps.every((step) => step.to - step.from === 1)).toBe(true);
    const unlimited = await plan('--max-raise', 'none');
    expect(unlimited).toEqual(await plan('--max-raise', '4'));
    // Without the limit the cheapest plan takes several indicators from 2 straight to 5.
    expect(unlimited.steps.some((step) => step.to - step.from > 1)).toBe(true);
    const bad = await runInProcess(['plan', record(), '--max-raise', 'nol', '--lang', 'en'], cwd);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('or none for no limit');
  });

  it('spbe plan --years 3 writes a roadmap year by year, in the table and in the report', async () => {
    const table = await runInProcess(
      [
        'plan',
        record(),
        '--target',
        'Sangat Baik',
        '--max-raise',
        '1',
        '--years',
        '3',
        '--format',
        'table',
        '--lang',
        'en',
      ],
      cwd,
    );
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('at most 1 level(s) per indicator a year');
    expect(table.stdout).toMatch(/Year 2026: \d\.\d\d/);
    expect(table.stdout).toMatch(/Year 2028: \d\.\d\d Sangat Baik/);
    const json = await runInProcess(
      ['plan', record(), '--target', 'Sangat Baik', '--years', '3', '--format', 'json'],
      cwd,
    );
    const roadmap = JSON.parse(json.stdout) as { years: { steps: { from: number; to: number }[] }[] };
    expect(roadmap.years).toHaveLength(3);
    for (const year of roadmap.years) for (const step of year.steps) expect(step.to - step.from).toBe(1);
    const out = path.join(cwd, 'peta-jalan.html');
    const report = await runInProcess(['report', record(), '--years', '3', '-o', out], cwd);
    expect(report.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('Peta jalan 3 tahun menuju Sangat Baik');
    const bad = await runInProcess(['plan', record(), '--target', 'Baik', '--years', '0'], cwd);
    expect(bad.code).toBe(2);
  });
});

function record(): string {
  return fixture('assessment-paser-2025.json');
}
