import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { openapiFiles, responseExamples } from './__fixtures__/openapi-documents.js';
import { decodeDynamicTable } from './bps/dynamic-table.js';
import { bpsDomainSchema, bpsDynamicTableSchema, bpsListItemSchemas, bpsPaginationSchema } from './bps/bps-schemas.js';
import {
  ckanDatastoreSearchResultSchema,
  ckanEnvelope,
  ckanErrorEnvelopeSchema,
  ckanOrganizationSchema,
  ckanPackageSchema,
  ckanPackageSearchResultSchema,
  ckanResourceSchema,
  ckanStatusSchema,
} from './ckan/ckan-schemas.js';
import { splpGatewayFaultSchema, splpOAuthErrorSchema, splpTokenResponseSchema } from './splp/splp-schemas.js';
import { z as zod } from 'zod';

const run = promisify(execFile);
const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

describe('OpenAPI documents', () => {
  it('pass Redocly CLI lint: no error and no warning (recommended rules; examples checked against their schemas)', async () => {
    const cli = require.resolve('@redocly/cli/bin/cli.js');
    const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
    for (const file of Object.values(openapiFiles)) {
      const { stdout } = await run(process.execPath, [cli, 'lint', file, '--format', 'json'], {
        cwd: packageRoot,
        env,
      });
      const report = JSON.parse(stdout) as { totals: { errors: number; warnings: number }; problems: unknown[] };
      expect(report.totals, `${file}: ${JSON.stringify(report.problems)}`).toMatchObject({ errors: 0, warnings: 0 });
    }
  });

  it('have current generated types (openapi-typescript, byte for byte)', async () => {
    const { stdout } = await run(process.execPath, ['scripts/generate.mjs', '--check'], { cwd: packageRoot });
    expect(stdout).toContain('generated types are current');
  });
});

const ckanSchemas: Record<string, z.ZodType> = {
  '/api/3/action/status_show': ckanEnvelope(ckanStatusSchema),
  '/api/3/action/package_search': ckanEnvelope(ckanPackageSearchResultSchema),
  '/api/3/action/package_show': ckanEnvelope(ckanPackageSchema),
  '/api/3/action/package_create': ckanEnvelope(ckanPackageSchema),
  '/api/3/action/package_update': ckanEnvelope(ckanPackageSchema),
  '/api/3/action/package_delete': ckanEnvelope(zod.null().optional()),
  '/api/3/action/package_list': ckanEnvelope(zod.array(zod.string())),
  '/api/3/action/organization_list': ckanEnvelope(
    zod.union([zod.array(zod.string()), zod.array(ckanOrganizationSchema)]),
  ),
  '/api/3/action/organization_show': ckanEnvelope(ckanOrganizationSchema),
  '/api/3/action/group_list': ckanEnvelope(zod.array(zod.string())),
  '/api/3/action/resource_show': ckanEnvelope(ckanResourceSchema),
  '/api/3/action/datastore_search': ckanEnvelope(ckanDatastoreSearchResultSchema),
};

describe('zod response schemas accept the examples the specifications carry', () => {
  it('CKAN', () => {
    const examples = responseExamples('ckan');
    expect(examples.length).toBeGreaterThanOrEqual(12);
    for (const example of examples) {
      const schema = example.status === '200' ? ckanSchemas[example.path] : ckanErrorEnvelopeSchema;
      expect(schema, `${example.path} ${example.status}`).toBeDefined();
      expect(schema?.safeParse(example.value).success, `${example.path} ${example.status} ${example.example}`).toBe(
        true,
      );
    }
  });

  it('CKAN package_create: the created dataset, and the field messages of a Validation Error', () => {
    const examples = responseExamples('ckan').filter((example) => example.path === '/api/3/action/package_create');
    expect(examples.map((example) => `${example.status} ${example.example}`)).toEqual(
      expect.arrayContaining(['200 created', '403 notAuthorized', '409 nameInUse', '409 badName']),
    );
    const nameInUse = examples.find((example) => example.example === 'nameInUse')?.value;
    expect(nameInUse).toMatchObject({
      success: false,
      error: { __type: 'Validation Error', name: ['That URL is already in use.'] },
    });
  });

  it('CKAN unknown fields pass through', () => {
    const parsed = ckanPackageSchema.parse({
      id: 'a',
      name: 'b',
      kode_urusan: '1.02',
      extras: [{ key: 'x', value: 'y' }],
    });
    expect(parsed.kode_urusan).toBe('1.02');
  });

  it('BPS', () => {
    const examples = responseExamples('bps');
    const byName = Object.fromEntries(examples.map((example) => [example.example, example.value]));
    const kaltim = byName.kaltim as { data: [unknown, unknown[]] };
    expect(bpsPaginationSchema.safeParse(kaltim.data[0]).success).toBe(true);
    expect(kaltim.data[1].every((item) => bpsDomainSchema.safeParse(item).success)).toBe(true);
    const subjects = byName.subjects as { data: [unknown, unknown[]] };
    expect(subjects.data[1].every((item) => bpsListItemSchemas.subject.safeParse(item).success)).toBe(true);
    expect(bpsDynamicTableSchema.safeParse(byName.dynamicTable).success).toBe(true);
    expect(decodeDynamicTable(byName.dynamicTable).rows).toHaveLength(4);
    expect(bpsListItemSchemas.var.safeParse((byName.variable as { data: unknown }).data).success).toBe(true);
    expect(byName.invalidKey).toEqual({ status: 'Error', message: 'Invalid key' });
  });

  it('SPLP', () => {
    const examples = responseExamples('splp');
    const byName = Object.fromEntries(examples.map((example) => [example.example, example.value]));
    expect(splpTokenResponseSchema.safeParse(byName.token).success).toBe(true);
    expect(splpOAuthErrorSchema.safeParse(byName.client).success).toBe(true);
    expect(splpGatewayFaultSchema.safeParse(byName.invalidCredentials).success).toBe(true);
    expect(splpGatewayFaultSchema.safeParse(byName.throttled).success).toBe(true);
    // A provider's error body is not a gateway fault.
    expect(splpGatewayFaultSchema.safeParse({ status: 'error', message: 'Agenda tidak ditemukan' }).success).toBe(
      false,
    );
  });
});
