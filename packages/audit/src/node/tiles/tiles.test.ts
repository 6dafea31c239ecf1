import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer, get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyProofBundle } from '../../bundle.js';
import { createAuditLog, type AuditLog } from '../../log.js';
import { createNoteSigner, generateNoteKey } from '../../note.js';
import { createMemoryStore, type MemoryStore } from '../../testing/memory-store.js';
import { sampleEvent } from '../../testing/sample-events.js';
import {
  proofBundleFromTiles,
  proveConsistencyFromTiles,
  proveInclusionFromTiles,
  verifyTiledLog,
} from '../../tiles/tiled-log.js';
import { httpTileSource } from '../../tiles/tile-source.js';
import { createCosigner, generateCosignerKey } from '../../witness/cosignature.js';
import { toNodeListener } from '../witness/node-listener.js';
import { createTilesHandler, directoryTileSource } from './tiles-handler.js';
import { writeTiles } from './write-tiles.js';
import { nodeSha256 } from '../file/node-sha256.js';
import type { Sha256 } from '../../sha256.js';

const origin = 'audit.balikpapan.go.id/simpeg';
let keys: { signerKey: string; verifierKey: string };
const directories: string[] = [];
const scratch = () => {
  const directory = mkdtempSync(join(tmpdir(), 'spbe-tiles-'));
  directories.push(directory);
  return directory;
};
beforeAll(async () => {
  keys = await generateNoteKey('audit.balikpapan.go.id');
});
afterAll(() => {
  for (const directory of directories) rmSync(directory, { recursive: true, force: true });
});

async function growingLog(
  hasher?: Sha256,
): Promise<{ log: AuditLog; store: MemoryStore; grow: (to: number) => Promise<void> }> {
  const store = createMemoryStore();
  const log = createAuditLog({ store, signer: await createNoteSigner(keys.signerKey), origin, hasher });
  const grow = async (to: number) => {
    for (let size = await log.size(); size < to; size += 2000)
      await log.appendBatch(Array.from({ length: Math.min(2000, to - size) }, (_, i) => sampleEvent(size + i)));
  };
  return { log, store, grow };
}

const trust = () => ({ origin, verifierKeys: [keys.verifierKey] });

