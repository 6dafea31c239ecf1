/**
 * Satu Data: a publication to (or withdrawal from) the CKAN portal that has started and not finished. The CKAN
 * calls and the portal's commit cannot be one transaction, so the portal records the step in progress before
 * calling CKAN and the reason when it failed: the page shows the dataset as not yet in step with CKAN, with a retry.
 */
export const sql = /* sql */ `
ALTER TABLE dataset_publications ADD COLUMN sync_event text CHECK (sync_event IN ('publish', 'withdraw'));
ALTER TABLE dataset_publications ADD COLUMN sync_error jsonb;
ALTER TABLE dataset_publications ADD COLUMN sync_at timestamptz;
`;
