import fc from 'fast-check';
import { pseudonymizeNik, pseudonymSchema } from '@spbe-kit/models';
import { describe, expect, it } from 'vitest';
import { AuditError } from './errors.js';
import { pseudonymize } from './pseudonym.js';

const key = new Uint8Array(32).fill(1);

describe('pseudonymize', () => {
  it('is stable, ignores spaces, and differs per key', () => {
    expect(pseudonymize(key, '6471 0101 0190 0001')).toBe(pseudonymize(key, '6471010101900001'));
    expect(pseudonymize(new Uint8Array(32).fill(2), '6471010101900001')).not.toBe(
      pseudonymize(key, '6471010101900001'),
    );
  });

  it('refuses short keys', () => {
    expect(() => pseudonymize(new Uint8Array(15), 'x')).toThrow(expect.toSatisfy(AuditError.isInstance));
  });

  it('gives the same pseudonym as pseudonymizeNik of @spbe-kit/models (HMAC-SHA-256, base64url)', async () => {
    expect(pseudonymize(key, '6471 0101 0190 0001')).toBe(await pseudonymizeNik('6471010101900001', key));
  });

  it('property: pseudonyms are valid model pseudonyms and never contain the identifier', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{16}$/), (nik) => {
        const pseudonym = pseudonymize(key, nik);
        expect(pseudonymSchema.safeParse(pseudonym).success).toBe(true);
        expect(pseudonym).not.toContain(nik);
      }),
      { numRuns: 200 },
    );
  });
});
