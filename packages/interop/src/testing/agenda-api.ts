import type { paths } from '../generated/splp-example-agenda.js';

/**
 * The `paths` type openapi-typescript generated from `openapi/splp-example-agenda.openapi.yaml`,
 * the example provider API (`agenda/1.0`) the SPLP mock serves. Generate the same type for any
 * provider's API with `npx openapi-typescript provider.yaml -o src/generated/provider.ts`.
 *
 * @example
 * ```ts
 * import type { AgendaApiPaths } from '@spbe-kit/interop/testing';
 * const agenda = splp.api<AgendaApiPaths>({ context: 'agenda', version: '1.0' });
 * const { data } = await agenda.openapi.GET('/api/agenda/{id}', { params: { path: { id: 1 } } });
 * ```
 */
export type AgendaApiPaths = paths;
