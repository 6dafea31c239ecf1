import { z } from 'zod';
import { modelsIssue } from '../validation/parse.js';
import { architectureCodeSchemaFor } from './architecture-code.js';
import { infrastructureTypes, securityObjectTypes } from './architecture-object-labels.js';
export {
  infrastructureTypes,
  type InfrastructureType,
  infrastructureTypeLabels,
  securityObjectTypes,
  type SecurityObjectType,
  securityObjectTypeLabels,
} from './architecture-object-labels.js';

const objectId = z.string().min(1).max(200);
const text = z.string().min(1).max(4000);
const shortText = z.string().min(1).max(500);

/**
 * A business process (*Proses Bisnis*) of the agency: `id`, `description` (*uraian*) and its RAB code.
 *
 * @example
 * ```ts
 * import { businessProcessObjectSchema } from '@spbe-kit/models';
 * businessProcessObjectSchema.parse({ domain: 'business-process', id: 'PB-01', description: 'Pelayanan KTP-el', referenceCode: 'RAB.03.07.01' });
 * ```
 */
export const businessProcessObjectSchema = z.strictObject({
  domain: z.literal('business-process'),
  id: objectId,
  /** *Uraian*. */
  description: text,
  referenceCode: architectureCodeSchemaFor('RAB'),
});

/**
 * A data and information object (*Data dan Informasi*) with the fields the national portal records.
 *
 * @example
 * ```ts
 * import { dataObjectSchema } from '@spbe-kit/models';
 * dataObjectSchema.parse({ domain: 'data', id: 'D-01', description: 'Data penduduk', referenceCode: 'RAD.03.07' });
 * ```
 */
export const dataObjectSchema = z.strictObject({
  domain: z.literal('data'),
  id: objectId,
  /** *Uraian*. */
  description: text,
  /** *Tujuan*. */
  purpose: text.optional(),
  /** *Sifat data*, e.g. terbuka / terbatas / tertutup. */
  dataNature: shortText.optional(),
  /** *Jenis data*. */
  dataType: shortText.optional(),
  /** *Validitas data*. */
  validity: shortText.optional(),
  /** *Produsen data*. */
  producer: shortText.optional(),
  /** *Wali data* (the unit responsible, *penanggung jawab*). */
  custodian: shortText.optional(),
  /** *Informasi terkait*: inputs and outputs. */
  relatedInformation: z
    .strictObject({ inputs: z.array(shortText).optional(), outputs: z.array(shortText).optional() })
    .optional(),
  /** *Interoperabilitas*: how the data is exchanged. */
  interoperability: text.optional(),
  referenceCode: architectureCodeSchemaFor('RAD'),
});

/**
 * An SPBE service object (*Layanan*) with the fields the national portal records.
 *
 * @example
 * ```ts
 * import { serviceObjectSchema } from '@spbe-kit/models';
 * serviceObjectSchema.parse({ domain: 'service', id: 'L-01', name: 'Layanan Pengaduan', referenceCode: 'RAL.01' });
 * ```
 */
export const serviceObjectSchema = z.strictObject({
  domain: z.literal('service'),
  id: objectId,
  name: shortText,
  /** *Tujuan*. */
  purpose: text.optional(),
  /** *Fungsi*. */
  function: text.optional(),
  /** *K/L terkait*. */
  relatedAgencies: z.array(shortText).optional(),
  /** *Urusan terkait*. */
  relatedAffairs: z.array(shortText).optional(),
  /** *Target layanan*. */
  serviceTarget: text.optional(),
  /** *Metode layanan*. */
  serviceMethod: text.optional(),
  /** *Potensi manfaat*. */
  potentialBenefit: text.optional(),
  /** *Potensi ekonomi*. */
  economicPotential: text.optional(),
  /** *Unit pelaksana*. */
  implementingUnit: shortText.optional(),
  /** *Potensi risiko*. */
  potentialRisk: text.optional(),
  /** *Mitigasi risiko*. */
  riskMitigation: text.optional(),
  referenceCode: architectureCodeSchemaFor('RAL'),
});

/**
 * An SPBE application object (*Aplikasi*) with the fields the national portal records.
 *
 * @example
 * ```ts
 * import { applicationObjectSchema } from '@spbe-kit/models';
 * applicationObjectSchema.parse({ domain: 'application', id: 'A-01', description: 'SRIKANDI', referenceCode: 'RAA.01.02' });
 * ```
 */
