import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ckanDatastoreSearchResultSchema,
  ckanEnvelope,
  ckanOrganizationSchema,
  ckanPackageSchema,
  ckanPackageSearchResultSchema,
  ckanResourceSchema,
  ckanStatusSchema,
} from '../ckan/ckan-schemas.js';
import { bpsDomainSchema, bpsDynamicTableSchema, bpsListItemSchemas, bpsPaginationSchema } from '../bps/bps-schemas.js';
import { guardOf, wirePreprocess } from './fast-schema.js';

const schemas: Record<string, z.ZodType> = {
  status: ckanEnvelope(ckanStatusSchema),
  package: ckanEnvelope(ckanPackageSchema),
  search: ckanEnvelope(ckanPackageSearchResultSchema),
  datastore: ckanEnvelope(ckanDatastoreSearchResultSchema),
  organization: ckanOrganizationSchema,
  resource: ckanResourceSchema,
  dynamicTable: bpsDynamicTableSchema,
  domain: bpsDomainSchema,
  pagination: bpsPaginationSchema,
  ...Object.fromEntries(Object.entries(bpsListItemSchemas).map(([model, schema]) => [`bps.${model}`, schema])),
};

const samples: Record<string, unknown> = {
  status: {
    success: true,
    result: { site_url: 'https://data.example.go.id', ckan_version: '2.10.4', extensions: ['datastore'] },
  },
  package: {
    help: 'h',
    success: true,
    result: {
      id: 'p1',
      name: 'jumlah-penduduk',
      num_resources: 1,
      organization: { id: 'o', name: 'diskominfo' },
      resources: [{ id: 'r', format: 'CSV', datastore_active: true, size: 12 }],
      tags: [{ name: 'kependudukan' }],
      extras: [{ key: 'tahun', value: '2024' }],
      custom: { kept: [1, 'two'] },
    },
  },
  search: { success: true, result: { count: 1, results: [{ id: 'p', name: 'n' }], facets: {} } },
  datastore: {
    success: true,
    result: { fields: [{ id: '_id', type: 'int' }], records: [{ _id: 1, tahun: 2024 }], total: 1 },
  },
  dynamicTable: {
    status: 'OK',
    'data-availability': 'available',
    var: [{ val: 31, label: 'Jumlah Penduduk', unit: 'Jiwa' }],
    turvar: [{ val: 0, label: 'Tidak Ada' }],
    labelvervar: 'Kecamatan',
    vervar: [{ val: 7315, label: 'Pinrang' }],
    tahun: [{ val: 121, label: '2021' }],
    turtahun: [{ val: 0, label: 'Tahun' }],
    datacontent: { '7315310121210': 1 },
  },
};

/** Every path of a JSON value, for mutations that replace one part of a real-looking body. */
function paths(value: unknown, prefix: readonly (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [[...prefix]];
  if (Array.isArray(value)) value.forEach((item, index) => out.push(...paths(item, [...prefix, index])));
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) out.push(...paths(item, [...prefix, key]));
  return out;
}

function replaceAt(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head] = replaceAt(copy[head], rest, replacement);
  return copy;
}

describe('guardOf: the fast path never accepts what zod would not return unchanged', () => {
  for (const [name, schema] of Object.entries(schemas)) {
    it(`${name}: arbitrary values`, () => {
      const guard = guardOf(schema);
      fc.assert(
        fc.property(fc.anything({ withNullPrototype: false }), (value) => {
          if (!guard(value)) return;
          const parsed = schema.safeParse(value);
          expect(parsed.success).toBe(true);
          expect(parsed.data).toStrictEqual(value);
        }),
        { numRuns: 200 },
      );
    });
  }

  for (const [name, sample] of Object.entries(samples)) {
    const schema = schemas[name] as z.ZodType;
    it(`${name}: a real-looking body is taken by the fast path, and every one-part corruption is judged as zod judges it`, () => {
      const guard = guardOf(schema);
      expect(guard(sample)).toBe(true);
      const all = paths(sample);
      fc.assert(
        fc.property(fc.constantFrom(...all), fc.jsonValue(), (path, replacement) => {
          const mutated = replaceAt(sample, path, replacement);
          if (!guard(mutated)) return;
          const parsed = schema.safeParse(mutated);
          expect(parsed.success).toBe(true);
          expect(parsed.data).toStrictEqual(mutated);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('leaves coercions to zod: a number spelled as a string is not taken by the fast path', () => {
    const count = wirePreprocess((value) => (typeof value === 'string' ? Number(value) : value), z.number());
    expect(guardOf(count)(12)).toBe(true);
    expect(guardOf(count)('12')).toBe(false);
    expect(count.parse('12')).toBe(12);
  });

  it('takes zod’s path for schemas it does not model (a transform)', () => {
    expect(guardOf(z.string().transform((value) => value.length))('abc')).toBe(false);
  });
});
