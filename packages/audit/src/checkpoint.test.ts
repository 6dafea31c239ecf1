import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromHex } from './bytes.js';
import { formatCheckpoint, parseCheckpoint, signCheckpoint, verifyCheckpoint } from './checkpoint.js';
import { NoteError } from './errors.js';
import { createNoteSigner, generateNoteKey } from './note.js';

const root = fromHex('5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328')!;

describe('C2SP checkpoints', () => {
  it('formats origin, size and base64 root on their own lines', () => {
    expect(formatCheckpoint({ origin: 'example.com/log', size: 8n, root })).toBe(
      `example.com/log\n8\n${Buffer.from(root).toString('base64')}\n`,
    );
  });

  it('round-trips through parse, also beyond 2^53', () => {
    const checkpoint = { origin: 'example.com/log', size: (1n << 63n) + 1n, root, extensions: ['ext line'] };
    expect(parseCheckpoint(formatCheckpoint(checkpoint))).toEqual(checkpoint);
  });

  it('signs, verifies, and pins the origin literally', async () => {
    const { signerKey, verifierKey } = await generateNoteKey('audit.example.go.id');
    const signer = await createNoteSigner(signerKey);
    const note = await signCheckpoint({ origin: 'audit.example.go.id/log', size: 8n, root }, signer);
    expect(
      (await verifyCheckpoint(note, { origin: 'audit.example.go.id/log', verifierKeys: [verifierKey] })).size,
    ).toBe(8n);
    await expect(
      verifyCheckpoint(note, { origin: 'audit.example.go.id/other', verifierKeys: [verifierKey] }),
    ).rejects.toMatchObject({ code: 'checkpoint.wrong_origin' });
  });

  it('rejects leading zeros, bad roots and missing lines', () => {
    for (const text of [
      'o\n08\nXcnaeacGWamtVZy3Ad7Zoqudgjqtr0lgz+Nw7/RgQyg=\n',
      'o\n8\nAAAA\n',
      'o\n8\n',
      'o\n-1\nXcnaeacGWamtVZy3Ad7Zoqudgjqtr0lgz+Nw7/RgQyg=\n',
    ]) {
      expect(() => parseCheckpoint(text)).toThrow(expect.toSatisfy(NoteError.isInstance));
    }
  });

  it('property: any text parses or throws NoteError', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        try {
          parseCheckpoint(text);
        } catch (error) {
          expect(error).toSatisfy(NoteError.isInstance);
        }
      }),
      { numRuns: 300 },
    );
  });
});
