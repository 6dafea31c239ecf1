import { z } from 'zod';
import { agencyParams } from '../assessments/assessment-schemas.js';
import { ApiError, apiErrors } from '../http/api-error.js';
import { defineRoute, type AnyRoute } from '../http/route.js';
import { parseCsvRecords, rowToObject } from '../inventories/csv.js';
import { inventoryRows, sheetName, templateRows } from '../inventories/inventory-sheet.js';
import { writeCsv, type SheetCell } from '../spreadsheets/csv-writer.js';
import { writeXlsx } from '../spreadsheets/xlsx-writer.js';
import { inventoryKindIds, inventoryKinds, type InventoryKind } from '../inventories/inventory-kinds.js';
import {
  markReturnedToReview,
  publishedDeleteRefused,
  settleDatasetPublication,
} from '../inventories/dataset-publication.js';
import { checkLinks, linkError, listItems, upsertItem, validateItem } from '../inventories/inventory-store.js';
import type { SessionUser } from '../auth/sessions.js';
import type { SqlExecutor } from '../db/driver.js';
import type { AuditRecordInput } from '../audit/portal-audit.js';

const issueSchema = z.object({
  code: z.string(),
  path: z.array(z.union([z.string(), z.number()])),
  message: z.object({ id: z.string(), en: z.string() }),
});

const inventoryItemSchema = z.object({
  id: z.string(),
  kind: z.enum(inventoryKindIds),
  code: z.string(),
  name: z.string(),
  data: z.record(z.string(), z.unknown()),
  updatedAt: z.string(),
});

const kindParams = agencyParams.extend({ kind: z.enum(inventoryKindIds) });

const listInventoryRoute = defineRoute({
  id: 'inventories.list',
  method: 'get',
  path: '/api/agencies/{agencyId}/inventories/{kind}',
  summary: 'Applications, services, datasets or architecture objects of the agency',
  tag: 'inventories',
  access: { kind: 'permission', permission: 'inventory:read', ownAgency: true },
  params: kindParams,
  response: z.object({ kind: z.enum(inventoryKindIds), items: z.array(inventoryItemSchema) }),
  async handler({ services, params }) {
    return { kind: params.kind, items: await listItems(services.db, params.agencyId, params.kind) };
  },
});

/** One create route per kind, so the OpenAPI document carries each kind's schema from `@spbe-kit/models`. */
function createItemRoute(kind: InventoryKind) {
  return defineRoute({
    id: `inventories.create-${kind}`,
    method: 'post',
    path: `/api/agencies/{agencyId}/inventories/${kind}`,
    summary: `Add or replace (same id) one ${kind}, validated by @spbe-kit/models`,
    tag: 'inventories',
    access: { kind: 'permission', permission: 'inventory:write', ownAgency: true },
    params: agencyParams,
    body: inventoryKinds[kind].schema,
    response: inventoryItemSchema,
    status: 201,
    async handler({ services, params, body, user }) {
      const data = body as Record<string, unknown>;
      const links = await checkLinks(services.db, params.agencyId, [{ kind, data }]);
      if (links.length > 0) throw linkError(links.map(({ itemId: _itemId, ...issue }) => issue));
      return services.audit.change(
        services.db,
        async (tx) => {
          const { item, returnedFrom } = await saveItem(tx, params.agencyId, kind, data);
          if (returnedFrom) await services.audit.recordIn(tx, returnedToReviewEvent(user, item.id, returnedFrom));
          return item;
        },
        (item) => ({
          actor: user,
          category: 'data',
          action: `inventory.${kind}.save`,
          outcome: 'success',
          resource: { type: `inventory-${kind}`, id: item.id },
        }),
      );
    },
  });
}

