import { issuesFromZod } from '@spbe-kit/models';
import type { Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import type { z } from 'zod';
import { can } from '../auth/roles.js';
import { findSession, type Session } from '../auth/sessions.js';
import type { PortalServices } from '../services.js';
import { ApiError, apiErrors } from './api-error.js';
import { RevisionCache } from './revision-cache.js';
import type { AnyRoute } from './route.js';

/** Name of the session cookie (`__Host-` prefix when Secure: bound to this host and path /). */
export const sessionCookieName = (secure: boolean) => (secure ? '__Host-spbe_session' : 'spbe_session');

const invalid = (issues: z.core.$ZodIssue[], where: string) =>
  new ApiError(
    400,
    'request.invalid',
    { id: `Permintaan tidak valid (${where}).`, en: `Invalid request (${where}).` },
    issuesFromZod(issues),
  );

async function readJson(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!type.toLowerCase().startsWith('application/json')) {
    throw new ApiError(415, 'request.content_type', {
      id: 'Kirim data sebagai application/json.',
      en: 'Send data as application/json.',
    });
  }
  try {
    return await c.req.json();
  } catch {
    throw new ApiError(400, 'request.json', { id: 'JSON tidak dapat dibaca.', en: 'The JSON could not be parsed.' });
  }
}

/** Resolves the session from the cookie (null when absent or expired). */
async function sessionOf(c: Context, services: PortalServices): Promise<Session | null> {
  const token = getCookie(c, sessionCookieName(services.config.cookieSecure));
  return token ? findSession(services.db, token) : null;
}

/**
 * Mounts every route on the app with the same checks in the same order: session, role, own agency, CSRF
 * token on every state-changing request, then validation of path, query and body with the route's zod schemas.
 */
export function registerRoutes(app: Hono, routes: readonly AnyRoute[], services: PortalServices): void {
  for (const route of routes) {
    const honoPath = route.path.replace(/\{(\w+)\}/g, ':$1');
    app.on(route.method.toUpperCase(), honoPath, async (c) => {
      const session = route.access.kind === 'public' ? null : await sessionOf(c, services);
      const user = session?.user ?? null;
      const rawParams = c.req.param() as Record<string, string>;
      const deny = async (reason: 'csrf' | 'role' | 'other-agency', error: ApiError) => {
        // Denied access is part of the audit trail (BSSN 4/2021 logging of access control failures).
        await services.audit.record({
          actor: user,
          category: 'access',
          action: `route.${route.id}`,
          outcome: 'denied',
          reason,
          resource: { type: 'route', id: route.id },
        });
        return error;
      };
      if (route.access.kind !== 'public') {
        if (!session || !user) throw apiErrors.unauthenticated();
        if (route.method !== 'get' && c.req.header('x-csrf-token') !== session.csrfToken)
          throw await deny('csrf', apiErrors.csrf());
        if (route.access.kind === 'permission' && !can(user.role, route.access.permission))
          throw await deny('role', apiErrors.forbidden());
      }
      if (route.access.kind === 'permission' && route.access.ownAgency && rawParams.agencyId !== user?.agencyId) {
        throw await deny('other-agency', apiErrors.otherAgency());
      }
      const params = route.params ? route.params.safeParse(rawParams) : { success: true as const, data: {} };
      if (!params.success) throw invalid(params.error.issues, 'path');
      const query = route.query ? route.query.safeParse(c.req.query()) : { success: true as const, data: {} };
      if (!query.success) throw invalid(query.error.issues, 'query');
      let body: unknown = undefined;
      if (route.body) {
        const parsed = route.body.safeParse(await readJson(c));
        if (!parsed.success) throw invalid(parsed.error.issues, 'body');
        body = parsed.data;
      }
      const result = await route.handler({ c, services, user, session, params: params.data, query: query.data, body });
      // Any successful change to an agency invalidates its cached views (dashboard, public summary).
      if (
        route.method !== 'get' &&
        typeof rawParams.agencyId === 'string' &&
        (!(result instanceof Response) || result.ok)
      ) {
        await RevisionCache.bump(services.db, rawParams.agencyId);
      }
      if (result instanceof Response) return result;
      return c.json(result as object, route.status ?? 200);
    });
  }
}
