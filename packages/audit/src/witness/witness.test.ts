import fc from 'fast-check';
import { SpbeError } from '@spbe-kit/models';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyCheckpoint } from '../checkpoint.js';
import { createAuditLog } from '../log.js';
import { verifyConsistency } from '../merkle.js';
import { createNoteSigner, generateNoteKey, type NoteSigner } from '../note.js';
import { createMemoryStore } from '../testing/memory-store.js';
import { sampleEvent } from '../testing/sample-events.js';
import { formatAddCheckpointRequest, parseAddCheckpointRequest } from './add-checkpoint-request.js';
import { createCosigner, generateCosignerKey, type Cosigner } from './cosignature.js';
import { createWitness } from './witness.js';
import { WitnessError } from './witness-error.js';
import { verifyWitnessPolicy } from './witness-policy.js';
import { createMemoryWitnessState } from './witness-state.js';

const origin = 'audit.balikpapan.go.id/simpeg';
let logSigner: NoteSigner;
let logKey: string;
let province: Cosigner;
let other: Cosigner;

beforeAll(async () => {
  const key = await generateNoteKey('audit.balikpapan.go.id');
  logSigner = await createNoteSigner(key.signerKey);
  logKey = key.verifierKey;
  province = await createCosigner((await generateCosignerKey('saksi.kaltimprov.go.id')).signerKey);
  other = await createCosigner((await generateCosignerKey('saksi.kominfo.go.id')).signerKey);
});

async function regencyLog(events: number, offset = 0) {
  const log = createAuditLog({
    store: createMemoryStore(),
    signer: logSigner,
    origin,
    privacy: { pseudonymKey: new Uint8Array(32).fill(3) },
  });
  if (events > 0) await log.appendBatch(Array.from({ length: events }, (_, i) => sampleEvent(i + offset)));
  return log;
}

const witnessFor = (state = createMemoryWitnessState()) =>
  createWitness({ cosigners: [province], logs: [{ origin, verifierKeys: [logKey] }], state });

const request = (oldSize: number, proof: readonly Uint8Array[], note: string) =>
  formatAddCheckpointRequest({ oldSize: BigInt(oldSize), proof, note });

