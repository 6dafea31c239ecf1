/**
 * Failed sign-ins and the addresses each account signed in from, so the login limits hold across restarts and
 * across server processes.
 */
export const sql = /* sql */ `
CREATE TABLE login_failures (
  id bigserial PRIMARY KEY,
  username text NOT NULL,
  address text NOT NULL,
  failed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_failures_time ON login_failures (failed_at);
CREATE INDEX login_failures_username ON login_failures (username, failed_at);
CREATE INDEX login_failures_address ON login_failures (address, failed_at);

CREATE TABLE login_known_addresses (
  username text NOT NULL,
  address text NOT NULL,
  last_success_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (username, address)
);
`;
