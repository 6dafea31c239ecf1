import { AuditLogError } from '../../errors.js';
import type { Sha256 } from '../../sha256.js';
import type { AppendRecord } from '../../store.js';
import { extendTree, frontierKeys } from '../../tree.js';
import type { PostgresDriver } from './driver.js';
import { hex, nodesOf, sizeOf } from './postgres-sql.js';

type Client = Pick<PostgresDriver, 'query'>;

/** The advisory-lock key that serialises the appends of one log (ADR 0045). */
export const lockKeyOf = (schema: string): string => `spbe-kit/audit/${schema}`;

/**
 * Appends records inside an open transaction on `client`: takes the log's transaction-level
 * advisory lock, reads the size and frontier, and inserts entries, nodes, subjects and details.
 * Durable when the transaction commits; the lock is released by the commit or rollback.
 */
export async function appendInTransaction(
  client: Client,
  schema: string,
  records: readonly AppendRecord[],
  hasher: Sha256,
): Promise<number> {
  const t = (name: string) => `${schema}.${name}`;
  await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lockKeyOf(schema)]);
  const size = await sizeOf(client, schema);
  const frontier = await nodesOf(client, schema, frontierKeys(size));
  if (frontier.some((hash) => hash.length !== 32)) {
    throw new AuditLogError('store.missing_node', { id: 'Simpul frontier hilang', en: 'A frontier node is missing' });
  }
  const { nodes } = extendTree(
    frontier,
    size,
    records.map((record) => record.leafHash),
    hasher,
  );
  const indices = records.map((_, i) => String(size + i));
  await client.query(
    `INSERT INTO ${t('entries')} (idx, leaf_data, time_ms, actor, action, resource_type, resource_id)
     SELECT idx, decode(data, 'hex'), time_ms, actor, action, resource_type, resource_id
     FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[])
       AS r(idx, data, time_ms, actor, action, resource_type, resource_id)`,
    [
      indices,
      records.map((record) => hex(record.leafData)),
      records.map((record) => String(record.keys.timeMs)),
      records.map((record) => record.keys.actor ?? null),
      records.map((record) => record.keys.action),
      records.map((record) => record.keys.resourceType ?? null),
      records.map((record) => record.keys.resourceId ?? null),
    ],
  );
  await client.query(
    `INSERT INTO ${t('nodes')} (level, idx, hash) SELECT level, idx, decode(hash, 'hex') FROM unnest($1::smallint[], $2::bigint[], $3::text[]) AS n(level, idx, hash)`,
    [nodes.map((node) => node.level), nodes.map((node) => String(node.index)), nodes.map((node) => hex(node.hash))],
  );
  const subjects = records.flatMap((record, i) =>
    [...new Set(record.keys.subjects)].map((pseudonym) => [pseudonym, indices[i]!] as const),
  );
  if (subjects.length > 0) {
    await client.query(`INSERT INTO ${t('subjects')} (pseudonym, idx) SELECT * FROM unnest($1::text[], $2::bigint[])`, [
      subjects.map((pair) => pair[0]),
      subjects.map((pair) => pair[1]),
    ]);
  }
  const withDetails = records
    .map((record, i) => [record.details, indices[i]!] as const)
    .filter((pair) => pair[0] !== undefined);
  if (withDetails.length > 0) {
    await client.query(
      `INSERT INTO ${t('details')} (idx, blob) SELECT idx, decode(blob, 'hex') FROM unnest($1::bigint[], $2::text[]) AS d(idx, blob)`,
      [withDetails.map((pair) => pair[1]), withDetails.map((pair) => hex(pair[0]!))],
    );
  }
  return size;
}

interface Pending {
  readonly records: readonly AppendRecord[];
  readonly hasher: Sha256;
  resolve(first: number): void;
  reject(error: unknown): void;
}

/**
 * In-process group commit: appends that arrive while a transaction runs share the next one (at most
 * `maxBatchCalls` calls per transaction).
 */
export function createGroupCommit(
  driver: PostgresDriver,
  schema: string,
  maxBatchCalls: number,
  wrapError: (error: unknown) => unknown,
): (records: readonly AppendRecord[], hasher: Sha256) => Promise<number> {
  const pending: Pending[] = [];
  let pumping = false;
  async function pump(): Promise<void> {
    if (pumping) return;
    pumping = true;
    try {
      while (pending.length > 0) {
        const batch = pending.splice(0, Math.max(1, Math.min(pending.length, maxBatchCalls)));
        try {
          const records = batch.flatMap((item) => item.records);
          const first = await driver.transaction((client) =>
            appendInTransaction(client, schema, records, batch[0]!.hasher),
          );
          let next = first;
          for (const item of batch) {
            item.resolve(next);
            next += item.records.length;
          }
        } catch (error) {
          for (const item of batch) item.reject(wrapError(error));
        }
      }
    } finally {
      pumping = false;
    }
  }
  return (records, hasher) =>
    new Promise<number>((resolve, reject) => {
      pending.push({ records, hasher, resolve, reject });
      void pump();
    });
}
