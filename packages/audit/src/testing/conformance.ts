import { bytesEqual } from '../bytes.js';
import { verifyCheckpoint } from '../checkpoint.js';
import { verifyProofBundle } from '../bundle.js';
import { AuditError } from '../errors.js';
import { createAuditLog, type AuditLog } from '../log.js';
import { hashLeaf, verifyConsistency, verifyInclusion } from '../merkle.js';
import { createNoteSigner, generateNoteKey, type NoteSigner } from '../note.js';
import { sha256, type Sha256 } from '../sha256.js';
import type { AuditStore } from '../store.js';
import { frontierKeys, merkleRoot } from '../tree.js';
import { sampleEvent } from './sample-events.js';

/**
 * Functions that change a store's contents behind the log's back, for the tamper tests. Give the
 * ones your store can do; the suite skips the others.
 *
 * @example
 * ```ts
 * import type { StoreTamperer } from '@spbe-kit/audit/testing';
 * const tamper: StoreTamperer = { changeEntry: async (store, index) => { ... } };
 * ```
 */
export interface StoreTamperer {
  /** Flip a byte of the stored leaf data of entry `index`. */
  changeEntry?(store: AuditStore, index: number): Promise<void>;
  /** Flip a byte of the stored leaf hash of entry `index`. */
  changeLeafHash?(store: AuditStore, index: number): Promise<void>;
  /** Flip a byte of the stored interior node. */
  changeNode?(store: AuditStore, level: number, index: number): Promise<void>;
  /** Remove entry `index` (later entries move down by one). */
  deleteEntry?(store: AuditStore, index: number): Promise<void>;
  /** Swap the stored entries `a` and `b`. */
  swapEntries?(store: AuditStore, a: number, b: number): Promise<void>;
  /** Insert a copy of entry 0 at position `index` (later entries move up by one). */
  insertEntry?(store: AuditStore, index: number): Promise<void>;
}

/**
 * Options of {@link runStoreConformanceSuite}.
 *
 * @example
 * ```ts
 * import { describe, it } from 'vitest';
 * import type { StoreConformanceOptions } from '@spbe-kit/audit/testing';
 * const options: StoreConformanceOptions = { name: 'my store', createStore: async () => myStore(), describe, it };
 * ```
 */
export interface StoreConformanceOptions {
  readonly name: string;
  /** A fresh, empty store (a new directory, schema or table prefix each time). */
  createStore(): Promise<AuditStore>;
  /** Close the store and open the same data again, for persistence checks; omit for memory-only stores. */
  reopenStore?(store: AuditStore): Promise<AuditStore>;
  readonly tamper?: StoreTamperer;
  /**
   * Leave an append half done, as a crash would (a torn record, an aborted transaction), and return
   * the store reopened. The suite then checks that every acknowledged event is intact and the log
   * verifies. Omit for stores that cannot crash (memory).
   */
  simulateCrash?(store: AuditStore): Promise<AuditStore>;
  /** The SHA-256 the log should use (default: pure JavaScript). */
  readonly hasher?: Sha256;
  /** Your test framework's `describe` and `it` (vitest, jest, node:test). */
  readonly describe: (name: string, body: () => void) => void;
  /** Your test framework's `it` (or `test`). */
  readonly it: (name: string, body: () => Promise<void>, timeout?: number) => void;
}

/** Thrown by the conformance suite when a store breaks a rule. */
function check(condition: boolean, what: string): asserts condition {
  if (!condition)
    throw new AuditError('conformance.failed', {
      id: `Uji kesesuaian gagal: ${what}`,
      en: `Conformance check failed: ${what}`,
    });
}

const ORIGIN = 'conformance.spbe-kit.test/log';
let signerPromise: Promise<NoteSigner> | undefined;

/**
 * The one test suite every audit store must pass: append and read back, proofs at every size,
 * checkpoints and bundles, queries, erasure, concurrent appends, persistence, hostile input and (with
 * tamper hooks) detection of changed, deleted, reordered and inserted data by `verify()`. The memory,
 * file and PostgreSQL stores of this package run it; run it on your own store the same way.
 *
 * @example
 * ```ts
 * import { describe, it } from 'vitest';
 * import { createMemoryStore, runStoreConformanceSuite } from '@spbe-kit/audit/testing';
 * runStoreConformanceSuite({ name: 'memory', createStore: async () => createMemoryStore(), describe, it });
 * ```
 */
