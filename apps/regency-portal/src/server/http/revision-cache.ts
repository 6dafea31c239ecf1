import type { SqlExecutor } from '../db/driver.js';

/**
 * Caches computed views (dashboard, public summary) per agency. Every successful change to an agency bumps its
 * revision in the database (`agency_revisions`), so a cached view is reused only while the revision it was
 * computed at is still current — correct across several server processes, at the cost of one primary-key read.
 */
export class RevisionCache {
  readonly #entries = new Map<string, { revision: string; value: unknown }>();

  constructor(private readonly maxEntries = 1000) {}

  /** The current revision of an agency ('0' before its first change). */
  async revisionOf(db: SqlExecutor, agencyId: string): Promise<string> {
    const [row] = await db.query<{ revision: string | number }>(
      'SELECT revision FROM agency_revisions WHERE agency_id = $1',
      [agencyId],
    );
    return String(row?.revision ?? '0');
  }

  /** Returns the cached value of `key` for the agency's current revision, or computes and keeps it. */
  async get<T>(db: SqlExecutor, agencyId: string, key: string, compute: () => Promise<T>): Promise<T> {
    const revision = await this.revisionOf(db, agencyId);
    const cacheKey = `${agencyId}|${key}`;
    const hit = this.#entries.get(cacheKey);
    if (hit && hit.revision === revision) return hit.value as T;
    const value = await compute();
    if (this.#entries.size >= this.maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(cacheKey, { revision, value });
    return value;
  }

  static #localChanges = 0;

  /**
   * How many changes this process has made (through {@link RevisionCache.bump}). A cache may skip reading the
   * revisions while this count stays the same, for a short while (changes made by other processes).
   */
  static get localChanges(): number {
    return RevisionCache.#localChanges;
  }

  /** Marks an agency as changed. */
  static async bump(db: SqlExecutor, agencyId: string): Promise<void> {
    // Counted before and after the write: a reader that read the revisions while it ran reads them again.
    RevisionCache.#localChanges += 1;
    await db.query(
      `INSERT INTO agency_revisions (agency_id, revision) SELECT id, 1 FROM agencies WHERE id = $1
       ON CONFLICT (agency_id) DO UPDATE SET revision = agency_revisions.revision + 1`,
      [agencyId],
    );
    RevisionCache.#localChanges += 1;
  }
}
