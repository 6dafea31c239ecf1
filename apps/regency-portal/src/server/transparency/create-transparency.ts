import path from 'node:path';
import type { AuditLog, AuditStore } from '@spbe-kit/audit';
import { createTilesHandler } from '@spbe-kit/audit/tiles';
import type { PortalConfig } from '../config.js';
import type { SqlDriver } from '../db/driver.js';
import { CheckpointPublisher } from './checkpoint-publisher.js';
import { CosignedCheckpoints } from './cosigned-checkpoints.js';
import { createProvinceWitness } from './witness-service.js';

/** The witness (province) and the publication of the audit log as cosigned tiles (every deployment). */
export interface PortalTransparency {
  witness?: { handler: (request: Request) => Promise<Response>; verifierKey: string };
  publisher: CheckpointPublisher;
  checkpoints: CosignedCheckpoints;
  tilesHandler: (request: Request) => Promise<Response>;
  tilesDirectory: string;
}

/**
 * Builds the transparency services from the configuration: a witness when `WITNESS_SIGNING_KEY` is set,
 * and always the publisher of the audit log's tiles (cosigned by `AUDIT_WITNESSES`, if any).
 * @example
 * const transparency = await createTransparency(config, db, log, store);
 */
export async function createTransparency(
  config: PortalConfig,
  db: SqlDriver,
  log: AuditLog,
  store: AuditStore,
): Promise<PortalTransparency> {
  const checkpoints = new CosignedCheckpoints(db);
  await checkpoints.ensureTable();
  const tilesDirectory = path.join(config.dataDir, 'audit-tiles');
  const witness = config.WITNESS_SIGNING_KEY
    ? await createProvinceWitness(db, { signerKey: config.WITNESS_SIGNING_KEY, logs: config.WITNESS_LOGS })
    : undefined;
  const publisher = new CheckpointPublisher(
    log,
    store,
    checkpoints,
    config.AUDIT_WITNESSES.map((witness) => ({ url: witness.url, verifierKey: witness.key })),
    tilesDirectory,
  );
  return {
    ...(witness ? { witness } : {}),
    publisher,
    checkpoints,
    tilesHandler: createTilesHandler({ directory: tilesDirectory, prefix: '/audit-log' }),
    tilesDirectory,
  };
}
