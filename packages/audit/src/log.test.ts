import fc from 'fast-check';
import { SpbeError } from '@spbe-kit/models';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyProofBundle } from './bundle.js';
import { AuditError } from './errors.js';
import { createAuditLog } from './log.js';
import { hashLeaf } from './merkle.js';
import { createNoteSigner, generateNoteKey, type NoteSigner } from './note.js';
import { extendTree } from './tree.js';
import { createMemoryStore } from './testing/memory-store.js';
import { sampleEvent } from './testing/sample-events.js';

const origin = 'audit.balikpapan.go.id/simpeg';
let signer: NoteSigner;
let verifierKey: string;

beforeAll(async () => {
  const key = await generateNoteKey('audit.balikpapan.go.id');
  signer = await createNoteSigner(key.signerKey);
  verifierKey = key.verifierKey;
});

async function filledLog(count: number) {
  const store = createMemoryStore();
  const log = createAuditLog({ store, signer, origin, privacy: { pseudonymKey: new Uint8Array(32).fill(9) } });
  if (count > 0) await log.appendBatch(Array.from({ length: count }, (_, i) => sampleEvent(i)));
  return { store, log };
}

describe('createAuditLog', () => {
  it('opens read-only with only the verifier key: reads, proves and verifies, but never writes or signs', async () => {
    const { store, log } = await filledLog(12);
    await log.checkpoint();
    const auditor = createAuditLog({ store, verifierKey, origin });
    expect(auditor.verifierKey).toBe(verifierKey);
    expect((await auditor.verify()).ok).toBe(true);
    const bundle = await auditor.exportBundle(5);
    expect((await verifyProofBundle(bundle, { origin, verifierKeys: [verifierKey] })).index).toBe(5);
    await expect(auditor.append(sampleEvent(99))).rejects.toMatchObject({ code: 'log.read_only' });
    await expect(auditor.appendBatch([sampleEvent(99)])).rejects.toMatchObject({ code: 'log.read_only' });
    await expect(auditor.erase(0, 'retention.expired')).rejects.toMatchObject({ code: 'log.read_only' });
    expect((await auditor.checkpoint()).checkpoint.size).toBe(12n); // the signed one still covers the log
    await log.append(sampleEvent(12));
    await expect(auditor.checkpoint()).rejects.toMatchObject({ code: 'log.read_only' });
    expect(await store.size()).toBe(13);
  });

  it('needs a signer or a verifier key, and they must agree', async () => {
    expect(() => createAuditLog({ store: createMemoryStore(), origin })).toThrow(
      expect.objectContaining({ code: 'log.no_key' }) as Error,
    );
    const other = await generateNoteKey('audit.balikpapan.go.id');
    expect(() =>
      createAuditLog({ store: createMemoryStore(), origin, signer, verifierKey: other.verifierKey }),
    ).toThrow(expect.objectContaining({ code: 'log.key_mismatch' }) as Error);
  });

  it('exports a C2SP tlog-proof bundle that verifies offline with only the public key', async () => {
    const { log } = await filledLog(10);
    const bundle = await log.exportBundle(7);
    expect(bundle.startsWith('c2sp.org/tlog-proof@v1\nextra ')).toBe(true);
    const verified = await verifyProofBundle(bundle, { origin, verifierKeys: [verifierKey] });
    expect(verified.index).toBe(7);
    expect(verified.event).toEqual(sampleEvent(7));
    const other = await generateNoteKey('audit.balikpapan.go.id');
    await expect(verifyProofBundle(bundle, { origin, verifierKeys: [other.verifierKey] })).rejects.toMatchObject({
      code: 'note.no_trusted_signature',
    });
  });

  it('property: any single-character change to a bundle is rejected with a typed error', async () => {
    const { log } = await filledLog(10);
    const bundle = await log.exportBundle(3);
    const [head] = bundle.split('\n\n');
    await fc.assert(
      fc.asyncProperty(
        fc.nat(head!.length - 1),
        fc.constantFrom('A', 'B', '0', '1', '/', '+'),
        async (at, replacement) => {
          if (bundle[at] === replacement || bundle[at] === '\n') return;
          const changed = bundle.slice(0, at) + replacement + bundle.slice(at + 1);
          await expect(verifyProofBundle(changed, { origin, verifierKeys: [verifierKey] })).rejects.toBeInstanceOf(
            SpbeError,
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('refuses to sign a checkpoint after the log was rolled back', async () => {
    const { log, store } = await filledLog(10);
    await log.checkpoint();
    store.entries.length = 8;
    await expect(log.checkpoint()).rejects.toMatchObject({ code: 'log.checkpoint_rollback' });
  });

  it('detects a consistent rewrite of history only through the signed checkpoint', async () => {
    const { log, store } = await filledLog(8);
    await log.checkpoint();
    // Rewrite event 5 and recompute every hash, as an insider with database access could.
    const forged = new TextEncoder().encode(
      new TextDecoder().decode(store.entries[5]!.leafData).replace('"action":"login"', '"action":"logon"'),
    );
    store.entries[5]!.leafData = forged;
    const leafHashes = store.entries.map((entry) => hashLeaf(entry.leafData));
    const { nodes } = extendTree([], 0, leafHashes);
    for (const node of nodes) store.levels[node.level]![node.index] = node.hash;
    const report = await log.verify();
    expect(report).toMatchObject({ ok: false, reason: 'checkpoint_mismatch' });
    await expect(log.checkpoint()).rejects.toMatchObject({ code: 'log.checkpoint_inconsistent' });
  });

  it('verifies a range and names the first bad index only inside it', async () => {
    const { log, store } = await filledLog(20);
    await log.checkpoint();
    expect(await log.verify({ from: 5, to: 11 })).toMatchObject({ ok: true });
    const level0 = store.levels[0]!;
    level0[12] = level0[12]!.map((byte, i) => (i === 0 ? byte ^ 1 : byte));
    expect(await log.verify({ from: 0, to: 12 })).toMatchObject({ ok: true });
    expect(await log.verify({ from: 7 })).toMatchObject({ ok: false, firstBadIndex: 12, reason: 'leaf_hash_mismatch' });
    await expect(log.verify({ from: 5, to: 30 })).rejects.toMatchObject({ code: 'log.invalid_range' });
  });

  it('keeps subjects as pseudonyms and finds "who processed my data"', async () => {
    const { log, store } = await filledLog(0);
    const subject = log.pseudonymize('6471 0101 0190 0001');
    await log.append({
      ...sampleEvent(2),
      purpose: 'layanan.kk',
      subjects: [{ pseudonym: subject, category: 'citizen' }],
    });
    await log.append(sampleEvent(4));
    const { entries } = await log.query({ subjectPseudonym: subject });
    expect(entries.map((entry) => entry.index)).toEqual([0]);
    expect(new TextDecoder().decode(store.entries[0]!.leafData)).not.toContain('6471010101900001');
  });

  it('rejects hostile queries and indices with typed errors', async () => {
    const { log } = await filledLog(3);
    for (const action of [
      () => log.get(-1),
      () => log.get(3),
      () => log.get(1.5),
      () => log.query({ limit: 0 }),
      () => log.query({ cursor: 'x' }),
      () => log.query({ from: 'yesterday' }),
      () => log.query({ actor: 'a b' }),
      () => log.proveInclusion(0, 4),
      () => log.proveConsistency(0, 2),
      () => log.erase(0, 'free text reason'),
      () => log.erase(1, 'retention.expired'),
    ]) {
      await expect(action()).rejects.toSatisfy(AuditError.isInstance);
    }
  });

  it('property: random events are rejected with typed errors and never written', async () => {
    const { log } = await filledLog(1);
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (input) => {
        try {
          await log.append(input);
        } catch (error) {
          expect(error).toSatisfy(SpbeError.isInstance);
        }
      }),
      { numRuns: 200 },
    );
    expect(await log.size()).toBe(1);
  });
});
