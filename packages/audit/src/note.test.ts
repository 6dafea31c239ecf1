import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signedNoteExample } from './__fixtures__/vectors.js';
import { NoteError } from './errors.js';
import {
  createNoteSigner,
  formatVerifierKey,
  generateNoteKey,
  parseNote,
  parseVerifierKey,
  signNote,
  verifyNote,
} from './note.js';

const exampleNote = `${signedNoteExample.text}\n${signedNoteExample.signatureLine}\n`;

async function codeOf(action: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await action();
  } catch (error) {
    expect(error).toSatisfy(NoteError.isInstance);
    return (error as NoteError).code;
  }
  return undefined;
}

describe('C2SP signed notes', () => {
  it('verifies the published signed-note example', async () => {
    const { text, verifiedBy } = await verifyNote(exampleNote, [signedNoteExample.verifierKey]);
    expect(text).toBe(signedNoteExample.text);
    expect(verifiedBy).toEqual(['example.com/foo']);
  });

  it('parses the published verifier key and recomputes its key id', async () => {
    const verifier = await parseVerifierKey(signedNoteExample.verifierKey);
    expect(formatVerifierKey(verifier.name, verifier.publicKey)).toBe(signedNoteExample.verifierKey);
  });

  it('rejects the example when the text or the signature changes', async () => {
    expect(
      await codeOf(() =>
        verifyNote(exampleNote.replace('example message', 'exampel message'), [signedNoteExample.verifierKey]),
      ),
    ).toBe('note.bad_signature');
    const flipped = exampleNote.replace('Uw2QOkn8', 'Uw2QOkn9');
    expect(await codeOf(() => verifyNote(flipped, [signedNoteExample.verifierKey]))).toBe('note.bad_signature');
  });

  it('ignores unknown keys but needs one trusted signature; names compare literally', async () => {
    const other = await generateNoteKey('other.example');
    const otherSigner = await createNoteSigner(other.signerKey);
    const both = await signNote('hello\n', [otherSigner]);
    expect(await codeOf(() => verifyNote(both, [signedNoteExample.verifierKey]))).toBe('note.no_trusted_signature');
    const withExample = exampleNote + `${(await signNote(signedNoteExample.text, [otherSigner])).split('\n\n')[1]!}`;
    expect((await verifyNote(withExample, [signedNoteExample.verifierKey])).verifiedBy).toEqual(['example.com/foo']);
    expect((await verifyNote(withExample, [signedNoteExample.verifierKey, other.verifierKey])).verifiedBy).toHaveLength(
      2,
    );
    const renamed = exampleNote.replace('\u2014 example.com/foo', '\u2014 EXAMPLE.com/foo');
    expect(await codeOf(() => verifyNote(renamed, [signedNoteExample.verifierKey]))).toBe('note.no_trusted_signature');
  });

  it('accepts 16 signatures and round-trips generated keys', async () => {
    const keys = await Promise.all(Array.from({ length: 16 }, (_, i) => generateNoteKey(`witness${i}.example`)));
    const signers = await Promise.all(keys.map((key) => createNoteSigner(key.signerKey)));
    const note = await signNote('checkpoint body\n', signers);
    expect(parseNote(note).signatures).toHaveLength(16);
    expect((await verifyNote(note, [keys[15]!.verifierKey])).verifiedBy).toEqual(['witness15.example']);
    expect(signers[0]!.verifierKey).toBe(keys[0]!.verifierKey);
  });

  it('rejects malformed keys and notes with typed errors', async () => {
    expect(
      await codeOf(() => parseVerifierKey('example.com/foo+530d903b+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k')),
    ).toBe('key.invalid_verifier');
    expect(await codeOf(() => createNoteSigner('PRIVATE+KEY+x+00000000+AAAA'))).toBe('key.invalid_signer');
    expect(await codeOf(() => generateNoteKey('has space'))).toBe('key.invalid_name');
    expect(await codeOf(() => verifyNote('no blank line\n', [signedNoteExample.verifierKey]))).toBe('note.malformed');
    expect(await codeOf(() => signNote('no newline', []))).toBe('note.invalid_text');
  });

  it('property: arbitrary note text only ever yields NoteError', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc
            .constant(exampleNote)
            .chain((note) => fc.nat(note.length).map((cut) => note.slice(0, cut) + note.slice(cut + 1))),
        ),
        async (text) => {
          try {
            await verifyNote(text, [signedNoteExample.verifierKey]);
          } catch (error) {
            expect(error).toSatisfy(NoteError.isInstance);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
