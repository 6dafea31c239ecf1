import { z } from 'zod';
import { districtCodeSchema, provinceCodeSchema, regencyCodeSchema } from '../identifiers/region-code.js';
import { modelsIssue } from '../validation/parse.js';
import { perangkatDaerahTypes } from './perangkat-daerah-labels.js';
export {
  perangkatDaerahTypes,
  type PerangkatDaerahType,
  perangkatDaerahTypeLabels,
} from './perangkat-daerah-labels.js';

const text = (max: number) => z.string().min(1).max(max).regex(/\S/);

/**
 * A perangkat daerah (OPD) of a province or regency/city: its name, type and the Kemendagri code
 * of the government it belongs to. A kecamatan office also carries the code of its district,
 * which must lie in that regency; kecamatan exist only in a kabupaten or kota.
 *
 * @example
 * ```ts
 * import { perangkatDaerahSchema } from '@spbe-kit/models';
 * perangkatDaerahSchema.parse({
 *   name: 'Dinas Komunikasi dan Informatika',
 *   shortName: 'Diskominfo',
 *   type: 'dinas',
 *   regionCode: '64.71',
 * });
 * ```
 */
export const perangkatDaerahSchema = z
  .strictObject({
    /** Official name, e.g. `'Dinas Komunikasi dan Informatika'`. */
    name: text(300),
    /** Usual short name, e.g. `'Diskominfo'`. */
    shortName: text(100).optional(),
    type: z.enum(perangkatDaerahTypes),
    /** Kemendagri code of the province or regency/city government the unit belongs to. */
    regionCode: z.union([provinceCodeSchema, regencyCodeSchema]),
    /** For a kecamatan office: the code of its district. */
    districtCode: districtCodeSchema.optional(),
    /** The government's own code for the unit (e.g. its SIPD unit code), if any. */
    code: text(100).optional(),
  })
  .superRefine((unit, context) => {
    const isKecamatan = unit.type === 'kecamatan';
    if (isKecamatan && unit.regionCode.length === 2) {
      context.addIssue({
        code: 'custom',
        path: ['regionCode'],
        ...modelsIssue('perangkat_daerah.kecamatan_in_province', {
          id: 'Kecamatan hanya ada di kabupaten/kota, bukan di provinsi',
          en: 'A kecamatan belongs to a regency/city, not to a province',
        }),
      });
    } else if (isKecamatan && unit.districtCode === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['districtCode'],
        ...modelsIssue('perangkat_daerah.district_required', {
          id: 'Kecamatan harus mencantumkan kode kecamatan (districtCode)',
          en: 'A kecamatan office needs its district code (districtCode)',
        }),
      });
    } else if (isKecamatan && !(unit.districtCode ?? '').startsWith(`${unit.regionCode}.`)) {
      context.addIssue({
        code: 'custom',
        path: ['districtCode'],
        ...modelsIssue('perangkat_daerah.district_outside_region', {
          id: 'Kode kecamatan tidak berada di kabupaten/kota regionCode',
          en: 'The district code does not lie in the regency/city of regionCode',
        }),
      });
    } else if (!isKecamatan && unit.districtCode !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['districtCode'],
        ...modelsIssue('perangkat_daerah.district_not_allowed', {
          id: 'Kode kecamatan hanya untuk perangkat daerah bertipe kecamatan',
          en: 'Only a kecamatan office has a district code',
        }),
      });
    }
  });

/**
 * A perangkat daerah as validated by {@link perangkatDaerahSchema}.
 *
 * @example
 * ```ts
 * import { perangkatDaerahSchema, type PerangkatDaerah } from '@spbe-kit/models';
 * const kecamatan: PerangkatDaerah = perangkatDaerahSchema.parse({
 *   name: 'Kecamatan Balikpapan Timur',
 *   type: 'kecamatan',
 *   regionCode: '64.71',
 *   districtCode: '64.71.01',
 * });
 * ```
 */
export type PerangkatDaerah = z.output<typeof perangkatDaerahSchema>;
