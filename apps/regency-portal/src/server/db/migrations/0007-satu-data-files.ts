/**
 * Satu Data: the data files (resources) a produsen uploads with a dataset, sent to CKAN with the package; and every
 * walidata reason (rejection, withdrawal) kept with its SHA-256, which the audit trail records.
 */
export const sql = /* sql */ `
CREATE TABLE dataset_resources (
  id text PRIMARY KEY,
  inventory_item_id text NOT NULL REFERENCES inventory_items (id) ON DELETE CASCADE,
  agency_id text NOT NULL REFERENCES agencies (id),
  file_name text NOT NULL,
  content_type text NOT NULL,
  size_bytes integer NOT NULL,
  sha256 text NOT NULL,
  content bytea NOT NULL,
  ckan_resource_id text,
  ckan_url text,
  uploaded_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dataset_resources_item ON dataset_resources (inventory_item_id);

CREATE TABLE dataset_review_notes (
  id text PRIMARY KEY,
  inventory_item_id text NOT NULL REFERENCES inventory_items (id) ON DELETE CASCADE,
  agency_id text NOT NULL REFERENCES agencies (id),
  event text NOT NULL,
  reason text NOT NULL,
  sha256 text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dataset_review_notes_item ON dataset_review_notes (inventory_item_id, created_at);
`;
