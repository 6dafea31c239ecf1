import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdentifierError } from './identifier-error.js';
import { maskNip } from './nip-mask.js';

describe('maskNip', () => {
  it('shows the serial only by default, and up to the sex digit on request', () => {
    expect(maskNip('198609262015051001')).toBe('***************001');
    expect(maskNip('19860926 201505 1 001')).toBe('***************001');
    expect(maskNip('198609262015051001', { visibleEnd: 4, maskCharacter: '•' })).toBe('••••••••••••••1001');
    expect(maskNip('198609262015051001', { visibleEnd: 0 })).toBe('*'.repeat(18));
    // 18 digits that are not a valid NIP (serial 000) can still be shown masked.
    expect(maskNip('198609262015051000')).toBe('***************000');
  });

  it('never reveals the birth date or the appointment month, whatever the options', () => {
    expect(() => maskNip('198609262015051001', { visibleEnd: 5 })).toThrow(
      expect.objectContaining({ code: 'nip.invalid_mask_options' }),
    );
    expect(() => maskNip('198609262015051001', { visibleEnd: -1 })).toThrow(
      expect.toSatisfy(IdentifierError.isInstance),
    );
    expect(() => maskNip('198609262015051001', { visibleEnd: 2.5 })).toThrow(
      expect.toSatisfy(IdentifierError.isInstance),
    );
    expect(() => maskNip('198609262015051001', { maskCharacter: '1' })).toThrow(
      expect.toSatisfy(IdentifierError.isInstance),
    );
    expect(() => maskNip('198609262015051001', { maskCharacter: '**' })).toThrow(
      expect.toSatisfy(IdentifierError.isInstance),
    );
    expect(() => maskNip('198609262015051001', { visibleStart: 2 } as never)).not.toThrow();
    expect(maskNip('198609262015051001', { visibleStart: 2 } as never)).toBe('***************001');
  });

  it('rejects input without 18 digits, without repeating it', () => {
    for (const input of [
      '',
      '12345',
      '1986092620150510011',
      '19860926201505100x',
      12 as unknown as string,
      null as unknown as string,
    ]) {
      const error = (() => {
        try {
          maskNip(input);
        } catch (thrown) {
          return thrown;
        }
        return undefined;
      })();
      expect(error).toSatisfy(IdentifierError.isInstance);
      expect(error).toMatchObject({ code: 'nip.invalid_format' });
      if (typeof input === 'string' && input.length > 4)
        expect((error as IdentifierError).message).not.toContain(input);
    }
  });

  it('throws only IdentifierError on random input and options, and hides digits 1–14', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.stringMatching(/^[0-9]{18}$/), fc.anything()),
        fc.oneof(fc.integer({ min: -2, max: 20 }), fc.double(), fc.anything()),
        fc.oneof(fc.constantFrom('*', '•', 'x', '0'), fc.string(), fc.anything()),
        (input, visibleEnd, maskCharacter) => {
          try {
            const masked = maskNip(input as string, {
              visibleEnd: visibleEnd as number,
              maskCharacter: maskCharacter as string,
            });
            const character = maskCharacter === undefined ? '*' : (maskCharacter as string); // undefined takes the default
            expect([...masked]).toHaveLength(18);
            expect([...masked].slice(0, 14).join('')).toBe(character.repeat(14));
            expect(masked).not.toContain((input as string).replace(/\D/g, '').slice(0, 8));
          } catch (error) {
            expect(error).toSatisfy(IdentifierError.isInstance);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
