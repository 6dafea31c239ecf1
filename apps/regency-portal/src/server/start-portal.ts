import { rm } from 'node:fs/promises';
import path from 'node:path';
import { createAuditLog, createNoteSigner } from '@spbe-kit/audit';
import { LoginThrottle } from './auth/login-throttle.js';
import { openAuditStore } from './audit/open-audit-store.js';
import { PortalAudit } from './audit/portal-audit.js';
import type { PortalConfig } from './config.js';
import type { SqlDriver } from './db/driver.js';
import { migrate } from './db/migrate.js';
import { openDatabase } from './db/open-database.js';
import { RevisionCache } from './http/revision-cache.js';
import { createInteropClients } from './interop/interop-clients.js';
import { loadSecrets } from './secrets.js';
import type { PortalServices } from './services.js';
import { createTransparency } from './transparency/create-transparency.js';

/** Options of {@link createServices}. */
export interface CreateServicesOptions {
  /** Use this database instead of opening one from the configuration (tests). */
  db?: SqlDriver;
  /** Delete the local data folder first (`npm run demo -- --reset`). */
  reset?: boolean;
}

/**
 * Opens the database, runs the migrations, opens the audit log on the same database and builds the services.
 * @example
 * const services = await createServices(loadConfig(process.env));
 */
export async function createServices(
  config: PortalConfig,
  options: CreateServicesOptions = {},
): Promise<PortalServices> {
  if (options.reset && !config.DATABASE_URL)
    await rm(path.join(config.dataDir, 'pglite'), { recursive: true, force: true });
  // The published tiles belong to the log being reset.
  if (options.reset) await rm(path.join(config.dataDir, 'audit-tiles'), { recursive: true, force: true });
  const db =
    options.db ??
    (await openDatabase({ databaseUrl: config.DATABASE_URL, schema: config.DATABASE_SCHEMA, dataDir: config.dataDir }));
  if (options.reset && config.DATABASE_URL) await dropPortalTables(db, config.AUDIT_SCHEMA);
  await migrate(db);
  const secrets = await loadSecrets(config);
  const auditStore = await openAuditStore(db, config.AUDIT_SCHEMA);
  const log = createAuditLog({
    store: auditStore,
    signer: await createNoteSigner(secrets.auditSignerKey),
    origin: config.AUDIT_ORIGIN,
    privacy: { pseudonymKey: secrets.pseudonymKey },
  });
  const services: PortalServices = {
    config,
    db,
    audit: new PortalAudit(log, auditStore),
    // Checkpoints stay current without a person: auditors and witnesses always find a recent signed tree head.
    checkpoints: log.checkpointEvery({
      entries: config.AUDIT_CHECKPOINT_ENTRIES,
      seconds: config.AUDIT_CHECKPOINT_SECONDS,
      onError: (error) => console.error('audit checkpoint failed:', error),
    }),
    loginThrottle: new LoginThrottle(db, {
      perAccountAndAddress: config.LOGIN_MAX_FAILURES,
      perAddress: config.LOGIN_MAX_FAILURES_PER_ADDRESS,
      perAccount: config.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      global: config.LOGIN_MAX_FAILURES_GLOBAL,
      windowMinutes: config.LOGIN_WINDOW_MINUTES,
      knownAddressDays: 30,
    }),
    interop: createInteropClients(config),
    views: new RevisionCache(),
    listeningUrl: null,
    publicBaseUrl: () => config.PUBLIC_URL ?? services.listeningUrl ?? `http://${config.HOST}:${config.PORT}`,
    transparency: await createTransparency(config, db, log, auditStore),
  };
  return services;
}

/** `--reset` on a PostgreSQL server: drop the portal's tables (and the audit tables) in the current schema. */
async function dropPortalTables(db: SqlDriver, auditSchema: string): Promise<void> {
  await db.exec(`DROP SCHEMA IF EXISTS ${auditSchema} CASCADE`);
  await db.exec(`DROP SCHEMA IF EXISTS portal_witness CASCADE`);
  const tables = await db.query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = current_schema()`,
  );
  for (const { tablename } of tables)
    await db.exec(`DROP TABLE IF EXISTS "${tablename.replaceAll('"', '""')}" CASCADE`);
}
