import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Hono } from 'hono';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { demoPassword, seedDemo } from '../seed/seed-demo.js';
import type { PortalServices } from '../services.js';
import { createServices } from '../start-portal.js';
import { startInteropMocks, type RunningMocks } from '../interop/start-mocks.js';
import { openTestDatabase, type databaseKinds } from './database-targets.js';

/** A signed-in test client: sends the session cookie and the CSRF token like the web client does. */
export interface TestAgent {
  username: string;
  csrfToken: string;
  request(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  json<T = unknown>(method: string, url: string, body?: unknown): Promise<{ status: number; body: T }>;
}

/** A seeded portal on a test database, driven in-process through `app.request`. */
export interface TestPortal {
  app: Hono;
  services: PortalServices;
  login(username: string, password?: string): Promise<TestAgent>;
  anonymous: TestAgent;
  /** The interop mocks, when started. */
  mocks: RunningMocks | null;
  close(): Promise<void>;
}

/**
 * Builds a seeded portal on PGlite (in memory) or on a fresh schema of the PostgreSQL server.
 * @example
 * const portal = await createTestPortal('pglite');
 * const operator = await portal.login('operator.balikpapan');
 */
export async function createTestPortal(
  kind: (typeof databaseKinds)[number],
  env: Record<string, string> = {},
  options: { interopMocks?: boolean; listen?: boolean; app?: (services: PortalServices) => Hono } = {},
): Promise<TestPortal> {
  const mocks: RunningMocks | null = options.interopMocks ? await startInteropMocks() : null;
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'regency-portal-test-'));
  const database = await openTestDatabase(kind);
  const config = loadConfig({
    DATA_DIR: dataDir,
    COOKIE_SECURE: 'false',
    LOGIN_MAX_FAILURES: '3',
    // In-process requests have no client address: they all count as one, so only the per-account limit is tight.
    LOGIN_MAX_FAILURES_PER_ADDRESS: '1000',
    LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000',
    LOGIN_MAX_FAILURES_GLOBAL: '10000',
    MAX_UPLOAD_BYTES: '65536',
    AUDIT_SCHEMA: database.auditSchema,
    ...mocks?.env,
    ...env,
  });
  const services = await createServices(config, { db: database.db });
  await seedDemo(services.db);
  const app = options.app ? options.app(services) : createApp(services);
  let server: ServerType | null = null;
  if (options.listen) {
    server = await new Promise<ServerType>((resolve) => {
      const started = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(started));
    });
    services.listeningUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  const agent = (cookie: string, csrfToken: string, username: string): TestAgent => {
    const request = (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) => {
      const init: RequestInit = {
        method,
        headers: {
          ...(cookie ? { cookie } : {}),
          ...(method !== 'GET' && csrfToken ? { 'x-csrf-token': csrfToken } : {}),
          ...(body !== undefined && !(body instanceof FormData) ? { 'content-type': 'application/json' } : {}),
          ...headers,
        },
        ...(body === undefined ? {} : { body: body instanceof FormData ? body : JSON.stringify(body) }),
      };
      return Promise.resolve(app.request(url, init));
    };
    return {
      username,
      csrfToken,
      request,
      async json<T>(method: string, url: string, body?: unknown) {
        const response = await request(method, url, body);
        const text = await response.text();
        return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
      },
    };
  };

  return {
    app,
    services,
    anonymous: agent('', '', 'anonymous'),
    mocks,
    async login(username: string, password = demoPassword) {
      const response = await app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      if (response.status !== 200)
        throw new Error(`login ${username} failed: ${response.status} ${await response.text()}`);
      const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const { csrfToken } = (await response.json()) as { csrfToken: string };
      return agent(cookie, csrfToken, username);
    },
    async close() {
      const running = server;
      if (running) await new Promise((resolve) => running.close(resolve));
      await services.audit.log.close();
      await database.dispose();
      await mocks?.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
