import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProviderError } from '../errors/provider-error.js';
import { createCkanClient } from './ckan-client.js';

// CKAN's error bodies as real portals sent them (from the corpus), served from 127.0.0.1: the
// ProviderError must carry what the portal said, whatever the shape of the body.

const corpus = (file: string): string =>
  readFileSync(new URL(`../__fixtures__/corpus/ckan/${file}`, import.meta.url), 'utf8');

let server: Server;
let answer = { status: 200, body: '' };
let baseUrl = '';
beforeAll(async () => {
  server = createServer((_request, response) => {
    response.writeHead(answer.status, { 'content-type': 'application/json;charset=utf-8' });
    response.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const ckan = () => createCkanClient({ baseUrl, apiToken: 'token', retry: false, attemptTimeoutMs: 5_000 });
async function failure(call: Promise<unknown>): Promise<ProviderError> {
  const thrown = await call.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(thrown).toSatisfy(ProviderError.isInstance);
  return thrown as ProviderError;
}

describe('CKAN error bodies of real portals', () => {
  it('keeps the bare-string answer to an unknown action as the message (dados.sc.gov.br, CKAN 2.8.3)', async () => {
    answer = { status: 400, body: corpus('datastore_search/dados-sc-gov-br-action-not-known.json') };
    const error = await failure(ckan().datastoreSearch({ resource_id: '8bb98383-7043-4d2f-ae32-9377656e71ee' }));
    expect(error.status).toBe(400);
    expect(error.providerCode).toBeUndefined();
    expect(error.providerMessage).toBe('Requisição incorreta - Action name not known: datastore_search');
    expect(error.message).toContain('Action name not known: datastore_search');
  });

  it('reads a validation list that mixes messages and empty objects, one issue per invalid tag', async () => {
    answer = { status: 409, body: corpus('package_create/ckan-ng-harvest-validation-error-409.json') };
    const error = await failure(ckan().packageCreate({ name: 'dataset', title: 'Dataset' }));
    expect(error.providerCode).toBe('Validation Error');
    const paths = error.issues.map((issue) => issue.path.join('.'));
    expect(paths.filter((path) => path.startsWith('tags.'))).toHaveLength(11);
    expect(paths).toContain('tags.10');
    expect(paths).toContain('name');
    expect(error.issues.find((issue) => issue.path[0] === 'name')?.message.en).toBe('That URL is already in use.');
    expect(error.providerMessage).toMatch(/^tags\.0: Tag "EARTH SCIENCE/);
  });

  it('keeps the Authorization Error message of an envelope without `help` (catalogue.data.gov.bc.ca)', async () => {
    answer = { status: 403, body: corpus('package_create/catalogue-data-gov-bc-ca-authorization-error.json') };
    const error = await failure(ckan().packageCreate({ name: 'dataset', title: 'Dataset' }));
    expect(error).toMatchObject({
      status: 403,
      providerCode: 'Authorization Error',
      providerMessage: 'Access denied: User  not authorized to create packages',
    });
  });

  it('turns any bare JSON string at an error status into a bounded message', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 2_000 }), fc.constantFrom(400, 404, 409, 500), async (text, status) => {
        answer = { status, body: JSON.stringify(text) };
        const error = await failure(ckan().statusShow());
        expect(error.status).toBe(status);
        if (text.trim() === '') expect(error.providerMessage).toBeUndefined();
        else expect(error.providerMessage).toBe(text.trim().slice(0, 500));
      }),
      { numRuns: 40 },
    );
  });
});
