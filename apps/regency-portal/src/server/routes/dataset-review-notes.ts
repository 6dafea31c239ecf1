import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { SqlExecutor } from '../db/driver.js';

/** A walidata reason as the API shows it. */
export const reviewNoteSchema = z.object({
  event: z.enum(['reject', 'withdraw']),
  reason: z.string(),
  /** SHA-256 of the reason's text; the audit entry of the rejection or withdrawal carries its first 40 digits. */
  sha256: z.string(),
  at: z.string(),
});

/** A stored walidata reason. */
export interface ReviewNoteRow {
  inventory_item_id: string;
  event: 'reject' | 'withdraw';
  reason: string;
  sha256: string;
  created_at: Date | string;
}

/** The API view of a stored reason. */
export const reviewNoteOf = (row: ReviewNoteRow): z.input<typeof reviewNoteSchema> => ({
  event: row.event,
  reason: row.reason,
  sha256: row.sha256,
  at: new Date(row.created_at).toISOString(),
});

/**
 * Keeps a walidata's reason (in the transaction of the workflow step) and returns its SHA-256: the audit entry
 * records the hash, never the free text (which may name people), so the trail proves which reason was given.
 */
export async function storeReviewNote(
  tx: SqlExecutor,
  itemId: string,
  agencyId: string,
  event: 'reject' | 'withdraw',
  reason: string,
): Promise<string> {
  const sha256 = createHash('sha256').update(reason, 'utf8').digest('hex');
  await tx.query(
    `INSERT INTO dataset_review_notes (id, inventory_item_id, agency_id, event, reason, sha256) VALUES ($1, $2, $3, $4, $5, $6)`,
    [randomUUID(), itemId, agencyId, event, reason, sha256],
  );
  return sha256;
}
