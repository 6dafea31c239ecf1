import type { AnyRoute } from '../http/route.js';
import { loginRoute, logoutRoute, sessionRoute } from './auth-routes.js';
import { assessmentRoutes } from './assessment-routes.js';
import { auditRoutes } from './audit-routes.js';
import { inventoryRoutes } from './inventory-routes.js';
import { userRoutes } from './user-routes.js';
import { dashboardRoute } from './dashboard-routes.js';
import { healthRoute } from './health-routes.js';

/** Every API route; the server, the OpenAPI document and the role × route tests all read this table. */
export const allRoutes: readonly AnyRoute[] = [healthRoute, loginRoute, logoutRoute, sessionRoute, ...assessmentRoutes, dashboardRoute, ...userRoutes, ...auditRoutes, ...inventoryRoutes];
