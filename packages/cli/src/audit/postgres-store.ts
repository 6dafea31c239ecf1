import type { AuditStore } from '@spbe-kit/audit';
import { UsageError } from '../errors/cli-error.js';

/** Opens the PostgreSQL store of `@spbe-kit/audit` over a `pg` connection pool. */
export async function openPostgresStore(url: string): Promise<{ store: AuditStore; close: () => Promise<void> }> {
  const postgres = (await import('@spbe-kit/audit/postgres')) as Record<string, unknown>;
  void url;
  if (Object.keys(postgres).length === 0) {
    throw new UsageError('cli.audit_postgres_unavailable', {
      id: '@spbe-kit/audit yang terpasang belum menyediakan penyimpanan PostgreSQL',
      en: 'The installed @spbe-kit/audit provides no PostgreSQL store yet',
    });
  }
  throw new UsageError('cli.audit_postgres_unavailable', { id: 'Penyimpanan PostgreSQL belum didukung', en: 'The PostgreSQL store is not supported yet' });
}
