import type { Hono } from 'hono';
import type { PortalServices } from '../services.js';

/**
 * Mounts the public transparency endpoints: the province's witness (`POST /witness/add-checkpoint`,
 * `GET /witness/<origin hash>/checkpoint`) and the audit log as C2SP tiles (`GET /audit-log/checkpoint`,
 * `/audit-log/tile/…`), both outside `/api` (no session, no CSRF: anyone may verify).
 */
export function mountTransparency(app: Hono, services: PortalServices): void {
  const transparency = services.transparency;
  if (!transparency) return;
  const witness = transparency.witness;
  if (witness) app.all('/witness/*', (c) => witness.handler(c.req.raw));
  const tiles = transparency.tilesHandler;
  app.on(['GET', 'HEAD'], '/audit-log/*', (c) => tiles(c.req.raw));
}
