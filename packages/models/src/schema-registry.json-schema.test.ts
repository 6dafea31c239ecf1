import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import * as ajvFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { buildJsonSchemas, serializeJsonSchema } from '../scripts/generate-json-schemas.mjs';
import { schemaRegistry } from './schema-registry.js';

// ajv-formats is CommonJS (`exports.default = formatsPlugin`); under NodeNext its plugin is `.default`.
const addFormats = ajvFormats.default.default;

const here = path.dirname(fileURLToPath(import.meta.url));
const schemasDir = path.join(here, '..', 'schemas');
const fixturesDir = path.join(here, '__fixtures__', 'schemas');

interface Fixtures {
  readonly valid: readonly unknown[];
  readonly invalid: readonly { readonly why: string; readonly input: unknown }[];
  /** Inputs zod rejects with `code` although the JSON Schema accepts them (rules JSON Schema cannot express). */
  readonly zodOnly?: readonly { readonly why: string; readonly code: string; readonly input: unknown }[];
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const zodOnlyRules = readJson(path.join(fixturesDir, 'zod-only-rules.json')) as Record<
  string,
  readonly string[] | undefined
>;
const names = Object.keys(schemaRegistry).sort() as (keyof typeof schemaRegistry)[];
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);

function compiled(name: string): ValidateFunction {
  return (
    ajv.getSchema(name) ??
    (ajv.addSchema(readJson(path.join(schemasDir, `${name}.json`)) as object, name), ajv.getSchema(name)!)
  );
}

function fixturesOf(name: string): Fixtures {
  return readJson(path.join(fixturesDir, `${name}.json`)) as Fixtures;
}

/** Asserts zod and the exported JSON Schema agree, except where zod alone applies a documented rule. */
function expectSameVerdict(name: keyof typeof schemaRegistry, input: unknown): void {
  const schema: z.ZodType = schemaRegistry[name];
  const zodResult = schema.safeParse(input);
  const validate = compiled(name);
  const ajvValid = validate(input);
  if (!ajvValid) {
    expect(zodResult.success, `zod accepted what JSON Schema rejects: ${JSON.stringify(validate.errors)}`).toBe(false);
    return;
  }
  if (zodResult.success) return;
  const allowed = new Set(zodOnlyRules[name] ?? []);
  for (const issue of zodResult.error.issues) {
    const code = issue.code === 'custom' ? (issue.params as { code?: string } | undefined)?.code : undefined;
    expect(
      code !== undefined && allowed.has(code),
      `JSON Schema accepted what zod rejects (${issue.code} ${String(code)} at ${issue.path.join('.')}): not a documented zod-only rule`,
    ).toBe(true);
  }
}

