import http from 'node:http';
import { afterAll } from 'vitest';
import { benchGroup } from '../../../../bench-harness.ts';
import type * as Interop from '../index.js';
import type * as InteropTesting from '../testing/index.js';

// The client overhead goal (issue 17): a client call through every middleware (request id, identity
// headers, rate limiter, per-attempt and overall timeouts, retry policy, audit hook, response checks)
// costs at most 1.2× a bare `fetch` + `JSON.parse` of the same local endpoint, at the MEDIAN. The
// published build is measured, as users run it; every entry runs interleaved with the baseline in
// this process (bench-harness.ts). Two more entries say where the time goes: `fetch` with the
// headers and signal the client must send, and a bare node:http request (the engine the client
// sends with in Node.js, ADR 0057), the strongest baseline there is.
const { createCkanClient, createRateLimiter } = (await import(
  new URL('../../dist/index.js', import.meta.url).href
)) as typeof Interop;
const { startCkanMock } = (await import(
  new URL('../../dist/testing.js', import.meta.url).href
)) as typeof InteropTesting;

const mock = await startCkanMock();
afterAll(async () => {
  await mock.close();
});

const ckan = createCkanClient({
  baseUrl: mock.baseUrl,
  identity: { regionCode: '64.72', application: 'bench' },
  rateLimiter: createRateLimiter({ requestsPerSecond: 1_000_000 }),
  hooks: { onCallEnd: () => undefined },
});

const action = (name: string, query = ''): string => `${mock.baseUrl}/api/3/action/${name}${query}`;
const datastoreId = '3f6c1c52-6a57-4c1e-9a0b-4a1d2c9e8b01';

const bareFetch = (url: string) => async (): Promise<unknown> => JSON.parse(await (await fetch(url)).text()) as unknown;
const fetchWithHeadersAndSignal = (url: string) => async (): Promise<unknown> => {
  const headers = { 'x-request-id': crypto.randomUUID(), 'x-spbe-client': '64.72/bench' };
  const response = await fetch(url, { headers, signal: new AbortController().signal });
  return JSON.parse(await response.text()) as unknown;
};
const bareNodeHttp = (url: string) => (): Promise<unknown> =>
  new Promise((resolve, reject) => {
    http
      .get(url, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown));
        response.on('error', reject);
      })
      .on('error', reject);
  });

const endpoints = [
  { name: 'status_show', url: action('status_show'), client: () => ckan.statusShow() },
  {
    name: 'package_show',
    url: action('package_show', '?id=jumlah-penduduk-kalimantan-timur'),
    client: () => ckan.packageShow({ id: 'jumlah-penduduk-kalimantan-timur' }),
  },
  {
    name: 'package_search (10 rows)',
    url: action('package_search', '?q=penduduk&rows=10'),
    client: () => ckan.packageSearch({ q: 'penduduk', rows: 10 }),
  },
  {
    name: 'datastore_search (30 rows)',
    url: action('datastore_search', `?resource_id=${datastoreId}`),
    client: () => ckan.datastoreSearch({ resource_id: datastoreId }),
  },
];

for (const endpoint of endpoints) {
  benchGroup({
    group: `CKAN ${endpoint.name} against the local mock`,
    rounds: 30,
    samplesPerRound: 30,
    unit: 'calls',
    baseline: { name: 'baseline: bare fetch + JSON.parse', run: bareFetch(endpoint.url), items: 1 },
    candidates: [
      {
        name: 'client call through all middleware',
        run: endpoint.client,
        items: 1,
        goal: { kind: 'slowdown-at-most', value: 1.2 },
      },
      { name: 'fetch with the identity headers and a signal', run: fetchWithHeadersAndSignal(endpoint.url), items: 1 },
      { name: 'bare node:http request + JSON.parse', run: bareNodeHttp(endpoint.url), items: 1 },
    ],
  });
}
