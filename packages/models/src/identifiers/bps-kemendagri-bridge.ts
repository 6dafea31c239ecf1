import { parseBpsRegionCode, type BpsRegionCode } from './bps-code.js';
import { bpsKemendagriTable, type BpsKemendagriPair, type BpsKemendagriTable } from './bps-kemendagri-table.js';
import { IdentifierError } from './identifier-error.js';
import { parseRegionCode, type DistrictCode, type ProvinceCode, type RegencyCode } from './region-code.js';

/**
 * The result of a bridging look-up: the matching row, or `found: false` with the table version consulted.
 *
 * @example
 * ```ts
 * import { lookupBpsCode, type BpsRegionCode, type BridgeResult } from '@spbe-kit/models';
 * const result: BridgeResult<BpsRegionCode> = lookupBpsCode('64.71');
 * if (result.found) result.code; // '6471' (Kota Balikpapan)
 * else result.tableVersion; // the table version that has no row for the code
 * ```
 */
export type BridgeResult<Code> =
  | { readonly found: true; readonly code: Code; readonly pair: BpsKemendagriPair; readonly tableVersion: string }
  | {
      readonly found: false;
      readonly tableVersion: string;
      /**
       * `not_in_table`: the table has no row for the code; `unbridged`: the code is a current region the
       * source does not cover (created after it); `split`: BPS numbers the region with several codes
       * (listed in `candidates`), so no single code is given.
       */
      readonly reason: BridgeMissReason;
      /** The BPS codes of a `split` region. */
      readonly candidates?: readonly string[];
    };

/**
 * Why a bridging look-up found no single code.
 *
 * @example
 * ```ts
 * import { lookupBpsCode, type BridgeMissReason } from '@spbe-kit/models';
 * const result = lookupBpsCode('11.01.01');
 * const reason: BridgeMissReason | undefined = result.found ? undefined : result.reason; // 'not_in_table'
 * ```
 */
export type BridgeMissReason = 'not_in_table' | 'unbridged' | 'split';

interface TableIndex {
  readonly byKemendagri: ReadonlyMap<string, readonly BpsKemendagriPair[]>;
  readonly byBps: ReadonlyMap<string, BpsKemendagriPair>;
  readonly unbridged: ReadonlySet<string>;
}

const indexes = new WeakMap<BpsKemendagriTable, TableIndex>();

function indexOf(table: BpsKemendagriTable): TableIndex {
  let index = indexes.get(table);
  if (!index) {
    const byKemendagri = new Map<string, BpsKemendagriPair[]>();
    for (const row of table.pairs) {
      const rows = byKemendagri.get(row.kemendagri);
      if (rows) rows.push(row);
      else byKemendagri.set(row.kemendagri, [row]);
    }
    index = {
      byKemendagri,
      byBps: new Map(table.pairs.map((row) => [row.bps as string, row])),
      unbridged: new Set(table.unbridged ?? []),
    };
    indexes.set(table, index);
  }
  return index;
}

/**
 * Finds the BPS code of a Kemendagri code through the bridging table (never by removing dots).
 * Throws {@link IdentifierError} only when the input is not a Kemendagri code at all.
 *
 * @example
 * ```ts
 * import { lookupBpsCode } from '@spbe-kit/models';
 * const result = lookupBpsCode('64.07');
 * if (result.found) result.code; // '6402' (Kutai Barat)
 * lookupBpsCode('11.01.01').found; // false: districts are in getBpsBridge() of the Node entry
 * ```
 */
export function lookupBpsCode(
  kemendagriCode: string,
  table: BpsKemendagriTable = bpsKemendagriTable,
): BridgeResult<BpsRegionCode> {
  const { code } = parseRegionCode(kemendagriCode);
  const index = indexOf(table);
  const rows = index.byKemendagri.get(code) ?? [];
  const [row] = rows;
  if (row && rows.length === 1) return { found: true, code: row.bps, pair: row, tableVersion: table.version };
  if (rows.length > 1)
    return { found: false, tableVersion: table.version, reason: 'split', candidates: rows.map((each) => each.bps) };
  return {
    found: false,
    tableVersion: table.version,
    reason: index.unbridged.has(code) ? 'unbridged' : 'not_in_table',
  };
}

/**
 * Finds the Kemendagri code of a BPS code through the bridging table (never by adding dots).
 * Throws {@link IdentifierError} only when the input is not a BPS code at all.
 *
 * @example
 * ```ts
 * import { lookupKemendagriCode } from '@spbe-kit/models';
 * const result = lookupKemendagriCode('6403');
 * if (result.found) result.code; // '64.02' (Kutai Kartanegara)
 * ```
 */
export function lookupKemendagriCode(
  bpsCode: string,
  table: BpsKemendagriTable = bpsKemendagriTable,
): BridgeResult<ProvinceCode | RegencyCode | DistrictCode> {
  const { code } = parseBpsRegionCode(bpsCode);
  const row = indexOf(table).byBps.get(code);
  return row
    ? { found: true, code: row.kemendagri, pair: row, tableVersion: table.version }
    : { found: false, tableVersion: table.version, reason: 'not_in_table' };
}

function unknownPair(system: 'BPS' | 'Kemendagri', version: string, reason: BridgeMissReason): IdentifierError {
  const why = {
    not_in_table: { id: 'Kode tidak ada di tabel padanan', en: 'Code not in the BPS–Kemendagri bridging table' },
    unbridged: {
      id: 'Wilayah ini belum ada di sumber tabel padanan (dibentuk sesudahnya)',
      en: 'The region is not covered by the bridging source (created after it)',
    },
    split: {
      id: 'BPS membagi wilayah ini ke beberapa kode',
      en: 'BPS splits this region into several codes',
    },
  }[reason];
  return new IdentifierError('bridge.unknown_code', {
    id: `${why.id} (BPS–Kemendagri versi ${version}); kode ${system} tidak dapat ditentukan`,
    en: `${why.en} (BPS–Kemendagri version ${version}); the ${system} code cannot be determined`,
  });
}

/**
 * Like {@link lookupBpsCode} but returns the code itself and throws {@link IdentifierError}
 * (`bridge.unknown_code`) when the table has no row for it.
 *
 * @example
 * ```ts
 * import { toBpsCode } from '@spbe-kit/models';
 * toBpsCode('64.08'); // '6404' (Kutai Timur)
 * ```
 */
export function toBpsCode(kemendagriCode: string, table: BpsKemendagriTable = bpsKemendagriTable): BpsRegionCode {
  const result = lookupBpsCode(kemendagriCode, table);
  if (!result.found) throw unknownPair('BPS', result.tableVersion, result.reason);
  return result.code;
}

/**
 * Like {@link lookupKemendagriCode} but returns the code itself and throws {@link IdentifierError}
 * (`bridge.unknown_code`) when the table has no row for it.
 *
 * @example
 * ```ts
 * import { toKemendagriCode } from '@spbe-kit/models';
 * toKemendagriCode('6405'); // '64.03' (Berau)
 * ```
 */
export function toKemendagriCode(
  bpsCode: string,
  table: BpsKemendagriTable = bpsKemendagriTable,
): ProvinceCode | RegencyCode | DistrictCode {
  const result = lookupKemendagriCode(bpsCode, table);
  if (!result.found) throw unknownPair('Kemendagri', result.tableVersion, result.reason);
  return result.code;
}
