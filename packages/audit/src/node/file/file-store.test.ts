import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toHex } from '../../bytes.js';
import { canonicalJsonBytes } from '../../canonical-json.js';
import { keysOf } from '../../leaf.js';
import { hashLeaf } from '../../merkle.js';
import { createAuditLog } from '../../log.js';
import { createNoteSigner, generateNoteKey } from '../../note.js';
import type { AuditStore } from '../../store.js';
import { runStoreConformanceSuite } from '../../testing/conformance.js';
import { sampleEvent } from '../../testing/sample-events.js';
import { createFileStore, type FileStore } from './file-store.js';
import { nodeSha256 } from './node-sha256.js';
import { ENTRY_MAGIC, HEADER_BYTES, encodeRecord, parseRecord } from './record-format.js';

const root = mkdtempSync(join(tmpdir(), 'spbe-audit-file-'));
let counter = 0;
const freshDirectory = () => join(root, `store-${counter++}`);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const dir = (store: AuditStore) => (store as FileStore).directory;
const segmentPath = (store: AuditStore) => join(dir(store), 'entries-000000.seg');

function flipByte(path: string, at: number): void {
  const data = readFileSync(path);
  data[at] = data[at]! ^ 1;
  writeFileSync(path, data);
}

function offsetOf(store: AuditStore, index: number): number {
  return Number(readFileSync(join(dir(store), 'offsets.bin')).readBigUInt64LE(index * 8)) % 2 ** 40;
}

/** Rewrites the segment with records rearranged and a matching offsets file (a careful attacker). */
function rewrite(store: AuditStore, rearrange: (records: Buffer[]) => Buffer[]): void {
  const data = readFileSync(segmentPath(store));
  const records: Buffer[] = [];
  for (let at = 0; at < data.length;) {
    const record = parseRecord(ENTRY_MAGIC, data, at)!;
    records.push(data.subarray(at, at + record.size));
    at += record.size;
  }
  const arranged = rearrange(records);
  const offsets = Buffer.alloc(arranged.length * 8);
  let position = 0;
  arranged.forEach((record, i) => {
    offsets.writeBigUInt64LE(BigInt(position), i * 8);
    position += record.length;
  });
  writeFileSync(segmentPath(store), Buffer.concat(arranged));
  writeFileSync(join(dir(store), 'offsets.bin'), offsets);
}

runStoreConformanceSuite({
  name: 'file',
  createStore: () => createFileStore({ directory: freshDirectory() }),
  reopenStore: async (store) => {
    await store.close();
    return createFileStore({ directory: dir(store) });
  },
  hasher: nodeSha256,
  describe,
  it,
  simulateCrash: async (store) => {
    // A process killed in the middle of writing leaves part of a record at the end of the segment.
    appendFileSync(
      segmentPath(store),
      Buffer.from([0x53, 0x41, 0x45, 0x31, 0x90, 0x01, 0, 0, 18, 0, 0, 0, 0, 0, 0, 0, 0, 0x7b, 0x22]),
    );
    await store.close();
    const reopened = await createFileStore({ directory: dir(store) });
    if (reopened.recovery.truncatedBytes !== 19)
      throw new Error(`torn tail not cut: ${reopened.recovery.truncatedBytes}`);
    return reopened;
  },
  tamper: {
    changeEntry: (store, index) =>
      Promise.resolve(flipByte(segmentPath(store), offsetOf(store, index) + HEADER_BYTES + 20)),
    changeLeafHash: (store, index) => Promise.resolve(flipByte(join(dir(store), 'nodes-00.bin'), index * 32)),
    changeNode: (store, level, index) =>
      Promise.resolve(flipByte(join(dir(store), `nodes-${String(level).padStart(2, '0')}.bin`), index * 32 + 5)),
    deleteEntry: (store, index) => Promise.resolve(rewrite(store, (records) => records.filter((_, i) => i !== index))),
    swapEntries: (store, a, b) =>
      Promise.resolve(
        rewrite(store, (records) => {
          const copy = records.slice();
          [copy[a], copy[b]] = [copy[b]!, copy[a]!];
          return copy;
        }),
      ),
    insertEntry: (store, index) =>
      Promise.resolve(rewrite(store, (records) => [...records.slice(0, index), records[0]!, ...records.slice(index)])),
  },
});

