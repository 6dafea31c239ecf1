import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pseudonymSchema } from '../audit-events/audit-event.js';
import { safeParseWith } from '../validation/parse.js';
import { IdentifierError } from './identifier-error.js';
import { createKeyedPseudonymizer, createNikPseudonymizer, pseudonymizeNik } from './keyed-pseudonym.js';
import { formatNik, isValidNik, nikInputSchema, nikSchema, normalizeNik, parseNik, safeParseNik } from './nik.js';
import { maskNik } from './nik-mask.js';

const reference = new Date('2026-11-28T00:00:00Z');
const key = 'operator-secret-key-for-tests-0001';

const isoDay = fc
  .date({ min: new Date('1927-01-01T00:00:00Z'), max: new Date('2026-11-28T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const nikParts = fc.record({
  regionCode: fc
    .tuple(fc.integer({ min: 11, max: 96 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
    .map((parts) => parts.map((n) => String(n).padStart(2, '0')).join('.')),
  birthDate: isoDay,
  sex: fc.constantFrom('male' as const, 'female' as const),
  serial: fc.integer({ min: 1, max: 9999 }).map((n) => String(n).padStart(4, '0')),
});

describe('NIK', () => {
  it('parses a woman born 1 September 1990 in Balikpapan Timur (64.71.01)', () => {
    expect(parseNik('6471014109900001', { referenceDate: reference })).toEqual({
      nik: '6471014109900001',
      regionCode: '64.71.01',
      birthDate: '1990-09-01',
      sex: 'female',
      serial: '0001',
    });
    expect(parseNik('6471010109900001', { referenceDate: reference }).sex).toBe('male');
  });

  it('accepts the spaced, dotted and hyphenated forms people type', () => {
    for (const typed of ['6471 0141 0990 0001', '6471.0141.0990.0001', ' 6471-014109-900001 ']) {
      expect(normalizeNik(typed)).toBe('6471014109900001');
      expect(nikInputSchema.parse(typed)).toBe('6471014109900001');
    }
    expect(nikSchema.safeParse('6471 0141 0990 0001').success).toBe(false);
  });

  it('names the part that is wrong', () => {
    const codeOf = (nik: string) => {
      const result = safeParseNik(nik, { referenceDate: reference });
      return result.success ? 'ok' : result.error.code;
    };
    expect(codeOf('647101410990001')).toBe('nik.invalid_format');
    expect(codeOf('1071014109900001')).toBe('nik.invalid_province');
    expect(codeOf('9771014109900001')).toBe('nik.invalid_province');
    expect(codeOf('6471013209900001')).toBe('nik.invalid_birth_date'); // day 32
    expect(codeOf('6471017209900001')).toBe('nik.invalid_birth_date'); // day 72 (32 + 40)
    expect(codeOf('6471010013900001')).toBe('nik.invalid_birth_date'); // day 00, month 13
    expect(codeOf('6471013002900001')).toBe('nik.invalid_birth_date'); // 30 February
    expect(codeOf('6471016902010001')).toBe('nik.invalid_birth_date'); // 29 February 2001 (woman)
    expect(codeOf('6471016902040001')).toBe('ok'); // 29 February 2004 (woman)
    expect(codeOf('6471014109900000')).toBe('nik.invalid_serial');
  });

  it('chooses the century from the reference date', () => {
    expect(parseNik('6471010101250001', { referenceDate: reference }).birthDate).toBe('2025-01-01');
    expect(parseNik('6471010101300001', { referenceDate: reference }).birthDate).toBe('1930-01-01');
    expect(parseNik('6471012911260001', { referenceDate: reference }).birthDate).toBe('1926-11-29');
  });

  it('gives messages in both languages that do not repeat the NIK', () => {
    const result = safeParseWith(nikSchema, '6471013209900001');
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues).toHaveLength(1);
      const issue = result.error.issues[0];
      expect(issue?.code).toBe('nik.invalid_birth_date');
      expect(issue?.message.id).toContain('Tanggal lahir');
      expect(issue?.message.en).toContain('birth date');
      expect(result.error.format('id')).not.toContain('6471013209900001');
    }
  });

  it('round-trips generated valid NIKs through format and parse', () => {
    fc.assert(
      fc.property(nikParts, (parts) => {
        const nik = formatNik(parts);
        expect(isValidNik(nik)).toBe(true);
        expect(nikSchema.safeParse(nik).success).toBe(true);
        expect(parseNik(nik, { referenceDate: reference })).toEqual({ nik, ...parts });
        const spaced = `${nik.slice(0, 4)} ${nik.slice(4, 8)} ${nik.slice(8, 12)} ${nik.slice(12)}`;
        expect(parseNik(spaced, { referenceDate: reference }).nik).toBe(nik);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with the schema and throws only IdentifierError on random input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[0-9]{16}$/)), (input) => {
        let valid = true;
        try {
          parseNik(input, { referenceDate: reference });
        } catch (error) {
          expect(error).toSatisfy(IdentifierError.isInstance);
          valid = false;
        }
        expect(nikInputSchema.safeParse(input).success).toBe(valid);
        expect(isValidNik(input)).toBe(valid);
      }),
      { numRuns: 300 },
    );
  });
});

describe('maskNik', () => {
  it('shows the region and the last digits only', () => {
    expect(maskNik('6471014109900001')).toBe('6471**********01');
    expect(maskNik('6471 0141 0990 0001', { visibleStart: 6, visibleEnd: 4, maskCharacter: '•' })).toBe(
      '647101••••••0001',
    );
    expect(maskNik('6471014109900001', { visibleStart: 0, visibleEnd: 0 })).toBe('*'.repeat(16));
  });

  it('never reveals the birth date, whatever the options', () => {
    expect(() => maskNik('6471014109900001', { visibleStart: 7 })).toThrow(
      expect.objectContaining({ code: 'nik.invalid_mask_options' }),
    );
    expect(() => maskNik('6471014109900001', { visibleEnd: 5 })).toThrow(expect.toSatisfy(IdentifierError.isInstance));
    expect(() => maskNik('6471014109900001', { maskCharacter: '1' })).toThrow(
      expect.toSatisfy(IdentifierError.isInstance),
    );
    expect(() => maskNik('12345')).toThrow(expect.objectContaining({ code: 'nik.invalid_format' }));
  });

  it('throws only IdentifierError on random input and hides digits 7–12', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.stringMatching(/^[0-9]{16}$/)),
        fc.nat(8),
        fc.nat(6),
        (input, visibleStart, visibleEnd) => {
          try {
            const masked = maskNik(input, { visibleStart, visibleEnd });
            expect(masked).toHaveLength(16);
            expect(masked.slice(6, 12)).toBe('******');
          } catch (error) {
            expect(error).toSatisfy(IdentifierError.isInstance);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('keyed pseudonym', () => {
  const hmac = (value: string) => createHmac('sha256', key).update(value, 'utf8');

  it('is HMAC-SHA-256 of the 16 digits, base64url by default or hex (same as node:crypto and PHP hash_hmac)', async () => {
    expect(await pseudonymizeNik('6471 0141 0990 0001', key)).toBe(hmac('6471014109900001').digest('base64url'));
    expect(await pseudonymizeNik('6471014109900001', key, { encoding: 'hex' })).toBe(
      hmac('6471014109900001').digest('hex'),
    );
    expect(await createNikPseudonymizer(new TextEncoder().encode(key))('6471014109900001')).toBe(
      hmac('6471014109900001').digest('base64url'),
    );
  });

  it('fits the audit-event pseudonym schema', async () => {
    expect(pseudonymSchema.safeParse(await pseudonymizeNik('6471014109900001', key)).success).toBe(true);
  });

  it('depends on the key and on the value', async () => {
    const a = await pseudonymizeNik('6471014109900001', key);
    expect(await pseudonymizeNik('6471014109900002', key)).not.toBe(a);
    expect(await pseudonymizeNik('6471014109900001', `${key}x`)).not.toBe(a);
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('rejects short keys and non-NIK input with typed errors', async () => {
    expect(() => createKeyedPseudonymizer('short')).toThrow(expect.objectContaining({ code: 'pseudonym.invalid_key' }));
    await expect(pseudonymizeNik('6471014109900001', new Uint8Array(8))).rejects.toMatchObject({
      code: 'pseudonym.invalid_key',
    });
    await expect(pseudonymizeNik('not a nik', key)).rejects.toSatisfy(IdentifierError.isInstance);
  });

  it('matches node:crypto on random values in both encodings', async () => {
    const base64url = createKeyedPseudonymizer(key);
    const hex = createKeyedPseudonymizer(key, { encoding: 'hex' });
    await fc.assert(
      fc.asyncProperty(fc.string(), async (value) => {
        expect(await base64url(value)).toBe(hmac(value).digest('base64url'));
        expect(await hex(value)).toBe(hmac(value).digest('hex'));
      }),
      { numRuns: 100 },
    );
  });
});
