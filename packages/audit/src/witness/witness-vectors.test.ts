import { describe, expect, it } from 'vitest';
import vectors from '../__fixtures__/c2sp-vectors.json' with { type: 'json' };
import { fromBase64, fromHex, toHex } from '../bytes.js';
import { parseNote, parseVerifierKey, verifyNote } from '../note.js';
import { formatAddCheckpointRequest, parseAddCheckpointRequest } from './add-checkpoint-request.js';
import { cosignatureMessage, createCosigner, formatCosignerVerifierKey } from './cosignature.js';
import { createWitness } from './witness.js';
import { createMemoryWitnessState } from './witness-state.js';
import { verifyWitnessPolicy } from './witness-policy.js';

const tdw = vectors.transparencyDevWitness;
const proof5to8 = tdw.consistencyProof5to8.map((hex) => fromHex(hex)!);
const proof10to15 = tdw.consistencyProof10to15.map((hex) => fromHex(hex)!);
const body = (oldSize: number, proof: Uint8Array[], note: string) =>
  formatAddCheckpointRequest({ oldSize: BigInt(oldSize), proof, note });

async function vectorWitness() {
  const cosigner = await createCosigner(tdw.witnessSignerKey);
  const witness = await createWitness({
    cosigners: [cosigner],
    logs: [{ origin: tdw.logOrigin, verifierKeys: [tdw.monkeysVerifierKey] }],
    state: createMemoryWitnessState(),
    now: () => 1_764_720_000_000,
  });
  return { witness, cosigner };
}

describe('C2SP and transparency-dev witness vectors', () => {
  it('verifies the log signatures of the transparency-dev witness checkpoints with our note verifier', async () => {
    for (const note of [tdw.mInit, tdw.mNext, tdw.crInit, tdw.crNext])
      expect((await verifyNote(note, [tdw.monkeysVerifierKey])).verifiedBy).toEqual(['monkeys']);
    await expect(verifyNote(tdw.bInit, [tdw.monkeysVerifierKey])).rejects.toMatchObject({
      code: 'note.no_trusted_signature',
    });
  });

  it('derives the cosignature/v1 key id with type 0x04 from a plain Ed25519 note key', async () => {
    const { cosigner } = await vectorWitness();
    const noteKey = await parseVerifierKey(tdw.witnessVerifierKey);
    expect(cosigner.name).toBe('witness');
    expect(cosigner.verifierKey).toBe(formatCosignerVerifierKey('witness', noteKey.publicKey));
    // The note key id (type 0x01) is f13a86db; the cosignature key id (type 0x04) must differ.
    expect(toHex(cosigner.keyId)).not.toBe('f13a86db');
    expect(cosigner.verifierKey.split('+')[2]!.startsWith('B')).toBe(true); // base64 of 0x04 || key
  });

  it('accepts mInit, then mNext with the published 5 → 8 consistency proof, and answers cosignature/v1 lines', async () => {
    const { witness, cosigner } = await vectorWitness();
    const first = await witness.addCheckpoint(body(0, [], tdw.mInit));
    const second = await witness.addCheckpoint(body(5, proof5to8, tdw.mNext));
    for (const [lines, note] of [
      [first, tdw.mInit],
      [second, tdw.mNext],
    ] as const) {
      expect(lines).toMatch(/^— witness [A-Za-z0-9+/]+=*\n$/);
      const raw = fromBase64(lines.trim().split(' ')[2]!)!;
      expect(raw.length).toBe(4 + 8 + 64);
      expect(toHex(raw.slice(0, 4))).toBe(toHex(cosigner.keyId));
      expect(toHex(raw.slice(4, 12))).toBe((1_764_720_000).toString(16).padStart(16, '0'));
      const cosigned = note + lines;
      const seen = await verifyWitnessPolicy(cosigned, { witnessKeys: [cosigner.verifierKey], quorum: 1 });
      expect(seen).toEqual([{ name: 'witness', timestamp: 1_764_720_000n }]);
    }
    expect(await witness.latestCheckpoint(tdw.logOrigin)).toBe(tdw.mNext + second);
  });

  it('refuses the 10 → 15 compact-range proof of the same tests: it is not an RFC 6962 consistency proof', async () => {
    const { witness } = await vectorWitness();
    await witness.addCheckpoint(body(0, [], tdw.crInit));
    await expect(witness.addCheckpoint(body(10, proof10to15, tdw.crNext))).rejects.toMatchObject({ status: 422 });
  });

  it('refuses what the transparency-dev tests refuse, with the tlog-witness status codes', async () => {
    const { witness } = await vectorWitness();
    await witness.addCheckpoint(body(0, [], tdw.mInit));
    // Another origin (signed by the same key): not a log this witness follows.
    await expect(witness.addCheckpoint(body(5, proof5to8, tdw.frogNext))).rejects.toMatchObject({
      code: 'witness.unknown_log',
      status: 404,
    });
    // Signed by an unknown key for the origin.
    await expect(witness.addCheckpoint(body(5, [], tdw.bInit))).rejects.toMatchObject({ status: 403 });
    // Garbage proof.
    const garbage = proof5to8.map((hash) => hash.map((byte) => byte ^ 0xaa));
    await expect(witness.addCheckpoint(body(5, garbage, tdw.mNext))).rejects.toMatchObject({ status: 422 });
    // An old size that is not the last cosigned one: 409 with the current size.
    await expect(witness.addCheckpoint(body(0, [], tdw.mNext))).rejects.toMatchObject({
      status: 409,
      currentSize: 5n,
    });
    await witness.addCheckpoint(body(5, proof5to8, tdw.mNext));
    // Going back to the smaller checkpoint: the old size (8) is above the checkpoint size (5).
    await expect(witness.addCheckpoint(body(8, [], tdw.mInit))).rejects.toMatchObject({ status: 400 });
    await expect(witness.addCheckpoint(body(5, [], tdw.mInit))).rejects.toMatchObject({ status: 409 });
    // Resubmitting the same checkpoint is fine.
    await expect(witness.addCheckpoint(body(8, [], tdw.mNext))).resolves.toMatch(/^— witness /);
  });

  it('a re-TOFU attempt (old 0 with a proof) is refused with 422', async () => {
    const { witness } = await vectorWitness();
    await expect(witness.addCheckpoint(body(0, proof5to8, tdw.mInit))).rejects.toMatchObject({
      code: 'witness.unexpected_proof',
      status: 422,
    });
  });

  it('reads the C2SP tlog-cosignature example: key id, timestamp and signed message', () => {
    const example = vectors.c2spTlogCosignature;
    const note = `${example.checkpoint}\n${example.witnessLine}\n`;
    const [signature] = parseNote(note).signatures;
    expect(signature!.name).toBe('witness.example.com/w1');
    expect(signature!.signature.length).toBe(72);
    let timestamp = 0n;
    for (const byte of signature!.signature.slice(0, 8)) timestamp = (timestamp << 8n) | BigInt(byte);
    expect(timestamp).toBe(BigInt(example.timestamp));
    expect(cosignatureMessage(example.checkpoint, timestamp)).toBe(example.signedMessage);
  });

  it('parses the C2SP tlog-witness example request and formats it back byte for byte', () => {
    const request = parseAddCheckpointRequest(vectors.c2spTlogWitness.requestBody);
    expect(request.oldSize).toBe(20852014n);
    expect(request.proof).toHaveLength(4);
    expect(request.note.startsWith('example.com/behind-the-sofa\n20852163\n')).toBe(true);
    expect(formatAddCheckpointRequest(request)).toBe(vectors.c2spTlogWitness.requestBody);
  });
});
