import { afterAll } from 'vitest';
import { benchGroup } from '../../../../bench-harness.ts';
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

// Each sample is one call; the three paths alternate round by round. The overhead goal is judged on
// the median (p50) time per call.
benchGroup({
  group: 'CKAN status_show against the local mock',
  rounds: 30,
  samplesPerRound: 20,
  baseline: {
    name: 'baseline: bare fetch + JSON.parse',
    run: async () => {
      const response = await fetch(url);
      JSON.parse(await response.text());
    },
  },
  candidates: [
    {
      name: 'bare fetch with the same 4 headers + an AbortSignal',
      run: async () => {
        const controller = new AbortController();
        const response = await fetch(url, { headers: auditHeaders, signal: controller.signal });
        JSON.parse(await response.text());
      },
    },
    {
      name: 'client call through all middleware',
      run: () => ckan.statusShow({ actingUserId: 'u-bench', caseNumber: 'BENCH-1' }),
      goal: { kind: 'slowdown-at-most', value: 1.2 },
    },
  ],
});

const datastoreUrl = `${mock.baseUrl}/api/3/action/datastore_search?resource_id=3f6c1c52-6a57-4c1e-9a0b-4a1d2c9e8b01`;
benchGroup({
  group: 'CKAN datastore_search (30 rows) against the local mock',
  rounds: 30,
  samplesPerRound: 20,
  baseline: {
    name: 'baseline: bare fetch + JSON.parse',
    run: async () => {
      const response = await fetch(datastoreUrl);
      JSON.parse(await response.text());
    },
  },
  candidates: [
    {
      name: 'client call through all middleware (zod-validated rows)',
      run: () => ckan.datastoreSearch({ resource_id: '3f6c1c52-6a57-4c1e-9a0b-4a1d2c9e8b01' }),
    },
  ],
});
