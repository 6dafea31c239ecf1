import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RevisionCache } from '../http/revision-cache.js';
import { skipDatabase } from '../testing/database-targets.js';
import { createTestPortal, type TestPortal } from '../testing/test-portal.js';
import type { GatheredProvince } from './gather-province.js';
import { failedReuseMs, ProvinceCache, remoteReuseMs, stampReuseMs } from './province-cache.js';

const member = (regionCode: string, error: string | null = null): GatheredProvince['members'][number] => ({
  regionCode,
  name: `Kab ${regionCode}`,
  source: 'http://127.0.0.1',
  results: [],
  error,
});

describe.skipIf(skipDatabase('pglite'))('the province cache', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await createTestPortal('pglite');
  });
  afterAll(async () => portal?.close());

  it('gathers once while nothing changed, once for concurrent requests, again after a change or expiry', async () => {
    let clock = 1_000;
    const cache = new ProvinceCache(() => clock);
    let gatherings = 0;
    let hasRemote = false;
    let failing = false;
    const gather = async () => {
      gatherings += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return {
        gathered: { province: '64', members: [member('64.71', failing ? 'down' : null)] },
        hasRemote,
      };
    };
    const db = portal.services.db;
    await Promise.all(Array.from({ length: 8 }, () => cache.view(db, '64', {}, gather)));
    expect(gatherings).toBe(1);
    await cache.view(db, '64', { year: 2024 }, gather);
    clock += 10 * remoteReuseMs;
    await cache.view(db, '64', {}, gather);
    // members of this deployment: reused until one of them changes, however old
    expect(gatherings).toBe(1);
    await RevisionCache.bump(db, '64.71');
    await cache.view(db, '64', {}, gather);
    expect(gatherings).toBe(2);
    // a change in another province does not count
    await RevisionCache.bump(db, '65.01');
    await cache.view(db, '64', {}, gather);
    expect(gatherings).toBe(2);
    // results from another deployment are re-read after a minute, a failed deployment after a few seconds
    hasRemote = true;
    await RevisionCache.bump(db, '64.72');
    await cache.view(db, '64', {}, gather);
    expect(gatherings).toBe(3);
    clock += remoteReuseMs - 1;
    await cache.view(db, '64', {}, gather);
    expect(gatherings).toBe(3);
    clock += 2;
    await cache.view(db, '64', {}, gather);
    expect(gatherings).toBe(4);
    failing = true;
    await RevisionCache.bump(db, '64.72');
    await cache.view(db, '64', {}, gather);
    clock += failedReuseMs + 1;
    await cache.view(db, '64', {}, gather);
    expect(gatherings).toBe(6);
  });

  it('reads the revisions again at once after a local change, and within a second after another process wrote', async () => {
    let clock = 50_000;
    const cache = new ProvinceCache(() => clock);
    let gatherings = 0;
    const gather = () => {
      gatherings += 1;
      return Promise.resolve({ gathered: { province: '64', members: [member('64.71')] }, hasRemote: false });
    };
    const db = portal.services.db;
    await cache.view(db, '64', {}, gather);
    await cache.view(db, '64', {}, gather);
    expect(gatherings).toBe(1);
    // another server process changed a regency: its write bumps the revision, not this process's count
    await db.query('UPDATE agency_revisions SET revision = revision + 1 WHERE agency_id = $1', ['64.71']);
    clock += stampReuseMs - 1;
    await cache.view(db, '64', {}, gather);
    expect(gatherings).toBe(1);
    clock += 2;
    await cache.view(db, '64', {}, gather);
    expect(gatherings).toBe(2);
    // a change through this process is seen by the very next request
    await RevisionCache.bump(db, '64.71');
    await cache.view(db, '64', {}, gather);
    expect(gatherings).toBe(3);
  });
});

describe.skipIf(skipDatabase('pglite'))('the province export with a hostile deployment', () => {
  let portal: TestPortal;
  let hostile: Server;
  beforeAll(async () => {
    // Another regency's deployment that answers its real results with a formula as the predikat.
    let upstream = '';
    hostile = createServer((request, response) => {
      void fetch(`${upstream}${request.url ?? '/'}`)
        .then((answer) => answer.json() as Promise<{ results: { predicate: string }[] }>)
        .then((body) => {
          for (const result of body.results) result.predicate = '=HYPERLINK("http://evil.example","klik")';
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end(JSON.stringify(body));
        });
    });
    await new Promise<void>((resolve) => hostile.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(hostile.address() as AddressInfo).port}`;
    portal = await createTestPortal(
      'pglite',
      { PROVINCE_MEMBER_URLS: JSON.stringify({ '64.01': url }) },
      { listen: true },
    );
    upstream = portal.services.listeningUrl!;
  });
  afterAll(async () => {
    await portal?.close();
    await new Promise((resolve) => hostile?.close(resolve));
  });

  it('neutralises what another deployment sends in every export', async () => {
    const coordinator = await portal.login('koordinator.kaltim');
    const csv = await (await coordinator.request('GET', '/api/agencies/64/province-overview/export')).text();
    const paser = csv.split('\r\n').find((line) => line.startsWith('64.01;'))!;
    expect(paser).toContain(`;"'=HYPERLINK(""http://evil.example"",""klik"")";`);
    const overview = await coordinator.json<{ rows: { regionCode: string; source: string }[] }>(
      'GET',
      '/api/agencies/64/province-overview',
    );
    expect(overview.body.rows.find((row) => row.regionCode === '64.01')?.source).toMatch(/^http:\/\/127\.0\.0\.1:/);
  });
});
