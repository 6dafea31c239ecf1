import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from './in-process.js';
import { fixture, spbe } from './spbe-cli-harness.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'spbe-cli-pdf-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The creation date a PDF's information dictionary gives (pdf.js through unpdf). */
async function creationDate(file: string): Promise<unknown> {
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(file)));
  const { info } = await pdf.getMetadata();
  return (info as { CreationDate?: unknown }).CreationDate;
}

/** The text of every page of a PDF, as a viewer's "copy text" gives it (pdf.js through unpdf). */
async function pdfPages(file: string): Promise<string[]> {
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(file)));
  const { text } = await extractText(pdf, { mergePages: false });
  return text;
}

/** Text with every run of white space as one space (lines wrap differently in a PDF). */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The visible text of an HTML report, flattened. */
function htmlText(html: string): string {
  const text = html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<title>[\s\S]*?<\/title>/g, '')
    .replace(/<br>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&emsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
  return flat(text);
}

describe('spbe report --format pdf', () => {
  it('writes the golden text of a spbe-2020 assessment record: evidence, plan, roadmap, history', async () => {
    const out = path.join(dir, 'paser-2025.pdf');
    const run = await spbe([
      'report',
      'assessment-paser-2025.json',
      '-o',
      out,
      '--years',
      '2',
      '--history',
      'assessment-paser-2024.json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = await pdfPages(out);
    await expect(pages.join('\n\f\n')).toMatchFileSnapshot('../__fixtures__/report-paser-2025.golden.txt');
    const text = flat(pages.join(' '));
    // Indonesian is the default language, and numbers follow it: decimal commas.
    expect(text).toContain('Indeks 2,77 · Baik');
    expect(text).toContain('nilai pasti 2,7695');
    expect(text).toContain('Bukti indikator 10 — bukti/indikator-10.pdf');
    expect(text).toContain('2024 2,11 Cukup – 2025 2,77 Baik +0,66');
    expect(text).toContain(`Halaman ${pages.length} / ${pages.length}`);
  });

  it('writes the golden text of a pemdi-2026 record in English with decimal commas, two series never joined', async () => {
    const out = path.join(dir, 'paser-2026.pdf');
    const run = await spbe([
      'report',
      'assessment-paser-2026-pemdi.json',
      '--output',
      out,
      '--lang',
      'en',
      '--locale',
      'id',
      '--history',
      'assessment-paser-2024.json',
      'assessment-paser-2025.json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const pages = await pdfPages(out);
    await expect(pages.join('\n\f\n')).toMatchFileSnapshot('../__fixtures__/report-paser-2026-pemdi.golden.txt');
    const text = flat(pages.join(' '));
    expect(text).toContain('Index 1,71 · Cukup · level 2 Emerging');
    // Lines may break after a hyphen (SHA-|256): compare without white space.
    expect(text.replace(/\s/g, '')).toContain(
      'PerbupNo.12Tahun2025tentangPemerintahanDigital—perbup-12-2025.pdf·SHA-256a3f1c2d4e5b6·https://jdih.paserkab.go.id/perbup-12-2025.pdf·2025-03-18',
    );
    expect(text).toContain('Notulen rapat Tim Koordinasi — notulen-tk-2025.pdf');
    expect(text).toMatch(/4 Maturity level of [^\d]+ 5 2,5 no evidence yet/);
    // One table per methodology: the spbe-2020 years, then the pemdi-2026 year, with no change across them.
    expect(text).toMatch(
      /\(spbe-2020, PermenPANRB No\. 59 Tahun 2020\): 2024–2025 .*2024 2,11 Cukup – 2025 2,77 Baik \+0,66/,
    );
    expect(text).toMatch(/\(pemdi-2026, [^)]+\): 2026 Year Index Predikat Δ 2026 1,71 Cukup · level 2 Emerging –/);
  });

  it('shows the same content as the HTML report', async () => {
    const args = ['report', 'assessment-paser-2026-pemdi.json', '--history', 'assessment-paser-2025.json'];
    const pdf = path.join(dir, 'same.pdf');
    const html = path.join(dir, 'same.html');
    expect((await spbe([...args, '-o', pdf])).code).toBe(0);
    expect((await spbe([...args, '-o', html])).code).toBe(0);
    const pdfText = flat((await pdfPages(pdf)).join(' '));
    const page = htmlText(readFileSync(html, 'utf8'));
    const compact = (text: string) => text.replace(/\s/g, '');
    for (const expected of [
      'Laporan indeks Pemerintah Kabupaten Paser 2026',
      'Tingkat Kematangan Tata Kelola Pemerintah Digital',
      'Perbup No. 12 Tahun 2025 tentang Pemerintahan Digital — perbup-12-2025.pdf · SHA-256 a3f1c2d4e5b6',
      'belum ada bukti dukung',
      'Riwayat indeks',
      '2025 2,77 Baik',
      '2026 1,71 Cukup · tingkat 2 Membangun',
      'Rencana menuju Baik',
      'Yang paling menahan nilai',
    ]) {
      expect(compact(pdfText), expected).toContain(compact(expected));
      expect(page, expected).toContain(expected);
    }
  });

  it('gives the same bytes for the same input; --date sets the creation date', async () => {
    const first = path.join(dir, 'first.pdf');
    const second = path.join(dir, 'second.pdf');
    const dated = path.join(dir, 'dated.pdf');
    for (const out of [first, second])
      expect((await spbe(['report', 'assessment-paser-2025.json', '-o', out])).code).toBe(0);
    expect(readFileSync(first).equals(readFileSync(second))).toBe(true);
    expect(await creationDate(first)).toBe('D:19700101000000Z');
    const run = await spbe(['report', 'assessment-paser-2025.json', '-o', dated, '--date', '2026-03-31']);
    expect(run.code).toBe(0);
    expect(await creationDate(dated)).toBe('D:20260331000000Z');
    expect(flat((await pdfPages(dated)).join(' '))).toContain('Dibuat dengan spbe-kit · 2026-03-31');
  });

  it('chooses PDF from the file name, and --format html writes HTML whatever the name', async () => {
    const named = path.join(dir, 'named.PDF');
    expect((await spbe(['report', 'pemdi-2026.json', '-o', named])).code).toBe(0);
    expect(readFileSync(named).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const forced = path.join(dir, 'forced.pdf');
    expect((await spbe(['report', 'pemdi-2026.json', '-o', forced, '--format', 'html'])).code).toBe(0);
    expect(readFileSync(forced, 'utf8')).toMatch(/^<!doctype html>/);
    const bad = await spbe(['report', 'pemdi-2026.json', '-o', forced, '--format', 'docx']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--format');
  });

  it('rejects a year given twice in the history, in Indonesian (exit 1, no report)', async () => {
    const out = path.join(dir, 'twice.pdf');
    const run = await spbe([
      'report',
      'assessment-paser-2025.json',
      '-o',
      out,
      '--history',
      'assessment-paser-2024.json',
      'assessment-paser-2025.json',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Tahun 2025 (spbe-2020) muncul dua kali');
    expect(() => readFileSync(out)).toThrow();
  });

  it('rejects a history record without a year, naming its file and line', async () => {
    const file = path.join(dir, 'no-year.json');
    writeFileSync(
      file,
      JSON.stringify({ methodology: 'spbe-2020', agency: 'Kab. X', domainScores: { 1: 3, 2: 3, 3: 3, 4: 3 } }),
    );
    const run = await spbe([
      'report',
      'pemdi-2026.json',
      '-o',
      path.join(dir, 'x.pdf'),
      '--history',
      file,
      '--lang',
      'en',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no-year.json:1: a history record without a year');
  });
});

/** Names a regency might type, and names nobody should: controls, lone surrogates, emoji, right-to-left, very long words. */
const hostileText = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }),
  fc.constantFrom('Kab. Pasér — “Bumi Daya Taka” ✓ 🏛', 'كابوباتن', '\u0000\u001b[31m\ud800x\r\n\t', 'W'.repeat(400)),
);

describe('spbe report --format pdf on hostile input', () => {
  it('writes a readable PDF for any agency name, evidence title and file name, or an empty evidence list', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, fc.boolean(), async (agency, title, withEvidence) => {
        const record = JSON.parse(readFileSync(fixture('assessment-paser-2026-pemdi.json'), 'utf8')) as {
          agency: { name: string };
          indicators: { evidence: unknown[] }[];
        };
        record.agency.name = agency.trim() === '' ? 'x' : agency.slice(0, 200);
        for (const indicator of record.indicators)
          indicator.evidence = withEvidence ? [{ title, fileName: `${title.slice(0, 200)}.pdf` }] : [];
        const work = mkdtempSync(path.join(dir, 'hostile-'));
        writeFileSync(path.join(work, 'record.json'), JSON.stringify(record));
        const run = await runInProcess(['report', 'record.json', '-o', 'out.pdf'], work);
        if (run.code !== 0) {
          // The schema may refuse a name (too long, say): then a clear record error, never a crash.
          expect(run.code, run.stderr).toBe(1);
          expect(run.stderr).toContain('record.json');
          return;
        }
        const text = (await pdfPages(path.join(work, 'out.pdf'))).join(' ').replace(/\s+/g, '');
        expect(text).toContain('Indikatordanbuktidukung');
        const visible = (value: string) => value.replace(/[^\p{L}\p{N}]/gu, '').slice(0, 20);
        if (/^[\p{Script=Latin}\p{N}\s.,—“”-]+$/u.test(record.agency.name))
          expect(text).toContain(visible(record.agency.name));
      }),
      { numRuns: 8 },
    );
  }, 300_000);
});