describe('JSON Schema export', () => {
  const documents = buildJsonSchemas(schemaRegistry);

  it('publishes exactly one up-to-date file per registered schema (run `pnpm build && pnpm generate` when this fails)', () => {
    const files = readdirSync(schemasDir)
      .filter((file) => file.endsWith('.json'))
      .sort();
    expect(files).toEqual(names.map((name) => `${name}.json`));
    for (const name of names) {
      const document = documents[name];
      expect(document, name).toBeDefined();
      expect(readFileSync(path.join(schemasDir, `${name}.json`), 'utf8'), `schemas/${name}.json is stale`).toBe(
        serializeJsonSchema(document!),
      );
    }
  });

  it.each(names)('%s: declares draft 2020-12 and says it is generated', (name) => {
    const document = readJson(path.join(schemasDir, `${name}.json`)) as Record<string, unknown>;
    expect(document.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(String(document.$comment)).toMatch(/^Generated from schemaRegistry/);
  });

  it.each(names)('%s: fixtures get the same verdict from zod and ajv', (name) => {
    const fixtures = fixturesOf(name);
    expect(fixtures.valid.length, 'at least one valid fixture').toBeGreaterThan(0);
    expect(fixtures.invalid.length, 'at least one invalid fixture').toBeGreaterThan(0);
    const validate = compiled(name);
    for (const input of fixtures.valid) {
      expect(schemaRegistry[name].safeParse(input).success, JSON.stringify(input)).toBe(true);
      expect(validate(input), JSON.stringify(validate.errors)).toBe(true);
    }
    for (const { why, input } of fixtures.invalid) {
      expect(schemaRegistry[name].safeParse(input).success, why).toBe(false);
      expect(validate(input), why).toBe(false);
    }
    for (const { why, code, input } of fixtures.zodOnly ?? []) {
      const result = schemaRegistry[name].safeParse(input);
      expect(result.success, why).toBe(false);
      expect(
        result.error?.issues.map((issue) =>
          issue.code === 'custom' ? (issue.params as { code?: string } | undefined)?.code : undefined,
        ),
        why,
      ).toContain(code);
      expect(zodOnlyRules[name], `${code} must be listed in zod-only-rules.json`).toContain(code);
      expect(validate(input), `${why}: JSON Schema cannot express this rule, so it accepts`).toBe(true);
    }
  });

  // Values at the edges of the rules the schemas use: bounds, patterns, formats, types.
  const boundaryValues: readonly unknown[] = [
    '',
    ' ',
    'x',
    'x'.repeat(101),
    'x'.repeat(201),
    'x'.repeat(501),
    'RAB.01',
    'rab.01.03',
    'RAA.02.01',
    'RAA.01',
    'RAL.02.01',
    'RAB.00',
    'RAB.01.01.01.01.01.01.01.01',
    'SD00001.00.00',
    'sd00001.00.00',
    '64.71',
    '6471',
    '2024-02-29',
    '2023-02-29',
    '2026-11-28T09:15:00+08:00',
    'https://example.go.id/a',
    'ftp://example.go.id',
    0,
    1,
    1.5,
    2.5,
    4,
    5,
    5.5,
    6,
    -1,
    2017,
    2101,
    1_000_001,
    1e10,
    null,
    true,
    false,
    [],
    [''],
    {},
    { extra: 1 },
  ];
  const interesting = fc.constantFrom<unknown>(...boundaryValues);

  /** Every path (to objects, arrays and leaves) inside a value. */
  function pathsOf(value: unknown, prefix: readonly (string | number)[] = []): (readonly (string | number)[])[] {
    if (value === null || typeof value !== 'object') return [prefix];
    const entries: [string | number, unknown][] = Array.isArray(value)
      ? value.map((item, index) => [index, item])
      : Object.entries(value);
    return [prefix, ...entries.flatMap(([key, item]) => pathsOf(item, [...prefix, key]))];
  }

  function setAt(base: unknown, path: readonly (string | number)[], value: unknown): unknown {
    if (path.length === 0) return value;
    const root = structuredClone<unknown>(base);
    let current = root as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) current = current[key] as Record<string | number, unknown>;
    current[path.at(-1)!] = value;
    return root;
  }

  it.each(names)('%s: every field of every valid fixture set to each boundary value gets the same verdict', (name) => {
    for (const fixture of fixturesOf(name).valid) {
      for (const path of pathsOf(fixture)) {
        for (const value of boundaryValues) expectSameVerdict(name, setAt(fixture, path, value));
      }
    }
  });

  // Random mutations of valid fixtures reach deep into the structure, where random JSON alone would not.
  const newValue = fc.oneof(interesting, fc.jsonValue({ maxDepth: 2 }));
  const mutation = fc.record({
    kind: fc.constantFrom('set' as const, 'delete' as const, 'add' as const),
    steps: fc.array(fc.nat(), { maxLength: 8 }),
    key: fc.constantFrom('extra', 'id', 'type', 'status', 'number', 'referenceCode'),
    value: newValue,
  });

  interface Mutation {
    readonly kind: 'set' | 'delete' | 'add';
    readonly steps: readonly number[];
    readonly key: string;
    readonly value: unknown;
  }

  function mutate(base: unknown, change: Mutation): unknown {
    const root = structuredClone<unknown>(base);
    let parent: Record<string, unknown> | unknown[] | undefined;
    let key: string | number | undefined;
    let current: unknown = root;
    for (const step of change.steps) {
      if (current === null || typeof current !== 'object') break;
      const keys = Array.isArray(current) ? current.map((_, index) => index) : Object.keys(current);
      if (keys.length === 0) break;
      parent = current as Record<string, unknown>;
      key = keys[step % keys.length]!;
      current = (parent as Record<string | number, unknown>)[key];
    }
    if (change.kind === 'add' && current !== null && typeof current === 'object' && !Array.isArray(current)) {
      (current as Record<string, unknown>)[change.key] = change.value;
      return root;
    }
    if (parent === undefined || key === undefined) return change.value;
    if (change.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
    } else {
      (parent as Record<string | number, unknown>)[key] = change.value;
    }
    return root;
  }

  it.each(names)('%s: generated inputs get the same verdict from zod and ajv', (name) => {
    const { valid } = fixturesOf(name);
    fc.assert(
      fc.property(fc.nat(), mutation, (pick, change) => {
        expectSameVerdict(name, mutate(valid[pick % valid.length], change));
      }),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (input) => {
        expectSameVerdict(name, input);
      }),
      { numRuns: 50 },
    );
  });
});
