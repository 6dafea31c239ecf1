import type { NodeKey } from '../../tree.js';
import type { PostgresDriver } from './driver.js';

type Client = Pick<PostgresDriver, 'query'>;

/** Bytes as hex text (both `pg` and PGlite pass text parameters the same way). */
export const hex = (bytes: Uint8Array): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');

/** A `bytea` column value as bytes (empty when it is not). */
export const bytesOf = (value: unknown): Uint8Array => (value instanceof Uint8Array ? value : new Uint8Array());

/** The number of entries (`max(idx) + 1`). */
export async function sizeOf(client: Client, schema: string): Promise<number> {
  const { rows } = await client.query(`SELECT coalesce(max(idx) + 1, 0)::text AS size FROM ${schema}.entries`);
  return Number(rows[0]?.size ?? 0);
}

/** The hashes of the given nodes in one query (an empty array where a node is missing). */
export async function nodesOf(client: Client, schema: string, keys: readonly NodeKey[]): Promise<Uint8Array[]> {
  if (keys.length === 0) return [];
  const { rows } = await client.query(
    `SELECT k.ord, n.hash FROM unnest($1::smallint[], $2::bigint[]) WITH ORDINALITY AS k(level, idx, ord)
     LEFT JOIN ${schema}.nodes n ON n.level = k.level AND n.idx = k.idx`,
    [keys.map((key) => key.level), keys.map((key) => String(key.index))],
  );
  const out: Uint8Array[] = keys.map(() => new Uint8Array());
  for (const row of rows) if (row.hash) out[Number(row.ord) - 1] = bytesOf(row.hash);
  return out;
}

/**
 * The number of entries and the hashes of the given nodes in one query (one round trip): the size is
 * an InitPlan read once (`max(idx) + 1` from the primary key), beside each node row.
 */
export async function nodesWithSizeOf(
  client: Client,
  schema: string,
  keys: readonly NodeKey[],
): Promise<{ size: number; hashes: Uint8Array[] }> {
  const { rows } = await client.query(
    `SELECT k.ord, n.hash, (SELECT coalesce(max(idx) + 1, 0) FROM ${schema}.entries)::text AS size
     FROM unnest($1::smallint[], $2::bigint[]) WITH ORDINALITY AS k(level, idx, ord)
     LEFT JOIN ${schema}.nodes n ON n.level = k.level AND n.idx = k.idx`,
    [keys.map((key) => key.level), keys.map((key) => String(key.index))],
  );
  const hashes: Uint8Array[] = keys.map(() => new Uint8Array());
  for (const row of rows) if (row.hash) hashes[Number(row.ord) - 1] = bytesOf(row.hash);
  return { size: rows.length > 0 ? Number(rows[0]!.size) : await sizeOf(client, schema), hashes };
}
