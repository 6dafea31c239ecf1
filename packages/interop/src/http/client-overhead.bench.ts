import { writeFileSync, mkdirSync } from 'node:fs';
import { afterAll, bench, describe } from 'vitest';
import { createCkanClient } from '../ckan/ckan-client.js';
import { startCkanMock } from '../testing/ckan-mock.js';
import { createRateLimiter } from './rate-limiter.js';

// The client overhead goal (issue 17): a client call through every middleware (request id, identity
// headers, rate limiter, per-attempt and overall timeouts, retry policy, audit hook, response
// checks) costs at most 1.2× a bare `fetch` + `JSON.parse` of the same local endpoint, at the
// MEDIAN. Client and baseline run interleaved in this process (each round runs every entry, in an
// order that rotates), a ratio is taken per round from that round's medians, and the report gives
// the median of the per-round ratios with their 10th–90th percentile and each side's p99.
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

interface Endpoint {
  readonly name: string;
  readonly baseline: () => Promise<unknown>;
  readonly client: () => Promise<unknown>;
}

const bare = (url: string) => async (): Promise<unknown> => JSON.parse(await (await fetch(url)).text()) as unknown;

const endpoints: readonly Endpoint[] = [
  { name: 'status_show', baseline: bare(action('status_show')), client: () => ckan.statusShow() },
  {
    name: 'package_show',
    baseline: bare(action('package_show', '?id=jumlah-penduduk-kalimantan-timur')),
    client: () => ckan.packageShow({ id: 'jumlah-penduduk-kalimantan-timur' }),
  },
  {
    name: 'package_search',
    baseline: bare(action('package_search', '?q=penduduk&rows=10')),
    client: () => ckan.packageSearch({ q: 'penduduk', rows: 10 }),
  },
  {
    name: 'datastore_search (30 rows)',
    baseline: bare(action('datastore_search', `?resource_id=${datastoreId}`)),
    client: () => ckan.datastoreSearch({ resource_id: datastoreId }),
  },
];

const goal = 1.2;
const rounds = Number(process.env.SPBE_BENCH_ROUNDS ?? 30);
const samplesPerRound = 40;
const warmupRounds = 3;

const quantile = (values: readonly number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return (sorted[low] ?? Number.NaN) + ((sorted[high] ?? Number.NaN) - (sorted[low] ?? Number.NaN)) * (position - low);
};

async function timeSamples(run: () => Promise<unknown>, count: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return samples;
}

interface EndpointResult {
  readonly endpoint: string;
  readonly ratio: number;
  readonly ratioLow: number;
  readonly ratioHigh: number;
  readonly baselineMedianMs: number;
  readonly clientMedianMs: number;
  readonly baselineP99Ms: number;
  readonly clientP99Ms: number;
  readonly met: boolean;
}

async function measure(endpoint: Endpoint): Promise<EndpointResult> {
  const ratios: number[] = [];
  const baselineAll: number[] = [];
  const clientAll: number[] = [];
  for (let round = 0; round < warmupRounds + rounds; round++) {
    // Rotate which side goes first, so a drift of the machine hits both alike.
    const clientFirst = round % 2 === 1;
    const first = await timeSamples(clientFirst ? endpoint.client : endpoint.baseline, samplesPerRound);
    const second = await timeSamples(clientFirst ? endpoint.baseline : endpoint.client, samplesPerRound);
    if (round < warmupRounds) continue;
    const [client, baseline] = clientFirst ? [first, second] : [second, first];
    ratios.push(quantile(client, 0.5) / quantile(baseline, 0.5));
    baselineAll.push(...baseline);
    clientAll.push(...client);
  }
  const ratio = quantile(ratios, 0.5);
  return {
    endpoint: endpoint.name,
    ratio,
    ratioLow: quantile(ratios, 0.1),
    ratioHigh: quantile(ratios, 0.9),
    baselineMedianMs: quantile(baselineAll, 0.5),
    clientMedianMs: quantile(clientAll, 0.5),
    baselineP99Ms: quantile(baselineAll, 0.99),
    clientP99Ms: quantile(clientAll, 0.99),
    met: ratio <= goal,
  };
}

const results: EndpointResult[] = [];
for (const endpoint of endpoints) results.push(await measure(endpoint));

const ms = (value: number): string => value.toFixed(3);
const report = [
  '',
  `CKAN client overhead against a bare fetch + JSON.parse, interleaved, ${rounds} rounds × ${samplesPerRound} calls per side (goal: ≤ ${goal}× at the median)`,
  '| endpoint | median ratio (p10–p90 of rounds) | baseline p50 / p99 (ms) | client p50 / p99 (ms) | goal |',
  '|---|---:|---:|---:|---|',
  ...results.map(
    (result) =>
      `| ${result.endpoint} | ${result.ratio.toFixed(3)}× (${result.ratioLow.toFixed(3)}–${result.ratioHigh.toFixed(3)}) | ${ms(result.baselineMedianMs)} / ${ms(result.baselineP99Ms)} | ${ms(result.clientMedianMs)} / ${ms(result.clientP99Ms)} | ${result.met ? 'met' : 'NOT MET'} |`,
  ),
  '',
].join('\n');
console.log(report);
mkdirSync('.bench', { recursive: true });
writeFileSync(
  '.bench/client-overhead.json',
  `${JSON.stringify({ goal, rounds, samplesPerRound, results }, null, 2)}\n`,
);

// The same calls as vitest benchmarks (sequential, not interleaved), for the workspace report.
describe('CKAN status_show against the local mock', () => {
  bench('baseline: bare fetch + JSON.parse', async () => void (await endpoints[0]!.baseline()), { time: 1_000 });
  bench('client call through all middleware', async () => void (await endpoints[0]!.client()), { time: 1_000 });
});