describe('file store: recovery and crashes', () => {
  const origin = 'audit.test.go.id/crash';
  let signerKey: string;
  beforeAll(async () => {
    signerKey = (await generateNoteKey('audit.test.go.id')).signerKey;
  });

  it('cuts a torn tail on open and keeps every complete entry', async () => {
    const directory = freshDirectory();
    const signer = await createNoteSigner(signerKey);
    let log = createAuditLog({ store: await createFileStore({ directory }), signer, origin, hasher: nodeSha256 });
    await log.appendBatch([sampleEvent(0), sampleEvent(1), sampleEvent(2)]);
    await log.close();
    // A crash in the middle of writing a record leaves half of it at the end.
    appendFileSync(join(directory, 'entries-000000.seg'), Buffer.from([0x53, 0x41, 0x45, 0x31, 200, 0, 0, 0, 3, 0, 0]));
    const store = await createFileStore({ directory });
    expect(store.recovery.truncatedBytes).toBe(11);
    log = createAuditLog({ store, signer, origin, hasher: nodeSha256 });
    expect(await log.size()).toBe(3);
    expect((await log.verify()).ok).toBe(true);
    await log.append(sampleEvent(3));
    expect((await log.get(3)).event).toEqual(sampleEvent(3));
    await log.close();
  });

  it('rebuilds nodes and offsets that a crash left behind the segment', async () => {
    const directory = freshDirectory();
    const signer = await createNoteSigner(signerKey);
    const store = await createFileStore({ directory });
    const log = createAuditLog({ store, signer, origin, hasher: nodeSha256 });
    await log.appendBatch(Array.from({ length: 20 }, (_, i) => sampleEvent(i)));
    const root20 = toHex(await log.rootAt());
    await log.close();
    // Lose the derived files' tail and the durable state, as a crash before they were written would.
    writeFileSync(join(directory, 'state.bin'), Buffer.alloc(8));
    writeFileSync(join(directory, 'offsets.bin'), readFileSync(join(directory, 'offsets.bin')).subarray(0, 8 * 5));
    const reopened = await createFileStore({ directory });
    expect(reopened.recovery.rebuiltEntries).toBe(20);
    const again = createAuditLog({ store: reopened, signer, origin, hasher: nodeSha256 });
    expect(toHex(await again.rootAt())).toBe(root20);
    expect((await again.verify()).ok).toBe(true);
    await again.close();
  });

  it('spreads entries over several segment files and reads, recovers and verifies across them', async () => {
    const directory = freshDirectory();
    const signer = await createNoteSigner(signerKey);
    const log = createAuditLog({
      store: await createFileStore({ directory, segmentBytes: 4000 }),
      signer,
      origin,
      hasher: nodeSha256,
    });
    for (let i = 0; i < 60; i += 7) await log.appendBatch(Array.from({ length: 7 }, (_, k) => sampleEvent(i + k)));
    await log.checkpoint();
    const root = toHex(await log.rootAt());
    await log.close();
    // Tear the last segment's tail, then reopen.
    const segments = readdirSync(directory)
      .filter((name) => name.endsWith('.seg'))
      .sort();
    expect(segments.length).toBeGreaterThan(3);
    appendFileSync(join(directory, segments[segments.length - 1]!), Buffer.from([0x53, 0x41]));
    const store = await createFileStore({ directory, segmentBytes: 4000 });
    expect(store.recovery.truncatedBytes).toBe(2);
    const reopened = createAuditLog({ store, signer, origin, hasher: nodeSha256 });
    expect(toHex(await reopened.rootAt())).toBe(root);
    expect(await reopened.verify()).toMatchObject({ ok: true, size: 63 });
    for (let i = 0; i < 63; i += 5) expect((await reopened.get(i)).event).toEqual(sampleEvent(i));
    await reopened.close();
  });

  it('refuses a second writer while the first is alive', async () => {
    const directory = freshDirectory();
    const store = await createFileStore({ directory });
    writeFileSync(join(directory, 'lock'), String(process.ppid));
    await expect(createFileStore({ directory })).rejects.toMatchObject({ code: 'store.locked' });
    writeFileSync(join(directory, 'lock'), String(process.pid));
    await store.close();
  });

  it('never loses an acknowledged event when the writer is killed with SIGKILL (12 kills)', async () => {
    const child = join(dirname(fileURLToPath(import.meta.url)), '../../__fixtures__/crash-child.mjs');
    expect(
      existsSync(join(dirname(fileURLToPath(import.meta.url)), '../../../dist/file.js')),
      'build the package first (pnpm build)',
    ).toBe(true);
    const directory = freshDirectory();
    const signer = await createNoteSigner(signerKey);
    const acknowledged = new Map<number, string>();
    let previousCheckpoint = false;
    for (let round = 0; round < 12; round++) {
      const durability = round % 3 === 0 ? 'append' : 'batch';
      const process_ = spawn(process.execPath, [child, directory, signerKey, origin, durability], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let buffered = '';
      let acksThisRound = 0;
      const killAfter = 5 + Math.floor(Math.random() * 200);
      await new Promise<void>((resolve) => {
        process_.stdout.on('data', (chunk: Buffer) => {
          buffered += chunk.toString();
          const lines = buffered.split('\n');
          buffered = lines.pop()!;
          for (const line of lines) {
            const match = /^ack (\d+) ([0-9a-f]{64})$/.exec(line);
            if (!match) continue;
            acknowledged.set(Number(match[1]), match[2]!);
            if (++acksThisRound === killAfter) process_.kill('SIGKILL');
          }
        });
        process_.on('exit', () => resolve());
      });
      const store = await createFileStore({ directory });
      const log = createAuditLog({ store, signer, origin, hasher: nodeSha256 });
      const size = await log.size();
      for (const [index, leafHash] of acknowledged) {
        expect(index, `acknowledged event ${index} is present`).toBeLessThan(size);
        const [stored] = await store.readNodes(0, index, index + 1);
        expect(toHex(stored!), `acknowledged event ${index} is unchanged`).toBe(leafHash);
      }
      expect(await log.verify()).toMatchObject({ ok: true });
      // The recovered tree extends the one signed before the crash (else checkpoint() refuses).
      await log.checkpoint();
      if (previousCheckpoint) expect((await log.latestCheckpoint())?.checkpoint.size).toBe(BigInt(size));
      previousCheckpoint = true;
      await log.close();
      const clean = await createFileStore({ directory });
      expect(clean.recovery).toEqual({ truncatedBytes: 0, rebuiltEntries: 0 });
      await clean.close();
    }
    expect(acknowledged.size).toBeGreaterThan(12);
  });
});

describe('file store: read-only opening and the writer lock', () => {
  /** Every file of a directory with its size, mode and content hash: what "changed nothing" compares. */
  function snapshot(directory: string): string {
    return readdirSync(directory)
      .sort()
      .map((name) => {
        const path = join(directory, name);
        return `${name}:${statSync(path).size}:${statSync(path).mtimeMs}:${createHash('sha256').update(readFileSync(path)).digest('hex')}`;
      })
      .join('\n');
  }

  it('verifies, proves, exports and queries an existing log without creating or changing a file', async () => {
    const directory = freshDirectory();
    const { signerKey, verifierKey } = await generateNoteKey('audit.test.go.id');
    const origin = 'audit.test.go.id/read-only';
    const writer = createAuditLog({
      store: await createFileStore({ directory }),
      signer: await createNoteSigner(signerKey),
      origin,
      hasher: nodeSha256,
    });
    for (let i = 0; i < 20; i++) await writer.append(sampleEvent(i), i % 4 === 0 ? { details: { i } } : undefined);
    await writer.checkpoint();
    await writer.close();
    // A crash after the last close: a torn tail that a writer would cut.
    appendFileSync(join(directory, 'entries-000000.seg'), Buffer.from([0x53, 0x41, 0x45, 0x31, 9]));
    const before = snapshot(directory);
    const store = await createFileStore({ directory, readOnly: true });
    expect(store.recovery.truncatedBytes).toBe(5);
    const log = createAuditLog({ store, verifierKey, origin, hasher: nodeSha256 });
    expect(await log.verify()).toMatchObject({ ok: true, size: 20, checkpointsChecked: 1 });
    expect((await log.query({ subjectPseudonym: sampleEvent(0).subjects![0]!.pseudonym })).entries.length).toBe(2);
    expect((await log.get(8)).details).toEqual({ i: 8 });
    await log.exportBundle(3);
    await expect(store.append([], nodeSha256)).rejects.toMatchObject({ code: 'audit.read_only_store' });
    await expect(log.erase(0, 'retention.expired')).rejects.toMatchObject({ code: 'log.read_only' });
    await log.close();
    expect(snapshot(directory)).toBe(before);
    expect(existsSync(join(directory, 'lock'))).toBe(false);
  });

  it('rebuilds in memory what a crashed writer left behind, and still changes nothing', async () => {
    const directory = freshDirectory();
    const { signerKey, verifierKey } = await generateNoteKey('audit.test.go.id');
    const origin = 'audit.test.go.id/read-only';
    const store = await createFileStore({ directory });
    const writer = createAuditLog({ store, signer: await createNoteSigner(signerKey), origin, hasher: nodeSha256 });
    for (let i = 0; i < 9; i++) await writer.append(sampleEvent(i));
    const root = toHex(await writer.rootAt());
    // No close: state.bin still says 0 entries, as after a SIGKILL; derived files lose their tail.
    writeFileSync(join(directory, 'nodes-00.bin'), readFileSync(join(directory, 'nodes-00.bin')).subarray(0, 32 * 3));
    writeFileSync(join(directory, 'offsets.bin'), Buffer.alloc(0));
    const before = snapshot(directory);
    const reader = createAuditLog({
      store: await createFileStore({ directory, readOnly: true }),
      verifierKey,
      origin,
      hasher: nodeSha256,
    });
    expect(toHex(await reader.rootAt())).toBe(root);
    expect(await reader.verify()).toMatchObject({ ok: true, size: 9 });
    await reader.close();
    expect(snapshot(directory)).toBe(before);
  });

  it('names a missing directory and a directory without a log, and creates neither', async () => {
    const missing = join(root, 'no-such-log');
    let error: unknown;
    try {
      await createFileStore({ directory: missing, readOnly: true });
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ code: 'audit.store_not_found' });
    expect((error as Error).message).toContain(missing);
    expect(existsSync(missing)).toBe(false);
    const empty = freshDirectory();
    mkdirSync(empty);
    await expect(createFileStore({ directory: empty, readOnly: true })).rejects.toMatchObject({
      code: 'audit.empty_log',
    });
    expect(readdirSync(empty)).toEqual([]);
  });

  it('takes the lock with O_EXCL: one writer per directory, a dead writer’s lock taken over', async () => {
    const directory = freshDirectory();
    const first = await createFileStore({ directory });
    // A second writer in the same process is refused too: the lock names a live pid.
    await expect(createFileStore({ directory })).rejects.toMatchObject({ code: 'store.locked' });
    // Many openers racing: exactly none get in while the first holds the lock.
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => createFileStore({ directory })));
    expect(results.every((result) => result.status === 'rejected')).toBe(true);
    await first.close();
    expect(existsSync(join(directory, 'lock'))).toBe(false);
    // A lock left by a process that no longer exists on this host is stale.
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    writeFileSync(join(directory, 'lock'), `${dead} ${hostname()}\n`);
    const second = await createFileStore({ directory });
    expect(readFileSync(join(directory, 'lock'), 'utf8')).toBe(`${process.pid} ${hostname()}\n`);
    await second.close();
    // A lock held on another host is never taken over.
    writeFileSync(join(directory, 'lock'), `${dead} another-host\n`);
    await expect(createFileStore({ directory })).rejects.toMatchObject({ code: 'store.locked' });
  });
});

