import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseTilePath } from '../../tiles/tile-path.js';
import type { TileSource } from '../../tiles/tile-source.js';

/**
 * `Cache-Control` of the mutable checkpoint: no caching beyond a few seconds (C2SP tlog-tiles).
 *
 * @example
 * ```ts
 * import { CHECKPOINT_CACHE_CONTROL } from '@spbe-kit/audit/tiles';
 * const headers = { 'cache-control': CHECKPOINT_CACHE_CONTROL }; // for a static host serving `checkpoint`
 * ```
 */
export const CHECKPOINT_CACHE_CONTROL = 'public, max-age=5, must-revalidate';
/**
 * `Cache-Control` of tiles and entry bundles: immutable, long-lived (C2SP tlog-tiles).
 *
 * @example
 * ```ts
 * import { TILE_CACHE_CONTROL } from '@spbe-kit/audit/tiles';
 * const headers = { 'cache-control': TILE_CACHE_CONTROL }; // for a static host serving `tile/…`
 * ```
 */
export const TILE_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/**
 * A {@link TileSource} over a tiles directory written by {@link writeTiles}.
 *
 * @example
 * ```ts
 * import { verifyTiledLog } from '@spbe-kit/audit';
 * import { directoryTileSource } from '@spbe-kit/audit/tiles';
 * await verifyTiledLog(directoryTileSource('./audit-log'), trust);
 * ```
 */
export function directoryTileSource(directory: string): TileSource {
  return async (path) => {
    if (path !== 'checkpoint' && !parseTilePath(path)) return undefined;
    try {
      return new Uint8Array(await readFile(join(directory, path)));
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT') return undefined;
      throw error;
    }
  };
}

/**
 * Serves a tiles directory over HTTP as a fetch handler, with the headers C2SP tlog-tiles asks for:
 * `checkpoint` as `text/plain; charset=utf-8` cached for a few seconds at most, tiles and entry bundles
 * as `application/octet-stream` with long-lived immutable caching, entry bundles gzip-compressed when
 * the client accepts it. Only canonical tile paths are served (no path traversal), CORS is open so a
 * browser on another site can verify the log.
 *
 * @example
 * ```ts
 * import { createTilesHandler } from '@spbe-kit/audit/tiles';
 * const serveTiles = createTilesHandler({ directory: '/srv/audit-log', prefix: '/audit-log' });
 * ```
 */
export function createTilesHandler(options: {
  readonly directory: string;
  readonly prefix?: string;
}): (request: Request) => Promise<Response> {
  const prefix = (options.prefix ?? '').replace(/\/+$/, '');
  const source = directoryTileSource(options.directory);
  const common = { 'access-control-allow-origin': '*', 'x-content-type-options': 'nosniff' };
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return new Response('method not allowed\n', { status: 405, headers: { allow: 'GET, HEAD', ...common } });
    const pathname = new URL(request.url).pathname;
    if (!pathname.startsWith(`${prefix}/`)) return new Response('not found\n', { status: 404, headers: common });
    const path = pathname.slice(prefix.length + 1);
    const bytes = await source(path);
    if (bytes === undefined) return new Response('not found\n', { status: 404, headers: common });
    const body = request.method === 'HEAD' ? null : bytes;
    if (path === 'checkpoint')
      return new Response(body, {
        headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': CHECKPOINT_CACHE_CONTROL, ...common },
      });
    const headers: Record<string, string> = {
      'content-type': 'application/octet-stream',
      'cache-control': TILE_CACHE_CONTROL,
      vary: 'accept-encoding',
      ...common,
    };
    if (path.startsWith('tile/entries/') && /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '')) {
      headers['content-encoding'] = 'gzip';
      return new Response(request.method === 'HEAD' ? null : gzipSync(bytes), { headers });
    }
    return new Response(body, { headers });
  };
}