export function runStoreConformanceSuite(options: StoreConformanceOptions): void {
  const harness = createHarness(options);
  options.describe(`audit store conformance: ${options.name}`, () => {
    describeAppendAndRead(harness);
    describeProofsAndCheckpoints(harness);
    describeQueriesAndErasure(harness);
    describeConcurrencyAndHostileInput(harness);
    describeDurability(harness);
    describeTamperDetection(harness);
  });
}

/** What every group of checks needs: the options, and logs opened on fresh or given stores. */
interface Harness {
  readonly options: StoreConformanceOptions;
  readonly it: StoreConformanceOptions['it'];
  readonly openLog: (store?: AuditStore) => Promise<{ log: AuditLog; store: AuditStore }>;
  readonly filled: (count: number) => Promise<{ log: AuditLog; store: AuditStore }>;
}

function createHarness(options: StoreConformanceOptions): Harness {
  const hasher = options.hasher ?? sha256;

  async function signer(): Promise<NoteSigner> {
    signerPromise ??= generateNoteKey('conformance.spbe-kit.test').then(({ signerKey }) => createNoteSigner(signerKey));
    return signerPromise;
  }

  async function openLog(store?: AuditStore): Promise<{ log: AuditLog; store: AuditStore }> {
    const target = store ?? (await options.createStore());
    const log = createAuditLog({
      store: target,
      signer: await signer(),
      origin: ORIGIN,
      privacy: { pseudonymKey: new Uint8Array(32).fill(7) },
      hasher,
    });
    return { log, store: target };
  }

  async function filled(count: number): Promise<{ log: AuditLog; store: AuditStore }> {
    const opened = await openLog();
    const events = Array.from({ length: count }, (_, i) => sampleEvent(i));
    for (let i = 0; i < count; i += 10) await opened.log.appendBatch(events.slice(i, i + 10));
    return opened;
  }
  return { options, it: options.it, openLog, filled };
}

/** Empty store, append and read back. */
function describeAppendAndRead({ it, openLog }: Harness): void {
  it('starts empty and verifies', async () => {
    const { log } = await openLog();
    check((await log.size()) === 0, 'new store is empty');
    check(bytesEqual(await log.rootAt(0), sha256(new Uint8Array())), 'empty root is SHA-256("")');
    check((await log.verify()).ok, 'empty log verifies');
    await log.close();
  });

  it('appends and reads back every event, durable in order', async () => {
    const { log, store } = await openLog();
    const leaves: Uint8Array[] = [];
    for (let i = 0; i < 23; i++) {
      const receipt =
        i % 4 === 0
          ? await log.append(sampleEvent(i), { details: { note: `detail ${i}`, n: i } })
          : await log.append(sampleEvent(i));
      check(receipt.index === i, `append ${i} returns its index`);
      const [entry] = await store.readEntries(i, i + 1);
      check(entry !== undefined && bytesEqual(hashLeaf(entry.leafData), receipt.leafHash), `leaf hash of ${i}`);
      leaves.push(entry.leafData);
    }
    for (let i = 0; i < 23; i++) {
      const entry = await log.get(i);
      check(JSON.stringify(entry.event) === JSON.stringify(sampleEvent(i)), `event ${i} reads back unchanged`);
      check(i % 4 !== 0 || (entry.details as { n?: number } | undefined)?.n === i, `details of ${i} read back`);
    }
    check(bytesEqual(await log.rootAt(), merkleRoot(leaves)), 'root equals the in-memory RFC 6962 root');
    await log.close();
  });
}

