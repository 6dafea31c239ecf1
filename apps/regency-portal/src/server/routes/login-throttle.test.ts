import fc from 'fast-check';
import { Hono } from 'hono';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clientAddress } from '../http/client-address.js';
import { demoPassword } from '../seed/seed-demo.js';
import { databaseKinds, skipDatabase } from '../testing/database-targets.js';
import { createTestPortal, type TestPortal } from '../testing/test-portal.js';

/** The connection's peer as @hono/node-server reports it, for requests made in-process. */
const fromPeer = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });

describe.each(databaseKinds)('login limits on %s', (kind) => {
  let portal: TestPortal;
  beforeAll(async () => {
    if (skipDatabase(kind)) return;
    portal = await createTestPortal(kind, {
      LOGIN_MAX_FAILURES: '3',
      LOGIN_MAX_FAILURES_PER_ADDRESS: '5',
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '4',
      LOGIN_MAX_FAILURES_GLOBAL: '12',
      TRUSTED_PROXIES: '10.0.0.2, ::ffff:10.0.0.3',
    });
  });
  afterAll(async () => portal?.close());
  beforeEach(async () => {
    if (!skipDatabase(kind)) await portal.services.db.query('DELETE FROM login_failures');
  });

  /** Signs in as a request from `peer` (optionally through a proxy's X-Forwarded-For) would. */
  const login = async (peer: string, username: string, password: string, forwardedFor?: string) => {
    const response = await portal.app.request(
      '/api/auth/login',
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor }),
        },
        body: JSON.stringify({ username, password }),
      },
      fromPeer(peer),
    );
    const body = (await response.json()) as { error?: { code: string } };
    return { status: response.status, code: body.error?.code ?? null, retryAfter: response.headers.get('retry-after') };
  };
  const lastLoginEvent = async () => {
    const log = portal.services.audit.log;
    const entry = await log.get((await log.size()) - 1);
    return entry.event;
  };

  it.skipIf(skipDatabase(kind))('limits one account from one address, and audits the refusal', async () => {
    for (let attempt = 0; attempt < 3; attempt++)
      expect((await login('198.51.100.1', 'auditor.balikpapan', 'salah')).status).toBe(401);
    const limited = await login('198.51.100.1', 'auditor.balikpapan', demoPassword);
    expect(limited).toMatchObject({ status: 429, code: 'auth.rate_limited' });
    expect(Number(limited.retryAfter)).toBeGreaterThan(0);
    const event = await lastLoginEvent();
    expect(event).toMatchObject({ action: 'auth.login', outcome: 'denied', reason: 'rate-limited.account-address' });
    // The account's agency sees the attempt; the username is only a pseudonym.
    expect(event.actor.agency).toBe('64.71');
    expect(event.source?.address).toBe('198.51.100.1');
    expect(JSON.stringify(event)).not.toContain('auditor.balikpapan');
    // The owner from another address is not locked out.
    expect((await login('198.51.100.2', 'auditor.balikpapan', demoPassword)).status).toBe(200);
  });

  it.skipIf(skipDatabase(kind))('stops password spraying from one address across many accounts', async () => {
    const accounts = ['admin.samarinda', 'asesor.balikpapan', 'operator.balikpapan', 'nobody.1', 'nobody.2'];
    for (const username of accounts) expect((await login('203.0.113.9', username, 'Rahasia123')).status).toBe(401);
    expect((await login('203.0.113.9', 'admin.balikpapan', demoPassword)).status).toBe(429);
    expect((await lastLoginEvent()).reason).toBe('rate-limited.address');
    expect((await login('203.0.113.10', 'admin.balikpapan', demoPassword)).status).toBe(200);
  });

  it.skipIf(skipDatabase(kind))(
    'limits guessing one account from many addresses, but never locks the owner out of a known address',
    async () => {
      // The owner signed in from the office before.
      expect((await login('192.0.2.50', 'operator.balikpapan', demoPassword)).status).toBe(200);
      for (let index = 1; index <= 4; index++)
        expect((await login(`192.0.2.${index}`, 'operator.balikpapan', 'tebak')).status).toBe(401);
      const stranger = await login('192.0.2.99', 'operator.balikpapan', demoPassword);
      expect(stranger.status).toBe(429);
      expect((await lastLoginEvent()).reason).toBe('rate-limited.account');
      expect((await login('192.0.2.50', 'operator.balikpapan', demoPassword)).status).toBe(200);
    },
  );

  it.skipIf(skipDatabase(kind))('keeps a global ceiling on failures from unknown addresses', async () => {
    expect((await login('192.0.2.60', 'asesor.balikpapan', demoPassword)).status).toBe(200);
    for (let index = 0; index < 12; index++)
      expect((await login(`100.64.0.${index}`, `unknown.${index}`, 'x')).status).toBe(401);
    expect((await login('100.64.1.1', 'asesor.balikpapan', demoPassword)).status).toBe(429);
    expect((await lastLoginEvent()).reason).toBe('rate-limited.global');
    expect((await login('192.0.2.60', 'asesor.balikpapan', demoPassword)).status).toBe(200);
  });

  it.skipIf(skipDatabase(kind))('keeps its state in the database: a restarted server still refuses', async () => {
    for (let attempt = 0; attempt < 3; attempt++) await login('198.51.100.7', 'admin.samarinda', 'salah');
    const { LoginThrottle } = await import('../auth/login-throttle.js');
    const restarted = new LoginThrottle(portal.services.db, portal.services.loginThrottle.limits);
    expect(await restarted.check('admin.samarinda', '198.51.100.7')).toMatchObject({ limit: 'account-address' });
    expect(await restarted.check('admin.samarinda', '198.51.100.8')).toBeNull();
  });

  it.skipIf(skipDatabase(kind))(
    'reads X-Forwarded-For only from a trusted proxy, and only the entries the proxy added',
    async () => {
      // Through the trusted proxy: the client is the address the proxy appended.
      await login('10.0.0.2', 'nobody.proxy', 'x', '203.0.113.50');
      expect((await lastLoginEvent()).source?.address).toBe('203.0.113.50');
      // A client that forges the header in front of the proxy: the proxy appends the real address last.
      await login('::ffff:10.0.0.3', 'nobody.proxy', 'x', '1.2.3.4, 203.0.113.51');
      expect((await lastLoginEvent()).source?.address).toBe('203.0.113.51');
      // Straight from an untrusted peer the header is ignored.
      await login('198.51.100.77', 'nobody.proxy', 'x', '1.2.3.4');
      expect((await lastLoginEvent()).source?.address).toBe('198.51.100.77');
    },
  );
});

