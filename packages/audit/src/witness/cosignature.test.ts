import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCosigner, generateCosignerKey, parseCosignerVerifierKey } from './cosignature.js';
import { WitnessError } from './witness-error.js';

describe('cosigner keys', () => {
  it('round-trip: a generated key signs lines its verifier key accepts, with the timestamp it was given', async () => {
    const { signerKey, verifierKey } = await generateCosignerKey('saksi.kaltimprov.go.id');
    const cosigner = await createCosigner(signerKey);
    expect(cosigner.verifierKey).toBe(verifierKey);
    const verifier = await parseCosignerVerifierKey(verifierKey);
    const text = 'example.com/log\n1\n' + 'A'.repeat(43) + '=\n';
    const line = await cosigner.cosign(text, 1_700_000_000n);
    const raw = Uint8Array.from(atob(line.trim().split(' ')[2]!), (char) => char.charCodeAt(0));
    expect(await verifier.verify(text, raw.slice(4))).toBe(1_700_000_000n);
    expect(await verifier.verify(text.replace('\n1\n', '\n2\n'), raw.slice(4))).toBeUndefined();
    await expect(cosigner.cosign(text, 0n)).rejects.toSatisfy(WitnessError.isInstance);
  });

  it('hostile key strings are refused with witness.invalid_key, never another error', async () => {
    const { signerKey, verifierKey } = await generateCosignerKey('saksi.kaltimprov.go.id');
    const mutate = (text: string) =>
      fc.oneof(
        fc.string({ maxLength: 120 }),
        fc
          .tuple(fc.nat({ max: text.length - 1 }), fc.string({ minLength: 1, maxLength: 1 }))
          .map(([at, char]) => text.slice(0, at) + char + text.slice(at + 1)),
        fc.nat({ max: text.length - 1 }).map((at) => text.slice(0, at)),
      );
    await fc.assert(
      fc.asyncProperty(mutate(verifierKey), async (text) => {
        try {
          await parseCosignerVerifierKey(text);
          expect(text).toBe(verifierKey);
        } catch (error) {
          expect(error).toMatchObject({ code: 'witness.invalid_key' });
        }
      }),
      { numRuns: 200 },
    );
    await fc.assert(
      fc.asyncProperty(mutate(signerKey), async (text) => {
        try {
          await createCosigner(text);
        } catch (error) {
          expect(error).toMatchObject({ code: 'witness.invalid_key' });
        }
      }),
      { numRuns: 200 },
    );
    // A plain note key (type 0x01) is not a cosigner verifier key.
    await expect(
      parseCosignerVerifierKey('example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k'),
    ).rejects.toMatchObject({ code: 'witness.invalid_key' });
  });
});
