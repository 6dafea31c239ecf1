import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpbeError } from '../errors/spbe-error.js';
import { safeParseWith } from '../validation/parse.js';
import {
  ancestorAtLevel,
  architectureCodeSchema,
  architectureCodeSchemaFor,
  isArchitectureCode,
  normalizeArchitectureCode,
  parseArchitectureCode,
} from './architecture-code.js';
import { ArchitectureCodeError } from './architecture-code-error.js';
import { referencePrefixes } from './architecture-domain.js';

const segment = fc.integer({ min: 1, max: 99 }).map((n) => String(n).padStart(2, '0'));
const validCode = fc
  .tuple(fc.constantFrom(...referencePrefixes), fc.array(segment, { minLength: 1, maxLength: 7 }))
  .map(([prefix, segments]) => [prefix, ...segments].join('.'));
const randomCase = (text: string, flips: boolean[]) =>
  [...text].map((letter, index) => (flips[index % Math.max(flips.length, 1)] ? letter.toLowerCase() : letter)).join('');

describe('parseArchitectureCode', () => {
  it('normalises mixed case and derives level and parent (spec example Rab.01.03)', () => {
    expect(parseArchitectureCode('Rab.01.03')).toEqual({
      code: 'RAB.01.03',
      prefix: 'RAB',
      domain: 'business-process',
      level: 2,
      segments: [1, 3],
      parent: 'RAB.01',
    });
    expect(parseArchitectureCode(' rak.03 ')).toMatchObject({
      code: 'RAK.03',
      domain: 'security',
      level: 1,
      parent: null,
    });
    expect(parseArchitectureCode('RAB.01.01.01.01.01.01.01').level).toBe(7);
  });

  it.each([
    'RAX.01',
    'RAB',
    'RAB.1',
    'RAB.001',
    'RAB.00',
    'RAB-01',
    'RAB.01.',
    'RAB.01.01.01.01.01.01.01.01',
    '',
    'RAB 01',
  ])('rejects %j with a typed error', (input) => {
    expect(() => parseArchitectureCode(input)).toThrow(expect.toSatisfy(ArchitectureCodeError.isInstance));
    expect(isArchitectureCode(input)).toBe(false);
  });

  it('round-trips any valid code in any letter case', () => {
    fc.assert(
      fc.property(validCode, fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), (code, flips) => {
        const parsed = parseArchitectureCode(randomCase(code, flips));
        expect(parsed.code).toBe(code);
        expect(normalizeArchitectureCode(code.toLowerCase())).toBe(code);
        expect(parsed.level).toBe(code.split('.').length - 1);
        expect(parsed.parent === null ? parsed.level === 1 : code.startsWith(`${parsed.parent}.`)).toBe(true);
        expect(architectureCodeSchema.parse(randomCase(code, flips))).toBe(code);
      }),
      { numRuns: 200 },
    );
  });

  it('throws only its typed error on hostile input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything()), (input) => {
        try {
          parseArchitectureCode(input);
        } catch (error) {
          expect(error).toSatisfy(SpbeError.isInstance);
          expect((error as SpbeError).code).toBe('architecture.invalid_code');
        }
      }),
      { numRuns: 200 },
    );
  });

  it('restricts codes by prefix and first segment', () => {
    expect(architectureCodeSchemaFor('RAA', '02').safeParse('RAA.02.01').success).toBe(true);
    expect(architectureCodeSchemaFor('RAA', '02').safeParse('RAA.01.01').success).toBe(false);
    expect(architectureCodeSchemaFor('RAB').safeParse('RAD.01').success).toBe(false);
  });

  it('finds ancestors', () => {
    expect(ancestorAtLevel('RAB.01.03.02.05', 2)).toBe('RAB.01.03');
    expect(ancestorAtLevel('RAB.01.03', 2)).toBeNull();
  });
});

describe('messages', () => {
  it('explains a bad code in both languages instead of quoting the pattern', () => {
    const result = safeParseWith(architectureCodeSchemaFor('RAA', '02'), 'RAA.01.01');
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues[0]?.message).toEqual({
      id: 'Kode arsitektur tidak valid: harus RAA.02 diikuti segmen dua digit 01–99, paling dalam level 7 (mis. RAA.02.01)',
      en: 'Invalid architecture code: expected RAA.02 followed by two-digit segments 01–99, at most level 7 (e.g. RAA.02.01)',
    });
    expect(result.error.issues[0]?.code).toBe('invalid_format');
  });
});
