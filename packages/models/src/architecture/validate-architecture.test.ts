import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpbeError } from '../errors/spbe-error.js';
import { architectureSchema, type Architecture } from './architecture-graph.js';
import { ArchitectureValidationError } from './architecture-validation-error.js';
import { perpres132Of2022 } from './perpres-132-2022.js';
import { extendReferenceArchitecture } from './reference-model.js';
import { assertValidArchitecture, validateArchitecture } from './validate-architecture.js';

const fixtures = JSON.parse(
  readFileSync(new URL('../__fixtures__/schemas/architecture.json', import.meta.url), 'utf8'),
) as { valid: unknown[] };
const balikpapan = fixtures.valid[0] as Architecture;
const copy = (): Architecture => structuredClone(balikpapan);
const codes = (input: unknown, reference = perpres132Of2022) =>
  validateArchitecture(input, { reference }).issues.map((issue) => [issue.code, issue.path.join('.')]);

describe('validateArchitecture', () => {
  it('accepts the Balikpapan example and returns it typed, codes upper case', () => {
    const result = validateArchitecture(balikpapan);
    expect(result.issues).toEqual([]);
    expect(result.valid && result.architecture.nodes[6]?.referenceCode).toBe('RAK.02.02');
  });

  it('reports dangling links at their path', () => {
    const architecture = copy();
    architecture.edges.push(
      { relation: 'data-service', from: 'D-01', to: 'L-404' },
      { relation: 'process-data', from: 'PB-404', to: 'D-01' },
    );
    expect(codes(architecture)).toEqual([
      ['architecture.dangling_link', 'edges.6.to'],
      ['architecture.dangling_link', 'edges.7.from'],
    ]);
  });

  it('reports links whose domains do not fit the relation, and duplicate edges', () => {
    const architecture = copy();
    architecture.edges.push(
      { relation: 'process-data', from: 'A-01', to: 'D-01' },
      { relation: 'process-data', from: 'PB-01', to: 'D-01' },
    );
    expect(codes(architecture)).toEqual([
      ['architecture.relation_domain_mismatch', 'edges.6.from'],
      ['architecture.duplicate_edge', 'edges.7'],
    ]);
  });

  it('reports codes missing from the reference and level-3+ codes without a national level-2 parent', () => {
    const architecture = copy();
    architecture.nodes[0]!.referenceCode = 'RAB.03.99.01'; // agency code under a level 2 that does not exist
    architecture.nodes[1]!.referenceCode = 'RAD.11'; // level 1 not in the reference
    architecture.nodes[2]!.referenceCode = 'RAL.01.05'; // under the incomplete RAL.01
    architecture.nodes[4]!.referenceCode = 'RAI.04.01.01'; // RAI is national to its last level: RAI.04.01 does not exist
    const result = validateArchitecture(architecture);
    expect(result.issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([
      ['architecture.code_without_national_parent', 'nodes.0.referenceCode'],
      ['architecture.code_not_in_reference', 'nodes.1.referenceCode'],
      ['architecture.code_not_in_reference', 'nodes.2.referenceCode'],
      ['architecture.code_not_in_reference', 'nodes.4.referenceCode'],
    ]);
    expect(result.issues[2]?.message.en).toMatch(/incomplete; add it with extendReferenceArchitecture/);
    expect(result.issues[0]?.message.id).toMatch(/RAB\.03\.99 tidak ada dalam referensi perpres-132-2022/);
  });

  it('accepts RAI level-3 codes under a known level-2 entry, whose children the reference does not list', () => {
    const architecture = copy();
    architecture.nodes[4]!.referenceCode = 'RAI.01.01.01';
    expect(codes(architecture)).toEqual([]);
    architecture.nodes[4]!.referenceCode = 'RAI.01.01.01.01'; // level 4: national, and not in the reference
    expect(codes(architecture)).toEqual([['architecture.code_not_in_reference', 'nodes.4.referenceCode']]);
    architecture.nodes[4]!.referenceCode = 'RAI.01.09.01'; // RAI.01.09 is not a national level-2 entry
    expect(codes(architecture)).toEqual([['architecture.code_not_in_reference', 'nodes.4.referenceCode']]);
  });

  it('accepts agency codes once the reference is extended', () => {
    const architecture = copy();
    architecture.nodes[2]!.referenceCode = 'RAL.01.05.02';
    expect(codes(architecture)).toEqual([['architecture.code_without_national_parent', 'nodes.2.referenceCode']]);
    const local = extendReferenceArchitecture(perpres132Of2022, {
      referenceVersion: 'perpres-132-2022',
      entries: [{ code: 'RAL.01.05', name: { id: 'Kesehatan', en: 'Health' }, codeAssignedBySdk: false }],
    });
    expect(codes(architecture, local)).toEqual([]);
  });

  it('reports duplicate ids, period order and a foreign reference version', () => {
    const architecture = copy();
    architecture.nodes.push({ ...architecture.nodes[0]! });
    architecture.period = { startYear: 2029, endYear: 2025 };
    architecture.referenceVersion = 'perpres-999-2030';
    expect(codes(architecture)).toEqual([
      ['architecture.reference_version_mismatch', 'referenceVersion'],
      ['architecture.period_order', 'period.endYear'],
      ['architecture.duplicate_id', 'nodes.7.id'],
    ]);
  });

  it('reports structural problems in both languages with their path', () => {
    const architecture = copy() as unknown as { nodes: Record<string, unknown>[] };
    architecture.nodes[0]!.referenceCode = 'RAD.01';
    architecture.nodes[5]!.validFrom = '2030-01-01';
    const result = validateArchitecture(architecture);
    expect(result.valid).toBe(false);
    expect(result.issues.map((issue) => issue.path.join('.'))).toEqual(['nodes.0.referenceCode', 'nodes.5.validUntil']);
    expect(result.issues[0]?.message.id).toMatch(/tidak valid/i);
    const security = copy() as unknown as { nodes: Record<string, unknown>[] };
    security.nodes[5]!.validFrom = '2030-01-01';
    expect(codes(security)).toEqual([['architecture.validity_order', 'nodes.5.validUntil']]);
  });

  it('assertValidArchitecture throws a typed error listing every problem', () => {
    const architecture = copy();
    architecture.edges.push({ relation: 'data-service', from: 'X', to: 'Y' });
    expect(() => assertValidArchitecture(architecture, { locale: 'en' })).toThrow(
      expect.toSatisfy(ArchitectureValidationError.isInstance),
    );
    try {
      assertValidArchitecture(architecture, { locale: 'en' });
    } catch (error) {
      expect((error as ArchitectureValidationError).code).toBe('architecture.invalid');
      expect((error as ArchitectureValidationError).message.split('\n')).toEqual([
        'Invalid architecture (2 problems)',
        '  - edges[6].from: Link to an object that does not exist: X',
        '  - edges[6].to: Link to an object that does not exist: Y',
      ]);
    }
    expect(assertValidArchitecture(balikpapan)).toEqual(architectureSchema.parse(balikpapan));
  });

  it('never throws on hostile input, and every issue has a code, a path and both languages', () => {
    const node = fc.record({
      domain: fc.constantFrom('business-process', 'data', 'service'),
      id: fc.constantFrom('a', 'b', 'c'),
      description: fc.constant('x'),
      name: fc.constant('x'),
      referenceCode: fc.constantFrom('RAB.01', 'RAB.01.01.01', 'RAB.99.01.01', 'RAD.10.04', 'RAL.02.01', 'RAL.01.03'),
    });
    const edge = fc.record({
      relation: fc.constantFrom('process-data', 'data-service'),
      from: fc.constantFrom('a', 'b', 'z'),
      to: fc.constantFrom('a', 'b', 'z'),
    });
    const architecture = fc.record({
      referenceVersion: fc.constant('perpres-132-2022'),
      agency: fc.constant({ kind: 'kabupaten', name: 'Pemerintah Kabupaten Paser', regionCode: '64.01' }),
      period: fc.record({
        startYear: fc.integer({ min: 2020, max: 2030 }),
        endYear: fc.integer({ min: 2020, max: 2030 }),
      }),
      nodes: fc.array(node, { maxLength: 5 }),
      edges: fc.array(edge, { maxLength: 5 }),
    });
    fc.assert(
      fc.property(fc.oneof(architecture, fc.anything()), (input) => {
        const result = validateArchitecture(input);
        for (const issue of result.issues) {
          expect(issue.code.length).toBeGreaterThan(0);
          expect(issue.message.id.length * issue.message.en.length).toBeGreaterThan(0);
        }
        if (!result.valid) expect(() => assertValidArchitecture(input)).toThrow(expect.toSatisfy(SpbeError.isInstance));
        else expect(result.issues).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
