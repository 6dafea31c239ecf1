import { z } from 'zod';
import { agencySchema } from '../agencies/agency.js';
import type { Locale } from '../errors/locale.js';
import type { SpbeIssue } from '../errors/spbe-error.js';
import { ValidationError } from '../validation/validation-error.js';
import { issuesFromZod } from '../validation/parse.js';
import { applicationSchema } from './application.js';
import { infrastructureItemSchema } from './infrastructure-item.js';
import { serviceSchema } from './service.js';

/**
 * An agency's SPBE inventory: its applications, services and infrastructure items.
 *
 * @example
 * ```ts
 * import { inventorySchema } from '@spbe-kit/models';
 * inventorySchema.parse({ agency: { kind: 'kota', name: 'Pemerintah Kota Balikpapan', regionCode: '64.71' }, applications: [], services: [], infrastructure: [] });
 * ```
 */
export const inventorySchema = z
  .strictObject({
    /** The agency (Instansi Pusat or Pemerintah Daerah) the inventory belongs to. */
    agency: agencySchema,
    applications: z.array(applicationSchema),
    services: z.array(serviceSchema),
    infrastructure: z.array(infrastructureItemSchema),
  })
  .meta({ title: 'SPBE inventory', description: "An agency's applications, services and infrastructure items." });

/**
 * An inventory as validated by {@link inventorySchema}.
 *
 * @example
 * ```ts
 * import type { Inventory } from '@spbe-kit/models';
 * const count = (inventory: Inventory) => inventory.applications.length;
 * ```
 */
export type Inventory = z.output<typeof inventorySchema>;

/**
 * Checks an inventory's structure and its cross-references, and returns every problem with its
 * path: duplicate ids within a list (`inventory.duplicate_id`), and `serviceIds` / `applicationIds`
 * that name no service / application of the inventory (`inventory.dangling_link`). Returns the typed
 * inventory or throws a {@link ValidationError}.
 *
 * @example
 * ```ts
 * import { validateInventory } from '@spbe-kit/models';
 * const inventory = validateInventory({ agency: { kind: 'kabupaten', name: 'Pemerintah Kabupaten Paser', regionCode: '64.01' }, applications: [], services: [], infrastructure: [] });
 * ```
 */
export function validateInventory(input: unknown, options: { readonly locale?: Locale } = {}): Inventory {
  const parsed = inventorySchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(issuesFromZod(parsed.error.issues), options);
  const inventory = parsed.data;
  const issues: SpbeIssue[] = [];
  const idsOf = (list: 'applications' | 'services' | 'infrastructure'): Set<string> => {
    const ids = new Set<string>();
    inventory[list].forEach((item, index) => {
      if (ids.has(item.id)) {
        issues.push({
          code: 'inventory.duplicate_id',
          path: [list, index, 'id'],
          message: { id: `Id ganda: ${item.id}`, en: `Duplicate id: ${item.id}` },
        });
      }
      ids.add(item.id);
    });
    return ids;
  };
  const applicationIds = idsOf('applications');
  const serviceIds = idsOf('services');
  idsOf('infrastructure');
  const dangling = (path: (string | number)[], id: string, kind: { id: string; en: string }) =>
    issues.push({
      code: 'inventory.dangling_link',
      path,
      message: { id: `Tidak ada ${kind.id} dengan id ${id}`, en: `No ${kind.en} with id ${id}` },
    });
  inventory.applications.forEach((application, index) => {
    application.serviceIds?.forEach((id, position) => {
      if (!serviceIds.has(id))
        dangling(['applications', index, 'serviceIds', position], id, { id: 'layanan', en: 'service' });
    });
  });
  inventory.services.forEach((service, index) => {
    service.applicationIds?.forEach((id, position) => {
      if (!applicationIds.has(id))
        dangling(['services', index, 'applicationIds', position], id, { id: 'aplikasi', en: 'application' });
    });
  });
  if (issues.length > 0) throw new ValidationError(issues, options);
  return inventory;
}
