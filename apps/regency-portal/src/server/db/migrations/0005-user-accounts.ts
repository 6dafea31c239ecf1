/** Accounts can be disabled by the admin (their sessions stop working at once). */
export const sql = /* sql */ `
ALTER TABLE users ADD COLUMN disabled_at timestamptz;
ALTER TABLE users ADD COLUMN password_changed_at timestamptz;
`;
