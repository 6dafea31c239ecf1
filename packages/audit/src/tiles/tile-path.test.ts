import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import vectors from '../__fixtures__/c2sp-vectors.json' with { type: 'json' };
import { decodeEntryBundle, encodeEntryBundle } from './entry-bundle.js';
import { formatTileIndex, parseTilePath, tilePath, tilesForSize } from './tile-path.js';

const tiles = vectors.c2spTlogTiles;

describe('C2SP tlog-tiles paths', () => {
  it('encodes the index of the specification example', () => {
    expect(formatTileIndex(tiles.pathExample.index)).toBe(tiles.pathExample.encoded);
    expect(tilePath({ level: 0, index: 1234067, width: 256 })).toBe('tile/0/x001/x234/067');
    expect(tilePath({ level: 'entries', index: 1234067, width: 8 })).toBe('tile/entries/x001/x234/067.p/8');
    expect(formatTileIndex(0)).toBe('000');
    expect(formatTileIndex(1000)).toBe('x001/000');
  });

  it('lists the tiles of a tree of 70,000 and of 256 entries as the specification describes', () => {
    const count = (size: number, level: number, width: number) =>
      tilesForSize(size).filter((tile) => tile.level === level && tile.width === width).length;
    const at70000 = tilesForSize(70000);
    expect(count(70000, 0, 256)).toBe(tiles.size70000.fullLevel0);
    expect(at70000.find((tile) => tile.level === 0 && tile.width < 256)?.width).toBe(
      tiles.size70000.partialLevel0Width,
    );
    expect(count(70000, 1, 256)).toBe(tiles.size70000.fullLevel1);
    expect(at70000.find((tile) => tile.level === 1 && tile.width < 256)?.width).toBe(
      tiles.size70000.partialLevel1Width,
    );
    expect(at70000.find((tile) => tile.level === 2)?.width).toBe(tiles.size70000.partialLevel2Width);
    expect(at70000.some((tile) => tile.level === 3)).toBe(false);
    expect(tilesForSize(256).filter((tile) => tile.level !== 'entries')).toEqual([
      { level: 0, index: 0, width: 256 },
      { level: 1, index: 0, width: tiles.size256.partialLevel1Width },
    ]);
    expect(tilesForSize(0)).toEqual([]);
  });

  it('parses exactly the canonical paths, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constant('entries' as const), fc.integer({ min: 0, max: 63 })),
        fc.nat({ max: 2 ** 40 }),
        fc.integer({ min: 1, max: 256 }),
        (level, index, width) => {
          const path = tilePath({ level, index, width });
          expect(parseTilePath(path)).toEqual({ level, index, width });
        },
      ),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const key = parseTilePath(text);
        if (key) expect(tilePath(key)).toBe(text);
      }),
    );
    for (const bad of [
      'tile/0/1234',
      'tile/0/x1/234',
      'tile/64/000',
      'tile/0/000.p/256',
      'tile/0/000.p/0',
      'tile/00/000',
      'tile/0/../000',
      'tile/0/x000/001',
    ])
      expect(parseTilePath(bad)).toBeUndefined();
  });

  it('round-trips entry bundles and rejects ones that do not split into the expected entries', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 20 }), (entries) => {
        const bytes = encodeEntryBundle(entries);
        expect(decodeEntryBundle(bytes, entries.length)).toEqual(entries);
        if (bytes.length > 0) expect(() => decodeEntryBundle(bytes.slice(0, -1), entries.length)).toThrow();
        expect(() => decodeEntryBundle(bytes, entries.length + 1)).toThrow();
      }),
    );
    expect(() => encodeEntryBundle([new Uint8Array(65536)])).toThrow(
      expect.objectContaining({ code: 'tiles.entry_too_large' }) as Error,
    );
  });
});
