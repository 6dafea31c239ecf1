import type { BpsRegionCode } from './bps-code.js';
import type { ProvinceCode, RegencyCode } from './region-code.js';

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
  /** The Kemendagri code (dotted). */
  readonly kemendagri: ProvinceCode | RegencyCode;
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
 *   version: '2025.1-kota',
 *   pairs: bpsKemendagriTable.pairs.filter((row) => row.name.startsWith('Kota ')),
 * };
 * lookupBpsCode('64.71', kotaOnly); // { found: true, code: '6471', pair: { ... }, tableVersion: '2025.1-kota' }
 * ```
 */
export interface BpsKemendagriTable {
  /** Version of this table; bump it whenever a row changes. */
  readonly version: string;
  /** The regulations / files the rows come from. */
  readonly sources: readonly string[];
  /** What the table covers, in plain words. */
  readonly coverage: string;
  readonly pairs: readonly BpsKemendagriPair[];
}

const pair = (kemendagri: string, bps: string, name: string): BpsKemendagriPair => ({
  kemendagri: kemendagri as RegencyCode,
  bps: bps as BpsRegionCode,
  name,
  differs: kemendagri.replace(/\./g, '') !== bps,
});

/**
 * The bridging table shipped with spbe-kit. It is data, not a formula: BPS and Kemendagri number
 * regions independently (Kutai Barat is BPS `6402` but Kemendagri `64.07`), so a code is only ever
 * translated through a row of this table. Regions not listed are reported as unknown.
 *
 * @example
 * ```ts
 * import { bpsKemendagriTable } from '@spbe-kit/models';
 * bpsKemendagriTable.version; // '2025.1'
 * bpsKemendagriTable.pairs.filter((row) => row.differs).length; // 4
 * ```
 */
export const bpsKemendagriTable: BpsKemendagriTable = {
  version: '2025.1',
  sources: ['Kepmendagri 300.2.2-2138 Tahun 2025 (kode wilayah Kemendagri)', 'BPS Master File Desa (kode wilayah BPS)'],
  coverage: 'Provinsi Kalimantan Timur and all of its 10 regencies/cities (Kepmendagri 300.2.2-2138/2025).',
  pairs: [
    pair('64', '64', 'Kalimantan Timur'),
    pair('64.01', '6401', 'Kabupaten Paser'),
    pair('64.02', '6403', 'Kabupaten Kutai Kartanegara'),
    pair('64.03', '6405', 'Kabupaten Berau'),
    pair('64.07', '6402', 'Kabupaten Kutai Barat'),
    pair('64.08', '6404', 'Kabupaten Kutai Timur'),
    pair('64.09', '6409', 'Kabupaten Penajam Paser Utara'),
    pair('64.11', '6411', 'Kabupaten Mahakam Ulu'),
    pair('64.71', '6471', 'Kota Balikpapan'),
    pair('64.72', '6472', 'Kota Samarinda'),
    pair('64.74', '6474', 'Kota Bontang'),
  ],
};
