import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistanceWithin } from './edit-distance.js';
import { resolveProvinceOrRegency } from './wilayah-lite.js';

describe('resolveProvinceOrRegency (browser-safe)', () => {
  it('resolves provinces and regencies/cities as people write them', () => {
    expect(resolveProvinceOrRegency('KAB. KUTAI KARTANEGARA').region?.code).toBe('64.02');
    expect(resolveProvinceOrRegency('kukar').region?.code).toBe('64.02');
    expect(resolveProvinceOrRegency('Kaltim').region?.code).toBe('64');
    expect(resolveProvinceOrRegency('S I A K').region?.code).toBe('14.08');
    expect(resolveProvinceOrRegency('LABUHAN BATU').region?.code).toBe('12.10');
    expect(resolveProvinceOrRegency('Balikpapn').region?.code).toBe('64.71');
    expect(resolveProvinceOrRegency('Kecamatan Balikpapan Timur').status).not.toBe('resolved');
    const bogor = resolveProvinceOrRegency('Bogor');
    expect(bogor.status).toBe('ambiguous');
    expect(bogor.candidates.map((candidate) => candidate.region.code)).toEqual(['32.01', '32.71']);
  });

  it('never throws on hostile input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (text) => {
        const result = resolveProvinceOrRegency(text);
        expect(['resolved', 'ambiguous', 'not_found']).toContain(result.status);
      }),
      { numRuns: 300 },
    );
  });
});

// A plain dynamic-programming OSA distance, the oracle for the bounded one.
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, d[i - 2]![j - 2]! + 1);
      d[i]![j] = value;
    }
  return d[a.length]![b.length]!;
}

describe('editDistanceWithin', () => {
  it('agrees with the unbounded distance up to the limit', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 12 }),
        fc.string({ maxLength: 12 }),
        fc.integer({ min: 0, max: 4 }),
        (a, b, limit) => {
          const exact = osa(a, b);
          expect(editDistanceWithin(a, b, limit)).toBe(exact > limit ? limit + 1 : exact);
          expect(editDistanceWithin(b, a, limit)).toBe(editDistanceWithin(a, b, limit));
        },
      ),
      { numRuns: 500 },
    );
    expect(editDistanceWithin('balikpapan', 'balikpapna', 2)).toBe(1);
    expect(editDistanceWithin('x'.repeat(200), 'y'.repeat(200), 1)).toBe(2);
  });
});
