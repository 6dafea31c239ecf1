import type { BpsRegionCode } from './bps-code.js';
import {
  BPS_BRIDGE_DATA,
  BPS_BRIDGE_SOURCE_DATE,
  BPS_BRIDGE_SOURCES,
  BPS_BRIDGE_UNBRIDGED,
  BPS_BRIDGE_VERSION,
} from './bps-kemendagri-table.generated.js';
import type { DistrictCode, ProvinceCode, RegencyCode } from './region-code.js';

/**
 * One row of the BPS ↔ Kemendagri bridging table.
 *
 * @example
 * ```ts
 * import { bpsKemendagriTable, type BpsKemendagriPair } from '@spbe-kit/models';
 * const kutaiBarat: BpsKemendagriPair | undefined = bpsKemendagriTable.pairs.find((row) => row.bps === '6402');
 * // { kemendagri: '64.07', bps: '6402', name: 'Kabupaten Kutai Barat', differs: true }
 * ```
 */
export interface BpsKemendagriPair {
  /** The Kemendagri code (dotted). Districts appear only in the Node entry's district table. */
  readonly kemendagri: ProvinceCode | RegencyCode | DistrictCode;
  /** The BPS code (digits only). */
  readonly bps: BpsRegionCode;
  /** Official name (Kemendagri spelling). */
  readonly name: string;
  /** Whether the two systems use different numbers for this region. */
  readonly differs: boolean;
}

/**
 * A versioned bridging table between BPS and Kemendagri codes.
 *
 * @example
 * ```ts
 * import { bpsKemendagriTable, lookupBpsCode, type BpsKemendagriTable } from '@spbe-kit/models';
 * const kotaOnly: BpsKemendagriTable = {
 *   ...bpsKemendagriTable,
 *   version: 'bps-bridging-2025-kota',
 *   pairs: bpsKemendagriTable.pairs.filter((row) => row.name.startsWith('Kota ')),
 * };
 * lookupBpsCode('64.71', kotaOnly); // { found: true, code: '6471', pair: { ... }, tableVersion: 'bps-bridging-2025-kota' }
 * ```
 */
export interface BpsKemendagriTable {
  /** Version of this table; bump it whenever a row changes. */
  readonly version: string;
  /** The published source the rows come from (with the copy used), then the region list they were checked against. */
  readonly sources: readonly string[];
  /** When the source was captured (ISO 8601): regions created after it are not in the table. */
  readonly sourceDate?: string;
  /** What the table covers, in plain words. */
  readonly coverage: string;
  /** Kemendagri codes of the current list that the source does not bridge (reported as unbridged, never guessed). */
  readonly unbridged?: readonly string[];
  readonly pairs: readonly BpsKemendagriPair[];
}

function parsePairs(data: string): BpsKemendagriPair[] {
  return data.split(';').map((entry) => {
    const [bps = '', kemendagri = '', name = ''] = entry.split('=');
    return {
      kemendagri: kemendagri as RegencyCode,
      bps: bps as BpsRegionCode,
      name,
      differs: kemendagri.replace(/\./g, '') !== bps,
    };
  });
}

/**
 * The nationwide bridging table shipped with spbe-kit: every province and regency/city, generated at
 * build time from the BPS bridging service (SIG BPS, period 2025) and checked against the current
 * Kemendagri list. It is data, not a formula: BPS and Kemendagri number regions independently (Kutai
 * Barat is BPS `6402` but Kemendagri `64.07`), so a code is only ever translated through a row of this
 * table. Regions the source does not cover (created after {@link BpsKemendagriTable.sourceDate}) are
 * listed in `unbridged` and reported as such, never guessed. Districts are bridged by the Node entry
 * (`getBpsBridge()` in `@spbe-kit/models/wilayah`).
 *
 * @example
 * ```ts
 * import { bpsKemendagriTable } from '@spbe-kit/models';
 * bpsKemendagriTable.version; // 'bps-bridging-2025'
 * bpsKemendagriTable.pairs.length; // 552 (38 provinces, 514 regencies/cities)
 * bpsKemendagriTable.sourceDate; // '2025-10-06'
 * ```
 */
export const bpsKemendagriTable: BpsKemendagriTable = {
  version: BPS_BRIDGE_VERSION,
  sources: BPS_BRIDGE_SOURCES,
  sourceDate: BPS_BRIDGE_SOURCE_DATE,
  coverage:
    'Every province and regency/city of Kepmendagri 300.2.2-2138/2025 (38 and 514); districts through getBpsBridge() of @spbe-kit/models/wilayah.',
  unbridged: BPS_BRIDGE_UNBRIDGED,
  pairs: parsePairs(BPS_BRIDGE_DATA),
};
