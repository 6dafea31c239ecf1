import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createCkanClient } from '@spbe-kit/interop';
import { afterAll, describe, expect, it } from 'vitest';
import { startInteropMocks } from './start-mocks.js';

describe('the demo’s interop mocks', () => {
  const directories: string[] = [];
  afterAll(async () => {
    await Promise.all(directories.map((directory) => rm(directory, { recursive: true, force: true })));
  });

  it('keep the CKAN mock’s packages, files and port across a restart; --reset starts it fresh', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'portal-mocks-'));
    directories.push(dataDir);
    const first = await startInteropMocks({ dataDir });
    const url = first.env.CKAN_URL!;
    const ckan = createCkanClient({ baseUrl: url, apiToken: first.env.CKAN_API_TOKEN });
    await ckan.packageCreate({ name: 'data-tetap', title: 'Data Tetap' });
    const file = await ckan.resourceCreate({
      package_id: 'data-tetap',
      upload: { data: new TextEncoder().encode('a;b\n1;2\n'), fileName: 'data.csv', contentType: 'text/csv' },
    });
    await first.close();

    const second = await startInteropMocks({ dataDir });
    try {
      expect(second.env.CKAN_URL).toBe(url);
      expect((await fetch(`${url}/dataset/data-tetap`)).status).toBe(200);
      expect(await (await fetch(file.url!)).text()).toBe('a;b\n1;2\n');
    } finally {
      await second.close();
    }

    const fresh = await startInteropMocks({ dataDir, reset: true });
    try {
      expect((await fetch(`${fresh.env.CKAN_URL}/dataset/data-tetap`)).status).toBe(404);
    } finally {
      await fresh.close();
    }
  });
});