/** Proofs at every size, checkpoints and offline bundles. */
function describeProofsAndCheckpoints({ it, filled }: Harness): void {
  it('produces inclusion and consistency proofs that verify at every size', async () => {
    const { log, store } = await filled(33);
    const leaves = (await store.readEntries(0, 33)).map((entry) => entry.leafData);
    for (let size = 1; size <= 33; size++) {
      const root = await log.rootAt(size);
      check(bytesEqual(root, merkleRoot(leaves.slice(0, size))), `root at ${size}`);
      for (let index = 0; index < size; index++) verifyInclusion({ ...(await log.proveInclusion(index, size)), root });
      for (let size1 = 1; size1 <= size; size1 += size1 < 4 ? 1 : 3)
        verifyConsistency(await log.proveConsistency(size1, size));
    }
    // A size beyond the log is refused the same way whether the store reads its size with the nodes or not.
    for (const request of [() => log.rootAt(34), () => log.proveInclusion(0, 34), () => log.proveConsistency(1, 34)]) {
      let code: unknown;
      try {
        await request();
      } catch (error) {
        code = (error as { code?: unknown }).code;
      }
      check(code === 'log.size_out_of_range', `a size beyond the log is log.size_out_of_range, not ${String(code)}`);
    }
    if (store.getNodesWithSize) {
      const keys = [...frontierKeys(33), { level: 3, index: 2 }, { level: 0, index: 40 }];
      const read = await store.getNodesWithSize(keys);
      const expected = await store.getNodes(keys);
      check(read.size === (await store.size()), 'getNodesWithSize reads the same size as size()');
      check(
        read.hashes.length === keys.length && read.hashes.every((hash, i) => bytesEqual(hash, expected[i]!)),
        'getNodesWithSize reads the same nodes as getNodes (an empty array for a missing one)',
      );
    }
    await log.close();
  });

  it('signs checkpoints, stays consistent, and exports bundles that verify offline', async () => {
    const { log } = await filled(12);
    const first = await log.checkpoint();
    const trust = { origin: ORIGIN, verifierKeys: [log.verifierKey] };
    check((await verifyCheckpoint(first.note, trust)).size === 12n, 'checkpoint size');
    await log.appendBatch([sampleEvent(100), sampleEvent(101)]);
    const second = await log.checkpoint();
    verifyConsistency({
      ...(await log.proveConsistency(12, 14)),
      root1: first.checkpoint.root,
      root2: second.checkpoint.root,
    });
    const bundle = await log.exportBundle(5);
    const verified = await verifyProofBundle(bundle, trust);
    check(verified.index === 5 && verified.event.action === sampleEvent(5).action, 'bundle names the entry');
    check((await log.verify()).ok, 'log verifies with checkpoints');
    await log.close();
  });
}

/** Queries page by page, and erasure of details. */
function describeQueriesAndErasure({ it, openLog, filled }: Harness): void {
  it('answers queries by subject, actor, action, resource and time, page by page', async () => {
    const { log } = await filled(40);
    const subject = sampleEvent(0).subjects![0]!.pseudonym;
    const expected = Array.from({ length: 40 }, (_, i) => i).filter(
      (i) => sampleEvent(i).subjects?.[0]?.pseudonym === subject,
    );
    const seen: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await log.query({ subjectPseudonym: subject, limit: 2, ...(cursor ? { cursor } : {}) });
      seen.push(...page.entries.map((entry) => entry.index));
      cursor = page.nextCursor;
    } while (cursor);
    check(JSON.stringify(seen) === JSON.stringify(expected), 'subject query returns exactly the matching entries');
    const byActor = await log.query({
      actor: sampleEvent(3).actor.pseudonym!,
      action: sampleEvent(3).action,
      limit: 100,
    });
    check(
      byActor.entries.every(
        (entry) =>
          entry.event.actor.pseudonym === sampleEvent(3).actor.pseudonym &&
          entry.event.action === sampleEvent(3).action,
      ),
      'actor+action filter',
    );
    check(byActor.entries.length > 0, 'actor+action finds something');
    const window = await log.query({ from: sampleEvent(10).timestamp, to: sampleEvent(20).timestamp, limit: 100 });
    check(window.entries.length === 10 && window.entries[0]!.index === 10, 'time window [from, to)');
    const byResource = await log.query({ resource: { type: 'kependudukan.biodata', id: 'REC-7' } });
    check(byResource.entries.length === 1 && byResource.entries[0]!.index === 7, 'resource filter');
    await log.close();
  });

  it('erases details while the tree, the proofs and verify() still hold, and logs the erasure', async () => {
    const { log } = await openLog();
    await log.append(sampleEvent(0), { details: { name: 'Budi', address: 'Jl. Contoh 1' } });
    await log.append(sampleEvent(1));
    const before = await log.checkpoint();
    const receipt = await log.erase(0, 'retention.expired');
    const entry = await log.get(0);
    check(entry.erased && entry.details === undefined, 'details are gone and the entry says so');
    const erasure = await log.get(receipt.index);
    check(
      erasure.event.action === 'audit.details.erase' && erasure.event.resource?.id === '0',
      'the erasure is itself logged',
    );
    verifyInclusion({ ...(await log.proveInclusion(0, 2)), root: before.checkpoint.root });
    check((await log.verify()).ok, 'log verifies after erasure');
    await log.checkpoint();
    await log.close();
  });
}

