import { randomUUID } from 'node:crypto';
import { issuesFromZod, validateInventory, ValidationError, type SpbeIssue } from '@spbe-kit/models';
import type { SqlExecutor } from '../db/driver.js';
import { ApiError } from '../http/api-error.js';
import { inventoryKinds, type InventoryKind } from './inventory-kinds.js';

/** A stored inventory item. */
export interface InventoryItemDto {
  id: string;
  kind: InventoryKind;
  code: string;
  name: string;
  data: Record<string, unknown>;
  updatedAt: string;
}

interface ItemRow {
  id: string;
  kind: InventoryKind;
  code: string;
  name: string;
  data: Record<string, unknown>;
  updated_at: Date | string;
}

const toDto = (row: ItemRow): InventoryItemDto => ({
  id: row.id,
  kind: row.kind,
  code: row.code,
  name: row.name,
  data: row.data,
  updatedAt: new Date(row.updated_at).toISOString(),
});

/** Items of one kind of an agency. */
export async function listItems(db: SqlExecutor, agencyId: string, kind: InventoryKind): Promise<InventoryItemDto[]> {
  const rows = await db.query<ItemRow>(
    'SELECT id, kind, code, name, data, updated_at FROM inventory_items WHERE agency_id = $1 AND kind = $2 ORDER BY code',
    [agencyId, kind],
  );
  return rows.map(toDto);
}

/** Validates one item with the kind's `@spbe-kit/models` schema; issues carry the models' bilingual messages. */
export function validateItem(
  kind: InventoryKind,
  input: unknown,
): { ok: true; data: Record<string, unknown> } | { ok: false; issues: SpbeIssue[] } {
  const parsed = inventoryKinds[kind].schema.safeParse(input);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, issues: issuesFromZod(parsed.error.issues) };
}

/**
 * Links between applications and services must point at items that exist (the models' dangling-link check),
 * counting the items already stored and the ones being added.
 */
export async function checkLinks(
  db: SqlExecutor,
  agencyId: string,
  adding: { kind: InventoryKind; data: Record<string, unknown> }[],
): Promise<(SpbeIssue & { itemId: string })[]> {
  if (!adding.some((item) => item.kind === 'application' || item.kind === 'service')) return [];
  const stored = await db.query<{ kind: InventoryKind; code: string; data: Record<string, unknown> }>(
    `SELECT kind, code, data FROM inventory_items WHERE agency_id = $1 AND kind IN ('application', 'service')`,
    [agencyId],
  );
  const replaced = new Set(adding.map((item) => `${item.kind}:${String(item.data.id)}`));
  const all = [
    ...stored
      .filter((row) => !replaced.has(`${row.kind}:${row.code}`))
      .map((row) => ({ kind: row.kind, data: row.data })),
    ...adding,
  ];
  const applications = all.filter((item) => item.kind === 'application').map((item) => item.data);
  const services = all.filter((item) => item.kind === 'service').map((item) => item.data);
  try {
    validateInventory({ agency: await modelsAgencyOf(db, agencyId), applications, services, infrastructure: [] });
    return [];
  } catch (error) {
    if (!ValidationError.isInstance(error)) throw error;
    return error.issues
      .filter((issue) => issue.code === 'inventory.dangling_link')
      .map((issue) => {
        const list = issue.path[0] === 'applications' ? applications : services;
        const item = list[Number(issue.path[1])];
        // The path inside the item (e.g. serviceIds.0), as for a single item.
        return { ...issue, path: issue.path.slice(2), itemId: typeof item?.id === 'string' ? item.id : '' };
      });
  }
}

/** The agency in the shape of the models' `agencySchema` (kind provinsi / kabupaten / kota). */
export async function modelsAgencyOf(
  db: SqlExecutor,
  agencyId: string,
): Promise<{ kind: 'provinsi' | 'kabupaten' | 'kota'; name: string; regionCode: string }> {
  const [row] = await db.query<{ kind: 'province' | 'regency' | 'city'; name: string; region_code: string }>(
    'SELECT kind, name, region_code FROM agencies WHERE id = $1',
    [agencyId],
  );
  const kinds = { province: 'provinsi', regency: 'kabupaten', city: 'kota' } as const;
  return { kind: kinds[row?.kind ?? 'regency'], name: row?.name ?? agencyId, regionCode: row?.region_code ?? agencyId };
}

/** Inserts or replaces (same kind and code) an item. */
export async function upsertItem(
  db: SqlExecutor,
  agencyId: string,
  kind: InventoryKind,
  data: Record<string, unknown>,
): Promise<InventoryItemDto> {
  const code = String(data.id);
  const name = inventoryKinds[kind].nameOf(data).slice(0, 500) || code;
  const [row] = await db.query<ItemRow>(
    `INSERT INTO inventory_items (id, agency_id, kind, code, name, data) VALUES ($1, $2, $3, $4, $5, $6::jsonb)
     ON CONFLICT (agency_id, kind, code) DO UPDATE SET name = EXCLUDED.name, data = EXCLUDED.data, updated_at = now()
     RETURNING id, kind, code, name, data, updated_at`,
    [randomUUID(), agencyId, kind, code, name, JSON.stringify(data)],
  );
  return toDto(row!);
}

/** Answers 422 for link problems. */
export function linkError(issues: SpbeIssue[]): ApiError {
  return new ApiError(
    422,
    'inventory.dangling_link',
    { id: 'Ada tautan ke item yang tidak ada.', en: 'Some links point to items that do not exist.' },
    issues,
  );
}
