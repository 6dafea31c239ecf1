import { AuditLogError, asStoreError } from '../../errors.js';
import type { Sha256 } from '../../sha256.js';
import type { AppendRecord, AuditStore, StoredCheckpoint, StoredEntry, StoreQuery } from '../../store.js';
import { extendTree, frontierKeys, type NodeKey } from '../../tree.js';
import type { PostgresDriver } from './driver.js';

/**
 * Options of {@link createPostgresStore}.
 *
 * @example
 * ```ts
 * import type { PostgresStoreOptions } from '@spbe-kit/audit/postgres';
 * const options: PostgresStoreOptions = { driver, schema: 'audit_simpeg' };
 * ```
 */
export interface PostgresStoreOptions {
  readonly driver: PostgresDriver;
  /** The schema holding this log's tables (created if missing); one log per schema. Default `spbe_audit`. */
  readonly schema?: string;
  /**
   * Appends from this process that arrive while a transaction is running are written together in the
   * next one (group commit); at most this many calls per transaction (default 1,000).
   */
  readonly maxBatchCalls?: number;
}

/**
 * A PostgreSQL-backed {@link AuditStore}.
 *
 * @example
 * ```ts
 * const store = await createPostgresStore({ driver, schema: 'audit_simpeg' });
 * store.schema; // 'audit_simpeg'
 * ```
 */
export interface PostgresStore extends AuditStore {
  readonly schema: string;
}

/** Byte strings concatenated into one binary parameter, with each one's offset and length. */
function packed(values: readonly Uint8Array[]): { bytes: Buffer; offsets: number[]; lengths: number[] } {
  const offsets: number[] = [];
  const lengths: number[] = [];
  let total = 0;
  for (const value of values) {
    offsets.push(total);
    lengths.push(value.length);
    total += value.length;
  }
  const bytes = Buffer.allocUnsafe(total);
  for (let i = 0; i < values.length; i++) bytes.set(values[i]!, offsets[i]);
  return { bytes, offsets, lengths };
}
const bytesOf = (value: unknown): Uint8Array => (value instanceof Uint8Array ? value : new Uint8Array());

/**
 * The SQL that creates a log's tables, for review by a DBA or for a migration tool. Interior nodes
 * are stored (`nodes`), so a proof costs one query for O(log n) rows rather than a scan.
 *
 * @example
 * ```ts
 * import { postgresSchemaSql } from '@spbe-kit/audit/postgres';
 * console.log(postgresSchemaSql('audit_simpeg'));
 * ```
 */
export function postgresSchemaSql(schema: string): string {
  const s = checkSchema(schema);
  return `CREATE SCHEMA IF NOT EXISTS ${s};
CREATE TABLE IF NOT EXISTS ${s}.entries (
  idx bigint PRIMARY KEY,
  leaf_data bytea NOT NULL,
  time_ms bigint NOT NULL,
  actor text,
  action text NOT NULL,
  resource_type text,
  resource_id text
);
CREATE INDEX IF NOT EXISTS entries_actor ON ${s}.entries (actor, idx);
CREATE INDEX IF NOT EXISTS entries_action ON ${s}.entries (action, idx);
CREATE INDEX IF NOT EXISTS entries_time ON ${s}.entries (time_ms, idx);
CREATE INDEX IF NOT EXISTS entries_resource ON ${s}.entries (resource_type, resource_id, idx);
CREATE TABLE IF NOT EXISTS ${s}.subjects (
  pseudonym text NOT NULL,
  idx bigint NOT NULL,
  PRIMARY KEY (pseudonym, idx)
);
CREATE TABLE IF NOT EXISTS ${s}.nodes (
  level smallint NOT NULL,
  idx bigint NOT NULL,
  hash bytea NOT NULL,
  PRIMARY KEY (level, idx)
);
CREATE TABLE IF NOT EXISTS ${s}.details (
  idx bigint PRIMARY KEY,
  blob bytea NOT NULL
);
CREATE TABLE IF NOT EXISTS ${s}.checkpoints (
  id bigserial PRIMARY KEY,
  size bigint NOT NULL,
  note text NOT NULL
);`;
}

