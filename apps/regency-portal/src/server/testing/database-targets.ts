import { randomBytes } from 'node:crypto';
import net from 'node:net';
import type { SqlDriver } from '../db/driver.js';
import { openPgDriver } from '../db/pg-driver.js';
import { openPgliteDriver } from '../db/pglite-driver.js';

/** The PostgreSQL server the tests use (brief: SPBE_TEST_DATABASE_URL, default local trust auth). */
const testDatabaseUrl = process.env.SPBE_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
/** CI sets SPBE_REQUIRE_SERVICES=1: then an unreachable service fails the run instead of skipping. */
export const servicesRequired = process.env.SPBE_REQUIRE_SERVICES === '1';

async function reachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname || '127.0.0.1', port: Number(port || 5432) });
    socket.setTimeout(1500);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** Whether the PostgreSQL server is there (checked once per test file). */
const postgresAvailable = await reachable(testDatabaseUrl);

/** A database to run a suite against, and how to drop what the suite created. */
export interface TestDatabase {
  db: SqlDriver;
  /** A schema name unique to this run, for the audit log's tables. */
  auditSchema: string;
  dispose(): Promise<void>;
}

/** The database kinds every API suite runs on. */
export const databaseKinds = ['pglite', 'postgres'] as const;

/** Whether a suite for `kind` should be skipped (never when services are required: it then fails). */
export function skipDatabase(kind: (typeof databaseKinds)[number]): boolean {
  return kind === 'postgres' && !postgresAvailable && !servicesRequired;
}

/**
 * Opens an empty database: PGlite in memory, or a fresh schema on the PostgreSQL server (dropped afterwards).
 */
export async function openTestDatabase(kind: (typeof databaseKinds)[number]): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const db = await openPgliteDriver();
    return { db, auditSchema: 'portal_audit', dispose: () => db.close() };
  }
  const schema = `portal_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const db = await openPgDriver({ connectionString: testDatabaseUrl, schema, maxConnections: 4 });
  return {
    db,
    auditSchema: `${schema}_audit`,
    async dispose() {
      await db.exec(`DROP SCHEMA IF EXISTS ${schema}_audit CASCADE`);
      await db.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await db.close();
    },
  };
}
