import { InteropError } from '@spbe-kit/interop';
import { SpbeError } from '@spbe-kit/models';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { ZodError } from 'zod';
import { ApiError } from './http/api-error.js';
import { buildOpenApiDocument } from './http/openapi.js';
import { registerRoutes } from './http/register-routes.js';
import type { AnyRoute } from './http/route.js';
import { portalSecureHeaders } from './http/security-headers.js';
import { serveUi } from './http/static-ui.js';
import { allRoutes } from './routes/index.js';
import type { PortalServices } from './services.js';
import { mountTransparency } from './transparency/mount-transparency.js';

/** Options of {@link createApp}. */
export interface CreateAppOptions {
  /** Folder of the built web client; the UI is not served when absent. */
  uiDir?: string;
  routes?: readonly AnyRoute[];
}

/**
 * Builds the Hono application: security headers, body limit, API routes, `/openapi.json`, the web client.
 * @example
 * const app = createApp(services, { uiDir: 'dist/ui' });
 */
export function createApp(services: PortalServices, options: CreateAppOptions = {}): Hono {
  const routes = options.routes ?? allRoutes;
  const app = new Hono();
  app.use('*', requestId());
  // A path that is not valid percent-encoded UTF-8 (`/%E0%A4%A`) is the client's mistake: 400, before any handler
  // (the static files, the router's parameters) tries to decode it.
  app.use('*', async (c, next) => {
    if (!isDecodablePath(c.req.url)) {
      return c.json(
        errorBody(
          new ApiError(400, 'request.malformed_url', {
            id: 'Alamat (URL) tidak valid: pengodean persen rusak.',
            en: 'The address (URL) is not valid: broken percent-encoding.',
          }),
        ),
        400,
      );
    }
    await next();
  });
  app.use('*', portalSecureHeaders());
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: services.config.MAX_UPLOAD_BYTES + 64 * 1024,
      onError: (c) =>
        c.json(
          errorBody(
            new ApiError(413, 'request.too_large', {
              id: 'Berkas atau data terlalu besar.',
              en: 'The file or data is too large.',
            }),
          ),
          413,
        ),
    }),
  );
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  app.onError((error, c) => {
    if (ApiError.isInstance(error)) return c.json(errorBody(error), error.status);
    if (error instanceof ZodError)
      return c.json(
        errorBody(new ApiError(400, 'request.invalid', { id: 'Data tidak valid.', en: 'Invalid data.' })),
        400,
      );
    // A government API that failed or answered nonsense (typed by @spbe-kit/interop: gateway or provider).
    if (InteropError.isInstance(error)) {
      console.error(`[${c.get('requestId')}]`, error.format('en'));
      return c.json(
        { error: { code: error.code, message: error.messages.en, messages: error.messages, issues: error.issues } },
        502,
      );
    }
    if (SpbeError.isInstance(error)) {
      return c.json(
        { error: { code: error.code, message: error.messages.en, messages: error.messages, issues: error.issues } },
        422,
      );
    }
    console.error(`[${c.get('requestId')}]`, error);
    return c.json(
      errorBody(
        new ApiError(503, 'server.error', {
          id: 'Terjadi kesalahan di server.',
          en: 'Something went wrong on the server.',
        }),
      ),
      500,
    );
  });
  const document = buildOpenApiDocument(routes, { version: '0.0.0' });
  app.get('/openapi.json', (c) => c.json(document));
  registerRoutes(app, routes, services);
  mountTransparency(app, services);
  app.all('/api/*', (c) =>
    c.json(errorBody(new ApiError(404, 'not_found', { id: 'Alamat API tidak ada.', en: 'No such API route.' })), 404),
  );
  if (options.uiDir) app.get('*', serveUi(options.uiDir));
  return app;
}

function isDecodablePath(url: string): boolean {
  try {
    decodeURIComponent(new URL(url).pathname);
    return true;
  } catch {
    return false;
  }
}

function errorBody(error: ApiError) {
  return { error: { code: error.code, message: error.messages.en, messages: error.messages, issues: error.issues } };
}
