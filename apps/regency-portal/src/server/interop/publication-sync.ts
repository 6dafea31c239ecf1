import { SpbeError, type LocalizedText } from '@spbe-kit/models';
import { z } from 'zod';
import type { SessionUser } from '../auth/sessions.js';
import type { SqlExecutor } from '../db/driver.js';
import { ApiError } from '../http/api-error.js';
import type { PortalServices } from '../services.js';

/** A step towards the Satu Data (CKAN) portal that started and has not finished. */
export type SyncEvent = 'publish' | 'withdraw';

/** How the API shows a publication or withdrawal that is not yet in step with CKAN. */
export const syncSchema = z.object({
  /** The step that did not finish: the walidata repeats it (the same button) to bring both sides in step. */
  event: z.enum(['publish', 'withdraw']),
  /** Why it stopped, in both languages; `null` while it runs (or when the portal stopped before it could say). */
  error: z.object({ id: z.string(), en: z.string() }).nullable(),
  at: z.string(),
});

/** A stored unfinished step, as `dataset_publications` keeps it. */
export interface SyncRow {
  sync_event: SyncEvent | null;
  sync_error: LocalizedText | null;
  sync_at: Date | string | null;
}

/** The API view of an unfinished step (`null` when the portal and CKAN agree). */
export const syncOf = (row: SyncRow): z.input<typeof syncSchema> | null =>
  row.sync_event
    ? { event: row.sync_event, error: row.sync_error, at: new Date(row.sync_at ?? Date.now()).toISOString() }
    : null;

/**
 * Records, before the first CKAN call, that a publication or withdrawal has started: if the portal stops between
 * CKAN's answer and its own commit, the dataset still shows that it is not in step with CKAN.
 */
export async function markSyncStarted(db: SqlExecutor, itemId: string, agencyId: string, event: SyncEvent) {
  await db.query(
    `INSERT INTO dataset_publications (inventory_item_id, agency_id, state, sync_event, sync_error, sync_at)
     SELECT id, agency_id, COALESCE(data->'publication'->>'status', 'draft'), $3, NULL, now()
       FROM inventory_items WHERE id = $1 AND agency_id = $2
     ON CONFLICT (inventory_item_id) DO UPDATE SET sync_event = $3, sync_error = NULL, sync_at = now()`,
    [itemId, agencyId, event],
  );
}

/** Keeps the CKAN package's id as soon as CKAN answers, so a retry updates that package instead of making another. */
export async function recordCkanPackage(db: SqlExecutor, itemId: string, ckanId: string) {
  await db.query('UPDATE dataset_publications SET ckan_id = $1 WHERE inventory_item_id = $2', [ckanId, itemId]);
}

/** Keeps a data file's CKAN resource as soon as it is uploaded, so a retry never uploads it twice. */
export async function recordCkanResource(db: SqlExecutor, file: { id: string; ckanId: string; url: string }) {
  await db.query('UPDATE dataset_resources SET ckan_resource_id = $1, ckan_url = $2 WHERE id = $3', [
    file.ckanId,
    file.url,
    file.id,
  ]);
}

/** Clears the unfinished step (inside the transaction that commits the new publication state). */
export async function clearSync(tx: SqlExecutor, itemId: string) {
  await tx.query(
    'UPDATE dataset_publications SET sync_event = NULL, sync_error = NULL, sync_at = NULL WHERE inventory_item_id = $1',
    [itemId],
  );
}

const generic: LocalizedText = {
  id: 'Portal Satu Data tidak dapat dihubungi atau menolak permintaan.',
  en: 'The Satu Data portal could not be reached or refused the request.',
};

/** What a failed step says: the typed error's own words, never a stack. */
const reasonOf = (error: unknown): LocalizedText => (SpbeError.isInstance(error) ? error.messages : generic);

const retryHint: Record<SyncEvent, LocalizedText> = {
  publish: {
    id: 'Dataset tetap berstatus "Diperiksa" dan belum sama dengan portal Satu Data; tekan "Terbitkan ke portal Satu Data (CKAN)" untuk mencoba lagi.',
    en: 'The dataset stays "Checked" and is not yet in step with the Satu Data portal; press "Publish to the Satu Data portal (CKAN)" to try again.',
  },
  withdraw: {
    id: 'Dataset tetap berstatus "Terbit" dan belum sama dengan portal Satu Data; tarik lagi untuk mencoba lagi.',
    en: 'The dataset stays "Published" and is not yet in step with the Satu Data portal; withdraw it again to retry.',
  },
};

/**
 * Records why a step failed (with an audit entry of outcome `failure`, in one transaction) and returns the error the
 * API answers with (502, the reason and how to retry). When even this write fails (the database is down), the step
 * stays recorded as started, which the page shows the same way.
 */
export async function syncFailed(
  services: PortalServices,
  target: { itemId: string; agencyId: string; event: SyncEvent },
  user: SessionUser | null,
  error: unknown,
): Promise<ApiError> {
  const reason = reasonOf(error);
  try {
    await services.audit.change(
      services.db,
      (tx) =>
        tx.query(
          'UPDATE dataset_publications SET sync_error = $1::jsonb, sync_at = now() WHERE inventory_item_id = $2',
          [JSON.stringify(reason), target.itemId],
        ),
      {
        actor: user,
        category: 'data',
        action: `dataset.${target.event}`,
        outcome: 'failure',
        resource: { type: 'dataset', id: target.itemId },
      },
    );
  } catch (recordError) {
    console.error('The failed CKAN step could not be recorded', recordError);
  }
  const hint = retryHint[target.event];
  return new ApiError(502, `datasets.ckan_${target.event}_failed`, {
    id: `${target.event === 'publish' ? 'Penerbitan ke' : 'Penarikan dari'} portal Satu Data gagal: ${reason.id} ${hint.id}`,
    en: `${target.event === 'publish' ? 'Publishing to' : 'Withdrawing from'} the Satu Data portal failed: ${reason.en} ${hint.en}`,
  });
}
