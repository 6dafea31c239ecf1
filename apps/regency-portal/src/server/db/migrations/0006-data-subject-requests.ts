/**
 * The data protection officer role, and citizens' requests under UU PDP ("who processed my data"). A request
 * keeps only the keyed pseudonym of the citizen's NIK (the audit log's key), never the NIK itself.
 */
export const sql = /* sql */ `
ALTER TABLE users DROP CONSTRAINT IF EXISTS users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check
  CHECK (role IN ('admin', 'operator', 'asesor', 'auditor', 'coordinator', 'privacy-officer'));

CREATE TABLE data_subject_requests (
  id text PRIMARY KEY,
  agency_id text NOT NULL REFERENCES agencies (id),
  request_number text NOT NULL,
  identity_check text NOT NULL,
  received_on date NOT NULL,
  recorded_by text NOT NULL REFERENCES users (id),
  subject_pseudonym text,
  answered_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (agency_id, request_number)
);
`;
