import createClient from 'openapi-fetch';
import type { paths } from '../../generated/portal-api.js';

/**
 * A typed client for a regency portal's API, generated from its OpenAPI document (openapi-typescript +
 * openapi-fetch). A province points one at each regency's deployment.
 * @example
 * const client = createPortalClient('https://spbe.balikpapan.go.id');
 * const { data } = await client.GET('/api/public/v1/regions/{regionCode}/index-summary', { params: { path: { regionCode: '64.71' } } });
 */
export function createPortalClient(baseUrl: string, fetchImplementation: typeof fetch = fetch) {
  return createClient<paths>({ baseUrl: baseUrl.replace(/\/+$/, ''), fetch: fetchImplementation });
}

/** A portal API client. */
export type PortalClient = ReturnType<typeof createPortalClient>;
