import { z } from 'zod';

/**
 * The perangkat daerah (OPD) or work unit that owns an inventory item: its name and, where the
 * agency numbers its units, its code.
 *
 * @example
 * ```ts
 * import { ownerUnitSchema } from '@spbe-kit/models';
 * ownerUnitSchema.parse({ name: 'Dinas Komunikasi dan Informatika', code: '2.16.2.20.2.21.01.0000' });
 * ```
 */
export const ownerUnitSchema = z.strictObject({
  /** Name of the OPD / unit, e.g. "Dinas Komunikasi dan Informatika". */
  name: z.string().min(1).max(500),
  /** The agency's own code for the unit, if any. */
  code: z.string().min(1).max(100).optional(),
});

/**
 * An owner unit as validated by {@link ownerUnitSchema}.
 *
 * @example
 * ```ts
 * import type { OwnerUnit } from '@spbe-kit/models';
 * const owner: OwnerUnit = { name: 'Dinas Kesehatan' };
 * ```
 */
export type OwnerUnit = z.output<typeof ownerUnitSchema>;
