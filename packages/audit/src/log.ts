import {
  auditCodeSchema,
  auditEventSchema,
  safeParseWith,
  type AuditEvent,
  type LocalizedText,
} from '@spbe-kit/models';
import { bytesEqual, concatBytes, fromUtf8 } from './bytes.js';
import { formatProofBundle } from './bundle.js';
import { canonicalJsonBytes, type JsonValue } from './canonical-json.js';
import { formatCheckpoint, verifyCheckpoint, type Checkpoint } from './checkpoint.js';
import { AuditLogError } from './errors.js';
import { decodeLeaf, encodeLeaf, keysOf } from './leaf.js';
import { hashChildren, hashLeaf, verifyConsistency, verifyInclusion } from './merkle.js';
import { parseVerifierKey, signNote, type NoteSigner, type NoteVerifier } from './note.js';
import { pseudonymize } from './pseudonym.js';
import { sha256, type Sha256 } from './sha256.js';
import type { AppendRecord, AuditStore, StoredCheckpoint } from './store.js';
import { consistencyProofPlan, foldHashes, frontierKeys, inclusionProofPlan, type NodeKey } from './tree.js';

/**
 * Privacy settings of a log (UU 27/2022 PDP).
 *
 * @example
 * ```ts
 * import type { AuditPrivacyOptions } from '@spbe-kit/audit';
 * const privacy: AuditPrivacyOptions = { pseudonymKey: keyFromSecretStore, maxDetailsBytes: 16_384 };
 * ```
 */
export interface AuditPrivacyOptions {
  /** HMAC key (≥ 32 bytes) for subject pseudonyms; keep it in a secret store, never in the log. */
  readonly pseudonymKey?: Uint8Array;
  /** Largest accepted details object, in bytes of canonical JSON (default 65,536). */
  readonly maxDetailsBytes?: number;
}

/**
 * Options of {@link createAuditLog}.
 *
 * @example
 * ```ts
 * import { createAuditLog, createNoteSigner } from '@spbe-kit/audit';
 * import { createMemoryStore } from '@spbe-kit/audit/testing';
 * const log = createAuditLog({ store: createMemoryStore(), signer: await createNoteSigner(signerKey), origin: 'audit.example.go.id/app' });
 * ```
 */
export interface AuditLogOptions {
  readonly store: AuditStore;
  /**
   * Signs checkpoints; its name is usually the origin's host. Leave it out and give
   * {@link AuditLogOptions.verifierKey} instead to open the log read-only, as an auditor does:
   * reading, querying, proving and verifying work; appending, erasing and signing a new
   * checkpoint throw `log.read_only`.
   */
  readonly signer?: NoteSigner;
  /** The log's public verifier key (`name+keyid+base64`), for a read-only log without a signer. */
  readonly verifierKey?: string;
  /** The log's unique identity, first line of every checkpoint (e.g. `audit.balikpapan.go.id/simpeg`). */
  readonly origin: string;
  readonly privacy?: AuditPrivacyOptions;
  /** SHA-256 used for the tree (default: pure JavaScript; pass `nodeSha256` from `@spbe-kit/audit/file` in Node for speed). */
  readonly hasher?: Sha256;
  /** Clock for events the log writes itself (erasures). */
  readonly now?: () => Date;
}

/**
 * What `append` returns once the event is durable.
 *
 * @example
 * ```ts
 * const { index, leafHash } = await log.append(event);
 * ```
 */
export interface AppendReceipt {
  readonly index: number;
  readonly leafHash: Uint8Array;
}

/**
 * A signed checkpoint and its parsed content.
 *
 * @example
 * ```ts
 * const { note, checkpoint } = await log.checkpoint();
 * ```
 */
export interface SignedCheckpoint {
  /** The signed note text to publish or hand to witnesses. */
  readonly note: string;
  readonly checkpoint: Checkpoint;
}

/**
 * An inclusion proof as the log produces it; pass it to `verifyInclusion`.
 *
 * @example
 * ```ts
 * import { verifyInclusion } from '@spbe-kit/audit';
 * verifyInclusion(await log.proveInclusion(3));
 * ```
 */
export interface InclusionProof {
  readonly leafIndex: number;
  readonly treeSize: number;
  readonly leafHash: Uint8Array;
  readonly proof: Uint8Array[];
  readonly root: Uint8Array;
}

