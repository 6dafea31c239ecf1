import type { EntryKeys, StoreQuery } from './store.js';

/**
 * Whether an entry's keys match a store query (for stores that filter in memory).
 *
 * @example
 * ```ts
 * import { matchesQuery } from '@spbe-kit/audit';
 * matchesQuery({ timeMs: 0, action: 'login', subjects: [] }, { action: 'login', limit: 10 }); // true
 * ```
 */
export function matchesQuery(keys: EntryKeys, query: StoreQuery): boolean {
  if (query.actor !== undefined && keys.actor !== query.actor) return false;
  if (query.action !== undefined && keys.action !== query.action) return false;
  if (query.resourceType !== undefined && keys.resourceType !== query.resourceType) return false;
  if (query.resourceId !== undefined && keys.resourceId !== query.resourceId) return false;
  if (query.fromMs !== undefined && keys.timeMs < query.fromMs) return false;
  if (query.toMs !== undefined && keys.timeMs >= query.toMs) return false;
  if (query.subject !== undefined && !keys.subjects.includes(query.subject)) return false;
  return true;
}
