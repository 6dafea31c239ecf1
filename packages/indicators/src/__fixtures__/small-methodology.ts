import type { MethodologyTable } from '../methodology/methodology-table.js';
import { OFFICIAL_PREDICATE_LABELS } from '../methodologies/predicate-labels.js';

/** A small user-defined methodology: one aspect per pair of indicators, the given weights (summing to 100). */
export function smallMethodology(
  weights: readonly number[],
  valueDomain: 'integer' | 'decimal' = 'integer',
  id = 'kota-2026',
): MethodologyTable {
  const aspects = weights
    .map((_, position) => Math.floor(position / 2) + 1)
    .filter((aspect, position, all) => all.indexOf(aspect) === position);
  return {
    id,
    version: '1',
    name: { id: 'Penilaian internal', en: 'Internal assessment' },
    regulation: {
      reference: 'Peraturan Wali Kota 1/2026',
      title: { id: 'Penilaian internal', en: 'Internal assessment' },
      date: '2026-01-02',
    },
    valueDomain,
    scales: [
      {
        id: 'simple',
        name: { id: 'Sederhana', en: 'Simple' },
        levels: [1, 2, 3, 4, 5].map((level) => ({ level, name: { id: `Tingkat ${level}`, en: `Level ${level}` } })),
      },
    ],
    aspects: aspects.map((aspect) => ({
      number: aspect,
      name: { id: `Aspek ${aspect}`, en: `Aspect ${aspect}` },
      weight: weights
        .filter((_, position) => Math.floor(position / 2) + 1 === aspect)
        .reduce((sum, weight) => sum + weight, 0),
    })),
    indicators: weights.map((weight, position) => ({
      number: position + 1,
      name: { id: `Indikator ${position + 1}`, en: `Indicator ${position + 1}` },
      weight,
      aspect: Math.floor(position / 2) + 1,
      scale: 'simple',
    })),
    bands: [
      { predicate: 'Memuaskan', label: OFFICIAL_PREDICATE_LABELS.Memuaskan, from: 4, to: 5 },
      { predicate: 'Baik', label: OFFICIAL_PREDICATE_LABELS.Baik, from: 2.5, to: 4 },
      { predicate: 'Kurang', label: OFFICIAL_PREDICATE_LABELS.Kurang, from: 1, to: 2.5 },
    ],
    caveats: [],
  };
}
