import { witnessError } from '../../witness/witness-error.js';
import type { WitnessRecord, WitnessState } from '../../witness/witness-state.js';
import type { PostgresDriver } from '../postgres/driver.js';

/**
 * A {@link WitnessState} in PostgreSQL.
 *
 * @example
 * ```ts
 * import { createPostgresWitnessState, type PostgresWitnessState } from '@spbe-kit/audit/witness';
 * const state: PostgresWitnessState = await createPostgresWitnessState({ driver, schema: 'saksi' });
 * ```
 */
export interface PostgresWitnessState extends WitnessState {
  readonly schema: string;
  close(): Promise<void>;
}

function checkSchema(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema))
    throw witnessError(
      'witness.state_failed',
      {
        id: 'Nama skema harus huruf kecil, angka dan _',
        en: 'The schema name must be lower-case letters, digits and _',
      },
      { path: ['schema'] },
    );
  return schema;
}

/**
 * Keeps each log's latest cosigned checkpoint in one row of `<schema>.witness_checkpoints`. A swap is
 * one conditional statement (`UPDATE … WHERE size = expected`, or `INSERT … ON CONFLICT DO NOTHING` for
 * a first checkpoint), so witnesses in several processes can share the table without ever rolling a
 * log back; PostgreSQL has it durable when the statement returns.
 *
 * @example
 * ```ts
 * import pg from 'pg';
 * import { pgDriver } from '@spbe-kit/audit/postgres';
 * import { createPostgresWitnessState } from '@spbe-kit/audit/witness';
 * const state = await createPostgresWitnessState({ driver: pgDriver(new pg.Pool()), schema: 'saksi' });
 * ```
 */
export async function createPostgresWitnessState(options: {
  readonly driver: PostgresDriver;
  readonly schema?: string;
}): Promise<PostgresWitnessState> {
  const schema = checkSchema(options.schema ?? 'spbe_witness');
  const { driver } = options;
  const fail = (cause: unknown) =>
    witnessError(
      'witness.state_failed',
      { id: 'Basis data saksi gagal', en: 'The witness database failed' },
      { cause },
    );
  try {
    // Serialised by an advisory lock: concurrent CREATE … IF NOT EXISTS can still collide.
    await driver.transaction(async (client) => {
      await client.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`spbe-witness:${schema}`]);
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await client.query(`CREATE TABLE IF NOT EXISTS ${schema}.witness_checkpoints (
        origin text PRIMARY KEY,
        size numeric(20, 0) NOT NULL CHECK (size >= 0),
        root bytea NOT NULL CHECK (length(root) = 32),
        note text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    });
  } catch (cause) {
    throw fail(cause);
  }
  return {
    schema,
    async read(origin): Promise<WitnessRecord | undefined> {
      let rows: Record<string, unknown>[];
      try {
        ({ rows } = await driver.query(
          `SELECT size::text AS size, root, note FROM ${schema}.witness_checkpoints WHERE origin = $1`,
          [origin],
        ));
      } catch (cause) {
        throw fail(cause);
      }
      const row = rows[0];
      if (!row) return undefined;
      return {
        size: BigInt(row.size as string),
        root: new Uint8Array(row.root as Uint8Array),
        note: row.note as string,
      };
    },
    async swap(origin, expectedSize, next) {
      try {
        const { rows } =
          expectedSize === undefined
            ? await driver.query(
                `INSERT INTO ${schema}.witness_checkpoints (origin, size, root, note) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (origin) DO NOTHING RETURNING origin`,
                [origin, next.size.toString(), next.root, next.note],
              )
            : await driver.query(
                `UPDATE ${schema}.witness_checkpoints SET size = $2, root = $3, note = $4, updated_at = now()
                 WHERE origin = $1 AND size = $5 RETURNING origin`,
                [origin, next.size.toString(), next.root, next.note, expectedSize.toString()],
              );
        return rows.length === 1;
      } catch (cause) {
        throw fail(cause);
      }
    },
    close: async () => {
      await driver.close?.();
    },
  };
}
