/** Inventories (applications, services, datasets, architecture objects) and dataset publication. */
export const sql = /* sql */ `
CREATE TABLE inventory_items (
  id text PRIMARY KEY,
  agency_id text NOT NULL REFERENCES agencies (id),
  kind text NOT NULL CHECK (kind IN ('application', 'service', 'dataset', 'architecture')),
  code text NOT NULL,
  name text NOT NULL,
  data jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (agency_id, kind, code)
);

CREATE TABLE dataset_publications (
  inventory_item_id text PRIMARY KEY REFERENCES inventory_items (id) ON DELETE CASCADE,
  agency_id text NOT NULL REFERENCES agencies (id),
  state text NOT NULL,
  ckan_id text,
  ckan_url text,
  review_note text NOT NULL DEFAULT '',
  updated_at timestamptz NOT NULL DEFAULT now()
);
`;
