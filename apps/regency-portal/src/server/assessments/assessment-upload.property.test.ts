import { assessmentToWorkbook } from '@spbe-kit/cli';
import type { Assessment } from '@spbe-kit/models';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readUploadedAssessment } from './assessment-upload.js';
import { planImport } from './import-plan.js';

const target = {
  row: {
    id: 'a',
    agency_id: '64.71',
    year: 2026,
    methodology: 'pemdi-2026' as const,
    status: 'draft' as const,
    is_sample: false,
  },
  regionCode: '64.71',
  entries: [],
  files: [],
};

/** Every problem names where it is and says what is wrong in both languages. */
function wellFormed(problems: readonly { where: string; message: { id: string; en: string } }[]): void {
  expect(problems.length).toBeGreaterThan(0);
  for (const problem of problems) {
    expect(problem.where).not.toBe('');
    expect(problem.message.id).not.toBe('');
    expect(problem.message.en).not.toBe('');
  }
}

describe('an uploaded assessment (hostile input)', () => {
  it('never throws on arbitrary bytes, JSON or a zip-looking file: a record or named problems', async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.json().map((text) => new TextEncoder().encode(text)),
      fc.uint8Array({ maxLength: 300 }).map((rest) => new Uint8Array([0x50, 0x4b, 3, 4, ...rest])),
    );
    await fc.assert(
      fc.asyncProperty(bytes, async (input) => {
        const upload = await readUploadedAssessment(input);
        if (Array.isArray(upload)) wellFormed(upload);
        else {
          const plan = planImport(upload, target);
          if ('problems' in plan) wellFormed(plan.problems);
        }
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('checks any values written into a real workbook, refusing the bad ones at their cell', async () => {
    const value = fc.oneof(fc.double({ min: -10, max: 10, noNaN: true }), fc.constantFrom(1, 2.5, 5));
    await fc.assert(
      fc.asyncProperty(fc.array(value, { minLength: 1, maxLength: 20 }), async (values) => {
        const record = {
          methodology: 'pemdi-2026',
          agency: { kind: 'kota', name: 'Kota Balikpapan', regionCode: '64.71' },
          year: 2026,
          indicators: values.map((selfAssessedValue, i) => ({
            number: i + 1,
            selfAssessedValue,
            evidence: [],
            verification: { uploaded: false, interviewed: false, approved: false },
          })),
        } as unknown as Assessment;
        const upload = await readUploadedAssessment(await assessmentToWorkbook(record));
        const plan = Array.isArray(upload) ? { problems: upload } : planImport(upload, target);
        const problems = 'problems' in plan ? plan.problems : [];
        if (problems.length > 0) {
          wellFormed(problems);
          // Every problem is at a self-assessment cell: the only cells this record fills.
          expect(problems.every((problem) => /^Penilaian!J\d+$/.test(problem.where))).toBe(true);
        }
        // A value outside 1–5 is never accepted.
        if (!values.every((item) => item >= 1 && item <= 5)) expect(problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 25 },
    );
  }, 180_000);
});
