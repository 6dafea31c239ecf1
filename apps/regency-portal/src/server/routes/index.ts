import type { AnyRoute } from '../http/route.js';
import { provinceAgendaRoute } from './agenda-routes.js';
import { assessmentRoutes } from './assessment-routes.js';
import { assessmentTransferRoutes } from './assessment-transfer-routes.js';
import { auditRoutes } from './audit-routes.js';
import { loginRoute, logoutRoute, sessionRoute } from './auth-routes.js';
import { dashboardRoute, planCostsRoute } from './dashboard-routes.js';
import { dataRequestRoutes } from './data-request-routes.js';
import { datasetRoutes } from './dataset-routes.js';
import { healthRoute } from './health-routes.js';
import { inventoryRoutes } from './inventory-routes.js';
import { provinceExportRoute, provinceOverviewRoute } from './province-routes.js';
import { publicMembersRoute, publicSummaryRoute } from './public-routes.js';
import { populationRoute } from './statistics-routes.js';
import { userRoutes } from './user-routes.js';

/** Every API route; the server, the OpenAPI document and the role × route tests all read this table. */
export const allRoutes: readonly AnyRoute[] = [
  healthRoute,
  loginRoute,
  logoutRoute,
  sessionRoute,
  ...assessmentRoutes,
  ...assessmentTransferRoutes,
  dashboardRoute,
  planCostsRoute,
  ...userRoutes,
  ...dataRequestRoutes,
  ...auditRoutes,
  ...inventoryRoutes,
  ...datasetRoutes,
  populationRoute,
  provinceAgendaRoute,
  publicSummaryRoute,
  publicMembersRoute,
  provinceOverviewRoute,
  provinceExportRoute,
];