function checkSchema(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new AuditLogError(
      'store.invalid_schema',
      {
        id: 'Nama skema harus huruf kecil, angka atau _',
        en: 'The schema name must be lower-case letters, digits or _',
      },
      { path: ['schema'] },
    );
  }
  return schema;
}

/**
 * Opens (creating if needed) an audit store in a PostgreSQL schema, through a {@link PostgresDriver}
 * (`pgDriver` for a server, `pgliteDriver` for embedded PGlite). Appends from any number of
 * processes are serialised with a transaction-level advisory lock, so the tree never forks and has
 * no gaps; an append resolves after its transaction commits. Concurrent appends within one process
 * share a transaction (group commit). Interior nodes are stored so proofs
 * are one O(log n) query.
 *
 * @example
 * ```ts
 * import pg from 'pg';
 * import { createAuditLog } from '@spbe-kit/audit';
 * import { createPostgresStore, pgDriver } from '@spbe-kit/audit/postgres';
 * const store = await createPostgresStore({ driver: pgDriver(new pg.Pool()), schema: 'audit_simpeg' });
 * const log = createAuditLog({ store, signer, origin: 'audit.balikpapan.go.id/simpeg' });
 * ```
 */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<PostgresStore> {
  const schema = checkSchema(options.schema ?? 'spbe_audit');
  const maxBatchCalls = options.maxBatchCalls ?? 1000;
  const { driver } = options;
  const lockKey = `spbe-kit/audit/${schema}`;
  try {
    await driver.transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lockKey]);
      for (const statement of postgresSchemaSql(schema).split(';\n')) await client.query(statement);
    });
  } catch (error) {
    throw asStoreError(error, 'store.open_failed');
  }
  const t = (name: string) => `${schema}.${name}`;

  const wrap = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw asStoreError(error);
    }
  };

  async function nodesOf(client: Pick<PostgresDriver, 'query'>, keys: readonly NodeKey[]): Promise<Uint8Array[]> {
    if (keys.length === 0) return [];
    const { rows } = await client.query(
      `SELECT k.ord, n.hash FROM unnest($1::smallint[], $2::bigint[]) WITH ORDINALITY AS k(level, idx, ord)
       LEFT JOIN ${t('nodes')} n ON n.level = k.level AND n.idx = k.idx`,
      [keys.map((key) => key.level), keys.map((key) => String(key.index))],
    );
    const out: Uint8Array[] = keys.map(() => new Uint8Array());
    for (const row of rows) if (row.hash) out[Number(row.ord) - 1] = bytesOf(row.hash);
    return out;
  }

  const sizeOf = async (client: Pick<PostgresDriver, 'query'>): Promise<number> => {
    const { rows } = await client.query(`SELECT coalesce(max(idx) + 1, 0)::text AS size FROM ${t('entries')}`);
    return Number(rows[0]?.size ?? 0);
  };

  // In-process group commit: appends that arrive while a transaction runs share the next one.
  const pending: {
    records: readonly AppendRecord[];
    hasher: Sha256;
    resolve(first: number): void;
    reject(error: unknown): void;
  }[] = [];
  let pumping = false;
  async function pump(): Promise<void> {
    if (pumping) return;
    pumping = true;
    try {
      while (pending.length > 0) {
        const batch = pending.splice(0, Math.max(1, Math.min(pending.length, maxBatchCalls)));
        try {
          const first = await writeBatch(
            batch.flatMap((item) => item.records),
            batch[0]!.hasher,
          );
          let next = first;
          for (const item of batch) {
            item.resolve(next);
            next += item.records.length;
          }
        } catch (error) {
          for (const item of batch) item.reject(asStoreError(error));
        }
      }
    } finally {
      pumping = false;
    }
  }

  // Three statements per transaction: the advisory lock (its own statement, so the next one reads
  // with a snapshot taken after the lock), the size with the frontier nodes, and every insert as one
  // statement of data-modifying CTEs. Bytes travel as one binary parameter per column (the values
  // concatenated, cut apart by offset in SQL), not as hex text arrays.
  const writeBatch = (records: readonly AppendRecord[], hasher: Sha256) =>
    driver.transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lockKey]);
      const { rows: frontierRows } = await client.query(
        `WITH s AS (SELECT coalesce(max(idx) + 1, 0) AS n FROM ${t('entries')})
         SELECT s.n::text AS size, k.level, nd.hash
         FROM s LEFT JOIN generate_series(0, 62) AS k(level) ON ((s.n >> k.level) & 1) = 1
         LEFT JOIN ${t('nodes')} nd ON nd.level = k.level AND nd.idx = (s.n >> k.level) - 1
         ORDER BY k.level DESC`,
      );
      const size = Number(frontierRows[0]?.size ?? 0);
      const byLevel = new Map<number, Uint8Array>();
      for (const row of frontierRows)
        if (row.level !== null && row.hash) byLevel.set(Number(row.level), bytesOf(row.hash));
      const frontier = frontierKeys(size).map((key) => byLevel.get(key.level) ?? new Uint8Array());
      if (frontier.some((hash) => hash.length !== 32)) {
        throw new AuditLogError('store.missing_node', {
          id: 'Simpul frontier hilang',
          en: 'A frontier node is missing',
        });
      }
      const { nodes } = extendTree(
        frontier,
        size,
        records.map((record) => record.leafHash),
        hasher,
      );
      const leafData = packed(records.map((record) => record.leafData));
      const subjects = records.flatMap((record, i) =>
        [...new Set(record.keys.subjects)].map((pseudonym) => [pseudonym, String(size + i)] as const),
      );
      const withDetails = records.flatMap((record, i) =>
        record.details === undefined ? [] : [[String(size + i), record.details] as const],
      );
      const details = packed(withDetails.map((pair) => pair[1]));
      await client.query(
        `WITH e AS (
           INSERT INTO ${t('entries')} (idx, leaf_data, time_ms, actor, action, resource_type, resource_id)
           SELECT $1::bigint + r.ord - 1, substring($2::bytea FROM r.off + 1 FOR r.len), r.time_ms, r.actor, r.action, r.resource_type, r.resource_id
           FROM unnest($3::int[], $4::int[], $5::bigint[], $6::text[], $7::text[], $8::text[], $9::text[])
             WITH ORDINALITY AS r(off, len, time_ms, actor, action, resource_type, resource_id, ord)
         ), n AS (
           INSERT INTO ${t('nodes')} (level, idx, hash)
           SELECT n.level, n.idx, substring($12::bytea FROM ((n.ord - 1) * 32 + 1)::int FOR 32)
           FROM unnest($10::smallint[], $11::bigint[]) WITH ORDINALITY AS n(level, idx, ord)
         ), s AS (
           INSERT INTO ${t('subjects')} (pseudonym, idx) SELECT * FROM unnest($13::text[], $14::bigint[])
         )
         INSERT INTO ${t('details')} (idx, blob)
         SELECT d.idx, substring($15::bytea FROM d.off + 1 FOR d.len)
         FROM unnest($16::bigint[], $17::int[], $18::int[]) AS d(idx, off, len)`,
        [
          String(size),
          leafData.bytes,
          leafData.offsets,
          leafData.lengths,
          records.map((record) => String(record.keys.timeMs)),
          records.map((record) => record.keys.actor ?? null),
          records.map((record) => record.keys.action),
          records.map((record) => record.keys.resourceType ?? null),
          records.map((record) => record.keys.resourceId ?? null),
          nodes.map((node) => node.level),
          nodes.map((node) => String(node.index)),
          packed(nodes.map((node) => node.hash)).bytes,
          subjects.map((pair) => pair[0]),
          subjects.map((pair) => pair[1]),
          details.bytes,
          withDetails.map((pair) => pair[0]),
          details.offsets,
          details.lengths,
        ],
      );
      return size;
    });

  return {
    schema,
    append: (records: readonly AppendRecord[], hasher: Sha256) =>
      new Promise<number>((resolve, reject) => {
        pending.push({ records, hasher, resolve, reject });
        void pump();
      }),
    size: () => wrap(() => sizeOf(driver)),
    readEntries: (start: number, end: number) =>
      wrap(async () => {
        if (start >= end) return [];
        const { rows } = await driver.query(
          `SELECT e.idx::text AS idx, e.leaf_data, (d.idx IS NOT NULL) AS has_details FROM ${t('entries')} e LEFT JOIN ${t('details')} d ON d.idx = e.idx
           WHERE e.idx >= $1 AND e.idx < $2 ORDER BY e.idx`,
          [String(start), String(end)],
        );
        // Rows come in index order: walk them once beside the expected indices (no map per chunk).
        const out: StoredEntry[] = [];
        let next = 0;
        // A missing row (deleted behind the log's back) is reported as an entry with index -1.
        for (let index = start; index < end; index++) {
          const row = rows[next];
          if (row !== undefined && Number(row.idx) === index) {
            next++;
            out.push({ index, leafData: bytesOf(row.leaf_data), hasDetails: row.has_details === true });
          } else {
            out.push({ index: -1, leafData: new Uint8Array(), hasDetails: false });
          }
        }
        return out;
      }),
    readNodes: (level: number, start: number, end: number) =>
      wrap(async () => {
        if (start >= end) return [];
        const { rows } = await driver.query(
          `SELECT n.idx::text AS idx, n.hash FROM ${t('nodes')} n WHERE n.level = $1 AND n.idx >= $2 AND n.idx < $3 ORDER BY n.idx`,
          [level, String(start), String(end)],
        );
        const out: Uint8Array[] = [];
        for (const row of rows) {
          if (Number(row.idx) !== start + out.length) break;
          out.push(bytesOf(row.hash));
        }
        return out;
      }),
    getNodes: (keys: readonly NodeKey[]) => wrap(() => nodesOf(driver, keys)),
    readDetails: (index: number) =>
      wrap(async () => {
        const { rows } = await driver.query(`SELECT blob FROM ${t('details')} WHERE idx = $1`, [String(index)]);
        return rows[0] ? bytesOf(rows[0].blob) : undefined;
      }),
    eraseDetails: (index: number) =>
      wrap(async () => {
        await driver.query(`DELETE FROM ${t('details')} WHERE idx = $1`, [String(index)]);
      }),
    query: (query: StoreQuery) =>
      wrap(async () => {
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
        const { rows } = await driver.query(
          `SELECT e.idx::text AS idx FROM ${t('entries')} e ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''} ORDER BY e.idx LIMIT $${params.length}`,
          params,
        );
        return rows.map((row) => Number(row.idx));
      }),
    addCheckpoint: (checkpoint: StoredCheckpoint) =>
      wrap(async () => {
        await driver.query(`INSERT INTO ${t('checkpoints')} (size, note) VALUES ($1, $2)`, [
          String(checkpoint.size),
          checkpoint.note,
        ]);
      }),
    latestCheckpoint: () =>
      wrap(async () => {
        const { rows } = await driver.query(
          `SELECT size::text AS size, note FROM ${t('checkpoints')} ORDER BY id DESC LIMIT 1`,
        );
        return rows[0] ? { size: Number(rows[0].size), note: String(rows[0].note) } : undefined;
      }),
    checkpoints: () =>
      wrap(async () => {
        const { rows } = await driver.query(`SELECT size::text AS size, note FROM ${t('checkpoints')} ORDER BY id`);
        return rows.map((row) => ({ size: Number(row.size), note: String(row.note) }));
      }),
    close: () => wrap(async () => driver.close?.()),
  };
}