const deleteInventoryRoute = defineRoute({
  id: 'inventories.delete',
  method: 'delete',
  path: '/api/agencies/{agencyId}/inventories/{kind}/{itemId}',
  summary: 'Remove an item',
  tag: 'inventories',
  access: { kind: 'permission', permission: 'inventory:write', ownAgency: true },
  params: kindParams.extend({ itemId: z.uuid() }),
  response: z.object({ deleted: z.literal(true) }),
  async handler({ services, params, user }) {
    if (params.kind === 'dataset') {
      const [publication] = await services.db.query<{ state: string }>(
        'SELECT state FROM dataset_publications WHERE inventory_item_id = $1 AND agency_id = $2',
        [params.itemId, params.agencyId],
      );
      if (publication?.state === 'published') {
        await services.audit.record({
          actor: user,
          category: 'data',
          action: 'inventory.dataset.delete',
          outcome: 'denied',
          reason: 'published',
          resource: { type: 'inventory-dataset', id: params.itemId },
        });
        throw publishedDeleteRefused();
      }
    }
    await services.audit.change(
      services.db,
      async (tx) => {
        const rows = await tx.query(
          'DELETE FROM inventory_items WHERE id = $1 AND agency_id = $2 AND kind = $3 RETURNING id',
          [params.itemId, params.agencyId, params.kind],
        );
        // Nothing deleted: the transaction rolls back and nothing is logged.
        if (rows.length === 0) throw apiErrors.notFound({ id: 'Item', en: 'Item' });
      },
      {
        actor: user,
        category: 'data',
        action: `inventory.${params.kind}.delete`,
        outcome: 'success',
        resource: { type: `inventory-${params.kind}`, id: params.itemId },
      },
    );
    return { deleted: true as const };
  },
});

const importInventoryRoute = defineRoute({
  id: 'inventories.import',
  method: 'post',
  path: '/api/agencies/{agencyId}/inventories/{kind}/import',
  summary:
    'Import CSV (header = field paths such as owner.name, lists as column[] with ; between values); valid rows are saved, bad rows reported',
  tag: 'inventories',
  access: { kind: 'permission', permission: 'inventory:write', ownAgency: true },
  params: kindParams,
  body: z.object({ csv: z.string().min(1).max(1_000_000) }),
  response: z.object({
    imported: z.number().int(),
    rows: z.number().int(),
    errors: z.array(z.object({ row: z.number().int(), id: z.string().nullable(), issues: z.array(issueSchema) })),
  }),
  async handler({ services, params, body, user }) {
    const [headerRecord, ...rows] = parseCsvRecords(body.csv);
    const header = headerRecord?.unclosedQuote ? undefined : headerRecord?.cells;
    if (!header || rows.length === 0) {
      throw new ApiError(400, 'inventory.csv_empty', {
        id: 'CSV kosong atau hanya berisi judul kolom.',
        en: 'The CSV is empty or has only a header.',
      });
    }
    if (rows.length > 2000)
      throw new ApiError(413, 'inventory.csv_too_long', {
        id: 'Paling banyak 2.000 baris per impor.',
        en: 'At most 2,000 rows per import.',
      });
    const kind = params.kind;
    const errors: { row: number; id: string | null; issues: z.input<typeof issueSchema>[] }[] = [];
    const valid: { row: number; data: Record<string, unknown> }[] = [];
    for (const record of rows) {
      // Row numbers as a spreadsheet shows them: the header is row 1.
      if (record.unclosedQuote) {
        errors.push({ row: record.line, id: null, issues: [unclosedQuoteIssue(record.line)] });
        continue;
      }
      const object = rowToObject(header, record.cells, inventoryKinds[kind].numericColumns);
      // A dataset's publication state is the workflow's: a sheet need not (and cannot) set it.
      const checked = validateItem(kind, kind === 'dataset' ? { ...object, publication: { status: 'draft' } } : object);
      if (checked.ok) valid.push({ row: record.line, data: checked.data });
      else
        errors.push({
          row: record.line,
          id: typeof object.id === 'string' ? object.id : null,
          issues: checked.issues.map((issue) => ({ ...issue, path: [...issue.path] })),
        });
    }
    const links = await checkLinks(
      services.db,
      params.agencyId,
      valid.map((item) => ({ kind, data: item.data })),
    );
    const badLinkRows = new Set<number>();
    for (const { itemId, ...issue } of links) {
      const item = valid.find((candidate) => String(candidate.data.id) === itemId);
      if (item) {
        badLinkRows.add(item.row);
        errors.push({ row: item.row, id: itemId, issues: [{ ...issue, path: [...issue.path] }] });
      }
    }
    const toSave = valid.filter((item) => !badLinkRows.has(item.row));
    await services.audit.change(
      services.db,
      async (tx) => {
        for (const candidate of toSave) {
          const { item, returnedFrom } = await saveItem(tx, params.agencyId, kind, candidate.data);
          if (returnedFrom) await services.audit.recordIn(tx, returnedToReviewEvent(user, item.id, returnedFrom));
        }
      },
      {
        actor: user,
        category: 'data',
        action: `inventory.${kind}.import`,
        outcome: errors.length ? 'failure' : 'success',
        resource: { type: `inventory-${kind}` },
      },
    );
    return { imported: toSave.length, rows: rows.length, errors: errors.sort((x, y) => x.row - y.row) };
  },
});