/**
 * A consistency proof as the log produces it; pass it to `verifyConsistency`.
 *
 * @example
 * ```ts
 * import { verifyConsistency } from '@spbe-kit/audit';
 * verifyConsistency(await log.proveConsistency(10, 20));
 * ```
 */
export interface ConsistencyProof {
  readonly size1: number;
  readonly size2: number;
  readonly proof: Uint8Array[];
  readonly root1: Uint8Array;
  readonly root2: Uint8Array;
}

/**
 * One entry of the log as `get` and `query` return it.
 *
 * @example
 * ```ts
 * const entry = await log.get(0);
 * entry.event.action; entry.erased;
 * ```
 */
export interface AuditEntry {
  readonly index: number;
  readonly event: AuditEvent;
  readonly leafHash: Uint8Array;
  /** The erasable details, when the entry has them and they were not erased. */
  readonly details?: JsonValue;
  /** True when the entry had details that were erased. */
  readonly erased: boolean;
}

/**
 * A filter for `query`. All given fields must match; results come oldest first.
 *
 * @example
 * ```ts
 * const page = await log.query({ subjectPseudonym: log.pseudonymize('6471010101900001'), limit: 50 });
 * ```
 */
export interface AuditQuery {
  /** Pseudonym of the actor. */
  readonly actor?: string;
  /** Pseudonym of a personal-data subject: "who processed my data" (UU PDP Pasal 32). */
  readonly subjectPseudonym?: string;
  readonly action?: string;
  readonly resource?: { readonly type?: string; readonly id?: string };
  /** Events at or after this time. */
  readonly from?: Date | string;
  /** Events before this time. */
  readonly to?: Date | string;
  /** 1–1000, default 100. */
  readonly limit?: number;
  /** `nextCursor` of the previous page. */
  readonly cursor?: string;
}

/**
 * The result of `verify`: either everything recomputed and matched, or the first bad index and why.
 *
 * @example
 * ```ts
 * const report = await log.verify();
 * if (!report.ok) console.log(report.firstBadIndex, report.reason);
 * ```
 */
export type VerifyReport =
  | { readonly ok: true; readonly size: number; readonly checkpointsChecked: number }
  | {
      readonly ok: false;
      readonly size: number;
      readonly firstBadIndex: number;
      readonly reason: string;
      readonly message: LocalizedText;
    };

/**
 * A tamper-evident audit log. Create one with {@link createAuditLog}.
 *
 * @example
 * ```ts
 * const { index } = await log.append(event);
 * const { note } = await log.checkpoint();
 * ```
 */
export interface AuditLog {
  readonly origin: string;
  /** The public key to publish so anyone can verify checkpoints and bundles. */
  readonly verifierKey: string;
  /** Validates and appends one event (with optional erasable details); resolves once durable. */
  append(event: unknown, options?: { readonly details?: JsonValue }): Promise<AppendReceipt>;
  /** Validates every event first, then appends them atomically; resolves once durable. */
  appendBatch(
    events: readonly unknown[],
    options?: { readonly details?: readonly (JsonValue | undefined)[] },
  ): Promise<AppendReceipt[]>;
  /** The number of entries. */
  size(): Promise<number>;
  /** Signs a checkpoint of the current tree; refuses if it would be inconsistent with the last one signed. */
  checkpoint(): Promise<SignedCheckpoint>;
  /** The latest signed checkpoint, if any. */
  latestCheckpoint(): Promise<SignedCheckpoint | undefined>;
  /** An inclusion proof for `index` in the tree of `treeSize` entries (default: the current size). */
  proveInclusion(index: number, treeSize?: number): Promise<InclusionProof>;
  /** A consistency proof between two tree sizes. */
  proveConsistency(size1: number, size2: number): Promise<ConsistencyProof>;
  /** The root hash of the tree of `treeSize` entries (default: the current size). */
  rootAt(treeSize?: number): Promise<Uint8Array>;
  /** One entry. */
  get(index: number): Promise<AuditEntry>;
  /** Entries matching a filter, a page at a time. */
  query(query?: AuditQuery): Promise<{ entries: AuditEntry[]; nextCursor?: string }>;
  /** Recomputes leaves, nodes and checkpoint roots; names the first bad index and why. */
  verify(range?: { readonly from?: number; readonly to?: number }): Promise<VerifyReport>;
  /** A C2SP tlog-proof@v1 bundle for one entry, verifiable offline with `verifyProofBundle`. */
  exportBundle(index: number): Promise<string>;
  /** Deletes the details of an entry (end of retention); logs the erasure; the tree still verifies. */
  erase(index: number, reason: string): Promise<AppendReceipt>;
  /** The keyed pseudonym of a subject identifier (needs `privacy.pseudonymKey`). */
  pseudonymize(identifier: string): string;
  /** Closes the store. */
  close(): Promise<void>;
}

