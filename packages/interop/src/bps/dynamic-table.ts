import { ValidationError, issuesFromZod, type LocalizedText, type SpbeIssue } from '@spbe-kit/models';
import { bpsAttribution, bpsDynamicTableSchema, type BpsDynamicTable } from './bps-schemas.js';
import type { InteropIssueCode } from '../errors/error-codes.js';

/**
 * One coordinate of a dynamic-table cell: the id BPS uses and its label.
 *
 * @example
 * ```ts
 * import type { DynamicTableLabel } from '@spbe-kit/interop';
 * const year: DynamicTableLabel = row.tahun; // { id: 123, label: '2023' }
 * ```
 */
export interface DynamicTableLabel {
  readonly id: number;
  readonly label: string;
}

/**
 * One cell of a dynamic table, with every coordinate labelled.
 *
 * @example
 * ```ts
 * for (const row of table.rows) console.log(row.vervar.label, row.turvar.label, row.tahun.label, row.value);
 * ```
 */
export interface DynamicTableRow {
  /** The vertical variable (e.g. the regency), labelled by `labelVervar`. */
  readonly vervar: DynamicTableLabel;
  /** The variable (with its unit, when BPS gives one). */
  readonly var: DynamicTableLabel & { readonly unit?: string };
  /** The derived variable (e.g. sex), id 0 when the table has none. */
  readonly turvar: DynamicTableLabel;
  /** The year (`label` is the year, `id` BPS's year id, e.g. 123 for 2023). */
  readonly tahun: DynamicTableLabel;
  /** The period within the year (e.g. quarter), id 0 for annual data. */
  readonly turtahun: DynamicTableLabel;
  /** The value as BPS sent it. */
  readonly value: number | string | null;
}

/**
 * A decoded dynamic table.
 *
 * @example
 * ```ts
 * import { type DecodedDynamicTable, bpsDomainIdSchema } from '@spbe-kit/interop';
 * const table: DecodedDynamicTable | undefined = await bps.dynamicTable({ domain: bpsDomainIdSchema.parse('6400'), var: 1001 });
 * table?.attribution.id; // 'Sumber: Badan Pusat Statistik (BPS)'
 * ```
 */
export interface DecodedDynamicTable {
  /** What the vervar dimension is (e.g. `Kabupaten/Kota`). */
  readonly labelVervar: string;
  /** One row per `datacontent` entry, in the order of the metadata arrays. */
  readonly rows: readonly DynamicTableRow[];
  /** When BPS last updated the table, if given. */
  readonly lastUpdate: string | undefined;
  /** Show this wherever the data are shown. */
  readonly attribution: LocalizedText;
}

/**
 * The result of {@link tryDecodeDynamicTable}.
 *
 * @example
 * ```ts
 * import { bpsDynamicTableSchema, type DynamicTableDecoding, tryDecodeDynamicTable } from '@spbe-kit/interop';
 * const result: DynamicTableDecoding = tryDecodeDynamicTable(bpsDynamicTableSchema.parse(JSON.parse(savedResponse)));
 * if (!result.ok) console.log(result.issues.map((issue) => issue.path));
 * ```
 */
export type DynamicTableDecoding =
  | { readonly ok: true; readonly table: DecodedDynamicTable }
  | { readonly ok: false; readonly issues: readonly SpbeIssue[] };

type Dimension = 'vervar' | 'var' | 'turvar' | 'tahun' | 'turtahun';
const dimensions: readonly Dimension[] = ['vervar', 'var', 'turvar', 'tahun', 'turtahun'];

interface DimensionIndex {
  /** id text → position in the metadata array */
  readonly byId: ReadonlyMap<string, number>;
  /** distinct lengths of the id texts, shortest first */
  readonly widths: readonly number[];
}

function indexDimension(values: readonly { val: number }[]): DimensionIndex {
  const byId = new Map<string, number>();
  values.forEach((value, position) => {
    const text = String(value.val);
    if (!byId.has(text)) byId.set(text, position);
  });
  return { byId, widths: [...new Set([...byId.keys()].map((text) => text.length))].sort((a, b) => a - b) };
}

/**
 * Every way of splitting `key` into one id of each dimension, in order (stops after two:
 * one is a decoding, two is an ambiguity).
 */
function splitKey(key: string, indexes: readonly DimensionIndex[]): number[][] {
  const found: number[][] = [];
  const chosen: number[] = [];
  const walk = (depth: number, offset: number): void => {
    if (found.length > 1) return;
    const index = indexes[depth];
    if (index === undefined) {
      if (offset === key.length) found.push([...chosen]);
      return;
    }
    for (const width of index.widths) {
      if (offset + width > key.length) break;
      const position = index.byId.get(key.slice(offset, offset + width));
      if (position === undefined) continue;
      chosen.push(position);
      walk(depth + 1, offset + width);
      chosen.pop();
    }
  };
  walk(0, 0);
  return found;
}

