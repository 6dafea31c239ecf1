import fc from 'fast-check';
import { SpbeError } from '@spbe-kit/models';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAuditLog } from '../log.js';
import { createNoteSigner, generateNoteKey } from '../note.js';
import { createMemoryStore } from '../testing/memory-store.js';
import { sampleEvent } from '../testing/sample-events.js';
import { encodeEntryBundle } from './entry-bundle.js';
import { tilePath, tilesForSize } from './tile-path.js';
import type { TileSource } from './tile-source.js';
import { verifyTiledLog } from './tiled-log.js';

const origin = 'audit.balikpapan.go.id/simpeg';
let files: Map<string, Uint8Array>;
let verifierKey: string;

/** The tiles of a 300-entry log, in memory, built from the store as a tiles writer does. */
beforeAll(async () => {
  const keys = await generateNoteKey('audit.balikpapan.go.id');
  verifierKey = keys.verifierKey;
  const store = createMemoryStore();
  const log = createAuditLog({ store, signer: await createNoteSigner(keys.signerKey), origin });
  await log.appendBatch(Array.from({ length: 300 }, (_, i) => sampleEvent(i)));
  const { note } = await log.checkpoint();
  files = new Map([['checkpoint', new TextEncoder().encode(note)]]);
  for (const key of tilesForSize(300)) {
    const start = key.index * 256;
    if (key.level === 'entries') {
      const entries = await store.readEntries(start, start + key.width);
      files.set(tilePath(key), encodeEntryBundle(entries.map((entry) => entry.leafData)));
    } else {
      const hashes = await store.readNodes(8 * key.level, start, start + key.width);
      const bytes = new Uint8Array(hashes.length * 32);
      hashes.forEach((hash, i) => bytes.set(hash, i * 32));
      files.set(tilePath(key), bytes);
    }
  }
});

const sourceOf =
  (map: Map<string, Uint8Array>): TileSource =>
  (path) =>
    Promise.resolve(map.get(path));

describe('verifyTiledLog (in memory, no Node built-ins)', () => {
  it('verifies the intact tiles', async () => {
    const report = await verifyTiledLog(sourceOf(files), { origin, verifierKeys: [verifierKey] });
    expect(report.entries).toBe(300);
  });

  it('rejects every tested corruption of any tile file with a typed error', async () => {
    const paths = [...files.keys()];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paths),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        async (path, position, mask) => {
          const copy = new Map(files);
          const bytes = files.get(path)!.slice();
          bytes[position % bytes.length]! ^= mask;
          copy.set(path, bytes);
          await expect(verifyTiledLog(sourceOf(copy), { origin, verifierKeys: [verifierKey] })).rejects.toSatisfy(
            SpbeError.isInstance,
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('rejects tiles that are truncated, extended or missing', async () => {
    for (const path of files.keys()) {
      const bytes = files.get(path)!;
      for (const changed of [bytes.slice(0, -1), new Uint8Array([...bytes, 0]), undefined]) {
        const copy = new Map(files);
        if (changed) copy.set(path, changed);
        else copy.delete(path);
        await expect(verifyTiledLog(sourceOf(copy), { origin, verifierKeys: [verifierKey] })).rejects.toSatisfy(
          SpbeError.isInstance,
        );
      }
    }
  });
});
