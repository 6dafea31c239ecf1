import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerCsv } from '../data-requests/processing-answer.js';
import { actionLabel, outcomeLabel, purposeLabel, reasonLabel } from './audit-labels.js';

describe('audit labels', () => {
  it('names known codes in words and never shows an unknown code bare', () => {
    expect(actionLabel('user.role.update')).toEqual({ id: 'Mengubah peran akun', en: 'Changing an account’s role' });
    expect(actionLabel('inventory.application.save').id).toBe('Perubahan inventaris (inventory.application.save)');
    expect(actionLabel('x.y').en).toBe('Other action (x.y)');
    expect(purposeLabel('employee.verification')?.id).toBe('Verifikasi data kepegawaian');
    expect(purposeLabel(null)).toBeNull();
    expect(outcomeLabel('denied').id).toBe('Ditolak');
    expect(reasonLabel('rate-limited.global')?.en).toContain('throttled');
  });

  it('answers every hostile code with text in both languages', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (code) => {
        for (const label of [actionLabel(code), outcomeLabel(code), purposeLabel(code), reasonLabel(code)]) {
          if (label === null) {
            expect(code).toBe('');
            continue;
          }
          expect(label.id.length).toBeGreaterThan(0);
          expect(label.en.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});

describe('answerCsv', () => {
  it('neutralises formulas in every text cell, whatever the agency name or request number', () => {
    fc.assert(
      fc.property(
        // Separators and quotes are left out (of both texts) so the cells can be split back without a CSV parser.
        fc.string({ maxLength: 40 }).filter((requestNumber) => !/[;",\r\n]/.test(requestNumber)),
        fc.constantFrom('=', '+', '-', '@'),
        fc.string({ maxLength: 40 }).filter((name) => !/[;",\r\n]/.test(name)),
        (requestNumber, sign, name) => {
          const csv = answerCsv(requestNumber, [
            {
              index: 0,
              timestamp: '2026-01-01T00:00:00.000Z',
              agencyId: '64.71',
              agencyName: `${sign}${name}`,
              action: 'a.b',
              actionLabel: { id: 'A', en: 'A' },
              purpose: null,
              purposeLabel: null,
              outcome: 'success',
              outcomeLabel: { id: 'Berhasil', en: 'Succeeded' },
            },
          ]);
          const cells = csv.split(/[;\r\n]+/).map((cell) => cell.replace(/^"|"$/g, ''));
          expect(cells.some((cell) => /^[=+\-@]/.test(cell))).toBe(false);
        },
      ),
    );
  });
});
