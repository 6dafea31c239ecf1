import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kalimantanTimur } from '../seed/kalimantan-timur.js';
import { databaseKinds, skipDatabase } from '../testing/database-targets.js';
import { createTestPortal, type TestPortal } from '../testing/test-portal.js';

interface Overview {
  province: string;
  selected: { year: number | null; methodology: string | null };
  columns: { year: number; methodology: string; count: number }[];
  rows: {
    regionCode: string;
    name: string;
    status: string;
    year: number | null;
    index: number;
    predicate: string;
    change: number | null;
    isSample: boolean;
    error: string | null;
    history: { year: number; methodology: string; aspectScores: Record<string, number> }[];
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

  it.skipIf(skipDatabase(kind))(
    'shows one column at a time (a year under one methodology), with who has no verified result and each history',
    async () => {
      const coordinator = await portal.login('koordinator.kaltim');
      const latest = await coordinator.json<Overview>('GET', '/api/agencies/64/province-overview');
      expect(latest.body.selected).toEqual({ year: 2025, methodology: 'spbe-2020' });
      expect(latest.body.columns.map((column) => `${column.year} ${column.methodology} ${column.count}`)).toEqual([
        '2025 spbe-2020 10',
        '2024 spbe-2020 10',
        '2023 spbe-2020 10',
      ]);
      const earlier = await coordinator.json<Overview>('GET', '/api/agencies/64/province-overview?year=2023');
      expect(earlier.body.selected).toEqual({ year: 2023, methodology: 'spbe-2020' });
      expect(earlier.body.rows.every((row) => row.year === 2023 && row.change === null)).toBe(true);
      // A column nobody has verified yet: every regency is listed as not submitted, nothing is mixed in.
      const pemdi = await coordinator.json<Overview>(
        'GET',
        '/api/agencies/64/province-overview?year=2025&methodology=pemdi-2026',
      );
      expect(pemdi.body.rows.map((row) => row.status)).toEqual(Array(10).fill('not-submitted'));
      expect(pemdi.body.rows.every((row) => row.index === null)).toBe(true);
      expect(pemdi.body.statistics).toEqual([]);
      expect(pemdi.body.distribution.reduce((sum, item) => sum + item.count, 0)).toBe(0);
      // drill-down: every verified result of a regency with its aspect scores
      const samarinda = latest.body.rows.find((row) => row.regionCode === '64.72')!;
      expect(samarinda.history.map((result) => result.year)).toEqual([2023, 2024, 2025]);
      expect(Object.keys(samarinda.history[0]!.aspectScores).length).toBeGreaterThan(0);
      const bad = await coordinator.request('GET', '/api/agencies/64/province-overview?methodology=spbe-2019');
      expect(bad.status).toBe(400);
    },
  );

  it.skipIf(skipDatabase(kind))('exports the chosen column as CSV (decimal commas) and xlsx', async () => {
    const coordinator = await portal.login('koordinator.kaltim');
    const csv = await coordinator.request('GET', '/api/agencies/64/province-overview/export?year=2025');
    expect(csv.status).toBe(200);
    const text = await csv.text();
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Kode wilayah;Kabupaten/kota;Tahun;Metodologi;Indeks;Predikat;Perubahan;Status');
    expect(lines).toHaveLength(11);
    expect(lines[1]).toMatch(
      /^64\.\d\d;[^;]+;2025;Indeks SPBE \(PermenPANRB 59\/2020\);"\d,\d+";[A-Za-z ]+;"-?\d,\d+";Terverifikasi$/,
    );
    const xlsx = await coordinator.request('GET', '/api/agencies/64/province-overview/export?format=xlsx');
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    expect(new Uint8Array(await xlsx.arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
  });
});
