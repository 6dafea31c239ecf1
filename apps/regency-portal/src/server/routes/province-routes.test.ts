import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kalimantanTimur } from '../seed/kalimantan-timur.js';
import { databaseKinds, skipDatabase } from '../testing/database-targets.js';
import { createTestPortal, type TestPortal } from '../testing/test-portal.js';

interface Overview {
  province: string;
  rows: {
    regionCode: string;
    name: string;
    index: number;
    predicate: string;
    change: number | null;
    isSample: boolean;
    error: string | null;
  }[];
  distribution: { predicate: string; count: number }[];
  statistics: { methodology: string; count: number; mean: string; ranking: { regionCode: string; rank: number }[] }[];
}

describe.each(databaseKinds)('the public API and the province view on %s', (kind) => {
  let portal: TestPortal;
  beforeAll(async () => {
    if (!skipDatabase(kind)) portal = await createTestPortal(kind, {}, { listen: true });
  });
  afterAll(async () => portal?.close());

  it.skipIf(skipDatabase(kind))('publishes verified results only, without a session', async () => {
    const summary = await portal.anonymous.json<{
      agency: { name: string };
      results: { year: number; predicate: string; isSample: boolean }[];
    }>('GET', '/api/public/v1/regions/64.72/index-summary');
    expect(summary.status).toBe(200);
    expect(summary.body.agency.name).toBe('Kota Samarinda');
    expect(summary.body.results.map((result) => result.year)).toEqual([2023, 2024, 2025]);
    expect(summary.body.results.every((result) => result.isSample)).toBe(true);
    // Balikpapan's 2026 draft is not public
    const balikpapan = await portal.anonymous.json<{ results: { year: number }[] }>(
      'GET',
      '/api/public/v1/regions/64.71/index-summary',
    );
    expect(balikpapan.body.results.map((result) => result.year)).not.toContain(2026);
    expect((await portal.anonymous.request('GET', '/api/public/v1/regions/99.99/index-summary')).status).toBe(404);
    expect((await portal.anonymous.request('GET', '/api/public/v1/regions/6471/index-summary')).status).toBe(400);
  });

  it.skipIf(skipDatabase(kind))(
    'answers decimals, never fractions; the exact values only where labelled exact',
    async () => {
      const response = await portal.anonymous.request('GET', '/api/public/v1/regions/64.71/index-summary');
      const text = await response.text();
      const body = JSON.parse(text) as {
        results: { aspectScores: Record<string, unknown>; aspectScoresExact: Record<string, string> }[];
      };
      // The seed's 2025 aspect 8 is 17/6 exactly: the decimal is what readers get…
      const latest = body.results.at(-1)!;
      expect(latest.aspectScores['8']).toBeCloseTo(17 / 6, 10);
      expect(Object.values(latest.aspectScores).every((value) => typeof value === 'number')).toBe(true);
      // …and a fraction appears only inside the field named exact.
      expect(latest.aspectScoresExact['8']).toBe('17/6');
      const withoutExact = JSON.stringify(body.results.map(({ aspectScoresExact: _exact, ...rest }) => rest));
      expect(withoutExact).not.toMatch(/"\d+\/\d+"/);
    },
  );

  it.skipIf(skipDatabase(kind))(
    'gathers all 10 regencies/cities over HTTP with the generated client for the coordinator',
    async () => {
      const coordinator = await portal.login('koordinator.kaltim');
      const overview = await coordinator.json<Overview>('GET', '/api/agencies/64/province-overview');
      expect(overview.status).toBe(200);
      expect(overview.body.rows.map((row) => row.regionCode)).toEqual(
        kalimantanTimur.regencies.map((regency) => regency.regionCode),
      );
      expect(overview.body.rows.every((row) => row.error === null && row.index >= 1 && row.index <= 5)).toBe(true);
      expect(overview.body.rows.every((row) => row.change !== null && row.isSample)).toBe(true);
      expect(overview.body.distribution.reduce((sum, item) => sum + item.count, 0)).toBe(10);
      const spbe = overview.body.statistics.find((item) => item.methodology === 'spbe-2020')!;
      expect(spbe.count).toBe(10);
      // the ranking puts the highest latest index first
      const best = [...overview.body.rows].sort((a, b) => b.index - a.index)[0]!;
      expect(spbe.ranking[0]!.regionCode).toBe(best.regionCode);
      expect(Number(spbe.mean)).toBeCloseTo(overview.body.rows.reduce((sum, row) => sum + row.index, 0) / 10, 2);
      // a regency admin does not see the province view
      const admin = await portal.login('admin.balikpapan');
      expect((await admin.request('GET', '/api/agencies/64/province-overview')).status).toBe(403);
    },
  );
});