const issue = (code: InteropIssueCode, path: (string | number)[], message: LocalizedText): SpbeIssue => ({
  code,
  path,
  message,
});

/**
 * Decodes a validated dynamic table into labelled rows, or lists why it cannot be decoded.
 * Each `datacontent` key is split into vervar + var + turvar + tahun + turtahun ids (in
 * that order, no separators, ids of varying width) using the metadata arrays; a key that
 * splits in no way, or in more than one way, is an issue at `['datacontent', key]`.
 *
 * @example
 * ```ts
 * import { bpsDynamicTableSchema, tryDecodeDynamicTable } from '@spbe-kit/interop';
 * const result = tryDecodeDynamicTable(bpsDynamicTableSchema.parse(JSON.parse(savedResponse)));
 * if (result.ok) console.log(result.table.rows.length);
 * ```
 */
export function tryDecodeDynamicTable(table: BpsDynamicTable): DynamicTableDecoding {
  const indexes = dimensions.map((dimension) => indexDimension(table[dimension]));
  const issues: SpbeIssue[] = [];
  const decoded: { order: number[]; row: DynamicTableRow }[] = [];
  for (const [key, value] of Object.entries(table.datacontent)) {
    const splits = splitKey(key, indexes);
    const split = splits[0];
    if (split === undefined) {
      issues.push(
        issue('bps.datacontent.unknown_key', ['datacontent', key], {
          id: 'Kunci datacontent tidak cocok dengan id vervar, var, turvar, tahun dan turtahun',
          en: 'The datacontent key does not match the vervar, var, turvar, tahun and turtahun ids',
        }),
      );
      continue;
    }
    if (splits.length > 1) {
      issues.push(
        issue('bps.datacontent.ambiguous_key', ['datacontent', key], {
          id: 'Kunci datacontent dapat dipecah lebih dari satu cara',
          en: 'The datacontent key can be split in more than one way',
        }),
      );
      continue;
    }
    const [vervarAt = 0, varAt = 0, turvarAt = 0, tahunAt = 0, turtahunAt = 0] = split;
    const pick = (dimension: Dimension, position: number): DynamicTableLabel => {
      const entry = table[dimension][position];
      return { id: entry?.val ?? 0, label: entry?.label ?? '' };
    };
    const variable = table.var[varAt];
    decoded.push({
      order: split,
      row: {
        vervar: pick('vervar', vervarAt),
        var: variable?.unit !== undefined ? { ...pick('var', varAt), unit: variable.unit } : pick('var', varAt),
        turvar: pick('turvar', turvarAt),
        tahun: pick('tahun', tahunAt),
        turtahun: pick('turtahun', turtahunAt),
        value,
      },
    });
  }
  if (issues.length > 0) return { ok: false, issues };
  decoded.sort((a, b) => {
    for (let i = 0; i < a.order.length; i++) {
      const difference = (a.order[i] ?? 0) - (b.order[i] ?? 0);
      if (difference !== 0) return difference;
    }
    return 0;
  });
  return {
    ok: true,
    table: {
      labelVervar: table.labelvervar,
      rows: decoded.map((entry) => entry.row),
      lastUpdate: table.last_update,
      attribution: bpsAttribution,
    },
  };
}

/**
 * Validates a dynamic-table response (`list` with `model=data`) and decodes it into rows
 * `{ vervar, var, turvar, tahun, turtahun, value }`, each coordinate with its label. Throws
 * `ValidationError` (from `@spbe-kit/models`) listing every problem with its path. The BPS
 * client does this for you (`bps.dynamicTable`); use this for responses you stored.
 *
 * @example
 * ```ts
 * import { decodeDynamicTable } from '@spbe-kit/interop';
 * const table = decodeDynamicTable(JSON.parse(savedResponse));
 * for (const row of table.rows) console.log(row.vervar.label, row.turvar.label, row.tahun.label, row.value);
 * ```
 */
export function decodeDynamicTable(response: unknown): DecodedDynamicTable {
  const parsed = bpsDynamicTableSchema.safeParse(response, { reportInput: true });
  if (!parsed.success) throw new ValidationError(issuesFromZod(parsed.error.issues));
  const result = tryDecodeDynamicTable(parsed.data);
  if (!result.ok) throw new ValidationError(result.issues);
  return result.table;
}
