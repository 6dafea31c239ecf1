import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import { localizedIssue, parseWith, safeParseWith } from './parse.js';
import { ValidationError } from './validation-error.js';

const schema = z.object({
  year: z.number().int().min(2021),
  name: z.string(),
  even: z.number().refine((n) => n % 2 === 0, localizedIssue('demo.odd', { id: 'Harus genap', en: 'Must be even' })),
});

describe('parseWith', () => {
  it('returns the parsed value', () => {
    expect(parseWith(schema, { year: 2024, name: 'Balikpapan', even: 2 })).toEqual({
      year: 2024,
      name: 'Balikpapan',
      even: 2,
    });
  });

  it('reports every issue with its path in both languages', () => {
    const result = safeParseWith(schema, { year: 2019, name: 5, even: 3 }, { locale: 'en' });
    expect(result.success).toBe(false);
    if (result.success) return;
    const { error } = result;
    expect(error).toSatisfy(ValidationError.isInstance);
    expect(error.code).toBe('validation');
    expect(error.issues.map((issue) => issue.path)).toEqual([['year'], ['name'], ['even']]);
    expect(error.issues[2]).toEqual({
      code: 'demo.odd',
      path: ['even'],
      message: { id: 'Harus genap', en: 'Must be even' },
    });
    expect(error.issues[1]?.message.id).toMatch(/tidak valid/);
    expect(error.issues[1]?.message.en).toMatch(/expected string/);
    expect(error.message).toContain('name: Invalid input');
    expect(error.format('id')).toContain('even: Harus genap');
  });

  it('never keeps the raw input in the error', () => {
    const result = safeParseWith(z.string().length(16), '6471011234560001x');
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.cause).toBeUndefined();
      expect(JSON.stringify(result.error.issues)).not.toContain('6471011234560001x');
    }
  });

  it('throws only ValidationError for any input', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        try {
          parseWith(schema, input);
        } catch (error) {
          expect(error).toSatisfy(ValidationError.isInstance);
        }
      }),
    );
  });
});
