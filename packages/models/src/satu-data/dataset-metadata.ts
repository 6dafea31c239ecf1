import { z } from 'zod';
import { architectureCodeSchemaFor } from '../architecture/architecture-code.js';
import { ownerUnitSchema } from '../inventories/owner.js';
import { publicationStateSchema } from './publication-workflow.js';
import { statisticalDataCodeSchema } from './statistical-data-code.js';
import { updateFrequencies } from './update-frequency-labels.js';
export { updateFrequencies, type UpdateFrequency, updateFrequencyLabels } from './update-frequency-labels.js';

/**
 * The *Standar Data* elements of a dataset (Perpres 39/2019): concept, definition, classification,
 * measure and unit.
 *
 * @example
 * ```ts
 * import { dataStandardSchema } from '@spbe-kit/models';
 * dataStandardSchema.parse({ concept: 'Penduduk', definition: 'Orang yang berdomisili ...', measure: 'Jumlah', unit: 'Jiwa' });
 * ```
 */
export const dataStandardSchema = z.strictObject({
  /** *Konsep*. */
  concept: z.string().min(1).max(4000),
  /** *Definisi*. */
  definition: z.string().min(1).max(4000),
  /** *Klasifikasi*. */
  classification: z.string().min(1).max(4000).optional(),
  /** *Ukuran*. */
  measure: z.string().min(1).max(500),
  /** *Satuan*. */
  unit: z.string().min(1).max(200),
});

/**
 * Metadata of a dataset under Satu Data Indonesia: the standard data elements, the producer (an
 * OPD) and the walidata, the reference codes / master data it uses (*kode referensi*, *data induk*),
 * update schedule, licence, the optional Kode Standar Data Statistik Nasional and RAD code, and
 * where it stands in the publication workflow.
 *
 * @example
 * ```ts
 * import { datasetMetadataSchema } from '@spbe-kit/models';
 * datasetMetadataSchema.parse({
 *   id: 'jumlah-penduduk-kecamatan', title: 'Jumlah Penduduk per Kecamatan',
 *   standard: { concept: 'Penduduk', definition: 'Orang yang berdomisili di wilayah ...', measure: 'Jumlah', unit: 'Jiwa' },
 *   producer: { name: 'Dinas Kependudukan dan Pencatatan Sipil' }, walidata: { name: 'Dinas Komunikasi dan Informatika' },
 *   referenceCodes: ['kode-wilayah-kemendagri'], updateSchedule: { frequency: 'semi-annual' },
 *   licence: 'CC-BY-4.0', statisticalDataCode: 'SP00001.00.00', publication: { status: 'draft' },
 * });
 * ```
 */
export const datasetMetadataSchema = z
  .strictObject({
    id: z.string().min(1).max(200),
    title: z.string().min(1).max(500),
    description: z.string().min(1).max(4000).optional(),
    standard: dataStandardSchema,
    /** *Produsen data*. */
    producer: ownerUnitSchema,
    /** *Walidata*. */
    walidata: ownerUnitSchema,
    /** *Kode referensi* and *data induk* the dataset uses, e.g. `'kode-wilayah-kemendagri'`, `'kbli-2020'`. */
    referenceCodes: z.array(z.string().min(1).max(200)),
    updateSchedule: z.strictObject({
      frequency: z.enum(updateFrequencies),
      /** Next planned update. */
      nextUpdate: z.iso.date().optional(),
    }),
    /** Licence, preferably an SPDX id such as `'CC-BY-4.0'`. */
    licence: z.string().min(1).max(200),
    /** Kode Standar Data Statistik Nasional, for statistical data. */
    statisticalDataCode: statisticalDataCodeSchema.optional(),
    /** The RAD code the dataset belongs to in the agency's architecture. */
    radCode: architectureCodeSchemaFor('RAD').optional(),
    /** Part of the *daftar data prioritas* (priority data are re-checked by the pembina data). */
    priority: z.boolean().optional(),
    keywords: z.array(z.string().min(1).max(100)).optional(),
    publication: publicationStateSchema,
  })
  .meta({
    title: 'Satu Data dataset metadata',
    description: 'Metadata of a dataset under Satu Data Indonesia (Perpres 39/2019).',
  });

/**
 * Dataset metadata as validated by {@link datasetMetadataSchema}.
 *
 * @example
 * ```ts
 * import type { DatasetMetadata } from '@spbe-kit/models';
 * const isPublished = (dataset: DatasetMetadata) => dataset.publication.status === 'published';
 * ```
 */
export type DatasetMetadata = z.output<typeof datasetMetadataSchema>;
