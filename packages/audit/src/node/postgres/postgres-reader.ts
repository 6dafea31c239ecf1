import type { StoredCheckpoint, StoredEntry, StoreQuery } from '../../store.js';
import type { NodeKey } from '../../tree.js';
import type { PostgresDriver } from './driver.js';
import { bytesOf, nodesOf, nodesWithSizeOf, sizeOf } from './postgres-sql.js';

type Client = Pick<PostgresDriver, 'query'>;

const missingEntry = (): StoredEntry => ({ index: -1, leafData: new Uint8Array(), hasDetails: false });

/** The reading half of the PostgreSQL store: plain SELECTs, so a SELECT-only role can run them all. */
export function createPostgresReader(client: Client, schema: string) {
  const t = (name: string) => `${schema}.${name}`;

  /** Entries by index from rows; an index without a row (deleted behind the log's back) gets index -1. */
  const entriesFrom = (indices: readonly number[], rows: Record<string, unknown>[]): StoredEntry[] => {
    const byIndex = new Map(rows.map((row) => [Number(row.idx), row]));
    return indices.map((index) => {
      const row = byIndex.get(index);
      return row ? { index, leafData: bytesOf(row.leaf_data), hasDetails: row.has_details === true } : missingEntry();
    });
  };
  const entryColumns = `e.idx::text AS idx, e.leaf_data, (d.idx IS NOT NULL) AS has_details
    FROM ${t('entries')} e LEFT JOIN ${t('details')} d ON d.idx = e.idx`;

  return {
    size: () => sizeOf(client, schema),
    async readEntries(start: number, end: number): Promise<StoredEntry[]> {
      if (start >= end) return [];
      const { rows } = await client.query(`SELECT ${entryColumns} WHERE e.idx >= $1 AND e.idx < $2 ORDER BY e.idx`, [
        String(start),
        String(end),
      ]);
      return entriesFrom(
        Array.from({ length: end - start }, (_, i) => start + i),
        rows,
      );
    },
    async readEntriesAt(indices: readonly number[]): Promise<StoredEntry[]> {
      if (indices.length === 0) return [];
      const { rows } = await client.query(`SELECT ${entryColumns} WHERE e.idx = ANY($1::bigint[])`, [
        indices.map(String),
      ]);
      return entriesFrom(indices, rows);
    },
    async readNodes(level: number, start: number, end: number): Promise<Uint8Array[]> {
      if (start >= end) return [];
      const { rows } = await client.query(
        `SELECT n.idx::text AS idx, n.hash FROM ${t('nodes')} n WHERE n.level = $1 AND n.idx >= $2 AND n.idx < $3 ORDER BY n.idx`,
        [level, String(start), String(end)],
      );
      const out: Uint8Array[] = [];
      for (const row of rows) {
        if (Number(row.idx) !== start + out.length) break;
        out.push(bytesOf(row.hash));
      }
      return out;
    },
    getNodes: (keys: readonly NodeKey[]) => nodesOf(client, schema, keys),
    getNodesWithSize: (keys: readonly NodeKey[]) => nodesWithSizeOf(client, schema, keys),
    async readDetails(index: number): Promise<Uint8Array | undefined> {
      const { rows } = await client.query(`SELECT blob FROM ${t('details')} WHERE idx = $1`, [String(index)]);
      return rows[0] ? bytesOf(rows[0].blob) : undefined;
    },
    async readDetailsAt(indices: readonly number[]): Promise<(Uint8Array | undefined)[]> {
      if (indices.length === 0) return [];
      const { rows } = await client.query(
        `SELECT idx::text AS idx, blob FROM ${t('details')} WHERE idx = ANY($1::bigint[])`,
        [indices.map(String)],
      );
      const byIndex = new Map(rows.map((row) => [Number(row.idx), bytesOf(row.blob)]));
      return indices.map((index) => byIndex.get(index));
    },
    async query(query: StoreQuery): Promise<number[]> {
      const conditions: string[] = [];
      const params: unknown[] = [];
      const add = (sql: string, value: unknown) => {
        params.push(value);
        conditions.push(sql.replace('?', `$${params.length}`));
      };
      if (query.actor !== undefined) add('e.actor = ?', query.actor);
      if (query.action !== undefined) add('e.action = ?', query.action);
      if (query.resourceType !== undefined) add('e.resource_type = ?', query.resourceType);
      if (query.resourceId !== undefined) add('e.resource_id = ?', query.resourceId);
      if (query.fromMs !== undefined) add('e.time_ms >= ?', String(query.fromMs));
      if (query.toMs !== undefined) add('e.time_ms < ?', String(query.toMs));
      if (query.afterIndex !== undefined) add('e.idx > ?', String(query.afterIndex));
      if (query.subject !== undefined)
        add(`EXISTS (SELECT 1 FROM ${t('subjects')} s WHERE s.pseudonym = ? AND s.idx = e.idx)`, query.subject);
      params.push(query.limit);
      const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
      const { rows } = await client.query(
        `SELECT e.idx::text AS idx FROM ${t('entries')} e ${where} ORDER BY e.idx LIMIT $${params.length}`,
        params,
      );
      return rows.map((row) => Number(row.idx));
    },
    async latestCheckpoint(): Promise<StoredCheckpoint | undefined> {
      const { rows } = await client.query(
        `SELECT size::text AS size, note FROM ${t('checkpoints')} ORDER BY id DESC LIMIT 1`,
      );
      return rows[0] ? { size: Number(rows[0].size), note: String(rows[0].note) } : undefined;
    },
    async checkpoints(): Promise<StoredCheckpoint[]> {
      const { rows } = await client.query(`SELECT size::text AS size, note FROM ${t('checkpoints')} ORDER BY id`);
      return rows.map((row) => ({ size: Number(row.size), note: String(row.note) }));
    },
  };
}
