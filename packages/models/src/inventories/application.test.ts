import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpbeError } from '../errors/spbe-error.js';
import { ValidationError } from '../validation/validation-error.js';
import { parseWith } from '../validation/parse.js';
import {
  applicationSchema,
  applicationTypeLabels,
  applicationTypes,
  lifecycleStatusLabels,
  lifecycleStatuses,
} from './application.js';
import { infrastructureItemSchema } from './infrastructure-item.js';
import { serviceSchema, serviceChannelLabels, serviceChannels } from './service.js';

const load = (name: string) =>
  JSON.parse(readFileSync(new URL(`../__fixtures__/schemas/${name}.json`, import.meta.url), 'utf8')) as {
    valid: Record<string, unknown>[];
  };
const [srikandi, perizinan] = load('application').valid as [Record<string, unknown>, Record<string, unknown>];

describe('applicationSchema', () => {
  it('accepts an Aplikasi Umum and an Aplikasi Khusus, returning codes in upper case', () => {
    expect(parseWith(applicationSchema, srikandi).type).toBe('umum');
    expect(parseWith(applicationSchema, perizinan).raaCode).toBe('RAA.02.01.03');
  });

  it('requires the source repository of an Aplikasi Khusus, with the path, in both languages', () => {
    const { sourceRepository: _, ...withoutSource } = perizinan;
    try {
      parseWith(applicationSchema, withoutSource, { locale: 'en' });
      expect.unreachable();
    } catch (error) {
      expect(error).toSatisfy(ValidationError.isInstance);
      const issue = (error as ValidationError).issues[0]!;
      expect(issue.path).toEqual(['sourceRepository']);
      expect(issue.message.id).toBe('Wajib diisi (diharapkan object)');
      expect(issue.message.en).toBe('Required (expected object)');
      expect((error as ValidationError).message).toMatch(/^sourceRepository: /);
    }
  });

  it('ties the RAA code to the application type', () => {
    expect(applicationSchema.safeParse({ ...srikandi, raaCode: 'RAA.02.01' }).success).toBe(false);
    expect(applicationSchema.safeParse({ ...perizinan, raaCode: 'RAA.01.01' }).success).toBe(false);
  });

  it('has a label in both languages for every enum value', () => {
    for (const type of applicationTypes) expect(applicationTypeLabels[type].id).toMatch(/^Aplikasi /);
    for (const status of lifecycleStatuses) expect(lifecycleStatusLabels[status].en.length).toBeGreaterThan(0);
    for (const channel of serviceChannels) expect(serviceChannelLabels[channel].id.length).toBeGreaterThan(0);
  });

  it('only ever throws ValidationError on hostile input', () => {
    const hostile = fc.oneof(
      fc.anything(),
      fc.record({ ...Object.fromEntries(Object.keys(srikandi).map((key) => [key, fc.anything()])) }),
      fc
        .dictionary(fc.constantFrom('hosting', 'lifecycle', 'raaCode', 'type'), fc.string())
        .map((patch) => ({ ...srikandi, ...patch })),
    );
    fc.assert(
      fc.property(hostile, (input) => {
        for (const schema of [applicationSchema, serviceSchema, infrastructureItemSchema]) {
          try {
            parseWith(schema, input);
          } catch (error) {
            expect(error).toSatisfy(ValidationError.isInstance);
            expect(error).toSatisfy(SpbeError.isInstance);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('serviceSchema', () => {
  const [publik, administrasi] = load('service').valid as [Record<string, unknown>, Record<string, unknown>];
  it('ties the RAL code to the service type and bounds the maturity level', () => {
    expect(serviceSchema.parse(publik).type).toBe('publik');
    expect(serviceSchema.parse(administrasi).ralCode).toBe('RAL.02.06');
    expect(serviceSchema.safeParse({ ...publik, ralCode: 'RAL.02' }).success).toBe(false);
    expect(serviceSchema.safeParse({ ...administrasi, ralCode: 'RAL.01.01' }).success).toBe(false);
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -10, max: 10 }), fc.double({ noNaN: true })), (level) => {
        const ok = Number.isInteger(level) && level >= 1 && level <= 5;
        expect(serviceSchema.safeParse({ ...publik, maturityLevel: level }).success).toBe(ok);
      }),
      { numRuns: 200 },
    );
  });
});
