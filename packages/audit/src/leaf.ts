import { auditEventSchema, safeParseWith, type AuditEvent, type LocalizedText } from '@spbe-kit/models';
import { fromBase64, fromUtf8, toBase64 } from './bytes.js';
import { canonicalJson, canonicalJsonBytes } from './canonical-json.js';
import { AuditLogError } from './errors.js';
import type { EntryKeys } from './store.js';

/**
 * Version of the leaf format written into every leaf.
 *
 * @example
 * ```ts
 * import { LEAF_FORMAT_VERSION } from '@spbe-kit/audit';
 * LEAF_FORMAT_VERSION; // 1: every leaf is canonical JSON with "v": 1 next to the event
 * ```
 */
export const LEAF_FORMAT_VERSION = 1;

/**
 * What a leaf of the audit log holds: the validated event and, when the entry has erasable details,
 * the base64 SHA-256 commitment to them (salt included, so an erased detail cannot be guessed back).
 *
 * @example
 * ```ts
 * import type { LeafContent } from '@spbe-kit/audit';
 * const leaf: LeafContent = { v: 1, event };
 * ```
 */
export interface LeafContent {
  readonly v: 1;
  readonly event: AuditEvent;
  readonly details?: string;
}

/** Encodes a leaf as canonical JSON bytes. */
export function encodeLeaf(event: AuditEvent, detailsCommitment?: Uint8Array): Uint8Array {
  const content: LeafContent = detailsCommitment
    ? { v: 1, event, details: toBase64(detailsCommitment) }
    : { v: 1, event };
  return canonicalJsonBytes(content);
}

/**
 * Decodes and validates leaf data: canonical JSON of a {@link LeafContent} whose event passes
 * `auditEventSchema`. Throws an {@link AuditLogError} (`log.invalid_leaf`) otherwise.
 *
 * @example
 * ```ts
 * import { decodeLeaf } from '@spbe-kit/audit';
 * decodeLeaf(entryBytes).event.action;
 * ```
 */
export function decodeLeaf(data: Uint8Array): { event: AuditEvent; detailsCommitment?: Uint8Array } {
  const fail = (messages: LocalizedText, cause?: unknown) =>
    new AuditLogError('log.invalid_leaf', messages, { path: ['leaf'], cause });
  const text = fromUtf8(data);
  if (text === undefined) throw fail({ id: 'Data daun bukan UTF-8', en: 'Leaf data is not UTF-8' });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (cause) {
    throw fail({ id: 'Data daun bukan JSON', en: 'Leaf data is not JSON' }, cause);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw fail({ id: 'Data daun bukan objek', en: 'Leaf data is not an object' });
  const { v, event, details, ...rest } = parsed as Record<string, unknown>;
  if (v !== LEAF_FORMAT_VERSION || Object.keys(rest).length > 0)
    throw fail({ id: 'Format daun tidak dikenal', en: 'Unknown leaf format' });
  const result = safeParseWith(auditEventSchema, event);
  if (!result.success)
    throw fail({ id: 'Peristiwa dalam daun tidak valid', en: 'The leaf event is not a valid audit event' });
  let detailsCommitment: Uint8Array | undefined;
  if (details !== undefined) {
    detailsCommitment = typeof details === 'string' ? fromBase64(details) : undefined;
    if (!detailsCommitment || detailsCommitment.length !== 32)
      throw fail({ id: 'Komitmen detail tidak valid', en: 'Invalid details commitment' });
  }
  if (canonicalJson(parsed) !== text)
    throw fail({ id: 'Data daun bukan JSON kanonik', en: 'Leaf data is not canonical JSON' });
  return detailsCommitment ? { event: result.data, detailsCommitment } : { event: result.data };
}

/** The query keys of an event. */
export function keysOf(event: AuditEvent): EntryKeys {
  return {
    timeMs: Date.parse(event.timestamp),
    ...(event.actor.pseudonym !== undefined ? { actor: event.actor.pseudonym } : {}),
    action: event.action,
    ...(event.resource ? { resourceType: event.resource.type } : {}),
    ...(event.resource?.id !== undefined ? { resourceId: event.resource.id } : {}),
    subjects: (event.subjects ?? []).map((subject) => subject.pseudonym),
  };
}
