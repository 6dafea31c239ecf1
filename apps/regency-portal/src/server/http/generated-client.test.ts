import { readFile, writeFile } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';
import { expect, it } from 'vitest';
import { portalOpenApiDocument } from './openapi-document.js';

const target = new URL('../../generated/portal-api.ts', import.meta.url);
const header = `// Generated from the portal's OpenAPI document (GET /openapi.json) by openapi-typescript.
// Do not edit: run \`pnpm generate\` after changing a route; \`pnpm check-generated\` fails when this file is stale.
/* eslint-disable */
`;

it('keeps the generated API types in step with the OpenAPI document', async () => {
  const document = portalOpenApiDocument();
  const source = header + astToString(await openapiTS(document as never, { alphabetize: true }));
  if (process.env.UPDATE_GENERATED === '1') await writeFile(target, source);
  const committed = await readFile(target, 'utf8').catch(() => '');
  expect(committed, 'src/generated/portal-api.ts is stale: run `pnpm generate`').toBe(source);
});

it('describes every route as OpenAPI 3.1 with the zod schemas', () => {
  const document = portalOpenApiDocument() as {
    openapi: string;
    paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>>;
  };
  expect(document.openapi).toBe('3.1.0');
  const summary = document.paths['/api/public/v1/regions/{regionCode}/index-summary']?.get;
  expect(summary?.operationId).toBe('public.index-summary');
  expect(JSON.stringify(summary?.responses['200'])).toContain('"predicate"');
});
