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
  /** A bare fetch that sends what the middleware must send: the identity headers and an AbortSignal. */
  readonly reference: () => Promise<unknown>;
}

const bare = (url: string) => async (): Promise<unknown> => JSON.parse(await (await fetch(url)).text()) as unknown;
const withHeadersAndSignal = (url: string) => async (): Promise<unknown> => {
  const headers = new Headers();
  headers.set('X-Request-Id', crypto.randomUUID());
  headers.set('X-SPBE-Client', '64.72/bench');
  const response = await fetch(url, { headers, signal: new AbortController().signal });
  return JSON.parse(await response.text()) as unknown;
};
const urls = {
  status: action('status_show'),
  package: action('package_show', '?id=jumlah-penduduk-kalimantan-timur'),
  search: action('package_search', '?q=penduduk&rows=10'),
  datastore: action('datastore_search', `?resource_id=${datastoreId}`),
};

const endpoints: readonly Endpoint[] = [
  {
    name: 'status_show',
    baseline: bare(urls.status),
    client: () => ckan.statusShow(),
    reference: withHeadersAndSignal(urls.status),
  },
  {
    name: 'package_show',
    baseline: bare(urls.package),
    client: () => ckan.packageShow({ id: 'jumlah-penduduk-kalimantan-timur' }),
    reference: withHeadersAndSignal(urls.package),
  },
  {
    name: 'package_search',
    baseline: bare(urls.search),
    client: () => ckan.packageSearch({ q: 'penduduk', rows: 10 }),
    reference: withHeadersAndSignal(urls.search),
  },
  {
    name: 'datastore_search (30 rows)',
    baseline: bare(urls.datastore),
    client: () => ckan.datastoreSearch({ resource_id: datastoreId }),
    reference: withHeadersAndSignal(urls.datastore),
  },
];

const goal = 1.2;
const rounds = Number(process.env.SPBE_BENCH_ROUNDS ?? 30);
const samplesPerRound = 30;
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
  /** Median over rounds of client p50 ÷ baseline p50. */
  readonly ratio: number;
  /** Median over rounds of reference p50 ÷ baseline p50: what fetch itself charges for the headers and signal. */
  readonly referenceRatio: number;
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
  const referenceRatios: number[] = [];
  const baselineAll: number[] = [];
  const clientAll: number[] = [];
  const entries = [endpoint.baseline, endpoint.client, endpoint.reference];
  for (let round = 0; round < warmupRounds + rounds; round++) {
    // Rotate the order of the entries, so a drift of the machine hits all alike.
    const samples: number[][] = [[], [], []];
    for (let turn = 0; turn < entries.length; turn++) {
      const which = (round + turn) % entries.length;
      samples[which] = await timeSamples(entries[which] as () => Promise<unknown>, samplesPerRound);
    }
    if (round < warmupRounds) continue;
    const [baseline = [], client = [], reference = []] = samples;
    ratios.push(quantile(client, 0.5) / quantile(baseline, 0.5));
    referenceRatios.push(quantile(reference, 0.5) / quantile(baseline, 0.5));
    baselineAll.push(...baseline);
    clientAll.push(...client);
  }
  const ratio = quantile(ratios, 0.5);
  return {
    endpoint: endpoint.name,
    ratio,
    referenceRatio: quantile(referenceRatios, 0.5),
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
  '| endpoint | median ratio (p10–p90 of rounds) | baseline p50 / p99 (ms) | client p50 / p99 (ms) | fetch + headers + signal alone | goal |',
  '|---|---:|---:|---:|---:|---|',
  ...results.map(
    (result) =>
      `| ${result.endpoint} | ${result.ratio.toFixed(3)}× (${result.ratioLow.toFixed(3)}–${result.ratioHigh.toFixed(3)}) | ${ms(result.baselineMedianMs)} / ${ms(result.baselineP99Ms)} | ${ms(result.clientMedianMs)} / ${ms(result.clientP99Ms)} | ${result.referenceRatio.toFixed(3)}× | ${result.met ? 'met' : 'NOT MET'} |`,
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
