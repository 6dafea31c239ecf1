import type { Context } from 'hono';
import type { z } from 'zod';
import type { Permission } from '../auth/roles.js';
import type { Session, SessionUser } from '../auth/sessions.js';
import type { PortalServices } from '../services.js';

/** Who may call a route: anyone, any signed-in user, or holders of a permission (for their own agency). */
type RouteAccess =
  { kind: 'public' } | { kind: 'session' } | { kind: 'permission'; permission: Permission; ownAgency: boolean };

type AnyObject = z.ZodType<Record<string, unknown>>;

/** One API route: its contract (zod schemas, also the OpenAPI document) and its handler. */
export interface RouteDefinition<
  P extends AnyObject = AnyObject,
  Q extends AnyObject = AnyObject,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> {
  id: string;
  method: 'get' | 'post' | 'put' | 'delete';
  /** OpenAPI-style path, e.g. `/api/agencies/{agencyId}/assessments`. */
  path: string;
  summary: string;
  tag: string;
  access: RouteAccess;
  params?: P;
  query?: Q;
  /** JSON body schema; `multipart` routes read their form themselves. */
  body?: B;
  multipart?: boolean;
  /** 200 response schema; `binary` routes answer with a file. */
  response?: R;
  binary?: { contentType: string };
  status?: 200 | 201;
  handler(input: {
    c: Context;
    services: PortalServices;
    user: SessionUser | null;
    session: Session | null;
    params: z.output<P>;
    query: z.output<Q>;
    body: z.output<B>;
  }): Promise<z.input<R> | Response>;
}

/**
 * Declares a route with full type inference.
 * @example
 * export const health = defineRoute({ id: 'health', method: 'get', path: '/api/health', ... });
 */
export function defineRoute<P extends AnyObject, Q extends AnyObject, B extends z.ZodType, R extends z.ZodType>(
  route: RouteDefinition<P, Q, B, R>,
): RouteDefinition<P, Q, B, R> {
  return route;
}

/** What every handler receives, before its schemas narrow it. */
interface HandlerInput {
  c: Context;
  services: PortalServices;
  user: SessionUser | null;
  session: Session | null;
  params: unknown;
  query: unknown;
  body: unknown;
}

/** A route of any shape, as the route table, the server and the OpenAPI generator see it. */
export interface AnyRoute {
  id: string;
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  summary: string;
  tag: string;
  access: RouteAccess;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  multipart?: boolean;
  response?: z.ZodType;
  binary?: { contentType: string };
  status?: 200 | 201;
  // Method syntax: a route with narrower schemas is still an AnyRoute.
  handler(input: HandlerInput): Promise<unknown>;
}
