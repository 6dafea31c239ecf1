/**
 * `@spbe-kit/audit/tiles` (Node.js): write a log as a C2SP tlog-tiles tree of static files, read it
 * from a directory and serve it with the right caching headers. Reading and verifying tiles over HTTP
 * (`verifyTiledLog`, `httpTileSource`, …) is in the browser-safe main entry.
 *
 * @packageDocumentation
 */
export { writeTiles, type WriteTilesResult } from './write-tiles.js';
export {
  createTilesHandler,
  directoryTileSource,
  CHECKPOINT_CACHE_CONTROL,
  TILE_CACHE_CONTROL,
} from './tiles-handler.js';
