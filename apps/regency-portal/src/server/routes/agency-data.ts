import { z } from 'zod';
import type { SqlExecutor } from '../db/driver.js';
import { apiErrors } from '../http/api-error.js';

/** An agency (tenant): the province or one of its regencies/cities, under its Kemendagri region code. */
export const agencySchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  kind: z.enum(['province', 'regency', 'city']),
  name: z.string(),
  parentId: z.string().nullable(),
});

/** An agency as the API returns it. */
export type AgencyDto = z.output<typeof agencySchema>;

interface AgencyRow {
  id: string;
  region_code: string;
  kind: 'province' | 'regency' | 'city';
  name: string;
  parent_id: string | null;
}

const toDto = (row: AgencyRow): AgencyDto => ({
  id: row.id,
  regionCode: row.region_code,
  kind: row.kind,
  name: row.name,
  parentId: row.parent_id,
});

/** Loads one agency or answers 404. */
export async function loadAgency(db: SqlExecutor, id: string): Promise<AgencyDto> {
  const [row] = await db.query<AgencyRow>('SELECT id, region_code, kind, name, parent_id FROM agencies WHERE id = $1', [
    id,
  ]);
  if (!row) throw apiErrors.notFound({ id: 'Instansi', en: 'Agency' });
  return toDto(row);
}

/** The regencies and cities under a province, by region code. */
export async function listChildAgencies(db: SqlExecutor, parentId: string): Promise<AgencyDto[]> {
  const rows = await db.query<AgencyRow>(
    'SELECT id, region_code, kind, name, parent_id FROM agencies WHERE parent_id = $1 ORDER BY region_code',
    [parentId],
  );
  return rows.map(toDto);
}
