import { deleteCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { verifyPassword } from '../auth/password.js';
import { roleLabels, roles } from '../auth/roles.js';
import { createSession, deleteSession } from '../auth/sessions.js';
import type { SqlExecutor } from '../db/driver.js';
import { ApiError } from '../http/api-error.js';
import { clientAddress } from '../http/client-address.js';
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
    const address = clientAddress(c, services.config.trustedProxies);
    const username = body.username.toLowerCase();
    const [row] = await services.db.query<{ id: string; password_hash: string; agency_id: string; disabled: boolean }>(
      'SELECT id, password_hash, agency_id, disabled_at IS NOT NULL AS disabled FROM users WHERE username = $1',
      [username],
    );
    // Sign-in events of an existing account go to its agency's audit page; unknown names to every agency's.
    const attempt = {
      actor: null,
      actorHint: username,
      ...(row ? { actorAgency: row.agency_id } : {}),
      category: 'authentication' as const,
      action: 'auth.login',
      ...(address ? { sourceAddress: address } : {}),
    };
    const throttled = await services.loginThrottle.check(username, address ?? 'unknown');
    if (throttled) {
      c.header('Retry-After', String(throttled.retryAfterSeconds));
      await services.audit.record({ ...attempt, outcome: 'denied', reason: `rate-limited.${throttled.limit}` });
      const minutes = Math.ceil(throttled.retryAfterSeconds / 60);
      throw new ApiError(429, 'auth.rate_limited', {
        id: `Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${minutes} menit.`,
        en: `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      });
    }
    // Hash even for unknown users so the response time does not reveal which usernames exist.
    const ok = await verifyPassword(
      body.password,
      row?.password_hash ?? 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
    );
    // A disabled account answers like a wrong password: the form does not reveal which accounts exist.
    if (!row || !ok || row.disabled) {
      await services.loginThrottle.fail(username, address ?? 'unknown');
      await services.audit.record({
        ...attempt,
        outcome: 'failure',
        ...(row?.disabled && ok ? { reason: 'account-disabled' } : {}),
      });
      throw new ApiError(401, 'auth.invalid_credentials', {
        id: 'Nama pengguna atau kata sandi salah.',
        en: 'Wrong username or password.',
      });
    }
    await services.loginThrottle.succeed(username, address ?? 'unknown');
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
