import type { SheetCell } from '../spreadsheets/csv-writer.js';
import { inventoryKinds, type InventoryKind } from './inventory-kinds.js';

/**
 * The columns of each kind's template, in the order a person fills them: the field paths the import reads
 * (`owner.name`; a list as `serviceIds[]` with `|` between values).
 */
const templateColumns: Record<InventoryKind, readonly string[]> = {
  application: [
    'id',
    'name',
    'type',
    'raaCode',
    'owner.name',
    'hosting',
    'licence.kind',
    'lifecycle',
    'splpIntegration',
    'serviceIds[]',
  ],
  service: ['id', 'name', 'type', 'ralCode', 'sector', 'channels[]', 'owner.name'],
  dataset: [
    'id',
    'title',
    'standard.concept',
    'standard.definition',
    'standard.measure',
    'standard.unit',
    'producer.name',
    'walidata.name',
    'referenceCodes[]',
    'updateSchedule.frequency',
    'licence',
  ],
  architecture: ['domain', 'id', 'description', 'referenceCode'],
};

/** One example row per kind, shown in the template under the header. */
const templateExamples: Record<InventoryKind, readonly string[]> = {
  application: [
    'APP-030',
    'e-Office',
    'umum',
    'RAA.01.02',
    'Sekretariat Daerah',
    'pdn',
    'government-owned',
    'operational',
    'integrated',
    'SVC-002',
  ],
  service: ['SVC-030', 'Layanan Perizinan', 'publik', 'RAL.01', 'perizinan', 'web|counter', 'DPMPTSP'],
  dataset: [
    'DS-030',
    'Jumlah Sekolah',
    'Sekolah',
    'Satuan pendidikan formal',
    'Jumlah',
    'unit',
    'Dinas Pendidikan',
    'Diskominfo',
    '',
    'annual',
    'CC-BY-4.0',
  ],
  architecture: ['business-process', 'PB-030', 'Perencanaan pembangunan daerah', 'RAB.09.05'],
};

/** The template of a kind: the header and one example row. */
export function templateRows(kind: InventoryKind): SheetCell[][] {
  return [[...templateColumns[kind]], [...templateExamples[kind]]];
}

/** Field paths of an item, as the import reads them (lists of plain values as `name[]`). */
function flatten(value: unknown, prefix: string, into: Map<string, SheetCell>): void {
  if (Array.isArray(value)) {
    if (value.every((entry) => typeof entry !== 'object' || entry === null))
      into.set(`${prefix}[]`, value.map((entry) => String(entry)).join('|'));
    else into.set(prefix, JSON.stringify(value));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, nested] of Object.entries(value)) flatten(nested, prefix ? `${prefix}.${key}` : key, into);
  } else if (typeof value === 'number') into.set(prefix, value);
  else if (typeof value === 'boolean') into.set(prefix, String(value));
  else if (typeof value === 'string') into.set(prefix, value);
}

/**
 * The items of one kind as a sheet: the template's columns first, then any other field an item has, one row per item.
 * A dataset's publication state is left out: it belongs to the walidata's workflow, not to the spreadsheet.
 */
export function inventoryRows(kind: InventoryKind, items: readonly Record<string, unknown>[]): SheetCell[][] {
  const flattened = items.map((item) => {
    const cells = new Map<string, SheetCell>();
    const { publication: _publication, ...rest } = kind === 'dataset' ? item : { ...item, publication: undefined };
    flatten(rest, '', cells);
    return cells;
  });
  const columns = [...templateColumns[kind]];
  for (const cells of flattened) for (const key of cells.keys()) if (!columns.includes(key)) columns.push(key);
  return [columns, ...flattened.map((cells) => columns.map((column) => cells.get(column) ?? null))];
}

/** The sheet's name for a kind (the kind's Indonesian label). */
export const sheetName = (kind: InventoryKind) => inventoryKinds[kind].label.id;