/**
 * Stores one item; a dataset's publication state is the workflow's, never the writer's: an edit of a dataset
 * under review or published goes back to the walidata (returned here, to be audited in the same transaction).
 */
async function saveItem(db: SqlExecutor, agencyId: string, kind: InventoryKind, data: Record<string, unknown>) {
  if (kind !== 'dataset') return { item: await upsertItem(db, agencyId, kind, data), returnedFrom: null };
  const settled = await settleDatasetPublication(db, agencyId, data);
  const item = await upsertItem(db, agencyId, kind, settled.data);
  if (settled.returnedToReview) await markReturnedToReview(db, agencyId, item.code);
  return { item, returnedFrom: settled.returnedToReview ? settled.previousStatus : null };
}

/** The audit event of a dataset that an edit sent back to the walidata's review. */
function returnedToReviewEvent(user: SessionUser | null, itemId: string, previousStatus: string): AuditRecordInput {
  return {
    actor: user,
    category: 'data',
    action: 'dataset.returned-to-review',
    outcome: 'success',
    reason: `edited-while-${previousStatus}`,
    resource: { type: 'dataset', id: itemId },
  };
}

const unclosedQuoteIssue = (line: number) => ({
  code: 'inventory.csv-unclosed-quote',
  path: [],
  message: {
    id: `Baris ${line}: tanda kutip (") dibuka tetapi tidak ditutup. Baris ini tidak dibaca; periksa sel yang diawali tanda kutip.`,
    en: `Row ${line}: a quote (") is opened but never closed. This row was not read; check the cell that starts with a quote.`,
  },
});

const sheetQuery = z.object({ format: z.enum(['csv', 'xlsx']).default('csv') });

/** A sheet as a download, CSV or xlsx; every text cell is neutralised against spreadsheet formulas. */
function sheetResponse(format: 'csv' | 'xlsx', name: string, title: string, rows: SheetCell[][]): Response {
  const body = format === 'csv' ? writeCsv(rows) : new Uint8Array(writeXlsx(title, rows));
  return new Response(body, {
    headers: {
      'Content-Type':
        format === 'csv'
          ? 'text/csv; charset=utf-8'
          : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="${name}.${format}"`,
    },
  });
}

const exportInventoryRoute = defineRoute({
  id: 'inventories.export',
  method: 'get',
  path: '/api/agencies/{agencyId}/inventories/{kind}/export',
  summary:
    'Download the items of one kind as CSV (semicolons, UTF-8) or xlsx, with the columns the import reads; cells starting with = + - @ are neutralised',
  tag: 'inventories',
  access: { kind: 'permission', permission: 'inventory:read', ownAgency: true },
  params: kindParams,
  query: sheetQuery,
  binary: { contentType: 'text/csv' },
  async handler({ services, params, query }) {
    const items = await listItems(services.db, params.agencyId, params.kind);
    const rows = inventoryRows(
      params.kind,
      items.map((item) => item.data),
    );
    return sheetResponse(query.format, `inventaris-${params.kind}-${params.agencyId}`, sheetName(params.kind), rows);
  },
});

const inventoryTemplateRoute = defineRoute({
  id: 'inventories.template',
  method: 'get',
  path: '/api/agencies/{agencyId}/inventories/{kind}/template',
  summary: 'Download an empty import template of one kind (header and an example row), CSV or xlsx',
  tag: 'inventories',
  access: { kind: 'permission', permission: 'inventory:read', ownAgency: true },
  params: kindParams,
  query: sheetQuery,
  binary: { contentType: 'text/csv' },
  handler({ params, query }) {
    return Promise.resolve(
      sheetResponse(query.format, `templat-${params.kind}`, sheetName(params.kind), templateRows(params.kind)),
    );
  },
});

/** Every inventory route. */
export const inventoryRoutes: AnyRoute[] = [
  listInventoryRoute,
  ...inventoryKindIds.map(createItemRoute),
  deleteInventoryRoute,
  importInventoryRoute,
  exportInventoryRoute,
  inventoryTemplateRoute,
];
