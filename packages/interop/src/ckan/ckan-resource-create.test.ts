import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MissingCredentialsError, ProviderError, RequestValidationError } from '../index.js';
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
const writerOf = (target: CkanMock) =>
  createCkanClient({ baseUrl: target.baseUrl, apiToken: target.apiToken, ...fast });

let serial = 0;
const uniqueName = (stem: string): string => `${stem}-${++serial}`;
const allBytes = new Uint8Array(Array.from({ length: 256 }, (_, index) => index));

async function download(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}

describe('resourceCreate against the CKAN mock (a real HTTP server)', () => {
  it('uploads a file as multipart: the resource is listed, served byte for byte and linked from the dataset page', async () => {
    const name = uniqueName('jumlah-sekolah');
    await writerOf(mock).packageCreate({ name, title: 'Jumlah Sekolah' });
    const resource = await writerOf(mock).resourceCreate({
      package_id: name,
      name: 'Data 2025',
      upload: { data: allBytes, fileName: 'sekolah 2025.xlsx', contentType: 'application/octet-stream' },
    });
    expect(resource.format).toBe('XLSX');
    expect(resource.size).toBe(256);
    expect(String(mock.requests.at(-1)?.headers['content-type'])).toMatch(/^multipart\/form-data; boundary=/);
    expect(await download(resource.url!)).toEqual(allBytes);
    const shown = await createCkanClient({ baseUrl: mock.baseUrl, ...fast }).packageShow({ id: name });
    expect(shown.resources?.map((entry) => entry.id)).toEqual([resource.id]);
    const page = await fetch(`${mock.baseUrl}/dataset/${name}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Jumlah Sekolah');
    expect(html).toContain(resource.url!);
    const front = await (await fetch(mock.baseUrl)).text();
    expect(front).toContain(`/dataset/${name}`);
  });

  it('adds a link resource as JSON', async () => {
    const name = uniqueName('tautan');
    await writerOf(mock).packageCreate({ name, title: 'Tautan' });
    const resource = await writerOf(mock).resourceCreate({
      package_id: name,
      name: 'API',
      format: 'JSON',
      url: 'https://data.example.go.id/api/sekolah',
    });
    expect(resource.url).toBe('https://data.example.go.id/api/sekolah');
    expect(String(mock.requests.at(-1)?.headers['content-type'])).toBe('application/json');
  });

  it('refuses without a token, with a wrong token, for an unknown dataset and for bad parameters', async () => {
    const upload = { data: allBytes, fileName: 'a.csv' };
    const anonymous = createCkanClient({ baseUrl: mock.baseUrl, ...fast });
    const missing = await anonymous.resourceCreate({ package_id: 'x', upload }).catch((error: unknown) => error);
    expect(MissingCredentialsError.isInstance(missing)).toBe(true);
    const wrong = createCkanClient({ baseUrl: mock.baseUrl, apiToken: 'nope', ...fast });
    const denied = await wrong.resourceCreate({ package_id: 'x', upload }).catch((error: unknown) => error);
    expect(ProviderError.isInstance(denied) && denied.status).toBe(403);
    const unknown = await writerOf(mock)
      .resourceCreate({ package_id: 'tidak-ada', upload })
      .catch((error: unknown) => error);
    expect(ProviderError.isInstance(unknown) && unknown.status).toBe(404);
    const neither = await writerOf(mock)
      .resourceCreate({ package_id: 'x' })
      .catch((error: unknown) => error);
    expect(RequestValidationError.isInstance(neither)).toBe(true);
    expect(RequestValidationError.isInstance(neither) && neither.issues[0]?.message.id).toMatch(/url .*upload/);
    const both = await writerOf(mock)
      .resourceCreate({ package_id: 'x', url: 'https://a.example/b', upload })
      .catch((error: unknown) => error);
    expect(RequestValidationError.isInstance(both)).toBe(true);
    const hostile = await writerOf(mock)
      .resourceCreate({ package_id: 'x', upload: { data: 'not bytes' as unknown as Uint8Array, fileName: 'a' } })
      .catch((error: unknown) => error);
    expect(RequestValidationError.isInstance(hostile)).toBe(true);
  });

  it('round-trips any bytes under any file name', async () => {
    const name = uniqueName('acak');
    await writerOf(mock).packageCreate({ name, title: 'Acak' });
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 2048 }),
        fc.string({ minLength: 1, maxLength: 60 }),
        async (data, fileName) => {
          const resource = await writerOf(mock).resourceCreate({ package_id: name, upload: { data, fileName } });
          expect(await download(resource.url!)).toEqual(data);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('keeps datasets and files across a restart with a state file and a fixed port', async () => {
    const directory = await mkdtemp(path.join(tmpdir(), 'ckan-mock-'));
    const stateFile = path.join(directory, 'ckan.json');
    const first = await startCkanMock({ stateFile });
    const port = Number(new URL(first.baseUrl).port);
    await writerOf(first).packageCreate({ name: 'tetap-ada', title: 'Tetap Ada' });
    const resource = await writerOf(first).resourceCreate({
      package_id: 'tetap-ada',
      upload: { data: allBytes, fileName: 'data.bin' },
    });
    await first.close();
    const second = await startCkanMock({ stateFile, port });
    try {
      expect(second.baseUrl).toBe(first.baseUrl);
      const shown = await createCkanClient({ baseUrl: second.baseUrl, ...fast }).packageShow({ id: 'tetap-ada' });
      expect(shown.title).toBe('Tetap Ada');
      expect(await download(resource.url!)).toEqual(allBytes);
      expect((await fetch(`${second.baseUrl}/dataset/tetap-ada`)).status).toBe(200);
    } finally {
      await second.close();
      await rm(directory, { recursive: true, force: true });
    }
  });
});
