import type { LoginRateLimiter } from './auth/rate-limiter.js';
import type { PortalAudit } from './audit/portal-audit.js';
import type { PortalConfig } from './config.js';
import type { SqlDriver } from './db/driver.js';

/** Everything a route handler can use; built once at start (see `start-portal.ts`). */
export interface PortalServices {
  config: PortalConfig;
  db: SqlDriver;
  audit: PortalAudit;
  loginLimiter: LoginRateLimiter;
}
