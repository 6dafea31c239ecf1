import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MissingCredentialsError, ProviderError, RequestValidationError, type PackageUpdateParams } from '../index.js';
import { startCkanMock, type CkanMock } from '../testing/index.js';
import { createCkanClient, type CkanClientOptions } from './ckan-client.js';

let mock: CkanMock;
beforeAll(async () => {
  mock = await startCkanMock();
});
afterAll(async () => {
  await mock.close();
});

const fast = {
  retry: { baseDelayMs: 1, maxDelayMs: 5 },
  attemptTimeoutMs: 2_000,
  totalTimeoutMs: 10_000,
} satisfies Partial<CkanClientOptions>;
const writer = () => createCkanClient({ baseUrl: mock.baseUrl, apiToken: mock.apiToken, ...fast });
const reader = () => createCkanClient({ baseUrl: mock.baseUrl, ...fast });

let serial = 0;
const uniqueName = (stem: string): string => `${stem}-${++serial}`;

describe('packageUpdate and packageDelete against the CKAN mock', () => {
  it('replaces a dataset in place: same id, new title and tags, seen by every reader', async () => {
    const name = uniqueName('jumlah-penduduk');
    const created = await writer().packageCreate({ name, title: 'Jumlah Penduduk 2024', tags: [{ name: 'lama' }] });
    const updated = await writer().packageUpdate({
      id: created.id,
      name,
      title: 'Jumlah Penduduk 2025',
      tags: [{ name: 'kependudukan' }],
    });
    expect(updated.id).toBe(created.id);
    expect(updated.title).toBe('Jumlah Penduduk 2025');
    expect(updated.tags?.map((tag) => tag.name)).toEqual(['kependudukan']);
    expect(updated.metadata_created).toBe(created.metadata_created);
    const shown = await reader().packageShow({ id: name });
    expect(shown.title).toBe('Jumlah Penduduk 2025');
    expect(JSON.parse(mock.requests.at(-2)?.body ?? '{}')).toMatchObject({ id: created.id, name });
  });

  it('withdraws a dataset: gone from search, list and the public page; an update restores it', async () => {
    const name = uniqueName('data-ditarik');
    const created = await writer().packageCreate({ name, title: 'Data yang ditarik' });
    await writer().packageDelete({ id: name });
    expect(await reader().packageList()).not.toContain(name);
    expect((await reader().packageSearch({ q: 'ditarik' })).results.map((pkg) => pkg.name)).not.toContain(name);
    const hidden = await reader()
      .packageShow({ id: name })
      .catch((error: unknown) => error);
    expect(hidden).toBeInstanceOf(ProviderError);
    expect((hidden as ProviderError).status).toBe(404);
    expect((await writer().packageShow({ id: created.id })).state).toBe('deleted');
    // The name stays taken: create refuses it, update brings the dataset back.
    await expect(writer().packageCreate({ name, title: 'Lagi' })).rejects.toBeInstanceOf(ProviderError);
    const restored = await writer().packageUpdate({ id: created.id, name, title: 'Data yang kembali' });
    expect(restored.state).toBe('active');
    expect(await reader().packageList()).toContain(name);
  });

  it('refuses without a token before any request, and answers CKAN’s errors as typed errors', async () => {
    const before = mock.requests.length;
    await expect(reader().packageUpdate({ id: 'x', name: 'x-y', title: 'x' })).rejects.toBeInstanceOf(
      MissingCredentialsError,
    );
    await expect(reader().packageDelete({ id: 'x' })).rejects.toBeInstanceOf(MissingCredentialsError);
    expect(mock.requests.length).toBe(before);
    const wrongToken = createCkanClient({ baseUrl: mock.baseUrl, apiToken: 'salah', ...fast });
    const denied = await wrongToken.packageDelete({ id: 'x' }).catch((error: unknown) => error);
    expect(denied).toBeInstanceOf(ProviderError);
    expect((denied as ProviderError).providerCode).toBe('Authorization Error');
    const missing = await writer()
      .packageUpdate({ id: 'tidak-ada-sama-sekali', name: 'tidak-ada-sama-sekali', title: 'x' })
      .catch((error: unknown) => error);
    expect((missing as ProviderError).status).toBe(404);
    // Renaming onto another dataset's name is CKAN's Validation Error.
    const first = await writer().packageCreate({ name: uniqueName('pertama'), title: 'Pertama' });
    const second = await writer().packageCreate({ name: uniqueName('kedua'), title: 'Kedua' });
    const clash = await writer()
      .packageUpdate({ id: second.id, name: first.name, title: 'Kedua' })
      .catch((error: unknown) => error);
    expect((clash as ProviderError).status).toBe(409);
    expect((clash as ProviderError).issues?.[0]?.path).toEqual(['name']);
  });

  it('refuses parameters of the wrong types with RequestValidationError and sends nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constant(undefined), fc.integer(), fc.constant(''), fc.constant(null)),
        async (id) => {
          const before = mock.requests.length;
          const params = { id, name: 'ok-name', title: 'x' } as unknown as PackageUpdateParams;
          await expect(writer().packageUpdate(params)).rejects.toBeInstanceOf(RequestValidationError);
          await expect(writer().packageDelete({ id } as unknown as { id: string })).rejects.toBeInstanceOf(
            RequestValidationError,
          );
          expect(mock.requests.length).toBe(before);
        },
      ),
      { numRuns: 20 },
    );
  });
});
