import { AuditLogError } from '../../errors.js';
import type { PostgresDriver } from './driver.js';
import type { AuditLogErrorCode } from '../../error-codes.js';
import type { LocalizedText } from '@spbe-kit/models';

/** The tables of one log, each in the log's own schema. */
const LOG_TABLES = ['entries', 'subjects', 'nodes', 'details', 'checkpoints'] as const;

/** A valid schema name (lower-case identifier), else `store.invalid_schema`. */
export function checkSchema(schema: string): string {
  if (typeof schema !== 'string' || !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
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

/**
 * The SQL that lets a read-only role (an auditor) verify, prove, export and query a log: `USAGE` on
 * the schema and `SELECT` on its tables, nothing else.
 *
 * @example
 * ```ts
 * import { postgresAuditorGrantsSql } from '@spbe-kit/audit/postgres';
 * console.log(postgresAuditorGrantsSql('audit_simpeg', 'inspektorat'));
 * ```
 */
export function postgresAuditorGrantsSql(schema: string, role: string): string {
  const s = checkSchema(schema);
  if (typeof role !== 'string' || !/^[a-z_][a-z0-9_]{0,62}$/.test(role)) {
    throw new AuditLogError(
      'store.invalid_role',
      { id: 'Nama peran harus huruf kecil, angka atau _', en: 'The role name must be lower-case letters, digits or _' },
      { path: ['role'] },
    );
  }
  return `GRANT USAGE ON SCHEMA ${s} TO ${role};
GRANT SELECT ON ${LOG_TABLES.map((table) => `${s}.${table}`).join(', ')} TO ${role};`;
}

const notFound = (code: AuditLogErrorCode, messages: LocalizedText) =>
  new AuditLogError(code, messages, { path: ['schema'] });

/**
 * Checks, with catalog reads only, that `schema` holds a log this role can read: the schema exists
 * (`audit.store_not_found`), holds the log's tables (`audit.empty_log` when none, `audit.schema_missing`
 * when some), and the role may use the schema and read every table (`audit.permission_denied`).
 */
export async function checkReadableLog(driver: Pick<PostgresDriver, 'query'>, schema: string): Promise<void> {
  const { rows } = await driver.query(
    `SELECT n.nspname IS NOT NULL AS schema_exists,
            coalesce(has_schema_privilege(n.oid, 'USAGE'), false) AS usage,
            current_user::text AS role,
            current_database()::text AS database,
            (SELECT coalesce(array_agg(c.relname::text ORDER BY c.relname), '{}') FROM pg_class c
              WHERE c.relnamespace = n.oid AND c.relkind IN ('r', 'p') AND c.relname = ANY($2::text[])) AS tables,
            (SELECT coalesce(array_agg(c.relname::text ORDER BY c.relname), '{}') FROM pg_class c
              WHERE c.relnamespace = n.oid AND c.relkind IN ('r', 'p') AND c.relname = ANY($2::text[])
                AND NOT has_table_privilege(c.oid, 'SELECT')) AS unreadable
       FROM (SELECT 1) AS one LEFT JOIN pg_namespace n ON n.nspname = $1`,
    [schema, [...LOG_TABLES]],
  );
  const row = rows[0] ?? {};
  const database = typeof row.database === 'string' ? row.database : '?';
  const role = typeof row.role === 'string' ? row.role : '?';
  if (row.schema_exists !== true) {
    throw notFound('audit.store_not_found', {
      id: `Tidak ada log audit: skema ${schema} tidak ada di basis data ${database}`,
      en: `No audit log: schema ${schema} does not exist in database ${database}`,
    });
  }
  const tables = Array.isArray(row.tables) ? row.tables.map(String) : [];
  if (tables.length === 0) {
    throw notFound('audit.empty_log', {
      id: `Skema ${schema} di basis data ${database} ada tetapi tidak berisi log audit`,
      en: `Schema ${schema} in database ${database} exists but holds no audit log`,
    });
  }
  const missing = LOG_TABLES.filter((table) => !tables.includes(table));
  if (missing.length > 0) {
    throw notFound('audit.schema_missing', {
      id: `Log audit di skema ${schema} tidak lengkap: tabel ${missing.join(', ')} tidak ada`,
      en: `The audit log in schema ${schema} is incomplete: table(s) ${missing.join(', ')} missing`,
    });
  }
  const unreadable = Array.isArray(row.unreadable) ? row.unreadable.map(String) : [];
  if (row.usage !== true || unreadable.length > 0) {
    const what = row.usage !== true ? `schema ${schema}` : unreadable.map((table) => `${schema}.${table}`).join(', ');
    throw notFound('audit.permission_denied', {
      id: `Izin ditolak untuk peran ${role} pada ${what}: perlu GRANT USAGE ON SCHEMA ${schema} dan GRANT SELECT pada tabelnya`,
      en: `Permission denied for role ${role} on ${what}: it needs GRANT USAGE ON SCHEMA ${schema} and GRANT SELECT on its tables`,
    });
  }
}