describe('witness', () => {
  it('refuses a regency that rewrites history after a cosignature, and a verifier holding the cosigned checkpoint detects it', async () => {
    const witness = await witnessFor();
    const honest = await regencyLog(10);
    const first = await honest.checkpoint();
    const cosigned = first.note + (await witness.addCheckpoint(request(0, [], first.note)));

    // The regency rebuilds its log with event 3 changed and signs a larger checkpoint with the same key.
    const rewritten = await regencyLog(0);
    await rewritten.appendBatch(Array.from({ length: 14 }, (_, i) => sampleEvent(i === 3 ? 1000 : i)));
    const forged = await rewritten.checkpoint();
    const proof = (await rewritten.proveConsistency(10, 14)).proof;
    const refusal = await witness.addCheckpoint(request(10, proof, forged.note)).catch((error: unknown) => error);
    expect(refusal).toSatisfy(WitnessError.isInstance);
    expect(refusal).toMatchObject({ code: 'witness.inconsistent', status: 422 });
    // Skipping the witness's state does not help either: 409 with the size it holds.
    await expect(witness.addCheckpoint(request(0, [], forged.note))).rejects.toMatchObject({
      status: 409,
      currentSize: 10n,
    });

    // A verifier that kept the cosigned checkpoint of size 10 cannot be given a proof for the rewrite.
    const trust = { origin, verifierKeys: [logKey], witnesses: { witnessKeys: [province.verifierKey], quorum: 1 } };
    const older = await verifyCheckpoint(cosigned, trust);
    const newer = await verifyCheckpoint(forged.note, { origin, verifierKeys: [logKey] });
    expect(() =>
      verifyConsistency({ size1: older.size, size2: newer.size, root1: older.root, root2: newer.root, proof }),
    ).toThrow(expect.objectContaining({ code: 'proof.root_mismatch' }) as Error);
    // And the forged checkpoint has no witness cosignature, so a policy-holding verifier rejects it outright.
    await expect(verifyCheckpoint(forged.note, trust)).rejects.toMatchObject({ code: 'witness.quorum_not_met' });

    // The honest continuation is cosigned.
    await honest.appendBatch([sampleEvent(10), sampleEvent(11)]);
    const next = await honest.checkpoint();
    const honestProof = (await honest.proveConsistency(10, 12)).proof;
    await expect(witness.addCheckpoint(request(10, honestProof, next.note))).resolves.toMatch(/^— saksi/);
  });

  it('answers exactly one of many concurrent submissions from the same old size; the rest get 409', async () => {
    const witness = await witnessFor();
    const log = await regencyLog(4);
    await witness.addCheckpoint(request(0, [], (await log.checkpoint()).note));
    const notes: string[] = [];
    const proofs: Uint8Array[][] = [];
    for (let size = 5; size <= 24; size++) {
      await log.append(sampleEvent(size));
      notes.push((await log.checkpoint()).note);
      proofs.push([...(await log.proveConsistency(4, size)).proof]);
    }
    const results = await Promise.allSettled(
      notes.map((note, i) => witness.addCheckpoint(request(4, proofs[i]!, note))),
    );
    const accepted = results.filter((result) => result.status === 'fulfilled');
    expect(accepted).toHaveLength(1);
    for (const result of results)
      if (result.status === 'rejected') expect(result.reason).toMatchObject({ status: 409 });
    const latest = await witness.latestCheckpoint(origin);
    const size = Number(latest!.split('\n')[1]);
    expect(size).toBeGreaterThan(4);
  });

  it('checks a quorum of witnesses, ignoring unknown ones and rejecting a bad cosignature of a known one', async () => {
    const log = await regencyLog(3);
    const { note } = await log.checkpoint();
    const text = note.slice(0, note.indexOf('\n\n') + 1);
    const a = await province.cosign(text, 1_764_720_000n);
    const b = await other.cosign(text, 1_764_720_001n);
    const stranger = await createCosigner((await generateCosignerKey('saksi.lain.go.id')).signerKey);
    const c = await stranger.cosign(text, 1_764_720_002n);
    const both = note + a + b + c;
    const keys = [province.verifierKey, other.verifierKey];
    expect(await verifyWitnessPolicy(both, { witnessKeys: keys, quorum: 2 })).toHaveLength(2);
    await expect(verifyWitnessPolicy(note + a + c, { witnessKeys: keys, quorum: 2 })).rejects.toMatchObject({
      code: 'witness.quorum_not_met',
    });
    await expect(verifyWitnessPolicy(note + a + a, { witnessKeys: keys, quorum: 2 })).rejects.toMatchObject({
      code: 'witness.quorum_not_met',
    });
    await expect(verifyWitnessPolicy(both, { witnessKeys: keys, quorum: 3 })).rejects.toMatchObject({
      code: 'witness.invalid_policy',
    });
    // A cosignature over another checkpoint (same witness) does not verify.
    const elsewhere = await province.cosign(text.replace('\n3\n', '\n4\n'), 1_764_720_000n);
    await expect(verifyWitnessPolicy(note + elsewhere, { witnessKeys: keys, quorum: 1 })).rejects.toMatchObject({
      code: 'witness.bad_cosignature',
    });
  });

  it('rejects every single-bit corruption of a cosignature line', async () => {
    const log = await regencyLog(2);
    const { note } = await log.checkpoint();
    const text = note.slice(0, note.indexOf('\n\n') + 1);
    const line = await province.cosign(text, 1_764_720_000n);
    const encoded = line.trim().split(' ')[2]!;
    const raw = Uint8Array.from(atob(encoded), (char) => char.charCodeAt(0));
    for (let bit = 4 * 8; bit < raw.length * 8; bit++) {
      const corrupt = raw.slice();
      corrupt[bit >> 3]! ^= 1 << (bit & 7);
      const corruptLine = `— saksi.kaltimprov.go.id ${btoa(String.fromCharCode(...corrupt))}\n`;
      await expect(
        verifyWitnessPolicy(note + corruptLine, { witnessKeys: [province.verifierKey], quorum: 1 }),
      ).rejects.toSatisfy(SpbeError.isInstance);
    }
  });

  it('hostile request bodies get a typed refusal with a 4xx status, never another error, and never change the state', async () => {
    const state = createMemoryWitnessState();
    const witness = await witnessFor(state);
    const log = await regencyLog(3);
    const { note } = await log.checkpoint();
    await witness.addCheckpoint(request(0, [], note));
    const before = await state.read(origin);
    const arbitraryBody = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.string({ unit: 'grapheme', maxLength: 200 }).map((tail) => `old 3\n\n${note}${tail}`),
      fc
        .tuple(fc.nat({ max: 4 }), fc.array(fc.uint8Array({ minLength: 32, maxLength: 32 }), { maxLength: 5 }))
        .map(([old, proof]) => request(old, proof, note.replace('\n3\n', '\n4\n'))),
      fc.nat({ max: note.length - 1 }).map((at) => `old 3\n\n${note.slice(0, at)}${note.slice(at + 1)}`),
    );
    await fc.assert(
      fc.asyncProperty(arbitraryBody, async (body) => {
        try {
          await witness.addCheckpoint(body);
        } catch (error) {
          expect(error).toSatisfy(WitnessError.isInstance);
          expect((error as WitnessError).status).toBeGreaterThanOrEqual(400);
          expect((error as WitnessError).status).toBeLessThan(500);
        }
        const after = await state.read(origin);
        expect(after?.size).toBe(before?.size);
      }),
      { numRuns: 300 },
    );
  });

  it('parseAddCheckpointRequest refuses more than 63 proof lines and non-canonical sizes', () => {
    const hash = 'A'.repeat(43) + '=';
    const proof = Array.from({ length: 64 }, () => hash).join('\n');
    expect(() => parseAddCheckpointRequest(`old 1\n${proof}\n\nx\n`)).toThrow(
      expect.objectContaining({ code: 'witness.malformed_request' }) as Error,
    );
    for (const head of ['old 01', 'old -1', 'old  1', 'OLD 1', 'old 18446744073709551616'])
      expect(() => parseAddCheckpointRequest(`${head}\n\nx\n`)).toThrow(
        expect.objectContaining({ status: 400 }) as Error,
      );
  });
});
