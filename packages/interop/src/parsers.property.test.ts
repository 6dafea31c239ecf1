import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBpsClient } from './bps/bps-client.js';
import { bpsDomainIdSchema } from './bps/bps-domain.js';
import { createCkanClient } from './ckan/ckan-client.js';
import { InteropError } from './errors/interop-error.js';
import { ProviderError } from './errors/provider-error.js';
import { ResponseValidationError } from './errors/response-validation-error.js';
import type { FetchFunction } from './http/client-options.js';
import { createSplpClient } from './splp/splp-client.js';

// Random bodies with HTTP 200: text, JSON of any shape, and JSON that looks almost right.
const garbage = fc.oneof(
  fc.string(),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.record({ success: fc.constant(true), result: fc.jsonValue() }).map((value) => JSON.stringify(value)),
  fc
    .record({ status: fc.constant('OK'), 'data-availability': fc.constant('available'), data: fc.jsonValue() })
    .map((value) => JSON.stringify(value)),
  fc.string().map((value) => `<html>${value}</html>`),
);

function serving(body: string): FetchFunction {
  return () => Promise.resolve(new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }));
}

/** A garbage body may legitimately be an error envelope (`success: false`, `status: "Error"`); then it is a ProviderError. */
function expectTypedRejection(error: unknown, body: string): void {
  expect(error).toSatisfy(InteropError.isInstance);
  if (ProviderError.isInstance(error)) return;
  expect(error).toSatisfy(ResponseValidationError.isInstance);
  expect((error as ResponseValidationError).body).toBe(body);
}

const kaltim = bpsDomainIdSchema.parse('6400');

describe('random garbage bodies never crash the parsers', () => {
  it('CKAN: every method rejects with a typed error, body kept', async () => {
    await fc.assert(
      fc.asyncProperty(garbage, async (body) => {
        const ckan = createCkanClient({ baseUrl: 'https://data.example.go.id', fetch: serving(body), retry: false });
        const calls = [
          ckan.statusShow(),
          ckan.packageSearch({ q: 'x' }),
          ckan.packageShow({ id: 'x' }),
          ckan.organizationList({ all_fields: true }),
          ckan.datastoreSearch({ resource_id: 'x' }),
        ];
        for (const call of calls) {
          const outcome = await call.then(
            () => undefined,
            (error: unknown) => error,
          );
          if (outcome !== undefined) expectTypedRejection(outcome, body);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('BPS: every method rejects with a typed error or reads as list-not-available', async () => {
    await fc.assert(
      fc.asyncProperty(garbage, async (body) => {
        const bps = createBpsClient({
          key: 'k',
          baseUrl: 'https://bps.example/v1/api',
          fetch: serving(body),
          retry: false,
        });
        const calls = [
          bps.listDomains({ type: 'all' }),
          bps.list('var', { domain: kaltim }),
          bps.view('var', { id: 1, domain: kaltim }),
          bps.dynamicTable({ domain: kaltim, var: 1 }),
        ];
        for (const call of calls) {
          const outcome = await call.then(
            () => undefined,
            (error: unknown) => error,
          );
          if (outcome !== undefined) expectTypedRejection(outcome, body);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('SPLP: token endpoint garbage is a ResponseValidationError', async () => {
    await fc.assert(
      fc.asyncProperty(garbage, async (body) => {
        const splp = createSplpClient({
          gatewayUrl: 'https://splp.example.go.id',
          auth: { type: 'oauth2-client-credentials', consumerKey: 'k', consumerSecret: 's' },
          fetch: serving(body),
          retry: false,
        });
        const outcome = await splp.accessToken().then(
          () => undefined,
          (error: unknown) => error,
        );
        if (outcome !== undefined) expectTypedRejection(outcome, body);
      }),
      { numRuns: 150 },
    );
  });
});
