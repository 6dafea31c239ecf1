import { z } from 'zod';
import { architectureCodeSchemaFor } from '../architecture/architecture-code.js';
import { infrastructureTypes } from '../architecture/architecture-object-labels.js';
import { lifecycleStatuses } from './application-labels.js';
import { ownerUnitSchema } from './owner.js';
import { infrastructureOwnerships } from './infrastructure-ownership-labels.js';
export {
  infrastructureOwnerships,
  type InfrastructureOwnership,
  infrastructureOwnershipLabels,
} from './infrastructure-ownership-labels.js';

/**
 * An infrastructure item in an agency's inventory: its type (see `infrastructureTypeLabels`), RAI
 * code, owner, location, ownership, status and, for computing facilities and networks, tier and bandwidth.
 *
 * @example
 * ```ts
 * import { infrastructureItemSchema } from '@spbe-kit/models';
 * infrastructureItemSchema.parse({
 *   id: 'INF-001', name: 'Ruang server Diskominfo', type: 'computing-facility', raiCode: 'RAI.01.02',
 *   owner: { name: 'Dinas Komunikasi dan Informatika' }, ownership: 'owned', lifecycle: 'operational', tier: 2,
 * });
 * ```
 */
export const infrastructureItemSchema = z
  .strictObject({
    id: z.string().min(1).max(200),
    name: z.string().min(1).max(500),
    type: z.enum(infrastructureTypes),
    raiCode: architectureCodeSchemaFor('RAI').optional(),
    owner: ownerUnitSchema,
    ownership: z.enum(infrastructureOwnerships),
    lifecycle: z.enum(lifecycleStatuses),
    location: z.string().min(1).max(500).optional(),
    /** Number of identical units this record stands for. */
    quantity: z.int().min(1).max(1_000_000).optional(),
    /** Data-centre tier (I–IV as 1–4). */
    tier: z.int().min(1).max(4).optional(),
    /** Bandwidth in Mbit/s. */
    bandwidthMbps: z.number().positive().max(1e9).optional(),
  })
  .meta({ title: 'SPBE infrastructure item', description: 'An infrastructure item in an agency inventory.' });

/**
 * An infrastructure item as validated by {@link infrastructureItemSchema}.
 *
 * @example
 * ```ts
 * import type { InfrastructureItem } from '@spbe-kit/models';
 * const onPremises = (item: InfrastructureItem) => item.ownership === 'owned';
 * ```
 */
export type InfrastructureItem = z.output<typeof infrastructureItemSchema>;
