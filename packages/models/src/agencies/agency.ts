import { z } from 'zod';
import {
  kabupatenCodeSchema,
  kotaCodeSchema,
  parseRegionCode,
  provinceCodeSchema,
} from '../identifiers/region-code.js';
export { agencyKinds, type AgencyKind, agencyKindLabels } from './agency-labels.js';

// Not `.trim()`: a transform would make zod and the exported JSON Schema disagree; a pattern says the same.
const text = (max: number) => z.string().min(1).max(max).regex(/\S/);
const common = {
  /** Official name, e.g. `'Pemerintah Kota Balikpapan'`, `'Kementerian Komunikasi dan Digital'`. */
  name: text(300),
  /** Usual short name, e.g. `'Pemkot Balikpapan'`, `'Komdigi'`. */
  shortName: text(100).optional(),
  /** The agency's own identifier in another register (e.g. its code in the national SPBE portal). */
  code: text(100).optional(),
};

/**
 * An Instansi: a ministry (`kementerian`), another central agency (`lembaga`), or a regional
 * government (`provinsi`, `kabupaten`, `kota`) with the Kemendagri code of its region. The code must
 * fit the kind: a province code for a provinsi, `NN.01`–`NN.69` for a kabupaten, `NN.71`–`NN.99`
 * for a kota. Whether the region exists is checked separately (`@spbe-kit/models/wilayah-lite`).
 *
 * @example
 * ```ts
 * import { agencySchema } from '@spbe-kit/models';
 * agencySchema.parse({ kind: 'kota', name: 'Pemerintah Kota Balikpapan', regionCode: '64.71' });
 * agencySchema.safeParse({ kind: 'kabupaten', name: 'Pemerintah Kota Balikpapan', regionCode: '64.71' }).success; // false
 * ```
 */
export const agencySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('kementerian'), ...common }),
  z.strictObject({ kind: z.literal('lembaga'), ...common }),
  z.strictObject({ kind: z.literal('provinsi'), ...common, regionCode: provinceCodeSchema }),
  z.strictObject({ kind: z.literal('kabupaten'), ...common, regionCode: kabupatenCodeSchema }),
  z.strictObject({ kind: z.literal('kota'), ...common, regionCode: kotaCodeSchema }),
]);

/**
 * An Instansi as validated by {@link agencySchema}.
 *
 * @example
 * ```ts
 * import { agencySchema, type Agency } from '@spbe-kit/models';
 * const pemkot: Agency = agencySchema.parse({ kind: 'kota', name: 'Pemerintah Kota Balikpapan', shortName: 'Pemkot Balikpapan', regionCode: '64.71' });
 * const komdigi: Agency = { kind: 'kementerian', name: 'Kementerian Komunikasi dan Digital', shortName: 'Komdigi' };
 * ```
 */
export type Agency = z.output<typeof agencySchema>;

/**
 * A regional government (provinsi, kabupaten or kota).
 *
 * @example
 * ```ts
 * import { agencySchema, isRegionalAgency, type RegionalAgency } from '@spbe-kit/models';
 * const agency = agencySchema.parse({ kind: 'provinsi', name: 'Pemerintah Provinsi Kalimantan Timur', regionCode: '64' });
 * if (isRegionalAgency(agency)) {
 *   const regional: RegionalAgency = agency;
 *   regional.regionCode; // '64'
 * }
 * ```
 */
export type RegionalAgency = Extract<Agency, { regionCode: unknown }>;

/**
 * Whether an agency is a regional government (and so has a `regionCode`).
 *
 * @example
 * ```ts
 * import { isRegionalAgency } from '@spbe-kit/models';
 * isRegionalAgency({ kind: 'lembaga', name: 'Badan Pusat Statistik' }); // false
 * ```
 */
export function isRegionalAgency(agency: Agency): agency is RegionalAgency {
  return agency.kind === 'provinsi' || agency.kind === 'kabupaten' || agency.kind === 'kota';
}

/**
 * The kind of regional government a Kemendagri code belongs to: `provinsi` for a province code,
 * `kabupaten` or `kota` for a regency code, `undefined` for other levels. Throws
 * `IdentifierError` when the input is not a Kemendagri code.
 *
 * @example
 * ```ts
 * import { regionalAgencyKindOf } from '@spbe-kit/models';
 * regionalAgencyKindOf('64.71'); // 'kota'
 * regionalAgencyKindOf('64.02'); // 'kabupaten'
 * ```
 */
export function regionalAgencyKindOf(regionCode: string): 'provinsi' | 'kabupaten' | 'kota' | undefined {
  const parsed = parseRegionCode(regionCode);
  if (parsed.level === 'province') return 'provinsi';
  if (parsed.level === 'regency') return parsed.regencyKind;
  return undefined;
}
