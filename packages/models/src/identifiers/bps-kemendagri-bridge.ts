import { parseBpsRegionCode, type BpsRegionCode } from './bps-code.js';
import { bpsKemendagriTable, type BpsKemendagriPair, type BpsKemendagriTable } from './bps-kemendagri-table.js';
import { IdentifierError } from './identifier-error.js';
import { parseRegionCode, type ProvinceCode, type RegencyCode } from './region-code.js';

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
  | { readonly found: false; readonly tableVersion: string };

interface TableIndex {
  readonly byKemendagri: ReadonlyMap<string, BpsKemendagriPair>;
  readonly byBps: ReadonlyMap<string, BpsKemendagriPair>;
}

const indexes = new WeakMap<BpsKemendagriTable, TableIndex>();

function indexOf(table: BpsKemendagriTable): TableIndex {
  let index = indexes.get(table);
  if (!index) {
    index = {
      byKemendagri: new Map(table.pairs.map((row) => [row.kemendagri as string, row])),
      byBps: new Map(table.pairs.map((row) => [row.bps as string, row])),
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
 * lookupBpsCode('11.01').found; // false: not in the table
 * ```
 */
export function lookupBpsCode(
  kemendagriCode: string,
  table: BpsKemendagriTable = bpsKemendagriTable,
): BridgeResult<BpsRegionCode> {
  const { code } = parseRegionCode(kemendagriCode);
  const row = indexOf(table).byKemendagri.get(code);
  return row
    ? { found: true, code: row.bps, pair: row, tableVersion: table.version }
    : { found: false, tableVersion: table.version };
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
): BridgeResult<ProvinceCode | RegencyCode> {
  const { code } = parseBpsRegionCode(bpsCode);
  const row = indexOf(table).byBps.get(code);
  return row
    ? { found: true, code: row.kemendagri, pair: row, tableVersion: table.version }
    : { found: false, tableVersion: table.version };
}

function unknownPair(system: 'BPS' | 'Kemendagri', version: string): IdentifierError {
  return new IdentifierError('bridge.unknown_code', {
    id: `Kode tidak ada di tabel padanan BPS–Kemendagri versi ${version}; kode ${system} tidak dapat ditentukan`,
    en: `Code not in the BPS–Kemendagri bridging table version ${version}; the ${system} code cannot be determined`,
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
  if (!result.found) throw unknownPair('BPS', result.tableVersion);
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
): ProvinceCode | RegencyCode {
  const result = lookupKemendagriCode(bpsCode, table);
  if (!result.found) throw unknownPair('Kemendagri', result.tableVersion);
  return result.code;
}
