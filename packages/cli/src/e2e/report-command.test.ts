import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spbe } from './spbe-cli-harness.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'spbe-cli-report-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Everything in an HTML file that would make a browser fetch something. */
function externalReferences(html: string): string[] {
  const found: string[] = [];
  for (const pattern of [
    /<script\b/gi,
    /<link\b/gi,
    /<iframe\b/gi,
    /<img\b/gi,
    /<object\b/gi,
    /<embed\b/gi,
    /\bsrc\s*=/gi,
    /@import/gi,
    /url\(/gi,
    /https?:/gi,
    /\/\/[a-z0-9.-]+\.[a-z]{2,}/gi,
  ]) {
    for (const match of html.matchAll(pattern)) found.push(match[0]);
  }
  for (const match of html.matchAll(/\bhref\s*=\s*"([^"]*)"/gi)) if (!match[1]!.startsWith('#')) found.push(match[0]);
  return found;
}

describe('spbe report', () => {
  it('writes the golden report of a province set with the previous year', async () => {
    const out = path.join(dir, 'province.html');
    const run = await spbe([
      'report',
      'assessments.jsonl',
      '--previous',
      'assessments-2023.jsonl',
      '--out',
      out,
      '--lang',
      'en',
      '--title',
      'Kalimantan Timur 2024',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    await expect(html).toMatchFileSnapshot('../__fixtures__/report.golden.html');
  });

  it('holds no external resource: no script, stylesheet, image, font or link outside the page', () => {
    const html = readFileSync(path.join(dir, 'province.html'), 'utf8');
    expect(externalReferences(html)).toEqual([]);
    expect(html).toContain('<svg class="radar"');
    expect(html).toContain('@media print');
  });

  it('the check finds an external resource when there is one', () => {
    const found = externalReferences('<img src="x.png"><a href="https://example.org">x</a><a href="#ok">y</a>');
    expect(found).toEqual(expect.arrayContaining(['<img', 'src=', 'https:', 'href="https://example.org"']));
    expect(found.join(' ')).not.toContain('#ok');
  });

  it('reports one agency from published domain scores (radar of the four domains, no plan)', async () => {
    const out = path.join(dir, 'single.html');
    const run = await spbe(['report', 'domain-scores.csv', '--delimiter', ';', '--out', out]);
    expect(run.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<title>Laporan indeks Contoh Regulasi 2020</title>');
    // Indonesian numbers by default: a decimal comma.
    expect(html).toContain('<span class="index">3,28</span> <span class="predicate p-baik">Baik</span>');
    expect(html.match(/<text class="label"/g)).toHaveLength(4);
    expect(html).not.toContain('Rencana menuju');
    expect(externalReferences(html)).toEqual([]);
  });

  it('writes no report when an assessment is bad, unless --keep-going', async () => {
    const out = path.join(dir, 'bad.html');
    const run = await spbe(['report', 'assessments-bad.csv', '--out', out]);
    expect(run.code).toBe(1);
    expect(() => readFileSync(out)).toThrow();
    const kept = await spbe(['report', 'assessments-bad.csv', '--out', out, '--keep-going']);
    expect(kept.code).toBe(1);
    expect(readFileSync(out, 'utf8')).toContain('Kabupaten Berau');
  });

  it('requires --out', async () => {
    expect((await spbe(['report', 'assessments.jsonl'])).code).toBe(2);
  });
});
