import type { MethodologyId } from '../assessments/assessment-schemas.js';
import type { SqlExecutor } from '../db/driver.js';
import { RevisionCache } from '../http/revision-cache.js';
import type { GatheredProvince } from './gather-province.js';
import { provinceView, type ProvinceView } from './province-view.js';

/** How long results gathered from other deployments are reused (their changes do not bump this database). */
export const remoteReuseMs = 60_000;
/** How long a gathering with a failed deployment is reused before it is tried again. */
export const failedReuseMs = 5_000;
/**
 * How long the revisions read for one request are trusted by the next ones while this process made no change: a
 * change made through another process (several servers on one PostgreSQL) shows within this time; a change made
 * through this one shows at once.
 */
export const stampReuseMs = 1_000;

/** The revisions read last, when, and how many changes this process had made then. */
interface CheckedStamp {
  stamp: string;
  checkedAt: number;
  localChanges: number;
}

interface Entry {
  stamp: string;
  gatheredAt: number;
  maxAgeMs: number;
  gathered: GatheredProvince;
  views: Map<string, ProvinceView>;
}

/**
 * Caches the province view (ADR 0076, extended): gathering every regency's public API and summarising it is
 * reused while nothing it depends on changed. For members served by this deployment that is their revisions in
 * `agency_revisions` (bumped by every change through the API), read in one query; members served by another
 * deployment are re-read after {@link remoteReuseMs}, a failed member after {@link failedReuseMs}. Concurrent
 * requests during a gathering share it. Each (year, methodology) column is computed once per gathering. The
 * revisions themselves are read again at once after a change through this process, else after {@link stampReuseMs}.
 */
export class ProvinceCache {
  readonly #entries = new Map<string, Entry>();
  readonly #pending = new Map<string, Promise<Entry>>();
  readonly #stamps = new Map<string, CheckedStamp>();

  constructor(private readonly now: () => number = Date.now) {}

  /** The revisions of the province and of every agency under it, as one comparable text. */
  async stampOf(db: SqlExecutor, province: string): Promise<string> {
    const [row] = await db.query<{ stamp: string | null }>(
      `SELECT string_agg(a.id || ':' || COALESCE(r.revision, 0), ',' ORDER BY a.id) AS stamp
         FROM agencies a LEFT JOIN agency_revisions r ON r.agency_id = a.id
        WHERE a.id = $1 OR a.parent_id = $1`,
      [province],
    );
    return row?.stamp ?? '';
  }

  /** The revisions of the province, read again only after a local change or {@link stampReuseMs}. */
  async #currentStamp(db: SqlExecutor, province: string): Promise<string> {
    const localChanges = RevisionCache.localChanges;
    const checked = this.#stamps.get(province);
    if (checked && checked.localChanges === localChanges && this.now() - checked.checkedAt < stampReuseMs)
      return checked.stamp;
    const checkedAt = this.now();
    const stamp = await this.stampOf(db, province);
    // Kept only when no change started meanwhile (else the next request reads again).
    this.#stamps.set(province, { stamp, checkedAt, localChanges });
    return stamp;
  }

  /** The view of one column, from the cached gathering when still valid, else after gathering again. */
  async view(
    db: SqlExecutor,
    province: string,
    asked: { year?: number | undefined; methodology?: MethodologyId | undefined },
    gather: () => Promise<{ gathered: GatheredProvince; hasRemote: boolean }>,
  ): Promise<ProvinceView> {
    const stamp = await this.#currentStamp(db, province);
    let entry = this.#entries.get(province);
    if (!entry || entry.stamp !== stamp || this.now() - entry.gatheredAt > entry.maxAgeMs)
      entry = await this.#gatherOnce(province, stamp, gather);
    const key = `${asked.year ?? ''}|${asked.methodology ?? ''}`;
    let view = entry.views.get(key);
    if (!view) {
      view = provinceView(entry.gathered, asked);
      if (entry.views.size < 200) entry.views.set(key, view);
    }
    return view;
  }

  #gatherOnce(
    province: string,
    stamp: string,
    gather: () => Promise<{ gathered: GatheredProvince; hasRemote: boolean }>,
  ): Promise<Entry> {
    const pendingKey = `${province}|${stamp}`;
    const running = this.#pending.get(pendingKey);
    if (running) return running;
    const started = this.now();
    const promise = gather()
      .then(({ gathered, hasRemote }) => {
        const failed = gathered.members.some((member) => member.error !== null);
        const entry: Entry = {
          stamp,
          gatheredAt: started,
          maxAgeMs: failed ? failedReuseMs : hasRemote ? remoteReuseMs : Number.POSITIVE_INFINITY,
          gathered,
          views: new Map(),
        };
        this.#entries.set(province, entry);
        return entry;
      })
      .finally(() => this.#pending.delete(pendingKey));
    this.#pending.set(pendingKey, promise);
    return promise;
  }
}
