import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The OpenAPI documents under openapi/, parsed. */
export const openapiFiles = {
  ckan: 'openapi/ckan.openapi.yaml',
  bps: 'openapi/bps.openapi.yaml',
  splp: 'openapi/splp.openapi.yaml',
  agenda: 'openapi/splp-example-agenda.openapi.yaml',
} as const;

export type DocumentName = keyof typeof openapiFiles;

export type OpenApiDocument = {
  paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
  components?: Record<string, Record<string, unknown>>;
};

export function loadDocument(name: DocumentName): OpenApiDocument {
  return parse(readFileSync(new URL(`../../${openapiFiles[name]}`, import.meta.url), 'utf8')) as OpenApiDocument;
}

/** Follows a local `$ref` (`#/components/...`) inside a document. */
function resolveRef<T>(document: OpenApiDocument, value: T | { $ref: string }): T {
  if (typeof value === 'object' && value !== null && '$ref' in value) {
    const pointer = value.$ref
      .replace(/^#\//, '')
      .split('/')
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
    let target: unknown = document;
    for (const part of pointer) target = (target as Record<string, unknown>)[part];
    return target as T;
  }
  return value;
}

/** Every response example in a document: operation, status and the example value. */
export function responseExamples(
  name: DocumentName,
): { path: string; method: string; status: string; example: string; value: unknown }[] {
  const document = loadDocument(name);
  const out: { path: string; method: string; status: string; example: string; value: unknown }[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      for (const [status, rawResponse] of Object.entries(operation.responses)) {
        const response = resolveRef<{ content?: Record<string, { examples?: Record<string, { value: unknown }> }> }>(
          document,
          rawResponse as never,
        );
        for (const [example, entry] of Object.entries(response.content?.['application/json']?.examples ?? {})) {
          out.push({ path, method, status, example, value: resolveRef(document, entry).value });
        }
      }
    }
  }
  return out;
}