const VERIFY_CHUNK = 4096;
const SALT_BYTES = 16;

function logError(
  code: string,
  id: string,
  en: string,
  path: (string | number)[] = [],
  cause?: unknown,
): AuditLogError {
  return new AuditLogError(code, { id, en }, { path, cause });
}

function checkIndex(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw logError(
      'log.invalid_index',
      `${name} harus bilangan bulat tak negatif`,
      `${name} must be a non-negative integer`,
      [name],
    );
  }
  return value;
}

function parseTime(value: Date | string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const ms =
    value instanceof Date
      ? value.getTime()
      : typeof value === 'string' && /\d{4}-\d{2}-\d{2}/.test(value)
        ? Date.parse(value)
        : Number.NaN;
  if (!Number.isFinite(ms))
    throw logError('log.invalid_query', `${name} harus waktu ISO 8601`, `${name} must be an ISO 8601 time`, [name]);
  return ms;
}

function optionalCode(value: unknown, name: string, pattern: RegExp): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length > 128 || !pattern.test(value)) {
    throw logError('log.invalid_query', `Filter ${name} tidak valid`, `Invalid ${name} filter`, [name]);
  }
  return value;
}

const TOKEN = /^[A-Za-z0-9._:/-]{1,128}$/;

/**
 * Creates a tamper-evident audit log over a store: events become leaves of an RFC 6962 Merkle tree,
 * checkpoints are C2SP signed notes, and personal data stays out of the leaves (subjects as keyed
 * pseudonyms, erasable details beside the tree).
 *
 * @example
 * ```ts
 * import { createAuditLog, createNoteSigner } from '@spbe-kit/audit';
 * import { createFileStore, nodeSha256 } from '@spbe-kit/audit/file';
 *
 * const log = createAuditLog({
 *   store: await createFileStore({ directory: '/var/lib/simpeg/audit', durability: 'batch' }),
 *   signer: await createNoteSigner(process.env.AUDIT_SIGNER_KEY!),
 *   origin: 'audit.balikpapan.go.id/simpeg',
 *   privacy: { pseudonymKey: Buffer.from(process.env.AUDIT_PSEUDONYM_KEY!, 'base64') },
 *   hasher: nodeSha256,
 * });
 * await log.append({
 *   timestamp: new Date().toISOString(), category: 'authentication', action: 'login',
 *   actor: { type: 'user', pseudonym: log.pseudonymize('198507012010011001') }, outcome: 'success',
 * });
 * ```
 */
