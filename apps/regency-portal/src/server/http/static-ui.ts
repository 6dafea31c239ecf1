import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Context } from 'hono';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

/**
 * Serves the built web client from `uiDir`: files by path (never outside the folder), `index.html` for every
 * other page so the client-side router can take over.
 */
export function serveUi(uiDir: string) {
  const root = path.resolve(uiDir);
  return async (c: Context) => {
    let requested: string;
    try {
      requested = decodeURIComponent(new URL(c.req.url).pathname);
    } catch {
      return c.text('Bad request: malformed URL.', 400);
    }
    const candidate = path.resolve(root, `.${path.posix.normalize(requested)}`);
    const inside = candidate === root || candidate.startsWith(root + path.sep);
    let file = path.join(root, 'index.html');
    if (inside && candidate !== root) {
      const info = await stat(candidate).catch(() => null);
      if (info?.isFile()) file = candidate;
    }
    const body = await readFile(file).catch(() => null);
    if (!body) return c.text('The web client is not built: run `pnpm build`.', 404);
    const type = contentTypes[path.extname(file)] ?? 'application/octet-stream';
    const immutable = file.includes(`${path.sep}assets${path.sep}`);
    return c.body(body, 200, {
      'Content-Type': type,
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  };
}
