import { describe, expect, it } from 'vitest';
import { auditErrorCodeReference, verifyFailureReasonReference } from './error-code-reference.js';
import type { ErrorCodeReference } from '@spbe-kit/models';

const references: Record<string, Record<string, ErrorCodeReference>> = {
  errors: auditErrorCodeReference,
  'verify reason': verifyFailureReasonReference,
};

describe('error-code reference of @spbe-kit/audit', () => {
  for (const [kind, reference] of Object.entries(references)) {
    it(`gives every ${kind} code a meaning and a fix, each a sentence in both languages`, () => {
      expect(Object.keys(reference).length).toBeGreaterThan(0);
      for (const [code, entry] of Object.entries(reference)) {
        for (const text of [entry.meaning, entry.fix]) {
          expect(text.id.trim(), code).not.toBe('');
          expect(text.en.trim(), code).not.toBe('');
          expect(text.id, code).not.toBe(text.en);
          expect(text.id, code).toMatch(/\.$/);
          expect(text.en, code).toMatch(/\.$/);
        }
      }
    });
  }
});
