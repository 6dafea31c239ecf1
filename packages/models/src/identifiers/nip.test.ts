import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParseWith } from '../validation/parse.js';
import { IdentifierError } from './identifier-error.js';
import { formatNip, isValidNip, nipInputSchema, nipSchema, normalizeNip, parseNip, safeParseNip } from './nip.js';

const codeOf = (nip: string) => {
  const result = safeParseNip(nip);
  return result.success ? 'ok' : result.error.code;
};

describe('NIP', () => {
  it('parses the example from the spec, written with spaces', () => {
    expect(parseNip('19860926 201505 1 001')).toEqual({
      nip: '198609262015051001',
      birthDate: '1986-09-26',
      appointment: '2015-05',
      sex: 'male',
      serial: '001',
    });
    expect(normalizeNip('19860926.201505.2.001')).toBe('198609262015052001');
    expect(nipInputSchema.parse('19860926 201505 1 001')).toBe('198609262015051001');
    expect(formatNip(parseNip('198609262015051001'), { spaced: true })).toBe('19860926 201505 1 001');
  });

  it('names the part that is wrong', () => {
    expect(codeOf('19860926201505100')).toBe('nip.invalid_format');
    expect(codeOf('198602302015051001')).toBe('nip.invalid_birth_date'); // 30 February
    expect(codeOf('188609262015051001')).toBe('nip.invalid_birth_date'); // 1886
    expect(codeOf('198609262015131001')).toBe('nip.invalid_appointment'); // month 13
    expect(codeOf('198609261986091001')).toBe('nip.appointment_before_birth'); // same month
    expect(codeOf('198609261985051001')).toBe('nip.appointment_before_birth');
    expect(codeOf('198609262015053001')).toBe('nip.invalid_sex');
    expect(codeOf('198609262015051000')).toBe('nip.invalid_serial');
  });

  it('reports schema problems in both languages with the stable code', () => {
    const result = safeParseWith(nipSchema, '198609262015053001', { locale: 'en' });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues).toHaveLength(1);
      expect(result.error.issues[0]?.code).toBe('nip.invalid_sex');
      expect(result.error.message).toContain('sex digit');
      expect(result.error.issues[0]?.message.id).toContain('jenis kelamin');
    }
  });

  it('round-trips generated valid NIPs through format and parse', () => {
    const parts = fc
      .record({
        birth: fc.date({
          min: new Date('1940-01-01T00:00:00Z'),
          max: new Date('2008-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        monthsLater: fc.integer({ min: 1, max: 600 }),
        sex: fc.constantFrom('male' as const, 'female' as const),
        serial: fc.integer({ min: 1, max: 999 }).map((n) => String(n).padStart(3, '0')),
      })
      .map(({ birth, monthsLater, sex, serial }) => {
        const total = birth.getUTCFullYear() * 12 + birth.getUTCMonth() + monthsLater;
        const appointment = `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
        return { birthDate: birth.toISOString().slice(0, 10), appointment, sex, serial };
      });
    fc.assert(
      fc.property(parts, (input) => {
        const nip = formatNip(input);
        expect(isValidNip(nip)).toBe(true);
        expect(nipSchema.safeParse(nip).success).toBe(true);
        expect(parseNip(nip)).toEqual({ nip, ...input });
        expect(parseNip(formatNip(input, { spaced: true })).nip).toBe(nip);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with the schema and throws only IdentifierError on random input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^(19|20)[0-9]{16}$/)), (input) => {
        let valid = true;
        try {
          parseNip(input);
        } catch (error) {
          expect(error).toSatisfy(IdentifierError.isInstance);
          valid = false;
        }
        expect(nipInputSchema.safeParse(input).success).toBe(valid);
      }),
      { numRuns: 300 },
    );
  });
});
