/** Agencies (tenants), people, sessions, assessments and their evidence. */
export const sql = /* sql */ `
CREATE TABLE agencies (
  id text PRIMARY KEY,
  region_code text NOT NULL UNIQUE,
  kind text NOT NULL CHECK (kind IN ('province', 'regency', 'city')),
  name text NOT NULL,
  parent_id text REFERENCES agencies (id),
  bps_code text
);

CREATE TABLE users (
  id text PRIMARY KEY,
  username text NOT NULL UNIQUE,
  display_name text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'operator', 'asesor', 'auditor', 'coordinator')),
  agency_id text NOT NULL REFERENCES agencies (id),
  password_hash text NOT NULL,
  nip text,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE assessments (
  id text PRIMARY KEY,
  agency_id text NOT NULL REFERENCES agencies (id),
  year integer NOT NULL,
  methodology text NOT NULL,
  status text NOT NULL CHECK (status IN ('draft', 'submitted', 'verified', 'locked')),
  is_sample boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (agency_id, year, methodology)
);

CREATE TABLE assessment_entries (
  assessment_id text NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  indicator_id text NOT NULL,
  self_value text,
  assessor_value text,
  evidence_links jsonb NOT NULL DEFAULT '[]'::jsonb,
  note text NOT NULL DEFAULT '',
  recommendation text NOT NULL DEFAULT '',
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (assessment_id, indicator_id)
);

CREATE TABLE evidence_files (
  id text PRIMARY KEY,
  assessment_id text NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  indicator_id text NOT NULL,
  file_name text NOT NULL,
  content_type text NOT NULL,
  size_bytes integer NOT NULL,
  sha256 text NOT NULL,
  content bytea NOT NULL,
  uploaded_by text NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE improvement_costs (
  agency_id text NOT NULL REFERENCES agencies (id),
  methodology text NOT NULL,
  indicator_id text NOT NULL,
  cost integer NOT NULL CHECK (cost >= 0),
  PRIMARY KEY (agency_id, methodology, indicator_id)
);
`;
