import { z } from 'zod';
import { ownerUnitSchema } from '../inventories/owner.js';

const name = z.string().min(1).max(500);
const text = z.string().min(1).max(4000);

/**
 * MS-Keg, the metadata of a statistical activity (Peraturan BPS 5/2020). **Partial**: only the
 * identifying fields are modelled here, as the full field list was not available in the sources
 * this package was built from.
 *
 * @example
 * ```ts
 * import { statisticalActivityMetadataSchema } from '@spbe-kit/models';
 * statisticalActivityMetadataSchema.parse({ title: 'Survei Kepuasan Masyarakat', year: 2025, organiser: { name: 'Bagian Organisasi' } });
 * ```
 */
export const statisticalActivityMetadataSchema = z
  .strictObject({
    /** *Judul kegiatan*. */
    title: name,
    year: z.int().min(1900).max(2100),
    /** *Penyelenggara*. */
    organiser: ownerUnitSchema,
    description: text.optional(),
  })
  .meta({
    title: 'MS-Keg',
    description: 'Statistical activity metadata (Peraturan BPS 5/2020), identifying fields only.',
  });

/**
 * MS-Keg as validated by {@link statisticalActivityMetadataSchema}.
 *
 * @example
 * ```ts
 * import type { StatisticalActivityMetadata } from '@spbe-kit/models';
 * const label = (activity: StatisticalActivityMetadata) => `${activity.title} ${activity.year}`;
 * ```
 */
export type StatisticalActivityMetadata = z.output<typeof statisticalActivityMetadataSchema>;

/**
 * MS-Var, the metadata of a statistical variable (Peraturan BPS 5/2020): name, alias, concept,
 * definition, data type, answer classification, validation rules, time reference and public accessibility.
 *
 * @example
 * ```ts
 * import { statisticalVariableMetadataSchema } from '@spbe-kit/models';
 * statisticalVariableMetadataSchema.parse({
 *   name: 'Jenis kelamin', concept: 'Jenis kelamin', definition: 'Perbedaan biologis ...',
 *   dataType: 'kategorik', answerClassification: '1. Laki-laki; 2. Perempuan', publiclyAccessible: true,
 * });
 * ```
 */
export const statisticalVariableMetadataSchema = z
  .strictObject({
    /** *Nama*. */
    name,
    /** *Alias*. */
    alias: name.optional(),
    /** *Konsep*. */
    concept: text,
    /** *Definisi*. */
    definition: text,
    /** *Tipe data*, e.g. numerik, karakter, kategorik. */
    dataType: z.string().min(1).max(100),
    /** *Klasifikasi isian*: the answer categories or classification used. */
    answerClassification: text.optional(),
    /** *Aturan validasi*. */
    validationRules: text.optional(),
    /** *Referensi waktu*, e.g. "31 Desember 2025" or "Semester I 2025". */
    timeReference: z.string().min(1).max(200).optional(),
    /** *Aksesibilitas publik*: whether the variable may be published. */
    publiclyAccessible: z.boolean(),
  })
  .meta({ title: 'MS-Var', description: 'Statistical variable metadata (Peraturan BPS 5/2020).' });

/**
 * MS-Var as validated by {@link statisticalVariableMetadataSchema}.
 *
 * @example
 * ```ts
 * import type { StatisticalVariableMetadata } from '@spbe-kit/models';
 * const shown = (variable: StatisticalVariableMetadata) => variable.alias ?? variable.name;
 * ```
 */
export type StatisticalVariableMetadata = z.output<typeof statisticalVariableMetadataSchema>;

/**
 * MS-Ind, the metadata of a statistical indicator (Peraturan BPS 5/2020). **Partial**: the fields
 * are those of the Satu Data *Standar Data* (concept, definition, classification, measure, unit) plus
 * the variables it is built from, as the full MS-Ind field list was not available in the sources.
 *
 * @example
 * ```ts
 * import { statisticalIndicatorMetadataSchema } from '@spbe-kit/models';
 * statisticalIndicatorMetadataSchema.parse({
 *   name: 'Angka Partisipasi Sekolah', concept: 'Partisipasi sekolah', definition: 'Proporsi penduduk ...',
 *   measure: 'Persentase', unit: 'Persen', variables: ['Umur', 'Status sekolah'],
 * });
 * ```
 */
export const statisticalIndicatorMetadataSchema = z
  .strictObject({
    name,
    concept: text,
    definition: text,
    classification: text.optional(),
    /** *Ukuran*. */
    measure: z.string().min(1).max(500),
    /** *Satuan*. */
    unit: z.string().min(1).max(200),
    /** Names of the variables (MS-Var) the indicator is computed from. */
    variables: z.array(name).optional(),
  })
  .meta({
    title: 'MS-Ind',
    description: 'Statistical indicator metadata (Peraturan BPS 5/2020), Standar Data fields.',
  });

/**
 * MS-Ind as validated by {@link statisticalIndicatorMetadataSchema}.
 *
 * @example
 * ```ts
 * import type { StatisticalIndicatorMetadata } from '@spbe-kit/models';
 * const heading = (indicator: StatisticalIndicatorMetadata) => `${indicator.name} (${indicator.unit})`;
 * ```
 */
export type StatisticalIndicatorMetadata = z.output<typeof statisticalIndicatorMetadataSchema>;
