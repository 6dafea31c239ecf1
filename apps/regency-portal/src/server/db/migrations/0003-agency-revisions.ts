/** A revision counter per agency, bumped by every change, so computed views can be cached safely across processes. */
export const sql = /* sql */ `
CREATE TABLE agency_revisions (
  agency_id text PRIMARY KEY REFERENCES agencies (id),
  revision bigint NOT NULL DEFAULT 0
);
`;
