import { deleteCookie, setCookie } from 'hono/cookie';
import { getConnInfo } from '@hono/node-server/conninfo';
import { z } from 'zod';
import { verifyPassword } from '../auth/password.js';
import { roleLabels, roles } from '../auth/roles.js';
import { createSession, deleteSession } from '../auth/sessions.js';
import type { SqlExecutor } from '../db/driver.js';
import { ApiError } from '../http/api-error.js';
import { sessionCookieName } from '../http/register-routes.js';
import { defineRoute } from '../http/route.js';
import { agencySchema, loadAgency } from './agency-data.js';

const sessionSchema = z.object({
  user: z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: z.enum(roles),
    roleLabel: z.object({ id: z.string(), en: z.string() }),
    agency: agencySchema,
  }),
  csrfToken: z.string(),
});

/** Best-effort client address for the audit trail and the rate limiter. */
function clientAddress(c: Parameters<typeof getConnInfo>[0]): string | undefined {
  try {
    return getConnInfo(c).remote.address ?? undefined;
  } catch {
    return undefined;
  }
}

export const loginRoute = defineRoute({
  id: 'auth.login',
  method: 'post',
  path: '/api/auth/login',
  summary: 'Sign in with a username and password',
  tag: 'auth',
  access: { kind: 'public' },
  body: z.object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(256) }),
  response: sessionSchema,
  async handler({ c, services, body }) {
    const address = clientAddress(c);
    const limiterKey = `${address ?? 'unknown'}|${body.username.toLowerCase()}`;
    const wait = services.loginLimiter.retryAfterSeconds(limiterKey);
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      await services.audit.record({
        actor: null,
        actorHint: body.username.toLowerCase(),
        category: 'authentication',
        action: 'auth.login',
        outcome: 'denied',
        reason: 'rate-limited',
        ...(address ? { sourceAddress: address } : {}),
      });
      throw new ApiError(429, 'auth.rate-limited', {
        id: `Terlalu banyak percobaan masuk. Coba lagi dalam ${wait} detik.`,
        en: `Too many sign-in attempts. Try again in ${wait} seconds.`,
      });
    }
    const [row] = await services.db.query<{ id: string; password_hash: string }>(
      'SELECT id, password_hash FROM users WHERE username = $1',
      [body.username.toLowerCase()],
    );
    // Hash even for unknown users so the response time does not reveal which usernames exist.
    const ok = await verifyPassword(
      body.password,
      row?.password_hash ?? 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
    );
    if (!row || !ok) {
      services.loginLimiter.fail(limiterKey);
      await services.audit.record({
        actor: null,
        actorHint: body.username.toLowerCase(),
        category: 'authentication',
        action: 'auth.login',
        outcome: 'failure',
        ...(address ? { sourceAddress: address } : {}),
      });
      throw new ApiError(401, 'auth.invalid-credentials', {
        id: 'Nama pengguna atau kata sandi salah.',
        en: 'Wrong username or password.',
      });
    }
    services.loginLimiter.reset(limiterKey);
    const user = await loadSessionUser(services.db, row.id);
    // The session and its sign-in event commit together.
    const { token, csrfToken } = await services.audit.change(
      services.db,
      (tx) => createSession(tx, row.id, services.config.SESSION_TTL_MINUTES),
      {
        actor: { ...user, nip: null },
        category: 'authentication',
        action: 'auth.login',
        outcome: 'success',
        ...(address ? { sourceAddress: address } : {}),
      },
    );
    setCookie(c, sessionCookieName(services.config.cookieSecure), token, {
      httpOnly: true,
      secure: services.config.cookieSecure,
      sameSite: 'Strict',
      path: '/',
      maxAge: services.config.SESSION_TTL_MINUTES * 60,
    });
    return {
      user: { ...user, roleLabel: roleLabels[user.role], agency: await loadAgency(services.db, user.agencyId) },
      csrfToken,
    };
  },
});

async function loadSessionUser(db: SqlExecutor, id: string) {
  const [row] = await db.query<{
    id: string;
    username: string;
    display_name: string;
    role: (typeof roles)[number];
    agency_id: string;
  }>('SELECT id, username, display_name, role, agency_id FROM users WHERE id = $1', [id]);
  if (!row)
    throw new ApiError(401, 'auth.required', { id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' });
  return { id: row.id, username: row.username, displayName: row.display_name, role: row.role, agencyId: row.agency_id };
}

export const sessionRoute = defineRoute({
  id: 'auth.session',
  method: 'get',
  path: '/api/auth/session',
  summary: 'The signed-in user and the CSRF token to send with changes',
  tag: 'auth',
  access: { kind: 'session' },
  response: sessionSchema,
  async handler({ services, session }) {
    const user = session!.user;
    return {
      user: {
        id: user.id,
        username: user.username,
        displayName: user.displayName,
        role: user.role,
        roleLabel: roleLabels[user.role],
        agency: await loadAgency(services.db, user.agencyId),
      },
      csrfToken: session!.csrfToken,
    };
  },
});

export const logoutRoute = defineRoute({
  id: 'auth.logout',
  method: 'post',
  path: '/api/auth/logout',
  summary: 'Sign out',
  tag: 'auth',
  access: { kind: 'session' },
  response: z.object({ ok: z.literal(true) }),
  async handler({ c, services, session }) {
    await services.audit.change(services.db, (tx) => deleteSession(tx, session!.tokenHash), {
      actor: session!.user,
      category: 'session',
      action: 'auth.logout',
      outcome: 'success',
    });
    deleteCookie(c, sessionCookieName(services.config.cookieSecure), {
      path: '/',
      secure: services.config.cookieSecure,
    });
    return { ok: true as const };
  },
});
