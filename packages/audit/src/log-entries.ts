import { bytesEqual, fromUtf8 } from './bytes.js';
import type { JsonValue } from './canonical-json.js';
import { decodeLeaf } from './leaf.js';
import type { LogContext } from './log-context.js';
import { SALT_BYTES, checkIndex, logError, optionalToken, parseTime } from './log-input.js';
import type { AuditEntry, AuditQuery } from './log-types.js';
import { hashLeaf, type TreeIndex } from './merkle.js';
import type { AuditStore, StoredEntry, StoreQuery } from './store.js';

/** Reading entries: one by index, or a filtered page. */
export interface LogEntries {
  readonly get: (index: TreeIndex) => Promise<AuditEntry>;
  readonly query: (filter?: AuditQuery) => Promise<{ entries: AuditEntry[]; nextCursor?: string }>;
}

/** Splits ascending indices into runs of consecutive ones, `[start, end)` each. */
function runsOf(indices: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const index of indices) {
    const last = runs[runs.length - 1];
    if (last && last[1] === index) last[1]++;
    else runs.push([index, index + 1]);
  }
  return runs;
}

/** The entries at `indices` (ascending) in as few store calls as the store allows. */
async function entriesAt(store: AuditStore, indices: readonly number[]): Promise<StoredEntry[]> {
  if (indices.length === 0) return [];
  if (store.readEntriesAt) return store.readEntriesAt(indices);
  const parts = await Promise.all(runsOf(indices).map(([start, end]) => store.readEntries(start, end)));
  return parts.flat();
}

async function detailsAt(store: AuditStore, indices: readonly number[]): Promise<(Uint8Array | undefined)[]> {
  if (indices.length === 0) return [];
  if (store.readDetailsAt) return store.readDetailsAt(indices);
  return Promise.all(indices.map((index) => store.readDetails(index)));
}

/** The query a store runs for a validated filter (one more than the page, to know whether there is a next one). */
function storeQueryOf(filter: AuditQuery): { query: StoreQuery; limit: number } {
  if (typeof filter !== 'object' || filter === null)
    throw logError('log.invalid_query', { id: 'Filter harus objek', en: 'The filter must be an object' });
  const limit = filter.limit ?? 100;
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > 1000)
    throw logError('log.invalid_query', { id: 'limit harus 1–1000', en: 'limit must be 1–1000' }, ['limit']);
  let afterIndex: number | undefined;
  if (filter.cursor !== undefined) {
    const match = typeof filter.cursor === 'string' ? /^i([0-9]{1,15})$/.exec(filter.cursor) : null;
    if (!match) throw logError('log.invalid_query', { id: 'cursor tidak valid', en: 'Invalid cursor' }, ['cursor']);
    afterIndex = Number(match[1]);
  }
  const fields = {
    actor: optionalToken(filter.actor, 'actor'),
    subject: optionalToken(filter.subjectPseudonym, 'subjectPseudonym'),
    action: optionalToken(filter.action, 'action'),
    resourceType: optionalToken(filter.resource?.type, 'resource.type'),
    resourceId: optionalToken(filter.resource?.id, 'resource.id'),
    fromMs: parseTime(filter.from, 'from'),
    toMs: parseTime(filter.to, 'to'),
    afterIndex,
  };
  const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  return { query: { ...defined, limit: limit + 1 }, limit };
}

/** The entry functions of a log. */
export function createLogEntries(context: LogContext): LogEntries {
  const { store, hasher } = context;

  /** Builds entries from what the store returned, checking positions and details commitments. */
  async function assemble(indices: readonly number[], stored: readonly StoredEntry[]): Promise<AuditEntry[]> {
    const decoded = indices.map((index, i) => {
      const entry = stored[i];
      if (!entry || entry.index !== index)
        throw logError(
          'store.missing_entry',
          { id: `Entri ${index} tidak ada di penyimpanan`, en: `Entry ${index} is missing from the store` },
          ['index'],
        );
      return { entry, ...decodeLeaf(entry.leafData) };
    });
    const withDetails = decoded.filter((item) => item.detailsCommitment && item.entry.hasDetails);
    const blobs = await detailsAt(
      store,
      withDetails.map((item) => item.entry.index),
    );
    const detailsByIndex = new Map<number, JsonValue>();
    withDetails.forEach((item, i) => {
      const blob = blobs[i];
      const index = item.entry.index;
      if (!blob || !bytesEqual(hasher(blob), item.detailsCommitment!)) {
        throw logError(
          'log.details_mismatch',
          {
            id: `Detail entri ${index} tidak cocok dengan komitmennya`,
            en: `The details of entry ${index} do not match their commitment`,
          },
          ['index'],
        );
      }
      const text = fromUtf8(blob.subarray(SALT_BYTES));
      if (text !== undefined) detailsByIndex.set(index, JSON.parse(text) as JsonValue);
    });
    return decoded.map(({ entry, event, detailsCommitment }) => {
      const details = detailsByIndex.get(entry.index);
      return {
        index: entry.index,
        event,
        // Recomputed from the data: what the tree commits to (verify() compares it with the stored leaf hash).
        leafHash: hashLeaf(entry.leafData, hasher),
        ...(details !== undefined ? { details } : {}),
        erased: detailsCommitment !== undefined && !entry.hasDetails,
      };
    });
  }

  async function get(indexInput: TreeIndex): Promise<AuditEntry> {
    const index = checkIndex(indexInput, 'index');
    const size = await store.size();
    if (index >= size)
      throw logError(
        'log.index_out_of_range',
        { id: `Indeks ${index} di luar log (${size})`, en: `Index ${index} is outside the log (${size})` },
        ['index'],
      );
    const [entry] = await assemble([index], await store.readEntries(index, index + 1));
    return entry!;
  }

  async function query(filter: AuditQuery = {}): Promise<{ entries: AuditEntry[]; nextCursor?: string }> {
    const { query: storeQuery, limit } = storeQueryOf(filter);
    const indices = await store.query(storeQuery);
    const page = indices.slice(0, limit);
    const entries = await assemble(page, await entriesAt(store, page));
    return indices.length > limit ? { entries, nextCursor: `i${page[page.length - 1]!}` } : { entries };
  }

  return { get, query };
}
