import { z } from 'zod';
import type { AnyRoute } from './route.js';

const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    messages: z.object({ id: z.string(), en: z.string() }),
    issues: z.array(
      z.object({
        code: z.string(),
        path: z.array(z.union([z.string(), z.number()])),
        message: z.object({ id: z.string(), en: z.string() }),
      }),
    ),
  }),
});

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    target: 'draft-2020-12',
  });
  return rest;
};

function parametersOf(schema: z.ZodType | undefined, where: 'path' | 'query') {
  if (!schema) return [];
  const object = jsonSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (object.required ?? []).includes(name),
    schema: property,
  }));
}

/**
 * Builds the OpenAPI 3.1 document from the same route table (and zod schemas) the server validates with.
 * @example
 * const document = buildOpenApiDocument(routes);
 */
export function buildOpenApiDocument(routes: readonly AnyRoute[], info: { version: string }): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const success: Record<string, unknown> = route.binary
      ? {
          description: 'File',
          content: { [route.binary.contentType]: { schema: { type: 'string', format: 'binary' } } },
        }
      : {
          description: 'OK',
          content: { 'application/json': { schema: route.response ? jsonSchema(route.response, 'output') : {} } },
        };
    const errorResponse = (description: string) => ({
      description,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    });
    const responses: Record<string, unknown> = {
      [String(route.status ?? 200)]: success,
      '400': errorResponse('Invalid request'),
    };
    if (route.access.kind !== 'public') {
      responses['401'] = errorResponse('Not signed in');
      responses['403'] = errorResponse('Role or agency not allowed, or CSRF token missing');
    }
    const operation: Record<string, unknown> = {
      operationId: route.id,
      summary: route.summary,
      tags: [route.tag],
      parameters: [...parametersOf(route.params, 'path'), ...parametersOf(route.query, 'query')],
      responses,
      ...(route.access.kind === 'public' ? { security: [] } : {}),
      ...(route.access.kind === 'permission' ? { 'x-permission': route.access.permission } : {}),
    };
    if (route.body) {
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: jsonSchema(route.body, 'input') } },
      };
    } else if (route.multipart) {
      operation.requestBody = {
        required: true,
        content: {
          'multipart/form-data': {
            schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] },
          },
        },
      };
    }
    (paths[route.path] ??= {})[route.method] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Regency SPBE portal API',
      version: info.version,
      description:
        'API of the spbe-kit sample regency portal. Routes under /api/public/v1 need no session and are what a province gathers from each regency deployment.',
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    servers: [{ url: '/' }],
    components: {
      schemas: { Error: jsonSchema(errorSchema, 'output') },
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'spbe_session',
          description: 'Session cookie (named __Host-spbe_session over HTTPS).',
        },
        csrf: {
          type: 'apiKey',
          in: 'header',
          name: 'X-CSRF-Token',
          description: 'Required on every state-changing request.',
        },
      },
    },
    security: [{ session: [] }],
    paths,
  };
}
