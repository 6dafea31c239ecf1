import { afterAll, bench, describe } from 'vitest';
import { createCkanClient } from '../ckan/ckan-client.js';
import { startCkanMock } from '../testing/ckan-mock.js';
import { createRateLimiter } from './rate-limiter.js';

// One CKAN call through every middleware (request id, identity headers, rate limiter, per-attempt
// and overall timeouts, retry policy, audit hook, zod validation) against a bare fetch + JSON.parse
// of the same local mock endpoint, in the same run.
const mock = await startCkanMock();
afterAll(async () => {
  await mock.close();
});

const url = `${mock.baseUrl}/api/3/action/status_show`;
let audited = 0;
const ckan = createCkanClient({
  baseUrl: mock.baseUrl,
  identity: { regionCode: '64.72', application: 'bench' },
  rateLimiter: createRateLimiter({ requestsPerSecond: 1_000_000 }),
  hooks: { onCallEnd: () => void (audited += 1) },
});

// What the middleware necessarily sends on every call; fetch itself pays for headers and a signal.
const auditHeaders = {
  'X-Request-Id': '6f1c2b7e-4d3a-4e8f-a1b2-c3d4e5f60718',
  'X-SPBE-Client': '64.72/bench',
  'X-SPBE-User-Id': 'u-bench',
  'X-SPBE-Case-Number': 'BENCH-1',
};

// Warm both paths (JIT, keep-alive connections, the mock's own code) before any group runs, so the
// first baseline does not pay for the cold start.
for (let i = 0; i < 300; i++) {
  JSON.parse(await (await fetch(url)).text());
  await ckan.statusShow();
}

describe('CKAN status_show against the local mock', () => {
  bench(
    'baseline: bare fetch + JSON.parse',
    async () => {
      const response = await fetch(url);
      JSON.parse(await response.text());
    },
    { time: 3_000, iterations: 500, warmupTime: 500, warmupIterations: 200 },
  );

  bench(
    'bare fetch with the same 4 headers + an AbortSignal',
    async () => {
      const controller = new AbortController();
      const response = await fetch(url, { headers: auditHeaders, signal: controller.signal });
      JSON.parse(await response.text());
    },
    { time: 3_000, iterations: 500, warmupTime: 500, warmupIterations: 200 },
  );

  bench(
    'client call through all middleware',
    async () => {
      await ckan.statusShow({ actingUserId: 'u-bench', caseNumber: 'BENCH-1' });
    },
    { time: 3_000, iterations: 500, warmupTime: 500, warmupIterations: 200 },
  );
});

describe('CKAN datastore_search (30 rows) against the local mock', () => {
  const datastoreUrl = `${mock.baseUrl}/api/3/action/datastore_search?resource_id=3f6c1c52-6a57-4c1e-9a0b-4a1d2c9e8b01`;
  bench(
    'baseline: bare fetch + JSON.parse',
    async () => {
      const response = await fetch(datastoreUrl);
      JSON.parse(await response.text());
    },
    { time: 3_000, iterations: 500, warmupTime: 500, warmupIterations: 200 },
  );

  bench(
    'client call through all middleware (zod-validated rows)',
    async () => {
      await ckan.datastoreSearch({ resource_id: '3f6c1c52-6a57-4c1e-9a0b-4a1d2c9e8b01' });
    },
    { time: 3_000, iterations: 500, warmupTime: 500, warmupIterations: 200 },
  );
});
