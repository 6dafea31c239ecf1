import type { z } from 'zod';
import { auditEventSchema } from './audit-events/index.js';
import { architectureSchema } from './architecture/architecture-graph.js';
import { applicationSchema } from './inventories/application.js';
import { serviceSchema } from './inventories/service.js';
import { infrastructureItemSchema } from './inventories/infrastructure-item.js';
import { inventorySchema } from './inventories/inventory.js';
import { datasetMetadataSchema } from './satu-data/dataset-metadata.js';
import { publicationStateSchema } from './satu-data/publication-workflow.js';
import {
  statisticalActivityMetadataSchema,
  statisticalIndicatorMetadataSchema,
  statisticalVariableMetadataSchema,
} from './satu-data/statistical-metadata.js';
import { assessmentSchema } from './assessments/assessment-schema.js';
import { nikSchema } from './identifiers/nik.js';
import { nipSchema } from './identifiers/nip.js';
import { regionCodeSchema } from './identifiers/region-code.js';
import { bpsRegionCodeSchema } from './identifiers/bps-code.js';
import { agencySchema } from './agencies/agency.js';
import { perangkatDaerahSchema } from './agencies/perangkat-daerah.js';

/**
 * Every top-level schema of `@spbe-kit/models` under its public, kebab-case name.
 * The JSON Schema export (`schemas/<name>.json`) and `spbe validate <name>` read this table,
 * so a schema listed here is validated the same way in TypeScript, in PHP and on the command line.
 *
 * @example
 * ```ts
 * import { schemaRegistry } from '@spbe-kit/models';
 * Object.keys(schemaRegistry); // ['agency', 'application', ...]
 * ```
 */
export const schemaRegistry = {
  // identifiers and agencies
  nik: nikSchema.meta({
    title: 'NIK',
    description:
      'Nomor Induk Kependudukan: the 16-digit national identity number (region, birth date with +40 for women, serial).',
  }),
  nip: nipSchema.meta({
    title: 'NIP',
    description: 'Nomor Induk Pegawai: the 18-digit civil-servant number (birth date, appointment month, sex, serial).',
  }),
  'region-code': regionCodeSchema.meta({
    title: 'Kemendagri region code',
    description:
      'A kode wilayah of Kemendagri at any level, in its dotted form (64, 64.71, 64.71.01, 64.71.01.1001, 64.71.40001).',
  }),
  'bps-region-code': bpsRegionCodeSchema.meta({
    title: 'BPS region code',
    description:
      'A region code of Statistics Indonesia (BPS): digits only, a different system from the Kemendagri codes.',
  }),
  agency: agencySchema.meta({
    title: 'Agency (instansi)',
    description:
      'A government agency: kementerian, lembaga, provinsi, kabupaten or kota, with the region code of a regional government.',
  }),
  'perangkat-daerah': perangkatDaerahSchema.meta({
    title: 'Perangkat daerah (OPD)',
    description: 'A regional work unit (OPD) of a regional government.',
  }),

  // architecture, inventories, Satu Data, assessments
  architecture: architectureSchema,
  application: applicationSchema,
  service: serviceSchema,
  'infrastructure-item': infrastructureItemSchema,
  inventory: inventorySchema,
  'dataset-metadata': datasetMetadataSchema,
  'publication-state': publicationStateSchema,
  'statistical-activity-metadata': statisticalActivityMetadataSchema,
  'statistical-variable-metadata': statisticalVariableMetadataSchema,
  'statistical-indicator-metadata': statisticalIndicatorMetadataSchema,
  assessment: assessmentSchema,

  // audit events
  'audit-event': auditEventSchema.meta({
    title: 'Audit event',
    description:
      'One audit-trail event: who, what, when, where, outcome and purpose, with personal-data subjects only as keyed pseudonyms.',
  }),
} as const satisfies Record<string, z.ZodType>;

/**
 * The public name of a schema in {@link schemaRegistry}.
 *
 * @example
 * ```ts
 * import { schemaRegistry, type SchemaName } from '@spbe-kit/models';
 * const name: SchemaName = 'perangkat-daerah';
 * schemaRegistry[name].safeParse({ name: 'Dinas Komunikasi dan Informatika', type: 'dinas', regionCode: '64.71' }).success; // true
 * ```
 */
export type SchemaName = keyof typeof schemaRegistry;