// A real read-only file system: a read-only bind mount in a private mount namespace (needs `unshare -m`).
const canMountReadOnly =
  process.platform === 'linux' &&
  spawnSync('unshare', [
    '-m',
    'sh',
    '-c',
    'mount --bind /tmp /tmp && mount -o remount,bind,ro /tmp && ! touch /tmp/.spbe-ro-probe',
  ]).status === 0;

describe.skipIf(!canMountReadOnly)('file store on a read-only file system', () => {
  it('verifies read-only, and a writer is told the file system is read-only', async () => {
    const directory = freshDirectory();
    const { signerKey, verifierKey } = await generateNoteKey('audit.test.go.id');
    const origin = 'audit.test.go.id/read-only-fs';
    const writer = createAuditLog({
      store: await createFileStore({ directory }),
      signer: await createNoteSigner(signerKey),
      origin,
      hasher: nodeSha256,
    });
    for (let i = 0; i < 10; i++) await writer.append(sampleEvent(i));
    await writer.checkpoint();
    await writer.close();
    const child = join(dirname(fileURLToPath(import.meta.url)), '../../__fixtures__/read-only-fs-child.mjs');
    const result = spawnSync('unshare', [
      '-m',
      'sh',
      '-c',
      'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && exec "$2" "$3" "$1" "$4" "$5"',
      'sh',
      directory,
      process.execPath,
      child,
      verifierKey,
      origin,
    ]);
    expect(result.stderr.toString()).toBe('');
    expect(JSON.parse(result.stdout.toString())).toEqual({
      ok: true,
      size: 10,
      writerError: 'audit.read_only_file_system',
    });
  });
});

