import { z } from 'zod';
import type { MethodologyShape } from './methodology-shape.js';

/**
 * The schema of an indicator value in a value domain: whole levels 1–5 (`'integer'`) or any
 * decimal in [1, 5] (`'decimal'`).
 *
 * @example
 * ```ts
 * import { indicatorValueSchema } from '@spbe-kit/models';
 * indicatorValueSchema('decimal').parse(1.26); // 1.26
 * indicatorValueSchema('integer').safeParse(2.5).success; // false
 * ```
 */
export function indicatorValueSchema(valueDomain: MethodologyShape['valueDomain']) {
  return valueDomain === 'integer' ? z.int().min(1).max(5) : z.number().min(1).max(5);
}

/**
 * A reference to one piece of evidence (*bukti dukung*): a title and where to find it (a URL, a
 * document number or a file name in the evaluation system).
 *
 * @example
 * ```ts
 * import { evidenceReferenceSchema } from '@spbe-kit/models';
 * evidenceReferenceSchema.parse({ title: 'Perbup No. 12 Tahun 2024 tentang SPBE', reference: 'https://jdih.paserkab.go.id/perbup-12-2024.pdf' });
 * ```
 */
export const evidenceReferenceSchema = z.strictObject({
  title: z.string().min(1).max(500),
  reference: z.string().min(1).max(2000),
});

/**
 * The origin of an indicator's value: assessed directly, or taken from another national index
 * (*dinilai dari indeks lain*), possibly assumed to be 1 because the external value was missing.
 *
 * @example
 * ```ts
 * import { valueOriginSchema } from '@spbe-kit/models';
 * valueOriginSchema.parse({ kind: 'external-index', indexName: 'IKASANDI (BSSN)', assumedMinimum: false });
 * ```
 */
export const valueOriginSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('assessed') }),
  z.strictObject({
    kind: z.literal('external-index'),
    /** The index the value comes from, e.g. "IKASANDI (BSSN)", "EPSS (BPS)". */
    indexName: z.string().min(1).max(200),
    /** `true` when the external value was missing and the assessor assumed 1. */
    assumedMinimum: z.boolean(),
  }),
]);

/**
 * The per-indicator record of an evaluation for a value domain: indicator number, self-assessed value
 * (*penilaian mandiri*), the assessor's value, the value's origin, evidence (*bukti dukung*),
 * verification flags, note (*catatan*), recommendation (*rekomendasi*) and, for sector indicators,
 * the sector.
 *
 * @example
 * ```ts
 * import { indicatorAssessmentSchema } from '@spbe-kit/models';
 * indicatorAssessmentSchema('integer').parse({
 *   number: 45, sector: 'Kesehatan', selfAssessedValue: 3, assessorValue: 2, evidence: [],
 *   verification: { uploaded: true, interviewed: true, approved: false },
 * });
 * ```
 */
export function indicatorAssessmentSchema(valueDomain: MethodologyShape['valueDomain']) {
  const value = indicatorValueSchema(valueDomain);
  return z.strictObject({
    number: z.int().min(1).max(999),
    /** *Penilaian mandiri*. */
    selfAssessedValue: value.optional(),
    /** The external assessor's value. */
    assessorValue: value.optional(),
    /** Origin of the values; absent means assessed directly. */
    origin: valueOriginSchema.optional(),
    /** *Bukti dukung*. */
    evidence: z.array(evidenceReferenceSchema),
    verification: z.strictObject({ uploaded: z.boolean(), interviewed: z.boolean(), approved: z.boolean() }),
    /** *Catatan*. */
    note: z.string().min(1).max(10_000).optional(),
    /** *Rekomendasi*. */
    recommendation: z.string().min(1).max(10_000).optional(),
    /** Sector of a "Layanan Publik Sektor" indicator (SPBE 2020 indicators 45–47), e.g. "Kesehatan". */
    sector: z.string().min(1).max(200).optional(),
  });
}
