import type { SqlExecutor } from '../db/driver.js';

/** A checkpoint of the portal's audit log with the witness cosignatures it obtained. */
export interface CosignedCheckpoint {
  size: number;
  note: string;
  /** Witness URL → the size it last cosigned. */
  witnesses: Record<string, number>;
}

/**
 * Keeps each published checkpoint with its cosignatures (table `audit_cosigned_checkpoints`), so the
 * portal can show them, serve them in its tiles and tell each witness which size it last cosigned.
 */
export class CosignedCheckpoints {
  constructor(private readonly db: SqlExecutor) {}

  /** Creates the table when missing. */
  async ensureTable(): Promise<void> {
    await this.db.exec(`CREATE TABLE IF NOT EXISTS audit_cosigned_checkpoints (
      size bigint PRIMARY KEY,
      note text NOT NULL,
      witnesses jsonb NOT NULL DEFAULT '{}'::jsonb,
      published_at timestamptz NOT NULL DEFAULT now()
    )`);
  }

  /** Keeps (or replaces) the checkpoint of one size. */
  async save(checkpoint: CosignedCheckpoint): Promise<void> {
    await this.db.query(
      `INSERT INTO audit_cosigned_checkpoints (size, note, witnesses) VALUES ($1, $2, $3::jsonb)
       ON CONFLICT (size) DO UPDATE SET note = EXCLUDED.note, witnesses = EXCLUDED.witnesses, published_at = now()`,
      [checkpoint.size, checkpoint.note, JSON.stringify(checkpoint.witnesses)],
    );
  }

  /** The latest published checkpoint. */
  async latest(): Promise<CosignedCheckpoint | undefined> {
    const rows = await this.db.query<{
      size: string | number;
      note: string;
      witnesses: Record<string, number> | string;
    }>(`SELECT size, note, witnesses FROM audit_cosigned_checkpoints ORDER BY size DESC LIMIT 1`);
    const row = rows[0];
    if (!row) return undefined;
    const witnesses =
      typeof row.witnesses === 'string' ? (JSON.parse(row.witnesses) as Record<string, number>) : row.witnesses;
    return { size: Number(row.size), note: row.note, witnesses };
  }
}