/** Concurrent appends, hostile input and inconsistent checkpoints. */
function describeConcurrencyAndHostileInput({ options, it, openLog, filled }: Harness): void {
  it('serialises concurrent appends into one consistent tree', async () => {
    const { log, store } = await openLog();
    const receipts = await Promise.all([
      ...Array.from({ length: 40 }, (_, i) => log.append(sampleEvent(i)).then((receipt) => [receipt])),
      ...Array.from({ length: 5 }, (_, i) =>
        log.appendBatch([sampleEvent(100 + i), sampleEvent(200 + i), sampleEvent(300 + i)]),
      ),
    ]);
    const indices = receipts
      .flat()
      .map((receipt) => receipt.index)
      .sort((a, b) => a - b);
    check(indices.length === 55 && indices.every((index, i) => index === i), 'indices are exactly 0..54');
    for (const receipt of receipts.flat()) {
      const [leaf] = await store.readNodes(0, receipt.index, receipt.index + 1);
      check(leaf !== undefined && bytesEqual(leaf, receipt.leafHash), `entry ${receipt.index} is the acknowledged one`);
    }
    check((await log.verify()).ok, 'log verifies after concurrent appends');
    await log.close();
  });

  it('rejects hostile input with typed errors before writing anything', async () => {
    const { log } = await filled(3);
    const hostile: unknown[] = [
      null,
      'login',
      { ...sampleEvent(0), details: 'free text with NIK 6471010101900001' },
      { ...sampleEvent(0), timestamp: '2026-11-28 01:00' },
      { ...sampleEvent(0), actor: { type: 'user', pseudonym: '6471010101900001' } },
    ];
    for (const input of hostile) {
      let threw = false;
      try {
        await log.append(input);
      } catch (error) {
        threw = AuditError.isInstance(error) || (error as { code?: unknown }).code !== undefined;
      }
      check(threw, 'hostile event rejected with a typed error');
    }
    let batchThrew = false;
    try {
      await log.appendBatch([sampleEvent(5), { nope: true }]);
    } catch (error) {
      batchThrew = (error as { code?: string }).code === 'log.invalid_event';
    }
    check(batchThrew, 'a batch with one bad event is rejected whole');
    let detailsThrew = false;
    try {
      await log.append(sampleEvent(6), { details: { n: Number.NaN } as never });
    } catch (error) {
      detailsThrew = (error as { code?: string }).code === 'log.invalid_details';
    }
    check(detailsThrew, 'non-JSON details rejected');
    check((await log.size()) === 3, 'nothing was written');
    await log.close();
  });

  it('refuses to sign a checkpoint inconsistent with the last one', async () => {
    if (!options.tamper?.changeNode) return;
    const { log, store } = await filled(8);
    await log.checkpoint();
    await log.append(sampleEvent(9));
    await options.tamper.changeNode(store, 3, 0);
    let code: string | undefined;
    try {
      await log.checkpoint();
    } catch (error) {
      code = (error as { code?: string }).code;
    }
    check(code === 'log.checkpoint_inconsistent', `checkpoint refused (got ${String(code)})`);
    await log.close();
  });
}

