import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import { agencySchema } from '../agencies/agency.js';
import { safeParseWith } from './parse.js';
import type { IssuePath } from '../errors/spbe-error.js';

const kinds = ['kementerian', 'lembaga', 'provinsi', 'kabupaten', 'kota'];

function issuesOf(schema: z.ZodType, input: unknown) {
  const result = safeParseWith(schema, input);
  return result.success ? [] : result.error.issues;
}

function valueAt(input: unknown, path: IssuePath): unknown {
  let value = input;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

describe('validation messages name what was received', () => {
  it('says a number is out of bounds in words, with the number received, in both languages', () => {
    const [big] = issuesOf(z.object({ level: z.number().int().min(1).max(5) }), { level: 7 });
    expect(big?.path).toEqual(['level']);
    expect(big?.message).toEqual({
      id: 'Terlalu besar: paling besar 5, diterima 7',
      en: 'Too large: at most 5, received 7',
    });
    const [small] = issuesOf(z.number().gt(0), -1);
    expect(small?.message).toEqual({
      id: 'Terlalu kecil: harus lebih dari 0, diterima -1',
      en: 'Too small: must be more than 0, received -1',
    });
  });

  it('names a text or a list out of bounds by its length, never by its content', () => {
    const [text] = issuesOf(z.string().max(5), 'rahasia-123');
    expect(text?.message).toEqual({
      id: 'Terlalu panjang: paling banyak 5 karakter, 11 karakter diterima',
      en: 'Too long: at most 5 characters, received 11 characters',
    });
    const [list] = issuesOf(z.object({ channels: z.array(z.string()).min(1) }), { channels: [] });
    expect(list?.message).toEqual({
      id: 'Terlalu sedikit: paling sedikit 1 butir, 0 butir diterima',
      en: 'Too few: at least 1 item, received 0 items',
    });
  });

  it('never quotes the content of a text that is too long, whatever it holds (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 4, maxLength: 60 }), (text) => {
        const [issue] = issuesOf(z.string().max(3), `#${text}`);
        expect(issue?.message.id).toMatch(/^Terlalu panjang: paling banyak 3 karakter, \d+ karakter diterima$/);
        expect(issue?.message.en).not.toContain(`#${text}`);
      }),
    );
  });

  it('names the unknown tag of a discriminated union and every choice, in both languages', () => {
    const [issue] = issuesOf(agencySchema, { kind: 'dinas', name: 'Dinas Kominfo', regionCode: '64.71' });
    expect(issue?.path).toEqual(['kind']);
    expect(issue?.message.id).toBe(`Nilai "dinas" tidak dikenal; pilihan: ${kinds.map((k) => `"${k}"`).join(', ')}`);
    expect(issue?.message.en).toContain('Unknown value "dinas"; allowed: "kementerian"');
  });

  it('says a missing field is required instead of "received undefined"', () => {
    const issues = issuesOf(agencySchema, { kind: 'kota', name: 'Pemerintah Kota Balikpapan' });
    expect(issues[0]?.message).toEqual({ id: 'Wajib diisi (diharapkan string)', en: 'Required (expected string)' });
    const [tag] = issuesOf(agencySchema, { name: 'x' });
    expect(tag?.message.id).toMatch(/^Wajib diisi, salah satu dari: "kementerian"/);
  });

  it('quotes an enum value outside its choices, and shortens a long one', () => {
    const [issue] = issuesOf(z.object({ status: z.enum(['draf', 'terbit']) }), { status: 'x'.repeat(100) });
    expect(issue?.message.en).toMatch(/^Unknown value "x{38}…; allowed: "draf", "terbit"$/);
    const [literal] = issuesOf(z.literal('spbe-2020'), 'pemdi-2026');
    expect(literal?.message).toEqual({
      id: 'Harus "spbe-2020", diterima "pemdi-2026"',
      en: 'Must be "spbe-2020", received "pemdi-2026"',
    });
  });

  it('names the formats a union of string formats accepts, never the value', () => {
    const [issue] = issuesOf(z.union([z.ipv4(), z.ipv6()]), '999.1.1.1');
    expect(issue?.message).toEqual({
      id: 'Diharapkan alamat IPv4 atau alamat IPv6, diterima string',
      en: 'Expected an IPv4 address or an IPv6 address, received string',
    });
  });

  it('names an object given for an enum by its kind, even one that cannot be turned into text', () => {
    const schema = z.object({ status: z.enum(['draf', 'terbit']) });
    const hostile: unknown[] = [{ toString: 0 }, Object.create(null), [1, 2], Symbol('s')];
    for (const status of hostile) {
      const [issue] = issuesOf(schema, { status });
      expect(issue?.message.en).toMatch(/^Unknown value (object|array|symbol); allowed: "draf", "terbit"$/);
    }
  });

  it('lists the alternatives of a union of plain types', () => {
    const [issue] = issuesOf(z.union([z.string(), z.number()]), true);
    expect(issue?.message).toEqual({
      id: 'Diharapkan string atau number, diterima boolean',
      en: 'Expected string or number, received boolean',
    });
  });

  it('never says "undefined" about a value that is there, and always lists an enum\'s choices (property)', () => {
    const schema = z.object({
      name: z.string(),
      count: z.number().int(),
      status: z.enum(['draf', 'diajukan', 'terbit']),
      agency: agencySchema,
      tags: z.array(z.union([z.string(), z.number()])),
    });
    const field = fc.oneof(
      fc.constant(undefined),
      fc.string(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.double(),
    );
    const input = fc.record(
      {
        name: field,
        count: field,
        status: fc.oneof(field, fc.constantFrom('draf', 'terbit', 'Terbit')),
        agency: fc.oneof(
          field,
          fc.record({ kind: fc.oneof(field, fc.constantFrom(...kinds)), name: field, regionCode: field }),
        ),
        tags: fc.oneof(field, fc.array(field, { maxLength: 3 })),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(input, (value) => {
        for (const issue of issuesOf(schema, value)) {
          const here = valueAt(value, issue.path);
          if (here !== undefined) {
            expect(issue.message.en).not.toMatch(/received undefined|^Required/);
            expect(issue.message.id).not.toMatch(/diterima undefined|^Wajib diisi/);
          }
          if (issue.path.join('.') === 'status' && issue.code === 'invalid_value') {
            for (const choice of ['draf', 'diajukan', 'terbit']) expect(issue.message.id).toContain(`"${choice}"`);
          }
        }
      }),
    );
  });
});
