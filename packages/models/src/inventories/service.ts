import { z } from 'zod';
import { architectureCodeSchemaFor } from '../architecture/architecture-code.js';
import { ownerUnitSchema } from './owner.js';
import { serviceChannels } from './service-labels.js';
export {
  serviceTypes,
  type ServiceType,
  serviceTypeLabels,
  administrationServiceSectors,
  publicServiceSectors,
  serviceChannels,
  type ServiceChannel,
  serviceChannelLabels,
} from './service-labels.js';

const serviceBase = {
  id: z.string().min(1).max(200),
  name: z.string().min(1).max(500),
  description: z.string().min(1).max(4000).optional(),
  /**
   * Sector or administration area, e.g. `'kesehatan'` or `'kepegawaian'`; see
   * {@link publicServiceSectors} and {@link administrationServiceSectors}.
   */
  sector: z.string().min(1).max(200),
  channels: z.array(z.enum(serviceChannels)).min(1),
  /**
   * Service capability level 1–5 of PermenPANRB 59/2020 (Informasi, Interaksi, Transaksi,
   * Kolaborasi, Optimum); see `serviceCapabilityLevelLabels`.
   */
  maturityLevel: z.int().min(1).max(5).optional(),
  owner: ownerUnitSchema,
  /** Ids of the applications (in the same inventory) that deliver the service. */
  applicationIds: z.array(z.string().min(1).max(200)).optional(),
};

/**
 * An SPBE service in an agency's inventory. A public service needs an RAL code under `RAL.01`,
 * an administration service one under `RAL.02`.
 *
 * @example
 * ```ts
 * import { serviceSchema } from '@spbe-kit/models';
 * serviceSchema.parse({
 *   id: 'SVC-001', name: 'Pengaduan masyarakat', type: 'publik', ralCode: 'RAL.01',
 *   sector: 'komunikasi-dan-informasi', channels: ['web', 'mobile-app'], maturityLevel: 3,
 *   owner: { name: 'Dinas Komunikasi dan Informatika' },
 * });
 * ```
 */
export const serviceSchema = z
  .discriminatedUnion('type', [
    z.strictObject({ ...serviceBase, type: z.literal('publik'), ralCode: architectureCodeSchemaFor('RAL', '01') }),
    z.strictObject({
      ...serviceBase,
      type: z.literal('administrasi-pemerintahan'),
      ralCode: architectureCodeSchemaFor('RAL', '02'),
    }),
  ])
  .meta({
    title: 'SPBE service',
    description: 'A public or government-administration service in an agency inventory.',
  });

/**
 * A service as validated by {@link serviceSchema}.
 *
 * @example
 * ```ts
 * import type { Service } from '@spbe-kit/models';
 * const isPublic = (service: Service) => service.type === 'publik';
 * ```
 */
export type Service = z.output<typeof serviceSchema>;