describe('tiles written from a log', () => {
  it('updates incrementally across tile and level boundaries and verifies from tiles alone at every size', async () => {
    // node:crypto's SHA-256 (the same hash as the default one, faster): the log grows to 65,537 entries.
    const { log, store, grow } = await growingLog(nodeSha256);
    const directory = scratch();
    const source = directoryTileSource(directory);
    let seen = 0;
    const notes: Record<number, string> = {};
    for (const size of [0, 1, 255, 256, 257, 513, 65_537]) {
      await grow(size);
      const { note } = await log.checkpoint();
      notes[size] = note;
      const result = await writeTiles({ store, note, directory });
      expect(result.size).toBe(size);
      seen = 0;
      const report = await verifyTiledLog(source, trust(), { onEntry: () => seen++, hasher: nodeSha256 });
      expect(report.entries).toBe(size);
      expect(seen).toBe(size);
    }
    // Partial tiles of earlier checkpoints stay (clients holding an older checkpoint may still need them).
    expect(existsSync(join(directory, 'tile/0/000.p/1'))).toBe(true);
    expect(existsSync(join(directory, 'tile/2/000.p/1'))).toBe(true);
    // An older checkpoint is refused: the published tree never goes back.
    await expect(writeTiles({ store, note: notes[257]!, directory })).rejects.toMatchObject({ code: 'tiles.rollback' });
  }, 300_000);

  it('gives the same inclusion and consistency proofs as the log, and bundles that verify offline', async () => {
    const { log, store, grow } = await growingLog();
    await grow(1500);
    const { note } = await log.checkpoint();
    const directory = scratch();
    await writeTiles({ store, note, directory });
    const source = directoryTileSource(directory);
    for (const index of [0, 1, 255, 256, 777, 1499]) {
      const fromTiles = await proveInclusionFromTiles(source, index, 1500);
      expect(fromTiles.proof).toEqual((await log.proveInclusion(index, 1500)).proof);
      const bundle = await proofBundleFromTiles(source, index, trust());
      expect((await verifyProofBundle(bundle, trust())).index).toBe(index);
    }
    for (const size1 of [1, 200, 256, 1024, 1499])
      expect(await proveConsistencyFromTiles(source, size1, 1500)).toEqual(
        (await log.proveConsistency(size1, 1500)).proof,
      );
  });

  it('names the tile or entry that was changed', async () => {
    const { log, store, grow } = await growingLog();
    await grow(600);
    const directory = scratch();
    await writeTiles({ store, note: (await log.checkpoint()).note, directory });
    const tamper = async (path: string, at: number, expected: string) => {
      const copy = scratch();
      const { cpSync } = await import('node:fs');
      cpSync(directory, copy, { recursive: true });
      const bytes = readFileSync(join(copy, path));
      bytes[at]! ^= 1;
      writeFileSync(join(copy, path), bytes);
      await expect(verifyTiledLog(directoryTileSource(copy), trust())).rejects.toMatchObject({ code: expected });
    };
    await tamper('tile/entries/001', 40, 'tiles.entry_mismatch');
    await tamper('tile/0/001', 100, 'tiles.entry_mismatch');
    await tamper('tile/1/000.p/2', 33, 'tiles.node_mismatch');
    await tamper('checkpoint', 40, 'note.bad_signature');
    // A tile missing entirely.
    const copy = scratch();
    const { cpSync, rmSync: remove } = await import('node:fs');
    cpSync(directory, copy, { recursive: true });
    remove(join(copy, 'tile/0/002.p/88'));
    await expect(verifyTiledLog(directoryTileSource(copy), trust())).rejects.toMatchObject({ code: 'tiles.missing' });
  });

  it('serves tiles over HTTP with the caching headers of the specification, and verifies with a witness policy over HTTP', async () => {
    const { log, store, grow } = await growingLog();
    await grow(300);
    const witness = await createCosigner((await generateCosignerKey('saksi.kaltimprov.go.id')).signerKey);
    const { note } = await log.checkpoint();
    const text = note.slice(0, note.indexOf('\n\n') + 1);
    const cosigned = note + (await witness.cosign(text, 1_764_720_000n));
    const directory = scratch();
    await writeTiles({ store, note: cosigned, directory });
    const server = createServer(toNodeListener(createTilesHandler({ directory, prefix: '/audit-log' })));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/audit-log`;
    try {
      const checkpoint = await fetch(`${url}/checkpoint`);
      expect(checkpoint.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(checkpoint.headers.get('cache-control')).toMatch(/max-age=5\b/);
      const tile = await fetch(`${url}/tile/0/000`);
      expect(tile.headers.get('content-type')).toBe('application/octet-stream');
      expect(tile.headers.get('cache-control')).toContain('immutable');
      expect((await tile.arrayBuffer()).byteLength).toBe(8192);
      const raw = await new Promise<{ encoding?: string; body: Buffer }>((resolve) => {
        get(`${url}/tile/entries/000`, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({ encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }),
          );
        });
      });
      expect(raw.encoding).toBe('gzip');
      expect(gunzipSync(raw.body).equals(readFileSync(join(directory, 'tile/entries/000')))).toBe(true);
      expect((await fetch(`${url}/tile/0/../../etc/passwd`)).status).toBe(404);
      expect((await fetch(`${url}/tile/0/000`, { method: 'POST' })).status).toBe(405);

      const policy = { ...trust(), witnesses: { witnessKeys: [witness.verifierKey], quorum: 1 } };
      expect((await verifyTiledLog(httpTileSource(url), policy)).entries).toBe(300);
      const other = await createCosigner((await generateCosignerKey('saksi.lain.go.id')).signerKey);
      await expect(
        verifyTiledLog(httpTileSource(url), { ...trust(), witnesses: { witnessKeys: [other.verifierKey], quorum: 1 } }),
      ).rejects.toMatchObject({ code: 'witness.quorum_not_met' });
    } finally {
      server.close();
    }
  });
});
