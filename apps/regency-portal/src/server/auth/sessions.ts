import { createHash, randomBytes } from 'node:crypto';
import type { SqlExecutor } from '../db/driver.js';
import type { Role } from './roles.js';

/** The signed-in user as the routes see it. `nip` is personal data: never put it in a log. */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  agencyId: string;
  nip: string | null;
}

/** A live session with its CSRF token. */
export interface Session {
  tokenHash: string;
  csrfToken: string;
  user: SessionUser;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/**
 * Creates a session and returns the cookie token (only its SHA-256 is stored, so a database leak gives no sessions).
 * @example
 * const { token } = await createSession(db, user.id, 480);
 */
export async function createSession(
  db: SqlExecutor,
  userId: string,
  ttlMinutes: number,
): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  await db.query(
    `INSERT INTO sessions (token_hash, user_id, csrf_token, expires_at) VALUES ($1, $2, $3, now() + make_interval(mins => $4::int))`,
    [hashToken(token), userId, csrfToken, ttlMinutes],
  );
  return { token, csrfToken };
}

/** Finds the live session for a cookie token, or null. */
export async function findSession(db: SqlExecutor, token: string): Promise<Session | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const rows = await db.query<{
    token_hash: string;
    csrf_token: string;
    id: string;
    username: string;
    display_name: string;
    role: Role;
    agency_id: string;
    nip: string | null;
  }>(
    `SELECT s.token_hash, s.csrf_token, u.id, u.username, u.display_name, u.role, u.agency_id, u.nip
       FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.token_hash = $1 AND s.expires_at > now() AND u.disabled_at IS NULL`,
    [hashToken(token)],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    tokenHash: row.token_hash,
    csrfToken: row.csrf_token,
    user: {
      id: row.id,
      username: row.username,
      displayName: row.display_name,
      role: row.role,
      agencyId: row.agency_id,
      nip: row.nip,
    },
  };
}

/** Ends a session. */
export async function deleteSession(db: SqlExecutor, tokenHash: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1 OR expires_at < now()', [tokenHash]);
}
