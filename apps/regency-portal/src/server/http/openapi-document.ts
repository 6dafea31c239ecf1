import { allRoutes } from '../routes/index.js';
import { buildOpenApiDocument } from './openapi.js';

/**
 * The portal's OpenAPI 3.1 document (what `/openapi.json` serves), built from the route table.
 * @example
 * writeFileSync('openapi.json', JSON.stringify(portalOpenApiDocument(), null, 2));
 */
export function portalOpenApiDocument(): Record<string, unknown> {
  return buildOpenApiDocument(allRoutes, { version: '0.0.0' });
}