export const applicationObjectSchema = z.strictObject({
  domain: z.literal('application'),
  id: objectId,
  /** *Uraian*. */
  description: text,
  /** *Fungsi*. */
  function: text.optional(),
  /** *Luaran*. */
  output: text.optional(),
  /** *Basis aplikasi*, e.g. web, mobile, desktop. */
  applicationBase: shortText.optional(),
  /** *Tipe lisensi*. */
  licenceType: shortText.optional(),
  /** *Basis data*. */
  database: shortText.optional(),
  referenceCode: architectureCodeSchemaFor('RAA'),
});

/**
 * An infrastructure object (*Infrastruktur*). Computing facilities also record tier, bandwidth,
 * location and ownership.
 *
 * @example
 * ```ts
 * import { infrastructureObjectSchema } from '@spbe-kit/models';
 * infrastructureObjectSchema.parse({ domain: 'infrastructure', id: 'I-01', infrastructureType: 'computing-facility', name: 'Pusat Data Pemkab', tier: 2, referenceCode: 'RAI.01.02' });
 * ```
 */
export const infrastructureObjectSchema = z.strictObject({
  domain: z.literal('infrastructure'),
  id: objectId,
  infrastructureType: z.enum(infrastructureTypes),
  name: shortText,
  description: text.optional(),
  /** Data-centre tier (I–IV as 1–4), for computing facilities. */
  tier: z.int().min(1).max(4).optional(),
  /** Bandwidth in Mbit/s, for computing facilities and networks. */
  bandwidthMbps: z.number().positive().max(1e9).optional(),
  location: shortText.optional(),
  /** *Kepemilikan*. */
  ownership: shortText.optional(),
  referenceCode: architectureCodeSchemaFor('RAI'),
});

const isoDate = z.iso.date();

/**
 * A security object (*Keamanan*): standards, procedures and regulations with validity dates,
 * awareness education, vulnerability identification, security improvement, incident handling,
 * security audits (result, kind, date, follow-up) and security assurance (*kelaikan*).
 *
 * @example
 * ```ts
 * import { securityObjectSchema } from '@spbe-kit/models';
 * securityObjectSchema.parse({ domain: 'security', id: 'K-01', securityType: 'regulation', name: 'Perbup Keamanan Informasi', validFrom: '2024-01-01', referenceCode: 'RAK.01.01' });
 * ```
 */
export const securityObjectSchema = z
  .strictObject({
    domain: z.literal('security'),
    id: objectId,
    securityType: z.enum(securityObjectTypes),
    name: shortText,
    description: text.optional(),
    /** Start of validity (standards, procedures, regulations). */
    validFrom: isoDate.optional(),
    /** End of validity; not before `validFrom` (checked by zod only). */
    validUntil: isoDate.optional(),
    /** Security audit details (*hasil, jenis, tanggal, tindak lanjut*). */
    audit: z
      .strictObject({
        result: text,
        auditType: shortText,
        date: isoDate,
        followUp: text.optional(),
      })
      .optional(),
    referenceCode: architectureCodeSchemaFor('RAK'),
  })
  .refine(
    (value) => value.validFrom === undefined || value.validUntil === undefined || value.validFrom <= value.validUntil,
    {
      ...modelsIssue('architecture.validity_order', {
        id: 'Tanggal akhir berlaku tidak boleh sebelum tanggal mulai berlaku',
        en: 'The end of validity may not be before its start',
      }),
      path: ['validUntil'],
    },
  );

/**
 * Any architecture object, told apart by `domain`.
 *
 * @example
 * ```ts
 * import { architectureObjectSchema } from '@spbe-kit/models';
 * architectureObjectSchema.parse({ domain: 'business-process', id: 'PB-01', description: 'Pelayanan KTP-el', referenceCode: 'rab.03.07' }).referenceCode; // 'RAB.03.07'
 * ```
 */
export const architectureObjectSchema = z.discriminatedUnion('domain', [
  businessProcessObjectSchema,
  dataObjectSchema,
  serviceObjectSchema,
  applicationObjectSchema,
  infrastructureObjectSchema,
  securityObjectSchema,
]);

/**
 * An architecture object as validated (codes in upper case).
 *
 * @example
 * ```ts
 * import type { ArchitectureObject } from '@spbe-kit/models';
 * const node: ArchitectureObject = { domain: 'application', id: 'A-01', description: 'SRIKANDI', referenceCode: 'RAA.01.02' };
 * ```
 */
export type ArchitectureObject = z.output<typeof architectureObjectSchema>;