export function createAuditLog(options: AuditLogOptions): AuditLog {
  const { store, signer, origin } = options;
  const givenKey = signer?.verifierKey ?? options.verifierKey;
  if (givenKey === undefined) {
    throw logError(
      'log.no_key',
      'Berikan signer, atau verifierKey untuk membuka log hanya-baca',
      'Give a signer, or a verifierKey to open the log read-only',
      ['signer'],
    );
  }
  if (signer && options.verifierKey !== undefined && options.verifierKey !== signer.verifierKey) {
    throw logError(
      'log.key_mismatch',
      'verifierKey tidak cocok dengan signer',
      'verifierKey does not match the signer',
      ['verifierKey'],
    );
  }
  const verifierKey: string = givenKey;
  /** The signer, or a typed error when the log was opened read-only. */
  function requireSigner(operation: string): NoteSigner {
    if (signer) return signer;
    throw logError(
      'log.read_only',
      `Log dibuka hanya-baca (tanpa signer): ${operation} tidak diizinkan`,
      `The log was opened read-only (no signer): ${operation} is not allowed`,
      ['signer'],
    );
  }
  const hasher = options.hasher ?? sha256;
  const now = options.now ?? (() => new Date());
  const maxDetailsBytes = options.privacy?.maxDetailsBytes ?? 65_536;
  formatCheckpoint({ origin, size: 0n, root: new Uint8Array(32) }); // validates the origin early

  function prepare(event: unknown, details: JsonValue | undefined, path: (string | number)[]): AppendRecord {
    const parsed = safeParseWith(auditEventSchema, event);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      throw new AuditLogError('log.invalid_event', parsed.error.messages, {
        path: [...path, ...(first?.path ?? [])],
        cause: parsed.error,
      });
    }
    let detailsBlob: Uint8Array | undefined;
    if (details !== undefined) {
      let detailsBytes: Uint8Array;
      try {
        detailsBytes = canonicalJsonBytes(details);
      } catch (cause) {
        throw new AuditLogError(
          'log.invalid_details',
          { id: 'Detail harus JSON biasa', en: 'Details must be plain JSON' },
          { path: [...path, 'details'], cause },
        );
      }
      if (detailsBytes.length > maxDetailsBytes) {
        throw logError(
          'log.details_too_large',
          `Detail lebih dari ${maxDetailsBytes} byte`,
          `Details exceed ${maxDetailsBytes} bytes`,
          [...path, 'details'],
        );
      }
      const salt = globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
      detailsBlob = concatBytes(salt, detailsBytes);
    }
    const leafData = encodeLeaf(parsed.data, detailsBlob ? hasher(detailsBlob) : undefined);
    return {
      leafData,
      leafHash: hashLeaf(leafData, hasher),
      ...(detailsBlob ? { details: detailsBlob } : {}),
      keys: keysOf(parsed.data),
    };
  }

  async function nodes(keys: readonly NodeKey[]): Promise<Uint8Array[]> {
    if (keys.length === 0) return [];
    const hashes = await store.getNodes(keys);
    if (hashes.length !== keys.length || hashes.some((hash) => !(hash instanceof Uint8Array) || hash.length !== 32)) {
      throw logError(
        'store.missing_node',
        'Simpul pohon tidak ditemukan di penyimpanan',
        'A tree node is missing from the store',
      );
    }
    return hashes;
  }

  async function rootAt(treeSize?: number): Promise<Uint8Array> {
    const current = await store.size();
    const size = treeSize === undefined ? current : checkIndex(treeSize, 'treeSize');
    if (size > current)
      throw logError(
        'log.size_out_of_range',
        `Ukuran ${size} melebihi log (${current})`,
        `Size ${size} exceeds the log (${current})`,
        ['treeSize'],
      );
    return foldHashes(await nodes(frontierKeys(size)), hasher);
  }

  async function proveInclusion(index: number, treeSize?: number): Promise<InclusionProof> {
    checkIndex(index, 'index');
    const current = await store.size();
    const size = treeSize === undefined ? current : checkIndex(treeSize, 'treeSize');
    if (size > current)
      throw logError(
        'log.size_out_of_range',
        `Ukuran ${size} melebihi log (${current})`,
        `Size ${size} exceeds the log (${current})`,
        ['treeSize'],
      );
    if (index >= size)
      throw logError(
        'log.index_out_of_range',
        `Indeks ${index} di luar pohon berukuran ${size}`,
        `Index ${index} is outside the tree of size ${size}`,
        ['index'],
      );
    const plan = inclusionProofPlan(index, size);
    const frontier = frontierKeys(size);
    const hashes = await nodes([{ level: 0, index }, ...frontier, ...plan.flat()]);
    const leafHash = hashes[0]!;
    const root = foldHashes(hashes.slice(1, 1 + frontier.length), hasher);
    const flat = hashes.slice(1 + frontier.length);
    const proof: Uint8Array[] = [];
    let offset = 0;
    for (const element of plan) {
      proof.push(foldHashes(flat.slice(offset, offset + element.length), hasher));
      offset += element.length;
    }
    return { leafIndex: index, treeSize: size, leafHash, proof, root };
  }

  async function proveConsistency(size1: number, size2: number): Promise<ConsistencyProof> {
    checkIndex(size1, 'size1');
    checkIndex(size2, 'size2');
    const current = await store.size();
    if (size2 > current)
      throw logError(
        'log.size_out_of_range',
        `Ukuran ${size2} melebihi log (${current})`,
        `Size ${size2} exceeds the log (${current})`,
        ['size2'],
      );
    if (size1 > size2)
      throw logError('log.size_order', 'size1 lebih besar dari size2', 'size1 is larger than size2', ['size1']);
    if (size1 === 0)
      throw logError(
        'log.consistency_from_empty',
        'Bukti konsistensi dari pohon kosong tidak bermakna',
        'A consistency proof from the empty tree is meaningless',
        ['size1'],
      );
    // One node read for both roots and the proof (one query on PostgreSQL).
    const keys1 = frontierKeys(size1);
    const keys2 = frontierKeys(size2);
    const plan = consistencyProofPlan(size1, size2);
    const hashes = await nodes([...keys1, ...keys2, ...plan.flat()]);
    const root1 = foldHashes(hashes.slice(0, keys1.length), hasher);
    const root2 = foldHashes(hashes.slice(keys1.length, keys1.length + keys2.length), hasher);
    const proof: Uint8Array[] = [];
    let offset = keys1.length + keys2.length;
    for (const element of plan) {
      proof.push(foldHashes(hashes.slice(offset, offset + element.length), hasher));
      offset += element.length;
    }
    return { size1, size2, proof, root1, root2 };
  }

  let ownVerifier: Promise<NoteVerifier> | undefined;
  async function trustedCheckpoint(stored: StoredCheckpoint): Promise<Checkpoint> {
    try {
      ownVerifier ??= parseVerifierKey(verifierKey);
      return await verifyCheckpoint(stored.note, { origin, verifierKeys: [await ownVerifier] });
    } catch (cause) {
      throw logError(
        'log.checkpoint_untrusted',
        'Checkpoint tersimpan tidak ditandatangani log ini',
        'A stored checkpoint is not signed by this log',
        ['checkpoint'],
        cause,
      );
    }
  }

  async function checkpoint(): Promise<SignedCheckpoint> {
    const size = await store.size();
    const previous = await store.latestCheckpoint();
    if (previous) {
      const old = await trustedCheckpoint(previous);
      if (old.size > BigInt(size)) {
        throw logError(
          'log.checkpoint_rollback',
          `Log (${size}) lebih kecil dari checkpoint terakhir (${old.size})`,
          `The log (${size}) is smaller than the last checkpoint (${old.size})`,
        );
      }
      if (old.size === BigInt(size)) {
        if (!bytesEqual(old.root, await rootAt(size))) {
          throw logError(
            'log.checkpoint_inconsistent',
            'Akar saat ini berbeda dari checkpoint terakhir',
            'The current root differs from the last checkpoint',
          );
        }
        return { note: previous.note, checkpoint: old };
      }
      if (old.size > 0n) {
        const proof = await proveConsistency(Number(old.size), size);
        try {
          verifyConsistency({ ...proof, root1: old.root });
        } catch (cause) {
          throw logError(
            'log.checkpoint_inconsistent',
            'Pohon saat ini tidak konsisten dengan checkpoint terakhir; tidak ditandatangani',
            'The current tree is inconsistent with the last checkpoint; refusing to sign',
            [],
            cause,
          );
        }
      }
    }
    const checkpointSigner = requireSigner('checkpoint');
    const root = await rootAt(size);
    const body: Checkpoint = { origin, size: BigInt(size), root };
    const note = await signNote(formatCheckpoint(body), [checkpointSigner]);
    await store.addCheckpoint({ size, note });
    return { note, checkpoint: body };
  }

  async function get(index: number): Promise<AuditEntry> {
    checkIndex(index, 'index');
    const size = await store.size();
    if (index >= size)
      throw logError(
        'log.index_out_of_range',
        `Indeks ${index} di luar log (${size})`,
        `Index ${index} is outside the log (${size})`,
        ['index'],
      );
    const [entry] = await store.readEntries(index, index + 1);
    const [leafHash] = await store.readNodes(0, index, index + 1);
    if (!entry || !leafHash)
      throw logError(
        'store.missing_entry',
        `Entri ${index} tidak ada di penyimpanan`,
        `Entry ${index} is missing from the store`,
        ['index'],
      );
    const { event, detailsCommitment } = decodeLeaf(entry.leafData);
    let details: JsonValue | undefined;
    if (detailsCommitment && entry.hasDetails) {
      const blob = await store.readDetails(index);
      if (blob && bytesEqual(hasher(blob), detailsCommitment)) {
        const text = fromUtf8(blob.subarray(SALT_BYTES));
        details = text === undefined ? undefined : (JSON.parse(text) as JsonValue);
      } else {
        throw logError(
          'log.details_mismatch',
          `Detail entri ${index} tidak cocok dengan komitmennya`,
          `The details of entry ${index} do not match their commitment`,
          ['index'],
        );
      }
    }
    return {
      index,
      event,
      leafHash,
      ...(details !== undefined ? { details } : {}),
      erased: detailsCommitment !== undefined && !entry.hasDetails,
    };
  }

  async function query(filter: AuditQuery = {}): Promise<{ entries: AuditEntry[]; nextCursor?: string }> {
    if (typeof filter !== 'object' || filter === null)
      throw logError('log.invalid_query', 'Filter harus objek', 'The filter must be an object');
    const limit = filter.limit ?? 100;
    if (!Number.isSafeInteger(limit) || limit < 1 || limit > 1000)
      throw logError('log.invalid_query', 'limit harus 1–1000', 'limit must be 1–1000', ['limit']);
    let afterIndex: number | undefined;
    if (filter.cursor !== undefined) {
      const match = typeof filter.cursor === 'string' ? /^i([0-9]{1,15})$/.exec(filter.cursor) : null;
      if (!match) throw logError('log.invalid_query', 'cursor tidak valid', 'Invalid cursor', ['cursor']);
      afterIndex = Number(match[1]);
    }
    const fromMs = parseTime(filter.from, 'from');
    const toMs = parseTime(filter.to, 'to');
    const actor = optionalCode(filter.actor, 'actor', TOKEN);
    const subject = optionalCode(filter.subjectPseudonym, 'subjectPseudonym', TOKEN);
    const action = optionalCode(filter.action, 'action', TOKEN);
    const resourceType = optionalCode(filter.resource?.type, 'resource.type', TOKEN);
    const resourceId = optionalCode(filter.resource?.id, 'resource.id', TOKEN);
    const indices = await store.query({
      ...(actor !== undefined ? { actor } : {}),
      ...(subject !== undefined ? { subject } : {}),
      ...(action !== undefined ? { action } : {}),
      ...(resourceType !== undefined ? { resourceType } : {}),
      ...(resourceId !== undefined ? { resourceId } : {}),
      ...(fromMs !== undefined ? { fromMs } : {}),
      ...(toMs !== undefined ? { toMs } : {}),
      ...(afterIndex !== undefined ? { afterIndex } : {}),
      limit: limit + 1,
    });
    const page = indices.slice(0, limit);
    const entries: AuditEntry[] = [];
    for (const index of page) entries.push(await get(index));
    return indices.length > limit ? { entries, nextCursor: `i${page[page.length - 1]!}` } : { entries };
  }

  async function verify(range: { readonly from?: number; readonly to?: number } = {}): Promise<VerifyReport> {
    const size = await store.size();
    const from = range.from === undefined ? 0 : checkIndex(range.from, 'from');
    const to = range.to === undefined ? size : checkIndex(range.to, 'to');
    if (from > to || to > size)
      throw logError(
        'log.invalid_range',
        `Rentang ${from}–${to} di luar log (${size})`,
        `Range ${from}–${to} is outside the log (${size})`,
        ['to'],
      );
    const bad = (firstBadIndex: number, reason: string, id: string, en: string): VerifyReport => ({
      ok: false,
      size,
      firstBadIndex,
      reason,
      message: { id, en },
    });

    // 1. Checkpoints: signed by this log, never shrinking, never more than the store holds.
    const stored = await store.checkpoints();
    const checkpoints: Checkpoint[] = [];
    for (const item of stored) {
      let parsed: Checkpoint;
      try {
        parsed = await trustedCheckpoint(item);
      } catch {
        return bad(
          Math.min(item.size, size),
          'checkpoint_untrusted',
          'Checkpoint tersimpan tidak sah',
          'A stored checkpoint does not verify',
        );
      }
      if (parsed.size !== BigInt(item.size))
        return bad(
          Math.min(item.size, size),
          'checkpoint_untrusted',
          'Ukuran checkpoint tersimpan tidak cocok',
          'Stored checkpoint size does not match',
        );
      const previous = checkpoints[checkpoints.length - 1];
      if (previous && parsed.size < previous.size)
        return bad(
          Number(parsed.size),
          'checkpoint_order',
          'Checkpoint tidak berurutan',
          'Checkpoints are out of order',
        );
      checkpoints.push(parsed);
    }

    // 2. Leaves and interior nodes, recomputed from the data, a chunk at a time.
    const stack = from === 0 ? [] : await nodes(frontierKeys(from));
    for (let start = from; start < to; start += VERIFY_CHUNK) {
      const end = Math.min(to, start + VERIFY_CHUNK);
      const [entries, storedLeaves] = await Promise.all([
        store.readEntries(start, end),
        store.readNodes(0, start, end),
      ]);
      const available = Math.min(entries.length, storedLeaves.length);
      const computedLeaves: Uint8Array[] = new Array<Uint8Array>(available);
      for (let i = 0; i < available; i++) {
        const entry = entries[i]!;
        const index = start + i;
        if (entry.index !== index)
          return bad(
            index,
            'entry_position',
            `Entri di posisi ${index} menyebut indeks ${entry.index}`,
            `The entry at position ${index} names index ${entry.index}`,
          );
        const leafHash = hashLeaf(entry.leafData, hasher);
        if (!bytesEqual(leafHash, storedLeaves[i]!))
          return bad(
            index,
            'leaf_hash_mismatch',
            `Hash daun ${index} tidak cocok dengan datanya`,
            `The leaf hash of entry ${index} does not match its data`,
          );
        computedLeaves[i] = leafHash;
        if (entry.hasDetails) {
          let commitment: Uint8Array | undefined;
          try {
            commitment = decodeLeaf(entry.leafData).detailsCommitment;
          } catch {
            return bad(
              index,
              'leaf_invalid',
              `Data daun ${index} tidak valid`,
              `The leaf data of entry ${index} is invalid`,
            );
          }
          const blob = await store.readDetails(index);
          if (!commitment || !blob || !bytesEqual(hasher(blob), commitment)) {
            return bad(
              index,
              'details_mismatch',
              `Detail entri ${index} tidak cocok dengan komitmennya`,
              `The details of entry ${index} do not match their commitment`,
            );
          }
        }
      }
      if (available !== end - start) {
        return bad(
          start + available,
          'entries_missing',
          'Entri atau hash daun hilang dari penyimpanan',
          'Entries or leaf hashes are missing from the store',
        );
      }
      // Recompute the nodes completed in this chunk and compare them with the stored ones.
      const completed = new Map<number, Uint8Array[]>();
      for (let i = 0; i < computedLeaves.length; i++) {
        let hash = computedLeaves[i]!;
        let position = start + i;
        let level = 0;
        while (position % 2 === 1) {
          hash = hashChildren(stack.pop()!, hash, hasher);
          level++;
          position = (position - 1) / 2;
          let list = completed.get(level);
          if (!list) completed.set(level, (list = []));
          list.push(hash);
        }
        stack.push(hash);
      }
      let firstBad: { index: number; level: number } | undefined;
      for (const [level, hashes] of completed) {
        const low = Math.floor(start / 2 ** level);
        const storedNodes = await store.readNodes(level, low, low + hashes.length);
        for (let j = 0; j < hashes.length; j++) {
          const node = storedNodes[j];
          if (!node || !bytesEqual(node, hashes[j]!)) {
            const leafIndex = (low + j) * 2 ** level;
            if (!firstBad || leafIndex < firstBad.index) firstBad = { index: Math.max(leafIndex, from), level };
            break;
          }
        }
      }
      if (firstBad) {
        return bad(
          firstBad.index,
          'node_mismatch',
          `Simpul pohon tingkat ${firstBad.level} di atas entri ${firstBad.index} tidak cocok`,
          `The level-${firstBad.level} tree node over entry ${firstBad.index} does not match`,
        );
      }
    }
    const latest = checkpoints[checkpoints.length - 1];
    if (latest && latest.size > BigInt(size)) {
      return bad(
        size,
        'entries_missing',
        `Log hanya ${size} entri, checkpoint menyebut ${latest.size}`,
        `The log holds ${size} entries but a checkpoint covers ${latest.size}`,
      );
    }

    // 3. Every signed checkpoint inside the range must match the (now verified) tree.
    let checked = 0;
    let previousSize = 0;
    for (const item of checkpoints) {
      const cpSize = Number(item.size);
      if (cpSize > to || cpSize < from) continue;
      const root = await rootAt(cpSize);
      if (!bytesEqual(root, item.root)) {
        return bad(
          Math.max(previousSize, from),
          'checkpoint_mismatch',
          `Akar pohon pada ukuran ${cpSize} berbeda dari checkpoint yang ditandatangani`,
          `The tree root at size ${cpSize} differs from the signed checkpoint`,
        );
      }
      previousSize = cpSize;
      checked++;
    }
    return { ok: true, size, checkpointsChecked: checked };
  }

  async function latestCheckpoint(): Promise<SignedCheckpoint | undefined> {
    const stored = await store.latestCheckpoint();
    return stored ? { note: stored.note, checkpoint: await trustedCheckpoint(stored) } : undefined;
  }

  async function exportBundle(index: number): Promise<string> {
    checkIndex(index, 'index');
    let signed = await latestCheckpoint();
    if (!signed || signed.checkpoint.size <= BigInt(index)) signed = await checkpoint();
    const proof = await proveInclusion(index, Number(signed.checkpoint.size));
    verifyInclusion({ ...proof, root: signed.checkpoint.root });
    const [entry] = await store.readEntries(index, index + 1);
    if (!entry)
      throw logError('store.missing_entry', `Entri ${index} tidak ada`, `Entry ${index} is missing`, ['index']);
    return formatProofBundle({ index, proof: proof.proof, note: signed.note, leafData: entry.leafData });
  }

  async function append(event: unknown, appendOptions: { readonly details?: JsonValue } = {}): Promise<AppendReceipt> {
    requireSigner('append');
    const record = prepare(event, appendOptions.details, []);
    const index = await store.append([record], hasher);
    return { index, leafHash: record.leafHash };
  }

  async function appendBatch(
    events: readonly unknown[],
    batchOptions: { readonly details?: readonly (JsonValue | undefined)[] } = {},
  ): Promise<AppendReceipt[]> {
    requireSigner('appendBatch');
    if (!Array.isArray(events) || events.length === 0 || events.length > 10_000) {
      throw logError(
        'log.invalid_batch',
        'Batch harus berisi 1–10.000 peristiwa',
        'A batch must hold 1–10,000 events',
        ['events'],
      );
    }
    const records = events.map((event, i) => prepare(event, batchOptions.details?.[i], [i]));
    const first = await store.append(records, hasher);
    return records.map((record, i) => ({ index: first + i, leafHash: record.leafHash }));
  }

  async function erase(index: number, reason: string): Promise<AppendReceipt> {
    requireSigner('erase');
    checkIndex(index, 'index');
    if (!auditCodeSchema.safeParse(reason).success) {
      throw logError(
        'log.invalid_reason',
        'Alasan harus kode (mis. "retention.expired"), bukan teks bebas',
        'The reason must be a code (e.g. "retention.expired"), not free text',
        ['reason'],
      );
    }
    const entry = await get(index);
    if (entry.details === undefined) {
      throw logError(
        'log.nothing_to_erase',
        `Entri ${index} tidak memiliki detail untuk dihapus`,
        `Entry ${index} has no details to erase`,
        ['index'],
      );
    }
    // Log the erasure first: a crash in between leaves the details (erase again), never an unrecorded deletion.
    const receipt = await append({
      timestamp: now().toISOString(),
      category: 'audit',
      action: 'audit.details.erase',
      actor: { type: 'system' },
      resource: { type: 'audit.entry', id: String(index) },
      outcome: 'success',
      reason,
    });
    await store.eraseDetails(index);
    return receipt;
  }

  return {
    origin,
    verifierKey,
    append,
    appendBatch,
    size: () => store.size(),
    checkpoint,
    latestCheckpoint,
    proveInclusion,
    proveConsistency,
    rootAt,
    get,
    query,
    verify,
    exportBundle,
    erase,
    pseudonymize(identifier: string): string {
      const key = options.privacy?.pseudonymKey;
      if (!key)
        throw logError('log.no_pseudonym_key', 'privacy.pseudonymKey belum diatur', 'privacy.pseudonymKey is not set', [
          'privacy',
          'pseudonymKey',
        ]);
      return pseudonymize(key, identifier);
    },
    close: () => store.close(),
  };
}
