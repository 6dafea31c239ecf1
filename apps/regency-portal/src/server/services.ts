import type { CheckpointTimer } from '@spbe-kit/audit';
import type { LoginThrottle } from './auth/login-throttle.js';
import type { PortalAudit } from './audit/portal-audit.js';
import type { PortalConfig } from './config.js';
import type { SqlDriver } from './db/driver.js';
import type { RevisionCache } from './http/revision-cache.js';
import type { InteropClients } from './interop/interop-clients.js';
import type { PortalTransparency } from './transparency/create-transparency.js';

/** Everything a route handler can use; built once at start (see `start-portal.ts`). */
export interface PortalServices {
  config: PortalConfig;
  db: SqlDriver;
  audit: PortalAudit;
  /** Signs an audit checkpoint every AUDIT_CHECKPOINT_ENTRIES events and every AUDIT_CHECKPOINT_SECONDS. */
  checkpoints: CheckpointTimer;
  /** Failed sign-in limits, kept in the database. */
  loginThrottle: LoginThrottle;
  interop: InteropClients;
  /** Computed views per agency, valid while the agency's revision is unchanged. */
  views: RevisionCache;
  /** This deployment's own base URL (PUBLIC_URL, or the address it listens on). */
  publicBaseUrl(): string;
  /** Set once the server listens. */
  listeningUrl: string | null;
  /** The province's witness and the publication of the audit log as cosigned tiles. */
  transparency?: PortalTransparency;
}
