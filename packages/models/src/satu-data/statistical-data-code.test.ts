import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { SpbeError } from '../errors/spbe-error.js';
import { parseWith } from '../validation/parse.js';
import { datasetMetadataSchema } from './dataset-metadata.js';
import { parseStatisticalDataCode, statisticalDataCodeSchema, statisticalDataTypes } from './statistical-data-code.js';
import { SatuDataError } from './satu-data-error.js';

const digits = (length: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });

describe('Kode Standar Data Statistik Nasional', () => {
  it('parses the spec example SD00001.00.00', () => {
    expect(parseStatisticalDataCode('SD00001.00.00')).toEqual({
      code: 'SD00001.00.00',
      type: 'SD',
      concept: '00001',
      definition: '00',
      classification: '00',
    });
  });

  it('round-trips every well-formed code', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...statisticalDataTypes),
        digits(5),
        digits(2),
        digits(2),
        (type, concept, definition, classification) => {
          const code = `${type}${concept}.${definition}.${classification}`;
          const parsed = parseStatisticalDataCode(code);
          expect(`${parsed.type}${parsed.concept}.${parsed.definition}.${parsed.classification}`).toBe(code);
          expect(statisticalDataCodeSchema.safeParse(code).success).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it.each(['XX00001.00.00', 'sd00001.00.00', 'SD0001.00.00', 'SD00001.0.00', 'SD00001-00-00', 'SD00001.00.00 '])(
    'rejects %j',
    (code) => {
      expect(() => parseStatisticalDataCode(code)).toThrow(expect.toSatisfy(SatuDataError.isInstance));
      expect(statisticalDataCodeSchema.safeParse(code).success).toBe(false);
    },
  );

  it('only ever throws its typed error', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        try {
          parseStatisticalDataCode(input);
        } catch (error) {
          expect(error).toSatisfy(SpbeError.isInstance);
          expect((error as SpbeError).code).toBe('satu_data.invalid_statistical_code');
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('datasetMetadataSchema', () => {
  const fixtures = JSON.parse(
    readFileSync(new URL('../__fixtures__/schemas/dataset-metadata.json', import.meta.url), 'utf8'),
  ) as { valid: Record<string, unknown>[] };
  it('reports a bad statistical code at its path, in Indonesian by default', () => {
    const result = datasetMetadataSchema.safeParse({ ...fixtures.valid[0], statisticalDataCode: 'XX1' });
    expect(result.success).toBe(false);
    try {
      parseWith(datasetMetadataSchema, { ...fixtures.valid[0], statisticalDataCode: 'XX1' });
    } catch (error) {
      expect((error as SpbeError).path).toEqual(['statisticalDataCode']);
      expect((error as SpbeError).message).toMatch(/^statisticalDataCode: .*tidak valid/i);
    }
  });
});