/** Persistence across reopen and through a crash. */
function describeDurability({ options, it, openLog, filled }: Harness): void {
  if (options.reopenStore) {
    const reopen = (store: AuditStore) => options.reopenStore!(store);
    it('keeps everything across close and reopen', async () => {
      const { log, store } = await filled(21);
      await log.append(sampleEvent(21), { details: { kept: true } });
      const { note } = await log.checkpoint();
      const root = await log.rootAt();
      const reopened = await openLog(await reopen(store));
      check((await reopened.log.size()) === 22, 'size survives');
      check(bytesEqual(await reopened.log.rootAt(), root), 'root survives');
      check((await reopened.log.latestCheckpoint())?.note === note, 'checkpoint survives');
      check((await reopened.log.get(21)).details !== undefined, 'details survive');
      await reopened.log.append(sampleEvent(22));
      check((await reopened.log.verify()).ok, 'verifies after reopen and append');
      await reopened.log.close();
    });
  }

  if (options.simulateCrash) {
    const crash = (store: AuditStore) => options.simulateCrash!(store);
    it('keeps every acknowledged event through a crash in the middle of an append', async () => {
      const { log, store } = await filled(15);
      const { checkpoint: before } = await log.checkpoint();
      const acknowledged = await Promise.all([
        log.append(sampleEvent(15)),
        log.appendBatch([sampleEvent(16), sampleEvent(17)]),
      ]);
      const reopened = await openLog(await crash(store));
      const size = await reopened.log.size();
      check(size >= 18, `acknowledged events survive (size ${size})`);
      for (const receipt of acknowledged.flat()) {
        const [leaf] = await reopened.store.readNodes(0, receipt.index, receipt.index + 1);
        check(
          leaf !== undefined && bytesEqual(leaf, receipt.leafHash),
          `acknowledged event ${receipt.index} is intact`,
        );
      }
      check((await reopened.log.verify()).ok, 'log verifies after the crash');
      const after = await reopened.log.checkpoint();
      verifyConsistency({
        ...(await reopened.log.proveConsistency(Number(before.size), Number(after.checkpoint.size))),
        root1: before.root,
        root2: after.checkpoint.root,
      });
      await reopened.log.append(sampleEvent(18));
      check((await reopened.log.verify()).ok, 'log verifies after appending again');
      await reopened.log.close();
    });
  }
}

/** verify() names the first bad index after each kind of tampering. */
function describeTamperDetection({ options, it, filled }: Harness): void {
  const tamper = options.tamper;
  if (tamper) {
    const cases: [string, keyof StoreTamperer, (store: AuditStore) => Promise<void>, number][] = [];
    if (tamper.changeEntry)
      cases.push(['a changed event', 'changeEntry', (store) => tamper.changeEntry!(store, 13), 13]);
    if (tamper.changeLeafHash)
      cases.push(['a changed leaf hash', 'changeLeafHash', (store) => tamper.changeLeafHash!(store, 6), 6]);
    if (tamper.changeNode)
      cases.push(['a changed interior node', 'changeNode', (store) => tamper.changeNode!(store, 2, 3), 12]);
    if (tamper.deleteEntry) cases.push(['a deleted event', 'deleteEntry', (store) => tamper.deleteEntry!(store, 9), 9]);
    if (tamper.swapEntries)
      cases.push(['reordered events', 'swapEntries', (store) => tamper.swapEntries!(store, 4, 17), 4]);
    if (tamper.insertEntry)
      cases.push(['an inserted event', 'insertEntry', (store) => tamper.insertEntry!(store, 11), 11]);
    for (const [what, , act, expected] of cases) {
      it(`verify() names the first bad index after ${what}`, async () => {
        const { log, store } = await filled(26);
        await log.checkpoint();
        check((await log.verify()).ok, 'verifies before tampering');
        await act(store);
        const report = await log.verify();
        check(!report.ok, `${what} is detected`);
        if (!report.ok)
          check(
            report.firstBadIndex === expected,
            `${what}: first bad index ${report.firstBadIndex}, expected ${expected} (${report.reason})`,
          );
        await log.close();
      });
    }
  }
}
