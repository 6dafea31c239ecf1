import { z } from 'zod';
import { architectureCodeSchemaFor } from '../architecture/architecture-code.js';
import { localizedPattern } from '../validation/parse.js';
import { ownerUnitSchema } from './owner.js';
import { applicationHostings, licenceKinds, lifecycleStatuses, splpIntegrationStatuses } from './application-labels.js';
export {
  applicationTypes,
  type ApplicationType,
  applicationTypeLabels,
  applicationHostings,
  type ApplicationHosting,
  applicationHostingLabels,
  licenceKinds,
  type LicenceKind,
  licenceKindLabels,
  lifecycleStatuses,
  type LifecycleStatus,
  lifecycleStatusLabels,
  splpIntegrationStatuses,
  type SplpIntegrationStatus,
  splpIntegrationStatusLabels,
} from './application-labels.js';

/**
 * The pattern of an `http(s)` URL. A pattern rather than a URL parser so JSON Schema validators
 * decide exactly the same.
 *
 * @example
 * ```ts
 * import { HTTP_URL_PATTERN } from '@spbe-kit/models';
 * new RegExp(HTTP_URL_PATTERN).test('https://data.paserkab.go.id/dataset'); // true
 * ```
 */
export const HTTP_URL_PATTERN = '^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[^\\s]*)?$';

/**
 * A source repository: where the code lives and whether it is registered in the national SPBE
 * application repository (Permenkominfo 4/2024).
 *
 * @example
 * ```ts
 * import { sourceRepositorySchema } from '@spbe-kit/models';
 * sourceRepositorySchema.parse({ url: 'https://git.paserkab.go.id/diskominfo/sipd', registeredNationally: true });
 * ```
 */
export const sourceRepositorySchema = z.strictObject({
  url: z
    .string()
    .max(2000)
    .regex(
      localizedPattern(new RegExp(HTTP_URL_PATTERN), {
        id: 'Harus URL http:// atau https://',
        en: 'Must be an http:// or https:// URL',
      }),
    ),
  registeredNationally: z.boolean(),
});

const applicationBase = {
  id: z.string().min(1).max(200),
  name: z.string().min(1).max(500),
  description: z.string().min(1).max(4000).optional(),
  owner: ownerUnitSchema,
  hosting: z.enum(applicationHostings),
  licence: z.strictObject({
    kind: z.enum(licenceKinds),
    /** SPDX id or licence name, e.g. `'GPL-3.0-or-later'`. */
    name: z.string().min(1).max(200).optional(),
  }),
  lifecycle: z.enum(lifecycleStatuses),
  splpIntegration: z.enum(splpIntegrationStatuses),
  /** Ids of the services (in the same inventory) this application delivers. */
  serviceIds: z.array(z.string().min(1).max(200)).optional(),
};

/**
 * An application in an agency's inventory. `type: 'umum'` needs an RAA code under `RAA.01`,
 * `type: 'khusus'` one under `RAA.02` and its source repository (Aplikasi Khusus must be registered
 * with their source). Codes are accepted in any case and returned upper case.
 *
 * @example
 * ```ts
 * import { applicationSchema } from '@spbe-kit/models';
 * applicationSchema.parse({
 *   id: 'APP-001', name: 'SRIKANDI', type: 'umum', raaCode: 'RAA.01.02',
 *   owner: { name: 'Sekretariat Daerah' }, hosting: 'pdn', licence: { kind: 'government-owned' },
 *   lifecycle: 'operational', splpIntegration: 'integrated',
 * });
 * ```
 */
export const applicationSchema = z
  .discriminatedUnion('type', [
    z.strictObject({
      ...applicationBase,
      type: z.literal('umum'),
      raaCode: architectureCodeSchemaFor('RAA', '01'),
      sourceRepository: sourceRepositorySchema.optional(),
    }),
    z.strictObject({
      ...applicationBase,
      type: z.literal('khusus'),
      raaCode: architectureCodeSchemaFor('RAA', '02'),
      sourceRepository: sourceRepositorySchema,
    }),
  ])
  .meta({
    title: 'SPBE application',
    description: 'An application in an agency inventory (Aplikasi Umum or Aplikasi Khusus).',
  });

/**
 * An application as validated by {@link applicationSchema}.
 *
 * @example
 * ```ts
 * import type { Application } from '@spbe-kit/models';
 * function isOnPdn(application: Application): boolean {
 *   return application.hosting === 'pdn';
 * }
 * ```
 */
export type Application = z.output<typeof applicationSchema>;