describe('file store: damaged entry records', () => {
  const origin = 'audit.test.go.id/damage';

  async function filledLog(count: number) {
    const directory = freshDirectory();
    const signer = await createNoteSigner((await generateNoteKey('audit.test.go.id')).signerKey);
    const store = await createFileStore({ directory });
    const log = createAuditLog({ store, signer, origin, hasher: nodeSha256 });
    await log.appendBatch(Array.from({ length: count }, (_, i) => sampleEvent(i)));
    await log.checkpoint();
    return { log, store };
  }

  it('names a changed event whose CRC-32 was recomputed to match (a CRC is no seal; the leaf hash is)', async () => {
    const { log, store } = await filledLog(20);
    const path = segmentPath(store);
    const data = readFileSync(path);
    const at = offsetOf(store, 7);
    const record = parseRecord(ENTRY_MAGIC, data, at)!;
    const payload = Buffer.from(record.payload);
    payload[30] = payload[30]! ^ 1;
    const forged = encodeRecord(ENTRY_MAGIC, record.index, record.flags, payload);
    expect(parseRecord(ENTRY_MAGIC, forged, 0)!.intact).toBe(true);
    forged.copy(data, at);
    writeFileSync(path, data);
    const report = await log.verify();
    expect(report).toMatchObject({ ok: false, firstBadIndex: 7, reason: 'leaf_hash_mismatch' });
    if (!report.ok) {
      expect(report.message.id).toContain('7');
      expect(report.message.en).toContain('entry 7');
    }
    await log.close();
  });

  it('property: a flipped bit in any tree-bearing byte of an entry record is named by index; flags and CRC bytes are not part of the tree', async () => {
    const count = 24;
    const { log, store } = await filledLog(count);
    const path = segmentPath(store);
    await fc.assert(
      fc.asyncProperty(fc.nat(count - 1), fc.nat(10_000), fc.nat(7), async (index, where, bit) => {
        const at = offsetOf(store, index);
        const size = parseRecord(ENTRY_MAGIC, readFileSync(path), at)!.size;
        const offset = where % size;
        const flip = () => {
          const data = readFileSync(path);
          data[at + offset] = data[at + offset]! ^ (1 << bit);
          writeFileSync(path, data);
        };
        flip();
        try {
          const report = await log.verify();
          // Byte 16 is the flags byte (unused for entries) and the last four the CRC, which frames
          // crash recovery on open: neither is what the tree commits to.
          if (offset === HEADER_BYTES - 1 || offset >= size - 4) expect(report.ok).toBe(true);
          else expect(report).toMatchObject({ ok: false, firstBadIndex: index });
        } finally {
          flip();
        }
      }),
      { numRuns: 40 },
    );
    expect((await log.verify()).ok).toBe(true);
    await log.close();
  });
});

describe('file store: the writer queue', () => {
  it('writes an append made as soon as the previous one resolves (no append waits for another to wake the writer)', async () => {
    const store = await createFileStore({ directory: freshDirectory() });
    const record = (i: number) => {
      const leafData = canonicalJsonBytes({ v: 1, event: sampleEvent(i) });
      return { leafData, leafHash: hashLeaf(leafData, nodeSha256), keys: keysOf(sampleEvent(i)) };
    };
    // Each append starts in the continuation of the one before, before the writer's queue is cleared.
    for (let i = 0; i < 5; i++) expect(await store.append([record(2 * i), record(2 * i + 1)], nodeSha256)).toBe(2 * i);
    expect(await store.size()).toBe(10);
    await store.close();
  });
});
