import { z } from 'zod';
import { modelsIssue } from '../validation/parse.js';
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
 * One piece of evidence (*bukti dukung*) for an indicator: a title and where to find it — a URL or a
 * path (`reference`, e.g. a JDIH link or `bukti/perbup-12-2024.pdf`) and/or the uploaded file's name —
 * with, when known, the file's SHA-256 (64 lowercase hex digits, so anyone can check the file they
 * hold is the one assessed) and the document's date (`YYYY-MM-DD`). At least one of `reference` and
 * `fileName` is required.
 *
 * @example
 * ```ts
 * import { evidenceReferenceSchema } from '@spbe-kit/models';
 * evidenceReferenceSchema.parse({
 *   title: 'Perbup No. 12 Tahun 2024 tentang SPBE',
 *   reference: 'https://jdih.paserkab.go.id/perbup-12-2024.pdf',
 *   fileName: 'perbup-12-2024.pdf',
 *   sha256: 'a3f1c2d4e5b6a7980112233445566778899aabbccddeeff00112233445566778',
 *   date: '2024-03-18',
 * });
 * ```
 */
export const evidenceReferenceSchema = z
  .strictObject({
    /** What the document is, e.g. "Perbup No. 12 Tahun 2024 tentang SPBE". */
    title: z.string().min(1).max(500),
    /** Where to find it: a URL or a path (relative to the assessment's folder, or in the evaluation system). */
    reference: z.string().min(1).max(2000).optional(),
    /** The file's name as uploaded. */
    fileName: z.string().min(1).max(255).optional(),
    /** SHA-256 of the file, 64 lowercase hexadecimal digits. */
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional(),
    /** The document's date (`YYYY-MM-DD`). */
    date: z.iso.date().optional(),
  })
  .refine((evidence) => evidence.reference !== undefined || evidence.fileName !== undefined, {
    path: ['reference'],
    ...modelsIssue('assessment.evidence_location', {
      id: 'Bukti dukung memerlukan reference (URL atau path) atau fileName',
      en: 'Evidence needs a reference (URL or path) or a fileName',
    }),
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
