import { z } from 'zod';
import { agencyParams } from '../assessments/assessment-schemas.js';
import { ApiError, apiErrors } from '../http/api-error.js';
import { defineRoute, type AnyRoute } from '../http/route.js';
import { parseCsv, rowToObject } from '../inventories/csv.js';
import { inventoryKindIds, inventoryKinds, type InventoryKind } from '../inventories/inventory-kinds.js';
import { checkLinks, linkError, listItems, upsertItem, validateItem } from '../inventories/inventory-store.js';

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
        (tx) => upsertItem(tx, params.agencyId, kind, data),
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
    const [header, ...rows] = parseCsv(body.csv);
    if (!header || rows.length === 0) {
      throw new ApiError(400, 'inventory.csv-empty', {
        id: 'CSV kosong atau hanya berisi judul kolom.',
        en: 'The CSV is empty or has only a header.',
      });
    }
    if (rows.length > 2000)
      throw new ApiError(413, 'inventory.csv-too-long', {
        id: 'Paling banyak 2.000 baris per impor.',
        en: 'At most 2,000 rows per import.',
      });
    const kind = params.kind;
    const errors: { row: number; id: string | null; issues: z.input<typeof issueSchema>[] }[] = [];
    const valid: { row: number; data: Record<string, unknown> }[] = [];
    rows.forEach((cells, index) => {
      const object = rowToObject(header, cells, inventoryKinds[kind].numericColumns);
      const checked = validateItem(kind, object);
      // Row numbers as a spreadsheet shows them: the header is row 1.
      if (checked.ok) valid.push({ row: index + 2, data: checked.data });
      else
        errors.push({
          row: index + 2,
          id: typeof object.id === 'string' ? object.id : null,
          issues: checked.issues.map((issue) => ({ ...issue, path: [...issue.path] })),
        });
    });
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
        for (const item of toSave) await upsertItem(tx, params.agencyId, kind, item.data);
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

/** Every inventory route. */
export const inventoryRoutes: AnyRoute[] = [
  listInventoryRoute,
  ...inventoryKindIds.map(createItemRoute),
  deleteInventoryRoute,
  importInventoryRoute,
];