describe('clientAddress (hostile X-Forwarded-For)', () => {
  const resolve = (peer: string, header: string | undefined, trusted: string[]) => {
    const app = new Hono();
    app.get('/', (c) => c.text(clientAddress(c, new Set(trusted)) ?? 'none'));
    return Promise.resolve(
      app.request('/', { headers: header === undefined ? {} : { 'x-forwarded-for': header } }, fromPeer(peer)),
    ).then((response) => response.text());
  };

  it('never answers an address the untrusted part of the chain chose', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 80 }), async (forged) => {
        // An untrusted peer: always the peer.
        expect(await resolve('198.51.100.1', forged, ['10.0.0.2'])).toBe('198.51.100.1');
        // A trusted proxy that appended the real client: always that client, whatever came before.
        expect(await resolve('10.0.0.2', `${forged},203.0.113.5`, ['10.0.0.2'])).toBe('203.0.113.5');
      }),
      { numRuns: 200 },
    );
  });

  it('walks past a chain of trusted proxies, and stops at a malformed entry', async () => {
    expect(await resolve('10.0.0.2', '203.0.113.5, 10.0.0.3', ['10.0.0.2', '10.0.0.3'])).toBe('203.0.113.5');
    expect(await resolve('10.0.0.2', 'not-an-ip', ['10.0.0.2'])).toBe('10.0.0.2');
    expect(await resolve('10.0.0.2', undefined, ['10.0.0.2'])).toBe('10.0.0.2');
  });
});
