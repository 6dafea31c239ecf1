import type { PublicationState } from '@spbe-kit/models';
import type { SqlExecutor } from '../db/driver.js';
import { ApiError } from '../http/api-error.js';

/** What an inventory write does to a dataset's Satu Data publication. */
export interface SettledDataset {
  /** The dataset to store: its `publication` is the server's, never the writer's. */
  data: Record<string, unknown>;
  /** The dataset was in or past the walidata's review and its content changed: it goes back to review. */
  returnedToReview: boolean;
  /** The publication status before the write (`null` for a new dataset). */
  previousStatus: PublicationState['status'] | null;
}

/** The stored content without its publication state, to compare an edit with what was reviewed. */
const contentOf = (data: Record<string, unknown>) => {
  const { publication: _publication, ...content } = data;
  return JSON.stringify(sortKeys(content));
};

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, nested]) => [key, sortKeys(nested)]),
  );
}

/**
 * Publication state changes only through the produsen → walidata workflow, never through an inventory write
 * (form or CSV import): the `publication` a writer sends is ignored. A new dataset starts as a draft; an edit of a
 * dataset under review, checked or published goes back to review (`submitted`) so the walidata sees the change
 * before it reaches the Satu Data portal again; a published dataset stays on CKAN as it was until the walidata
 * publishes the new version.
 */
export async function settleDatasetPublication(
  db: SqlExecutor,
  agencyId: string,
  incoming: Record<string, unknown>,
): Promise<SettledDataset> {
  const [stored] = await db.query<{ data: Record<string, unknown> }>(
    `SELECT data FROM inventory_items WHERE agency_id = $1 AND kind = 'dataset' AND code = $2`,
    [agencyId, String(incoming.id)],
  );
  if (!stored)
    return { data: { ...incoming, publication: { status: 'draft' } }, returnedToReview: false, previousStatus: null };
  const current = (stored.data.publication ?? { status: 'draft' }) as PublicationState;
  const changed = contentOf(stored.data) !== contentOf(incoming);
  const underReview = current.status === 'submitted' || current.status === 'checked' || current.status === 'published';
  const next: PublicationState = changed && underReview ? { status: 'submitted' } : current;
  return {
    data: { ...incoming, publication: next },
    returnedToReview: changed && underReview && current.status !== 'submitted',
    previousStatus: current.status,
  };
}

/** Keeps the publication table in step with a dataset that went back to review. */
export async function markReturnedToReview(db: SqlExecutor, agencyId: string, code: string): Promise<void> {
  await db.query(
    `UPDATE dataset_publications SET state = 'submitted', review_note = '', updated_at = now()
      WHERE inventory_item_id = (SELECT id FROM inventory_items WHERE agency_id = $1 AND kind = 'dataset' AND code = $2)`,
    [agencyId, code],
  );
}

/** A published dataset is withdrawn from the Satu Data portal by the walidata before it can be deleted. */
export function publishedDeleteRefused(): ApiError {
  return new ApiError(409, 'datasets.published_delete', {
    id: 'Dataset ini masih terbit di portal Satu Data. Walidata harus menariknya terlebih dahulu sebelum dihapus.',
    en: 'This dataset is still published on the Satu Data portal. The walidata must withdraw it before it is deleted.',
  });
}
