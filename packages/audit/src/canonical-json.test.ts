import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';
import { AuditError } from './errors.js';

describe('RFC 8785 canonical JSON', () => {
  it('sorts keys by UTF-16 code units and drops whitespace (RFC 8785 §3.2.3 example order)', () => {
    const input = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    const order = ['\r', '1', '\u0080', '\u00f6', '\u20ac', '\ud83d\ude00', '\ufb33'];
    expect(canonicalJson(input)).toBe(
      `{${order.map((key) => `${JSON.stringify(key)}:${JSON.stringify(input[key as keyof typeof input])}`).join(',')}}`,
    );
  });

  it('formats numbers the ECMAScript way (RFC 8785 §3.2.2.3)', () => {
    expect(canonicalJson([333333333.3333333, 1e30, 4.5, 0.002, 1e-27, -0, 9007199254740991])).toBe(
      '[333333333.3333333,1e+30,4.5,0.002,1e-27,0,9007199254740991]',
    );
  });

  it('escapes strings minimally', () => {
    expect(canonicalJson({ s: '\u20ac$\u000f\nA\'B"\\\\"/' })).toBe('{"s":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}');
  });

  it('rejects what JSON cannot hold', () => {
    for (const bad of [Number.NaN, Infinity, undefined, 1n, () => 1, new Date(), '\ud800', { a: [undefined] }]) {
      expect(() => canonicalJson(bad)).toThrow(expect.toSatisfy(AuditError.isInstance));
    }
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => canonicalJson(cycle)).toThrow(expect.toSatisfy(AuditError.isInstance));
  });

  it('property: canonical text is stable under key reordering and re-parsing', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('property: anything either canonicalises or throws AuditError', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        try {
          canonicalJson(value);
        } catch (error) {
          expect(error).toSatisfy(AuditError.isInstance);
        }
      }),
      { numRuns: 300 },
    );
  });
});
